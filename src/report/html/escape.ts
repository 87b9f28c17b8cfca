// Text and attribute values as they may stand in the HTML report: the five characters HTML gives a
// meaning escaped, so that a name or a quote from the input is always shown, never read as markup.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** An id usable in `id` and `href="#…"`: letters, digits, `-`, `_`, `.` and `:`; anything else as `_xx_`. */
export function anchorId(...parts: string[]): string {
  return parts
    .join('--')
    .replace(/[^A-Za-z0-9_.:-]/g, (ch) => `_${(ch.codePointAt(0) ?? 0).toString(16)}_`);
}

/** A file's path as a narrow column shows it: the last folder and the name (`…/2025-06/450202.yaml`). */
export function shortPath(path: string, keep = 2): string {
  const parts = path.split(/[\\/]/);
  return parts.length > keep ? `…/${parts.slice(-keep).join('/')}` : path;
}
