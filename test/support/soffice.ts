// LibreOffice in a test: one `soffice --headless --convert-to` run (several files of one filter in a
// run when a test has them), with a profile that is not "just upgraded".
//
// Why the profile matters: at every start whose profile does not record the running version as its
// last one (`/org.openoffice.Setup/Product/ooSetupLastVersion`), LibreOffice (≥ 7.2) runs its
// graphics render tests (GraphicsRenderTests: some sixty drawings on surfaces up to 4096 px square,
// then GraphicsRenderTests.log in the profile). Only a window shown on screen records the version, so
// a headless profile is "just upgraded" at every start: 6 to 7 s of CPU of the ~8 s a conversion
// costs (`perf record`: pixman_fill and memset under GraphicsRenderTests::run). The profile made here
// records the version `soffice --version` gives; the conversion itself is the same (a form printed
// both ways gave the same PDF text and the same page images, pixel for pixel).
//
// One profile per worker process (its conversions run one after the other, execFileSync), in the
// folder test/global-setup.ts makes for the run (removed at its end), else in the caller's folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sofficeVersion } from './ooxml.js';

const made = new Set<string>();

/** The folder of the profile `soffice` runs with, made (and seeded) on first use. */
export function sofficeProfile(own: string): string {
  const runs = process.env['CARE_CHECK_TEST_RUNS'];
  const folder = runs !== undefined && existsSync(runs) ? join(runs, `lo-profile-${process.pid}`) : join(own, '.lo-profile');
  if (!made.has(folder)) {
    const version = sofficeVersion();
    mkdirSync(join(folder, 'user'), { recursive: true });
    const settings = join(folder, 'user', 'registrymodifications.xcu');
    if (version !== null && !existsSync(settings)) {
      writeFileSync(
        settings,
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
          `<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>\n` +
          '</oor:items>\n',
      );
    }
    made.add(folder);
  }
  return folder;
}

/**
 * LibreOffice opens each of `files` and saves it through `filter` into `outdir` (named as the file,
 * with the filter's extension), in one run. `own` is the caller's folder, for the profile when the
 * run has no shared folder.
 */
export function sofficeConvertAll(files: readonly string[], filter: string, outdir: string, own: string, timeout = 180_000): void {
  const profile = pathToFileURL(sofficeProfile(own)).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, ...files], {
    stdio: 'ignore',
    timeout,
  });
}
