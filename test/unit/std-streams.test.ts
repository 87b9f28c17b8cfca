// The process's stdout and stderr (src/boot/std-streams.cts): output redirected to a file is written
// without Node's stream modules; a pipe gets Node's stream, and a closed pipe ends the run quietly.
import { spawnSync } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, ROOT, tempDir } from '../cli/run-cli.js';

const MODULE = JSON.stringify(join(ROOT, 'dist', 'boot', 'std-streams.cjs'));
// writes to both streams, then says on stderr whether Node's stream module was loaded
const SCRIPT = `
const { standardStream } = require(${MODULE});
const out = standardStream(1), err = standardStream(2);
out.write('out: 输出\\n');
err.write('err: ' + JSON.stringify({ tty: out.isTTY, columns: out.columns ?? null }) + '\\n');
err.write('stream loaded: ' + process.moduleLoadList.includes('NativeModule stream') + '\\n');
`;

beforeAll(() => ensureBuilt());

describe('standard streams', () => {
  test('to files: written as they are, without loading Node\'s stream modules', () => {
    const dir = tempDir('care-check-streams-');
    const [outFile, errFile] = [join(dir, 'out.txt'), join(dir, 'err.txt')];
    const out = openSync(outFile, 'w');
    const err = openSync(errFile, 'w');
    const run = spawnSync(process.execPath, ['-e', SCRIPT], { stdio: ['ignore', out, err] });
    closeSync(out);
    closeSync(err);
    expect(run.status).toBe(0);
    expect(readFileSync(outFile, 'utf8')).toBe('out: 输出\n');
    expect(readFileSync(errFile, 'utf8')).toBe('err: {"tty":false,"columns":null}\nstream loaded: false\n');
  });

  test('to pipes: through Node\'s streams', () => {
    const run = spawnSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('out: 输出\n');
    // a pipe is no terminal: Node leaves isTTY unset
    expect(run.stderr).toBe('err: {"columns":null}\nstream loaded: true\n');
  });

  test('a pipe closed by its reader ends the run with its exit code, without an error', () => {
    const script = `
const { standardStream } = require(${MODULE});
const out = standardStream(1);
process.exitCode = 3;
for (let i = 0; i < 20000; i++) out.write('line ' + i + '\\n');
setTimeout(() => { out.write('late\\n'); }, 50);
`;
    const command = `"${process.execPath}" -e '${script.replace(/'/g, "'\\''")}' | head -n 1; echo "exit \${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(run.stdout).toBe('line 0\n');
    expect(run.stderr).toBe('exit 3\n');
  });
});
