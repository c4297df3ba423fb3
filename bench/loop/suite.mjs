// The scheduler's benchmark suite for tools/bench.mjs: runs loop_bench
// natively and in wasm under Node, and the same workloads on Boost.Asio
// (asio_bench, native only), each a few times, keeping each line's best.
// The wasm lines are compared with the native Asio figures: there is no
// Boost in wasm.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROUNDS = 3;
const ASIO = 'Boost.Asio 1.81';

// Runs one benchmark executable; returns Map(name -> {unit, value}).
function runOnce(command, args) {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  const lines = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const { name, unit, value } = JSON.parse(line);
    lines.set(name, { unit, value });
  }
  return lines;
}

// Keeps the lowest value of each line over the rounds (the least disturbed run).
function keepBest(best, lines) {
  for (const [name, line] of lines) {
    const seen = best.get(name);
    if (!seen || line.value < seen.value) best.set(name, line);
  }
}

export default async function run({ root }) {
  const dir = (preset) => path.join(root, 'build', preset, 'bench', 'loop');
  const programs = {
    native: [path.join(dir('native'), 'loop_bench'), []],
    wasm: [process.execPath, [path.join(dir('wasm'), 'loop_bench.cjs')]],
    asio: [path.join(dir('native'), 'asio_bench'), []],
  };
  const results = {};
  for (const [key, [command, args]] of Object.entries(programs)) {
    const file = args.length ? args[0] : command;
    if (!existsSync(file)) {
      console.warn(`bench/loop: ${path.relative(root, file)} is missing (build it first)`);
      continue;
    }
    results[key] = new Map();
  }
  // Interleaved rounds, so that a busy machine disturbs every program alike.
  for (let round = 0; round < ROUNDS; ++round) {
    for (const key of Object.keys(results)) {
      const [command, args] = programs[key];
      keepBest(results[key], runOnce(command, args));
    }
  }

  const rows = [];
  const asio = results.asio ?? new Map();
  for (const [platform, label] of [['native', 'native'], ['wasm', 'wasm (Node)']]) {
    if (!results[platform]) continue;
    for (const [name, { unit, value }] of results[platform]) {
      const base = asio.get(name);
      rows.push({
        name: `loop ${label}: ${name}`,
        unit,
        ours: value,
        baseline: base ? base.value : null,
        baseline_name: base ? (platform === 'native' ? `${ASIO}, native` :
                                                       `${ASIO}, native (no Boost in wasm)`) : null,
      });
    }
  }
  return rows;
}
