import type { ReportContext } from './context.js';
import { printableJson } from './printable.js';
import { printableContext } from './printable-context.js';

// One line per format; each module loads only when its format is asked for.
const registry = {
  table: () => import('./table.js'),
  json: () => import('./json.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
  github: () => import('./github.js'),
} as const;

export type TextFormat = keyof typeof registry;
export const TEXT_FORMATS = Object.keys(registry) as TextFormat[];

export function isTextFormat(value: string): value is TextFormat {
  return Object.hasOwn(registry, value);
}

/** A format's text; no control character that came from the input is in it raw (src/printable.ts). */
export async function renderText(format: TextFormat, ctx: ReportContext): Promise<string> {
  const mod = await registry[format]();
  return format === 'json' ? printableJson(mod.render(ctx)) : mod.render(printableContext(ctx));
}
