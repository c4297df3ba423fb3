// Runs conformance programs and compares them with CPython's recorded output.
//
//   node tools/conformance.mjs [--wasm] [--jobs=N] [--quiet] [--bin=EXE] [--pause-interval=N] [PATH...]
//   node tools/conformance.mjs --update-known
//
// Every PROGRAM.py with a PROGRAM.json beside it (made by the oracle,
// tests/conformance/regen.py) runs under `coroplay run --clock=virtual`.
// stdout must match byte for byte; stderr is compared after the oracle's own
// normalization (normalize.mjs); the exit status must match. Lines that the
// JSON marks as "unordered_lines" compare as multisets of the printed items.
// PATH defaults to tests/conformance/cases. --bin runs another native build
// (e.g. build/mine/cli/coroplay) instead of build/native's. --pause-interval=N passes the same
// option to coroplay: the eval loop pauses and goes on every N calls and loops. Prints one line per failure and a
// summary; exits 1 when any case fails.
//
// tests/conformance/known_failures.txt lists the cases the interpreter does
// not run like CPython yet (open work, never counted as passes). `npm test`
// reports them apart and fails when a listed case starts passing, so the
// list only shrinks; --update-known rewrites it from a native and a wasm run.
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeStderr, sameUnordered } from './normalize.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/// Every .py under the given paths that has a .json beside it, sorted.
export function findCases(paths) {
  const out = [];
  const visit = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else if (p.endsWith('.py') && existsSync(p.slice(0, -3) + '.json')) {
      out.push(p);
    }
  };
  for (const p of paths) visit(p);
  return out;
}

/// Runs one program; resolves to {stdout, stderr, exit, timedOut}.
function runProgram(file, { wasm, bin, timeoutMs, pauseInterval }) {
  const options = ['--clock=virtual', ...(pauseInterval === undefined ? [] : [`--pause-interval=${pauseInterval}`])];
  const [cmd, args] = wasm
    ? ['node', [path.join(root, 'build/wasm/cli/coroplay.js'), 'run', ...options, file]]
    : [path.resolve(root, bin ?? 'build/native/cli/coroplay'), ['run', ...options, file]];
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: path.dirname(file) });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exit: code ?? (signal ? -1 : 0),
        timedOut,
      });
    });
  });
}

/// The first line where two texts differ, for the failure report.
function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end>')}, got ${JSON.stringify(b[i] ?? '<end>')}`;
    }
  }
  return '';
}

/// Compares one run with its expectation; returns null when it passes, else why.
export function compare(expected, actual) {
  if (actual.timedOut) return 'timed out';
  const unordered = expected.unordered_lines ?? [];
  const stdoutOk = unordered.length
    ? sameUnordered(expected.stdout, actual.stdout, unordered)
    : expected.stdout === actual.stdout;
  if (!stdoutOk) return `stdout differs (${firstDifference(expected.stdout, actual.stdout)})`;
  const stderr = normalizeStderr(actual.stderr);
  if (expected.stderr !== stderr) return `stderr differs (${firstDifference(expected.stderr, stderr)})`;
  if (expected.exit !== actual.exit) return `exit status ${actual.exit}, expected ${expected.exit}`;
  return null;
}

/// Runs the cases with `jobs` programs at a time; returns {passed, failed: [[file, why]]}.
export async function runCases(files, { wasm = false, bin, jobs = cpus().length, timeoutMs = 20000, pauseInterval } = {}) {
  const failed = [];
  let passed = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const expected = JSON.parse(readFileSync(file.slice(0, -3) + '.json', 'utf8'));
      const why = compare(expected, await runProgram(file, { wasm, bin, timeoutMs, pauseInterval }));
      if (why) failed.push([path.relative(root, file), why]);
      else passed++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  failed.sort((a, b) => a[0].localeCompare(b[0]));
  return { passed, failed };
}

const knownPath = path.join(root, 'tests/conformance/known_failures.txt');

/// The known failures for one build: lines `PATH  # why`, where PATH is
/// relative to the repository and a `wasm:` prefix limits a line to wasm.
export function readKnownFailures(wasm) {
  if (!existsSync(knownPath)) return new Set();
  const known = new Set();
  for (const line of readFileSync(knownPath, 'utf8').split('\n')) {
    const entry = line.replace(/#.*/, '').trim();
    if (!entry) continue;
    if (entry.startsWith('wasm:')) {
      if (wasm) known.add(entry.slice(5).trim());
    } else {
      known.add(entry);
    }
  }
  return known;
}

/// Splits a run's failures by the known list: {unexpected, expected, fixed},
/// where fixed are listed cases that pass now.
export function triage(files, failed, known) {
  const failing = new Set(failed.map(([file]) => file));
  return {
    unexpected: failed.filter(([file]) => !known.has(file)),
    expected: failed.filter(([file]) => known.has(file)),
    fixed: files.map((f) => path.relative(root, f)).filter((f) => known.has(f) && !failing.has(f)),
  };
}

/// Rewrites known_failures.txt from the failures of a native and a wasm run.
async function updateKnown(files, jobs) {
  const native = (await runCases(files, { jobs })).failed;
  const wasm = (await runCases(files, { wasm: true, jobs })).failed;
  const nativeSet = new Set(native.map(([file]) => file));
  const reason = (why) => why.replace(/\s+/g, ' ').slice(0, 110);
  const lines = [
    '# Conformance cases the interpreter does not yet run like CPython 3.11.',
    '# Open work, not passes: `npm test` counts them apart and fails when one',
    '# starts passing. Regenerate with: node tools/conformance.mjs --update-known',
    ...native.map(([file, why]) => `${file}  # ${reason(why)}`),
    ...wasm.filter(([file]) => !nativeSet.has(file)).map(([file, why]) => `wasm:${file}  # ${reason(why)}`),
  ];
  writeFileSync(knownPath, lines.join('\n') + '\n');
  console.log(`known failures: ${native.length} native, ${lines.length - 3 - native.length} more in wasm`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const wasm = args.includes('--wasm');
  const quiet = args.includes('--quiet');
  const jobsArg = args.find((a) => a.startsWith('--jobs='));
  const jobs = jobsArg ? Number(jobsArg.slice(7)) : cpus().length;
  const bin = args.find((a) => a.startsWith('--bin='))?.slice(6);
  const pauseArg = args.find((a) => a.startsWith('--pause-interval='));
  const pauseInterval = pauseArg ? Number(pauseArg.slice(17)) : undefined;
  const paths = args.filter((a) => !a.startsWith('--')).map((p) => path.resolve(p));
  const files = findCases(paths.length ? paths : [path.join(root, 'tests/conformance/cases')]);
  if (args.includes('--update-known')) {
    await updateKnown(files, jobs);
    process.exit(0);
  }
  const { passed, failed } = await runCases(files, { wasm, bin, jobs, pauseInterval });
  if (!quiet) for (const [file, why] of failed) console.log(`FAIL ${file}: ${why}`);
  console.log(`conformance${wasm ? ' (wasm)' : ''}: ${passed} passed, ${failed.length} failed`);
  process.exitCode = failed.length ? 1 : 0;
}
