// WorkerRunner: the page's side of worker.mjs. Runs programs in a Web Worker
// and reports what they write, as it is written. Stop asks the worker first;
// a worker that does not answer in time (a program stuck inside one pump) is
// terminated and a fresh one is made for the next run, so Stop always works
// and the page never freezes.

/// How long (ms) a worker may take to acknowledge a stop before it is terminated.
const STOP_GRACE_MS = 250;

export class WorkerRunner {
  #worker = null;
  #runId = 0;
  #active = null; // the id of the run the page is following, or null
  #stopTimers = new Map();
  #onStarted;
  #onOutput;
  #onDone;

  /// onStarted(): the run has begun (its module is loaded).
  /// onOutput(chunks): [{stream, text, ms}], ms since the run started.
  /// onDone({status, ms, error, stopped}): the run ended, or was stopped.
  constructor({ onStarted = () => {}, onOutput = () => {}, onDone = () => {} } = {}) {
    this.#onStarted = onStarted;
    this.#onOutput = onOutput;
    this.#onDone = onDone;
  }

  /// Whether a run is going on.
  get running() {
    return this.#active !== null;
  }

  /// Starts `program` (a name of programs.mjs), stopping the current run first.
  start(program) {
    if (this.#active !== null) this.stop();
    const id = ++this.#runId;
    this.#active = id;
    this.#ensureWorker().postMessage({ type: 'start', id, program });
  }

  /// Stops the current run; onDone({stopped: true}) is called at once.
  stop() {
    const id = this.#active;
    if (id === null) return;
    this.#active = null;
    this.#onDone({ status: null, ms: null, error: null, stopped: true });
    const worker = this.#worker;
    worker.postMessage({ type: 'stop', id });
    this.#stopTimers.set(
      id,
      setTimeout(() => {
        this.#stopTimers.delete(id);
        if (this.#worker === worker) this.#terminate();
      }, STOP_GRACE_MS),
    );
  }

  /// Terminates the worker for good.
  dispose() {
    this.#active = null;
    this.#terminate();
  }

  /// The worker, made on first use or after a termination.
  #ensureWorker() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => this.#receive(data);
    // A worker whose modules fail to load reports an error without a message.
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.#fail(e.message || 'the worker could not load (is the wasm built? node tools/build.mjs wasm)');
    };
    this.#worker = worker;
    return worker;
  }

  /// Kills the worker (and whatever it runs) and forgets it.
  #terminate() {
    for (const t of this.#stopTimers.values()) clearTimeout(t);
    this.#stopTimers.clear();
    this.#worker?.terminate();
    this.#worker = null;
  }

  /// Ends the followed run with an error and drops the worker.
  #fail(message) {
    this.#terminate();
    if (this.#active === null) return;
    this.#active = null;
    this.#onDone({ status: -1, ms: null, error: message, stopped: false });
  }

  /// Handles a message of the worker.
  #receive(data) {
    if (data.type === 'stopped') {
      clearTimeout(this.#stopTimers.get(data.id));
      this.#stopTimers.delete(data.id);
      return;
    }
    if (data.id !== this.#active) return; // a run the page gave up on
    if (data.type === 'started') {
      this.#onStarted();
    } else if (data.type === 'output') {
      this.#onOutput(data.chunks);
    } else if (data.type === 'done') {
      this.#active = null;
      this.#onDone({ status: data.status, ms: data.ms, error: data.error, stopped: false });
    }
  }
}
