// LoopDriver: drives a wasm event loop from the host's own event loop.
//
// The host drives the loop; the loop never blocks the host (shared/design.md).
// A run lives in the wasm module behind the C API of wasm/proof/c_api.cpp:
//
//   next = _coroplay_run_pump(run, nowMs, sliceMs)
//            runs what is due at host time nowMs, for at most sliceMs of real
//            time (a callback is never cut), and says what comes next:
//              0 ready    more is ready now       -> yield to the host, pump again
//              1 at       a timer is due at wake  -> pump again at wake, exactly
//              2 blocked  time.sleep until wake   -> the same
//              3 io       waits for host I/O      -> pump again when it completes (wake())
//              4 done     the program finished    -> read the exit status, free the run
//   _coroplay_run_wake_ms(run)              the host time to pump again at (at, blocked)
//   _coroplay_run_output_count/_stream/_ms/_text(run, i), _coroplay_run_output_clear(run)
//                                           what the program wrote, each chunk stamped
//                                           with the host time it was written at
//   _coroplay_run_exit_status(run), _coroplay_run_destroy(run)
//
// All times are milliseconds of one host clock, performance.now(): the driver
// passes it to every pump, and the loop's timers are deadlines on it. The
// driver wakes up at the deadline the loop gives (a timer set for the
// remaining time, rounded up; woken early, the loop says `at` again and the
// driver sleeps for the rest), so a sleep takes its time on the host's clock.
//
// It runs wherever there is setTimeout and performance.now(): in a Web Worker
// (worker.mjs, so that a runaway program never freezes the page) and in Node.

/// What a pump says comes next (the C API's numbers).
export const Next = Object.freeze({ ready: 0, at: 1, blocked: 2, io: 3, done: 4 });

/// The stream numbers of output chunks.
export const Stream = Object.freeze({ stdout: 1, stderr: 2 });

/// Schedules fn as soon as the host has run what is waiting (other messages,
/// timers), without the 4 ms clamp of nested setTimeout(0).
function makeYield() {
  if (typeof setImmediate === 'function') return (fn) => setImmediate(fn);
  const channel = new MessageChannel();
  const queue = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}

export class LoopDriver {
  #module;
  #run = 0;
  #startMs = 0;
  #timer = null;
  #pending = false;
  #yield = makeYield();
  #onOutput;
  #onDone;
  #sliceMs;
  #now;

  /// module: an instantiated Emscripten module with the C API above.
  /// onOutput(chunks): [{stream, text, ms}], ms since start at the moment of writing.
  /// onDone({status, ms, error}): the program finished (status: its exit status),
  ///   or the module failed (status -1, error: the message; the module is unusable).
  /// sliceMs: how long one pump may run (a few ms keeps the host responsive).
  /// now: the host clock in ms (performance.now() by default).
  constructor(module, { onOutput = () => {}, onDone = () => {}, sliceMs = 8, now } = {}) {
    this.#module = module;
    this.#onOutput = onOutput;
    this.#onDone = onDone;
    this.#sliceMs = sliceMs;
    this.#now = now ?? (() => performance.now());
  }

  /// Whether a run is going on.
  get running() {
    return this.#run !== 0;
  }

  /// The host time (ms) the current run started at.
  get startMs() {
    return this.#startMs;
  }

  /// Starts a run: create(module, nowMs) makes it (a program's start function,
  /// e.g. m._gather_demo_start(nowMs)); the first pump runs at once.
  start(create) {
    this.stop();
    this.#startMs = this.#now();
    this.#run = create(this.#module, this.#startMs);
    if (!this.#run) throw new Error('the module made no run');
    this.pump();
  }

  /// Stops the run: cancels the next wake-up and frees it (output not yet read is lost).
  stop() {
    this.#cancel();
    if (!this.#run) return;
    const run = this.#run;
    this.#run = 0;
    this.#module._coroplay_run_destroy(run);
  }

  /// Host I/O the loop waits for has completed (after Next.io): pump at once.
  wake() {
    if (this.#run) this.#schedule(0);
  }

  /// One pump at the host's current time, then the output, then the next wake-up.
  pump() {
    this.#cancel();
    if (!this.#run) return;
    const m = this.#module;
    let next;
    try {
      next = m._coroplay_run_pump(this.#run, this.#now(), this.#sliceMs);
    } catch (e) {
      // A trap (abort, out of memory, a C++ exception escaping): the module's
      // state is unknown, so the run is not freed; the owner drops the module.
      this.#run = 0;
      this.#onDone({ status: -1, ms: this.#now() - this.#startMs, error: String(e?.message ?? e) });
      return;
    }
    this.#flush();
    switch (next) {
      case Next.ready:
        this.#schedule(0);
        break;
      case Next.at:
      case Next.blocked:
        this.#schedule(m._coroplay_run_wake_ms(this.#run));
        break;
      case Next.io:
        break; // wake() pumps again
      default: {
        const status = m._coroplay_run_exit_status(this.#run);
        const ms = this.#now() - this.#startMs;
        this.stop();
        this.#onDone({ status, ms, error: null });
      }
    }
  }

  /// Arranges the next pump at host time wakeMs (0: as soon as the host allows).
  #schedule(wakeMs) {
    const delay = wakeMs - this.#now();
    if (delay <= 0) {
      this.#pending = true;
      this.#yield(() => {
        if (!this.#pending) return;
        this.#pending = false;
        this.pump();
      });
    } else {
      // setTimeout truncates fractions of a millisecond: round up, never early.
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.pump();
      }, Math.ceil(delay));
    }
  }

  /// Cancels the next pump, if one is scheduled.
  #cancel() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = false;
  }

  /// Hands what the program wrote to onOutput, as ms since the start.
  #flush() {
    const m = this.#module;
    const n = m._coroplay_run_output_count(this.#run);
    if (!n) return;
    const chunks = [];
    for (let i = 0; i < n; i++) {
      chunks.push({
        stream: m._coroplay_run_output_stream(this.#run, i),
        text: m.UTF8ToString(m._coroplay_run_output_text(this.#run, i)),
        ms: m._coroplay_run_output_ms(this.#run, i) - this.#startMs,
      });
    }
    m._coroplay_run_output_clear(this.#run);
    this.#onOutput(chunks);
  }
}
