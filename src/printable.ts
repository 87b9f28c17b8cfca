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

/** Whether `text` holds a character that escapeControls would escape. */
export function hasControls(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}
