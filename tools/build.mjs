// Configures (once) and builds the CMake presets named on the command line:
//   node tools/build.mjs native wasm native-asan fuzz
// Each preset's products land in build/<preset>/ (see CMakePresets.json).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Emscripten's optimizer imports Debian's acorn from here.
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };

function run(args) {
  const r = spawnSync('cmake', args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const presets = process.argv.slice(2);
for (const preset of presets.length ? presets : ['native', 'wasm']) {
  if (!existsSync(path.join(root, 'build', preset, 'build.ninja'))) {
    run(['--preset', preset, '--log-level=WARNING']);
  }
  console.log(`build: ${preset}`);
  run(['--build', '--preset', preset]);
}
