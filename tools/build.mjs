// Configures (once) and builds the CMake presets named on the command line:
//   node tools/build.mjs native wasm native-asan fuzz
// Each preset's products land in build/<preset>/ (see CMakePresets.json).
//
// "native" is built in three steps, profile-guided as CPython's release
// builds are: the native-pgo preset builds a CLI instrumented to count its
// branches and calls, the conformance suite runs through it (the training:
// over 500 programs that reach every corner of the language, none of them the
// benchmarks), and the native preset compiles from those counts. The
// training reruns only when the instrumented CLI has changed.
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { findCases, runCases } from './conformance.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Emscripten's optimizer imports Debian's acorn from here.
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
// Where the instrumented CLI writes its counts (COROPLAY_PGO_DIR in the presets).
const profileDir = path.join(root, 'build', 'pgo-profile');
// Written after a training run: the counts are as new as this file.
const trainedStamp = path.join(profileDir, 'trained');

function run(args) {
  const r = spawnSync('cmake', args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : -Infinity);

// Configures a preset's folder when it has none yet or the presets changed.
function build(preset) {
  const cache = path.join(root, 'build', preset, 'CMakeCache.txt');
  if (!existsSync(path.join(root, 'build', preset, 'build.ninja')) ||
      mtime(path.join(root, 'CMakePresets.json')) > mtime(cache)) {
    run(['--preset', preset, '--log-level=WARNING']);
  }
  console.log(`build: ${preset}`);
  run(['--build', '--preset', preset]);
}

// Runs the conformance suite through the instrumented CLI into a fresh profile
// (counts of an older CLI would not match its code). The outputs are not
// checked here: `npm test` compares the optimized build's.
async function train() {
  const cli = path.join(root, 'build', 'native-pgo', 'cli', 'coroplay');
  if (mtime(trainedStamp) > mtime(cli)) return;
  rmSync(profileDir, { recursive: true, force: true });
  const cases = findCases([path.join(root, 'tests', 'conformance', 'cases')]);
  console.log(`build: training the native build's profile on ${cases.length} conformance programs`);
  await runCases(cases, { bin: cli });
  writeFileSync(trainedStamp, '');
}

const presets = process.argv.slice(2);
for (const preset of presets.length ? presets : ['native', 'wasm']) {
  if (preset === 'native') {
    build('native-pgo');
    await train();
  }
  build(preset);
}
