// The first proof in the browser (issue 2, section 4): the page runs the
// seeds' gather example (C++ aio::task in wasm, pumped from a Web Worker) and
// prints each line live with the time it was printed at. This test serves the
// page (Vite, a free port), opens it in Debian's Chromium and checks:
//
//   - the seven lines arrive in CPython's order;
//   - each was printed at its time (0, 0, 0, 1, 2, 3, 3 s) within ±150 ms,
//     by the page's own measure (data-ms: when the program wrote it), and the
//     total it prints is 3.00 s within the same tolerance;
//   - they reached the page live: the gaps between arrivals match the gaps
//     between the printing times (no batching at the end);
//   - Stop stops the run (no line after it), and the page runs it again after.
//
// It builds nothing: run `node tools/build.mjs wasm` first. Exit 0 is a pass.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { requiredModules, startServer } from '../../tools/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/// What the program prints and when (ms since its start), as CPython would.
const EXPECTED = [
  ['Task 1 작업 시작', 0],
  ['Task 2 작업 시작', 0],
  ['Task 3 작업 시작', 0],
  ['Task 3 작업 완료', 1000],
  ['Task 1 작업 완료', 2000],
  ['Task 2 작업 완료', 3000],
  [/^총 실행 시간: (\d+\.\d\d)초$/, 3000],
];
/// How far a printing time may be from the expected one (ms).
const TOLERANCE_MS = 150;
/// How far the gaps between arrivals on the page may be from the gaps between
/// printing times (ms): a worker-to-page message may wait behind a frame.
const ARRIVAL_TOLERANCE_MS = 300;
/// The whole test's limit (ms).
const DEADLINE_MS = 90_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const failures = [];

/// Records a failed check.
function check(ok, message) {
  if (!ok) failures.push(message);
  return ok;
}

/// The output lines on the page: [{text, ms, arrivedMs, stream}].
function readLines(page) {
  return page.$$eval('#output li', (items) =>
    items.map((li) => ({
      text: li.querySelector('.text').textContent,
      ms: Number(li.dataset.ms),
      arrivedMs: Number(li.dataset.arrivedMs),
      stream: Number(li.dataset.stream),
    })),
  );
}

/// Run 1: the lines, their order and their times.
async function checkTimedRun(page) {
  await page.click('#run');
  await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 20_000 });
  const state = await page.getAttribute('body', 'data-state');
  const status = await page.textContent('#status');
  check(state === 'done' && status.includes('exit 0'), `the run ended as "${status}" (state ${state})`);
  const lines = await readLines(page);
  for (const l of lines) {
    console.log(`  ${(l.ms / 1000).toFixed(3)}s (arrived ${(l.arrivedMs / 1000).toFixed(3)}s) ${l.text}`);
  }
  if (!check(lines.length === EXPECTED.length, `${lines.length} lines, expected ${EXPECTED.length}`)) return;
  EXPECTED.forEach(([text, ms], i) => {
    const line = lines[i];
    const match = typeof text === 'string' ? line.text === text : text.exec(line.text);
    check(match, `line ${i + 1} is "${line.text}", expected "${text}"`);
    check(line.stream === 1, `line ${i + 1} is on stream ${line.stream}`);
    check(
      Math.abs(line.ms - ms) <= TOLERANCE_MS,
      `line ${i + 1} "${line.text}" was printed at ${line.ms.toFixed(1)} ms, expected ${ms} ± ${TOLERANCE_MS}`,
    );
    if (typeof text !== 'string' && match) {
      const total = Number(match[1]) * 1000;
      check(Math.abs(total - ms) <= TOLERANCE_MS, `the total printed is ${match[1]} s, expected 3.00 ± 0.15`);
    }
    const arrivalGap = line.arrivedMs - lines[0].arrivedMs;
    const printGap = line.ms - lines[0].ms;
    check(
      Math.abs(arrivalGap - printGap) <= ARRIVAL_TOLERANCE_MS,
      `line ${i + 1} reached the page ${arrivalGap.toFixed(1)} ms after the first, printed ${printGap.toFixed(1)} ms after it`,
    );
  });
}

/// Run 2: Stop after the first completion; nothing more is printed.
async function checkStop(page) {
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#output li').length >= 4, null, {
    timeout: 20_000,
  });
  await page.click('#stop');
  const state = await page.getAttribute('body', 'data-state');
  check(state === 'stopped', `after Stop the page is "${state}"`);
  await page.waitForTimeout(1500); // past the 2 s line
  const lines = await readLines(page);
  check(lines.length === 4, `after Stop ${lines.length} lines, expected 4`);
  check(!(await page.isDisabled('#run')), 'Run is disabled after Stop');
}

/// Run 3: after a stopped run, the page runs the program to its end again.
async function checkRunAgain(page) {
  await page.click('#run');
  await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 20_000 });
  const status = await page.textContent('#status');
  check(status.includes('exit 0'), `the run after Stop ended as "${status}"`);
  const texts = (await readLines(page)).map((l) => l.text);
  check(texts.length === EXPECTED.length, `the run after Stop printed ${texts.length} lines`);
}

/// Serves the page, runs the checks in Chromium, cleans up.
async function main() {
  for (const m of requiredModules) {
    if (!existsSync(path.join(root, m))) {
      console.error(`proof.test: ${m} is missing (node tools/build.mjs wasm)`);
      return 1;
    }
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'coroplay-chromium-'));
  let server = null;
  let context = null;
  try {
    server = await startServer({ port: 0, quiet: true, watch: false });
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') failures.push(`console error: ${m.text()}`);
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="idle"]');
    await checkTimedRun(page);
    await checkStop(page);
    await checkRunAgain(page);
  } finally {
    await context?.close().catch(() => {});
    await server?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
  for (const f of failures) console.error(`FAIL ${f}`);
  console.log(failures.length ? `proof.test: ${failures.length} failed` : 'proof.test: passed');
  return failures.length ? 1 : 0;
}

const deadline = setTimeout(() => {
  console.error(`proof.test: no result after ${DEADLINE_MS / 1000} s`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`proof.test: ${e.stack ?? e}`);
    process.exitCode = 1;
  },
);
