// The Web Worker that runs programs, so that a runaway one never freezes the
// page (the page can always terminate the worker). It owns one LoopDriver
// per loaded module and speaks this protocol with the page (worker_client.mjs):
//
//   page -> worker   { type: 'start', id, program }    run a program of programs.mjs
//                    { type: 'stop', id }              stop the run (if it is that one)
//   worker -> page   { type: 'started', id }
//                    { type: 'output', id, chunks }    [{ stream, text, ms }], ms since start
//                    { type: 'done', id, status, ms, error }
//                    { type: 'stopped', id }
//
// `id` tells runs apart: the page ignores what a run it gave up on still says.
import { LoopDriver } from './loop_driver.mjs';
import { programs } from './programs.mjs';

/// The loaded modules' drivers, by program name (each loaded once).
const drivers = new Map();
/// The id of the run going on, or null.
let current = null;

/// The driver of a program, loading its module the first time.
async function driverFor(name) {
  if (drivers.has(name)) return drivers.get(name);
  const program = programs[name];
  if (!program) throw new Error(`unknown program: ${name}`);
  const module = await program.load();
  const driver = new LoopDriver(module, {
    onOutput: (chunks) => self.postMessage({ type: 'output', id: current, chunks }),
    onDone: ({ status, ms, error }) => {
      // A module that trapped is dropped: the next run loads it afresh.
      if (error) drivers.delete(name);
      self.postMessage({ type: 'done', id: current, status, ms, error });
      current = null;
    },
  });
  drivers.set(name, driver);
  return driver;
}

/// Stops whatever runs.
function stopAll() {
  for (const driver of drivers.values()) driver.stop();
}

/// Starts program `name` as run `id`.
async function start(id, name) {
  stopAll();
  current = id;
  try {
    const driver = await driverFor(name);
    if (current !== id) return; // stopped or replaced while loading
    self.postMessage({ type: 'started', id });
    driver.start(programs[name].start);
  } catch (e) {
    if (current !== id) return;
    current = null;
    self.postMessage({ type: 'done', id, status: -1, ms: 0, error: String(e?.message ?? e) });
  }
}

self.onmessage = ({ data }) => {
  if (data.type === 'start') {
    start(data.id, data.program);
  } else if (data.type === 'stop') {
    if (current === data.id) {
      stopAll();
      current = null;
    }
    self.postMessage({ type: 'stopped', id: data.id });
  }
};
