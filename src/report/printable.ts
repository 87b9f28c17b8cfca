// Text that came from the input (file and folder names, keys and values of a file, the documents of
// `--policies`, a baseline) as it may be shown to a person or a CI runner: a control character is
// never written raw, but as an escape that shows what it was (`\u001b`, `\r`). A raw ESC or BEL
// would act on a terminal, a raw CR or line separator would forge a line of a log or a GitHub
// workflow command, and a bidirectional override would reorder what is read.

/** C0 controls but tab and line feed, DEL, C1 controls, the line and paragraph separators, bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(c: string): string {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with its control characters escaped; line breaks and tabs kept. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escape);
}

/** `text` on one line: its control characters escaped, line breaks and tabs too. */
export function oneLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, escape);
}

const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Whether `text` holds a character that oneLine would escape (a line break included). */
export function hasControls(text: string): boolean {
  return ANY_CONTROL.test(text);
}

// Characters JSON.stringify leaves as they are (it escapes only C0 controls, `"` and `\`).
// eslint-disable-next-line no-control-regex
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with the control characters JSON.stringify leaves raw written as `\u` escapes: the same data, read back. */
export function printableJson(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `value` with escapeControls applied to every string in it (plain objects and arrays walked,
 * anything else kept), for small trees of data read from the input: a policy document, a
 * problem, a baseline entry; `escape` is oneLine for what is shown on one line. What holds no
 * control character is returned as it is, not copied.
 */
export function printableData<T>(value: T, escape: (text: string) => string = escapeControls): T {
  if (typeof value === 'string') return escape(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item: unknown, i) => {
      const shown = printableData(item, escape);
      if (shown !== item) (copy ??= value.slice())[i] = shown;
    });
    return (copy ?? value) as T;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const shown = printableData(item, escape);
    if (shown !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = shown;
  }
  return (copy ?? value) as T;
}
