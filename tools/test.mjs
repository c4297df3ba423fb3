// Runs every test suite and ends with one summary line:
//   tests: <passed> passed, <failed> failed [(and <k> known failures: …)]
//
//   node tools/test.mjs [--only=name,name]
//
// Suites: the Catch2 unit tests natively, in wasm under Node and under
// ASan/UBSan; the conformance programs natively, natively with the eval loop
// pausing every few calls and loops (as it does in wasm to let V8 swap in
// optimized code; a paused program must run on unchanged), and in wasm; the fuzz
// targets for a bounded time; the browser tests in Chromium. Each suite
// counts its own cases; a suite that cannot run at all counts as one failure.
import { existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCases, readKnownFailures, runCases, triage } from './conformance.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/// Runs a command, streaming nothing; resolves to {code, output}.
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env } });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', (e) => resolve({ code: -1, output: String(e) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output: Buffer.concat(chunks).toString() }));
  });
}

/// Reads Catch2's summary: "All tests passed (… in N test cases)" or
/// "test cases: N | P passed | F failed".
function catchCounts(output, code) {
  let m = /All tests passed \(\d+ assertions? in (\d+) test cases?\)/.exec(output);
  if (m) return { passed: Number(m[1]), failed: code === 0 ? 0 : 1 };
  m = /test cases:\s+(\d+) \|\s+(\d+) passed \|\s+(\d+) failed/.exec(output);
  if (m) return { passed: Number(m[2]), failed: Number(m[3]) };
  m = /test cases:\s+(\d+) \|\s+(\d+) failed/.exec(output);
  if (m) return { passed: 0, failed: Number(m[2]) };
  return { passed: 0, failed: 1 };
}

/// The test executables of a build folder (build/<preset>/tests).
function unitExecutables(preset, wasm) {
  const dir = path.join(root, 'build', preset, 'tests');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => (wasm ? f.endsWith('_tests.js') : f.endsWith('_tests')))
    .map((f) => path.join(dir, f));
}

const suites = {
  async unit() {
    return catchSuite('native', false, {});
  },
  async 'unit-wasm'() {
    return catchSuite('wasm', true, {});
  },
  async 'unit-asan'() {
    return catchSuite('native-asan', false, { ASAN_OPTIONS: 'detect_leaks=1', UBSAN_OPTIONS: 'print_stacktrace=1' });
  },
  async conformance() {
    return conformanceSuite({ wasm: false });
  },
  async 'conformance-paused'() {
    return conformanceSuite({ wasm: false, pauseInterval: 3 });
  },
  async 'conformance-wasm'() {
    return conformanceSuite({ wasm: true });
  },
  async fuzz() {
    const script = path.join(root, 'tests/fuzz/run.sh');
    if (!existsSync(script)) return { passed: 0, failed: 0, note: 'no fuzz targets' };
    const r = await run('bash', [script, '60']);
    return { passed: r.code === 0 ? 1 : 0, failed: r.code === 0 ? 0 : 1, log: r.output };
  },
  async browser() {
    const dir = path.join(root, 'tests/browser');
    const tests = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.mjs')) : [];
    let passed = 0;
    let failed = 0;
    let log = '';
    for (const t of tests) {
      const r = await run('node', [path.join(dir, t)]);
      if (r.code === 0) passed++;
      else {
        failed++;
        log += `--- ${t}\n${r.output}\n`;
      }
    }
    return { passed, failed, log };
  },
};

async function catchSuite(preset, wasm, env) {
  const exes = unitExecutables(preset, wasm);
  if (!exes.length) return { passed: 0, failed: 1, log: `no unit tests built in build/${preset}` };
  let passed = 0;
  let failed = 0;
  let log = '';
  for (const exe of exes) {
    // Catch2 colours its summary under Node (it cannot tell it is piped).
    const args = ['--use-colour', 'no'];
    const r = wasm ? await run('node', [exe, ...args], env) : await run(exe, args, env);
    const c = catchCounts(r.output, r.code);
    passed += c.passed;
    failed += c.failed;
    if (c.failed) log += `--- ${path.relative(root, exe)}\n${r.output.slice(-6000)}\n`;
  }
  return { passed, failed, log };
}

/// Conformance programs against CPython's recorded output. Cases listed in
/// tests/conformance/known_failures.txt count as known failures; a listed
/// case that passes is a failure until it is taken off the list.
async function conformanceSuite({ wasm, pauseInterval }) {
  const exe = wasm ? 'build/wasm/cli/coroplay.js' : 'build/native/cli/coroplay';
  if (!existsSync(path.join(root, exe))) return { passed: 0, failed: 1, log: `${exe} is not built` };
  const files = findCases([path.join(root, 'tests/conformance/cases')]);
  const { passed, failed } = await runCases(files, { wasm, pauseInterval });
  const { unexpected, expected, fixed } = triage(files, failed, readKnownFailures(wasm));
  const log = [
    ...unexpected.map(([file, why]) => `FAIL ${file}: ${why}`),
    ...fixed.map((file) => `FAIL ${file}: passes now; take it off tests/conformance/known_failures.txt`),
  ];
  return {
    passed: passed - fixed.length,
    failed: unexpected.length + fixed.length,
    known: expected.length,
    log: log.join('\n'),
  };
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
let totalPassed = 0;
let totalFailed = 0;
let totalKnown = 0;
for (const [name, suite] of Object.entries(suites)) {
  if (only && !only.includes(name)) continue;
  const started = Date.now();
  const r = await suite();
  totalPassed += r.passed;
  totalFailed += r.failed;
  totalKnown += r.known ?? 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const known = r.known ? `, ${r.known} known failures` : '';
  console.log(`${name}: ${r.passed} passed, ${r.failed} failed${known} (${seconds}s)${r.note ? ` — ${r.note}` : ''}`);
  if (r.failed && r.log) console.log(r.log.trimEnd());
}
const knownNote = totalKnown ? ` (and ${totalKnown} known failures: tests/conformance/known_failures.txt)` : '';
console.log(`tests: ${totalPassed} passed, ${totalFailed} failed${knownNote}`);
process.exitCode = totalFailed ? 1 : 0;
