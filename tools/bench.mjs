// Runs every benchmark suite (bench/<suite>/suite.mjs), prints one table of
// ours / baseline / ratio per line, and writes build/bench.json:
//   [{"name", "unit", "ours", "baseline", "baseline_name", "ratio"}, ...]
// with ratio = ours / baseline (lower is better; null without a baseline).
//
// A suite module's default export is `async ({ root }) => rows`, each row
// {name, unit, ours, baseline, baseline_name} and optionally target (the
// ratio aimed at, shown in the table only) and failure (a word such as
// FAILED or WRONG when the line has no valid figure: ours is then null). The
// table shows figures beside their baselines and never judges a time, but a
// failed line makes the run exit 1 after the table. The executables a suite
// runs are built beforehand (npm run bench builds the native and wasm presets).
//   node tools/bench.mjs [suite...]
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);

const suites = readdirSync(path.join(root, 'bench'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'bench', d.name, 'suite.mjs')))
  .map((d) => d.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

// Every line as the suites gave it, with its ratio; build/bench.json keeps the JSON fields only.
const rows = [];
const JSON_FIELDS = ['name', 'unit', 'ours', 'baseline', 'baseline_name', 'ratio'];
for (const suite of suites) {
  console.log(`bench: ${suite}`);
  const module = await import(pathToFileURL(path.join(root, 'bench', suite, 'suite.mjs')).href);
  for (const row of await module.default({ root })) {
    const ours = row.ours ?? null;
    const baseline = row.baseline ?? null;
    rows.push({
      ...row,
      ours,
      baseline,
      baseline_name: row.baseline_name ?? null,
      ratio: ours !== null && baseline ? ours / baseline : null,
    });
  }
}

// The table: numbers right-aligned, a ratio under 1 means faster or smaller than the baseline.
const number = (x, digits = 1) => (x === null ? '-' : x.toFixed(digits));
const table = [['benchmark', 'unit', 'ours', 'baseline', 'ratio', 'target', 'baseline is']].concat(
  rows.map((r) => [r.name, r.unit, r.failure ?? number(r.ours), number(r.baseline), number(r.ratio, 3),
                   r.target ? `<= ${r.target}` : '-', r.baseline_name ?? '-']));
const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
for (const [i, line] of table.entries()) {
  console.log(line.map((cell, j) => (j >= 2 && j <= 5 ? cell.padStart(widths[j]) :
                                                        cell.padEnd(widths[j]))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

mkdirSync(path.join(root, 'build'), { recursive: true });
const json = rows.map((r) => Object.fromEntries(JSON_FIELDS.map((f) => [f, r[f]])));
writeFileSync(path.join(root, 'build', 'bench.json'), JSON.stringify(json, null, 1) + '\n');
console.log(`bench: wrote build/bench.json (${rows.length} lines)`);

// A wrong or failed line is an interpreter bug, not a slow time: say so last, and fail the run.
const failed = rows.filter((r) => r.failure);
if (failed.length) {
  console.error(`bench: ${failed.length} line(s) FAILED or printed WRONG output (the details are above):`);
  for (const r of failed) console.error(`  ${r.failure}: ${r.name}`);
  process.exitCode = 1;
}
