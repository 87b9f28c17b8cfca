#!/usr/bin/env python3
# Paired A/B of the one-file start-up: rounds of `node -e 0`, then each built copy's one-file check
# (in a shuffled order each round), with each run's wall time and its CPU time (user + system, all
# threads, from wait4: Node cannot read a child's own usage) and minor page faults. Prints the
# medians, the 25th percentiles and the minima, and the ratios to `node -e 0` of the same rounds
# (median of the per-round ratios, as bench/run.mjs). On a machine shared with other work, wall time
# mostly measures the queue for a core: compare CPU times, and only between copies run together.
#
# A copy is a folder with bin/ and dist/ copied from a built worktree (node resolves
# bin/care-check.js's real path, so bin/ must be a copy) and data/, schemas/, package.json and
# node_modules/ linked:
#
#   mkdir A && cp -r bin dist A/ && for x in data schemas package.json node_modules; do ln -s "$PWD/$x" A/; done
#   python3 bench/startup-ab.py [--rounds 41] [--file data/samples/2025-06/450202.yaml] A B ...
import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

parser = argparse.ArgumentParser(description='paired start-up rounds of built copies of care-check')
parser.add_argument('--rounds', type=int, default=41)
parser.add_argument('--file', default=os.path.join(ROOT, 'data', 'samples', '2025-06', '450202.yaml'))
parser.add_argument('copies', nargs='+')
args = parser.parse_args()

node = subprocess.check_output(['which', 'node']).decode().strip()
env = {'PATH': os.environ.get('PATH', ''), 'HOME': os.environ.get('HOME', ''), 'LANG': 'C.UTF-8', 'NO_COLOR': '1'}
out_dir = tempfile.mkdtemp(prefix='care-check-ab-')
check = ['check', os.path.abspath(args.file), '--as-of', '2025-06-30', '--format', 'json']
commands = [('node -e 0', [node, '-e', '0'])] + [
    (os.path.basename(os.path.normpath(c)), [node, os.path.join(os.path.abspath(c), 'bin', 'care-check.js')] + check) for c in args.copies
]


def run(argv):
    with open(os.path.join(out_dir, 'stdout'), 'w') as out:
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=out_dir)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f'{argv} exited {os.waitstatus_to_exitcode(status)}')
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_minflt


for _, argv in commands:
    run(argv)  # warm-up: the files in the page cache
samples = {name: [] for name, _ in commands}
loads = []
for _ in range(args.rounds):
    for name, argv in commands[:1] + random.sample(commands[1:], len(commands) - 1):
        samples[name].append(run(argv))
    loads.append(os.getloadavg()[0])


def q25(xs):
    return sorted(xs)[(len(xs) - 1) // 4]


base = samples['node -e 0']
print(f'{args.rounds} rounds, load (1 min) {min(loads):.2f}-{max(loads):.2f}; {os.path.abspath(args.file)}')
print(f'{"":14} {"wall ms: median":>16} {"p25":>6} {"min":>6} {"CPU ms: median":>15} {"p25":>6} {"min":>6} {"faults":>7}  ratio to node -e 0: wall, CPU')
for name, _ in commands:
    s = samples[name]
    wall = [x[0] * 1000 for x in s]
    cpu = [x[1] * 1000 for x in s]
    wall_ratio = statistics.median(x[0] / b[0] for x, b in zip(s, base))
    cpu_ratio = statistics.median(x[1] / b[1] for x, b in zip(s, base))
    print(
        f'{name:14} {statistics.median(wall):16.1f} {q25(wall):6.1f} {min(wall):6.1f} {statistics.median(cpu):15.1f} {q25(cpu):6.1f} {min(cpu):6.1f}'
        f' {statistics.median(x[2] for x in s):7.0f}  {wall_ratio:.3f}, {cpu_ratio:.3f}'
    )
