import type { Lang } from '../core/types.js';

/** The options every command takes, as the command line gave them (`--lang`, `--no-color`). */
export interface GlobalOptions {
  lang: Lang;
  color: boolean;
}
