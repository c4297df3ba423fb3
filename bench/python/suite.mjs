// The interpreter's benchmark suite for tools/bench.mjs: every workload
// bench/python/*.py runs under CPython (python3), under our interpreter
// natively and under our interpreter in wasm under Node, a few times each,
// keeping each one's best time. All of our lines are compared with native
// CPython: the targets are native at most 1x and wasm at most 2x its time.
//
// Wasm runs twice per round. V8 first runs a module's code compiled by its
// baseline compiler (Liftoff) and recompiles hot functions with TurboFan in
// the background; for a workload of a tenth of a second much of the time
// passes before the eval loop is tiered up, so the default line measures V8's
// warm-up as much as our code. The "optimized" line runs Node with
// --no-liftoff: everything is TurboFan-compiled at start (startup is not
// timed), the code a page runs once warm. The 2x target is for that line.
//
// A workload's first line is a comment naming it ("# recursive fib(27)"). It
// times its measured part itself with time.perf_counter(), so that process
// startup counts on neither side, and prints its checksum lines and then
// "seconds S". Our checksum lines must equal CPython's: a line that fails or
// prints anything else is reported loudly and gets no time.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Rounds per workload and interpreter, keeping the best: on a shared machine a
// run's time moves by a fifth or more with the neighbours' load, and the
// fastest of nine interleaved rounds is what the code can do.
const ROUNDS = 9;
// A runaway workload (an interpreter bug) must not hold up the whole run.
const TIMEOUT_MS = 60_000;
// The issue's targets, as a ratio of CPython's time.
const TARGETS = { native: 1, wasm: 2 };
const LABELS = {
  native: 'native',
  wasm: 'wasm (Node, optimized)',
  wasm_tiering: 'wasm (Node, default tiering)',
};

// Runs one workload once: {seconds, checksum} or {error}.
function runOnce([command, args], file) {
  const r = spawnSync(command, [...args, file], {
    encoding: 'utf8', maxBuffer: 1 << 24, timeout: TIMEOUT_MS,
  });
  if (r.error) {
    return { error: r.error.code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS / 1000} s` : String(r.error) };
  }
  const lines = r.stdout.trimEnd().split('\n');
  const timing = /^seconds (\S+)$/.exec(lines.at(-1));
  if (r.status !== 0 || !timing) {
    return { error: `exit status ${r.status ?? r.signal}:\n${(r.stderr + r.stdout).trimEnd()}` };
  }
  return { seconds: Number(timing[1]), checksum: lines.slice(0, -1).join('\n') };
}

// "cpython-3.11" from the python3 on the PATH, or null when there is none.
function cpythonName() {
  const r = spawnSync('python3', ['-c', 'import sys; print("cpython-%d.%d" % sys.version_info[:2])'],
                      { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export default async function run({ root }) {
  const here = path.join(root, 'bench', 'python');
  const workloads = readdirSync(here).filter((f) => f.endsWith('.py')).sort().map((f) => ({
    file: path.join(here, f),
    title: /^# (.*)/.exec(readFileSync(path.join(here, f), 'utf8'))?.[1] ?? f,
  }));

  const baselineName = cpythonName();
  if (!baselineName) console.error('bench/python: no python3 on the PATH: no baseline, no checksums checked');
  const wasmCli = path.join(root, 'build', 'wasm', 'cli', 'coroplay.js');
  const builds = {
    native: path.join(root, 'build', 'native', 'cli', 'coroplay'),
    wasm: wasmCli,
    wasm_tiering: wasmCli,
  };
  const programs = {
    cpython: ['python3', []],
    native: [builds.native, ['run', '--clock=real']],
    wasm: [process.execPath, ['--no-liftoff', wasmCli, 'run', '--clock=real']],
    wasm_tiering: [process.execPath, [wasmCli, 'run', '--clock=real']],
  };
  const ours = Object.keys(builds).filter((key) => {
    if (existsSync(builds[key])) return true;
    console.warn(`bench/python: ${path.relative(root, builds[key])} is missing (build it first)`);
    return false;
  });
  const keys = baselineName ? ['cpython', ...ours] : ours;

  // results[key][file]: {seconds, checksum} (the best so far) or {error,
  // failure}. Interleaved rounds, so that a busy machine disturbs every
  // interpreter alike; CPython goes first in each, so that its checksum is
  // there to compare ours with.
  const results = Object.fromEntries(keys.map((key) => [key, {}]));
  for (let round = 0; round < ROUNDS; ++round) {
    for (const { file } of workloads) {
      for (const key of keys) {
        const seen = results[key][file];
        if (seen?.error) continue;
        const got = runOnce(programs[key], file);
        const expected = results.cpython?.[file]?.checksum;
        if (got.error) {
          got.failure = 'FAILED';
        } else if (expected !== undefined && got.checksum !== expected) {
          got.failure = 'WRONG';
          got.error = `wrong output:\n  cpython: ${expected}\n  ${`${key}:`.padEnd(8)} ${got.checksum}`;
        }
        if (got.error) console.error(`bench/python: ${key} ${path.basename(file)}: ${got.error}`);
        if (got.error || !seen || got.seconds < seen.seconds) results[key][file] = got;
      }
    }
  }

  const rows = [];
  for (const key of ours) {
    for (const { file, title } of workloads) {
      const mine = results[key][file];
      const base = results.cpython?.[file];
      rows.push({
        name: `python ${LABELS[key]}: ${title}`,
        unit: 'ms',
        ours: mine.error ? null : mine.seconds * 1e3,
        baseline: base && !base.error ? base.seconds * 1e3 : null,
        baseline_name: baselineName,
        target: TARGETS[key],
        failure: mine.failure,
      });
    }
  }
  return rows;
}
