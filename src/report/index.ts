// The output formats, one entry each: whether it is text (standard output or a file) or a file only,
// whether it may paint with colour, and its renderer, loaded only when the format is asked for. The
// options --format and --out, their help and their errors, and the tests take their lists from here;
// a new format is a file in this folder and one line below.
import type { ReportContext } from './context.js';

type Render = (ctx: ReportContext) => string;

/** A format that is text: it may go to standard output (`--format`) or to a file (`--out`). */
interface TextFormatEntry {
  output: 'text';
  /** whether it may use ANSI colour (on a terminal only) */
  color: boolean;
  render: () => Promise<Render>;
}

/** A format that is only ever a file (`--out FORMAT=PATH`), written by its writer to the path it is given. */
interface FileFormatEntry {
  output: 'file';
  color: false;
  write: () => Promise<(ctx: ReportContext, file: string) => Promise<void>>;
}

// No control character that came from the input is printed raw (report/printable.ts): JSON escapes
// it; the other text formats render a context whose texts are cleaned.
async function cleaned(render: Render): Promise<Render> {
  const { printableContext } = await import('./printable-context.js');
  return (ctx) => render(printableContext(ctx));
}

async function escaped(render: Render): Promise<Render> {
  const { printableJson } = await import('./printable.js');
  return (ctx) => printableJson(render(ctx));
}

export const FORMATS = {
  table: { output: 'text', color: true, render: async () => cleaned((await import('./table.js')).render) },
  json: { output: 'text', color: false, render: async () => escaped((await import('./json.js')).render) },
  junit: { output: 'text', color: false, render: async () => cleaned((await import('./junit.js')).render) },
  markdown: { output: 'text', color: false, render: async () => cleaned((await import('./markdown.js')).render) },
  github: { output: 'text', color: false, render: async () => cleaned((await import('./github.js')).render) },
  xlsx: { output: 'file', color: false, write: async () => (await import('./xlsx.js')).writeWorkbookFile },
  // ECharts loads with it, and only with it
  html: { output: 'file', color: false, write: async () => (await import('./html.js')).writeHtmlFile },
} as const satisfies Record<string, TextFormatEntry | FileFormatEntry>;

export type Format = keyof typeof FORMATS;
export type TextFormat = { [K in Format]: (typeof FORMATS)[K]['output'] extends 'text' ? K : never }[Format];

/** Every format, in the order help and errors name them. */
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];
/** The formats that are text: those `--format` takes. */
export const TEXT_FORMATS = FORMAT_NAMES.filter((f): f is TextFormat => FORMATS[f].output === 'text');
/** What standard output gets without --format. */
export const DEFAULT_FORMAT: TextFormat = 'table';

export function isFormat(value: string): value is Format {
  return Object.hasOwn(FORMATS, value);
}

export function isTextFormat(value: string): value is TextFormat {
  return isFormat(value) && FORMATS[value].output === 'text';
}

/** A text format's text. */
export async function renderText(format: TextFormat, ctx: ReportContext): Promise<string> {
  return (await FORMATS[format].render())(ctx);
}

/**
 * What a format puts in a file: its text, never coloured; or, for a file format, the function that
 * writes it to the (temporary) path it is given.
 */
export async function fileContent(format: Format, ctx: ReportContext): Promise<string | ((file: string) => Promise<void>)> {
  const entry = FORMATS[format];
  if (entry.output === 'file') {
    const write = await entry.write();
    return (file) => write(ctx, file);
  }
  return (await entry.render())({ ...ctx, color: false });
}
