// Vite serves the page (web/) in development; tools/serve.mjs starts it.
// The page imports the driver from wasm/driver/ and its worker loads the wasm
// modules from build/wasm/ (the products of `node tools/build.mjs wasm`):
// both are outside web/, so the server may read the whole repository.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';

const repo = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(repo, 'web'),
  publicDir: false,
  clearScreen: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: [repo] },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  // `vite build` (not needed to serve the page) writes under build/ too.
  build: {
    outDir: path.join(repo, 'build/web'),
    emptyOutDir: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
});
