// How a run was narrowed, as the options that narrowed it: `--only liuzhou-2023 --unit 450202`.
import type { RunScope } from './context.js';

export function narrowingOptions(scope: RunScope | undefined): string[] {
  const options: string[] = [];
  if (scope?.only) options.push(`--only ${scope.only.join(',')}`);
  if (scope?.units) options.push(`--unit ${scope.units.join(',')}`);
  if (scope?.statuses) options.push(`--status ${scope.statuses.join(',')}`);
  return options;
}
