// Serves the page with Vite's dev server on 127.0.0.1 and prints its URL;
// runs until Ctrl+C. `npm start` runs it after building.
//
//   node tools/serve.mjs [--port=5173]
//
// The port is 5173 unless given; when it is taken, the next free one is used.
// Tests import startServer() and pass port 0 (any free port).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/// The wasm modules the page needs (build products).
export const requiredModules = ['build/wasm/wasm/proof/gather_demo.mjs'];

/// Starts the dev server; resolves to { url, close() }. `quiet` silences
/// Vite's log; a test also turns off the file watcher and live reload.
export async function startServer({ port = 5173, quiet = false, watch = true } = {}) {
  const server = await createServer({
    configFile: path.join(root, 'vite.config.js'),
    logLevel: quiet ? 'silent' : 'info',
    server: {
      port,
      strictPort: false,
      ...(watch ? {} : { watch: null, hmr: false }),
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local?.[0];
  if (!url) {
    await server.close();
    throw new Error('the server is not listening');
  }
  return { url, close: () => server.close() };
}

/// The command line: serve, print the URL, close on Ctrl+C.
async function main() {
  const arg = process.argv.find((a) => a.startsWith('--port='));
  const port = arg ? Number(arg.slice(7)) : 5173;
  for (const m of requiredModules) {
    if (!existsSync(path.join(root, m))) {
      console.warn(`serve: ${m} is missing; build it with: node tools/build.mjs wasm`);
    }
  }
  const { url, close } = await startServer({ port, quiet: true });
  console.log(`coroplay: ${url}`);
  console.log('Ctrl+C to stop');
  // Ctrl+C: close the server (at most a second: open connections may keep
  // it waiting), then exit; a second Ctrl+C exits at once.
  let closing = false;
  const shutdown = async () => {
    if (closing) process.exit(0);
    closing = true;
    await Promise.race([close(), new Promise((r) => setTimeout(r, 1000))]);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
}
