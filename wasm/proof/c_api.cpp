// The C API a host drives a HostRun through (wasm/driver/loop_driver.mjs).
// A run is an opaque pointer made by a program's own start function (e.g.
// gather_demo_start) and freed by coroplay_run_destroy; the host then calls:
//
//   next = coroplay_run_pump(run, now_ms, slice_ms)   0 ready, 1 at, 2 blocked, 3 io, 4 done
//   coroplay_run_wake_ms(run)                         when to pump again (at, blocked)
//   coroplay_run_output_count / _stream / _ms / _text, then coroplay_run_output_clear
//   coroplay_run_exit_status(run)                     once done
//
// Times are milliseconds of the host's monotonic clock (performance.now()).
#include "proof/host_run.hpp"

#include <emscripten/emscripten.h>

using proof::HostRun;

extern "C" {

// Runs what is due at host time now_ms for at most slice_ms; returns a proof::Next.
EMSCRIPTEN_KEEPALIVE int coroplay_run_pump(HostRun* run, double now_ms, double slice_ms) {
  return static_cast<int>(run->pump(now_ms, slice_ms));
}

// The host time (ms) to pump again at, after Next::at or Next::blocked.
EMSCRIPTEN_KEEPALIVE double coroplay_run_wake_ms(HostRun* run) { return run->wake_ms(); }

// How many output chunks are waiting.
EMSCRIPTEN_KEEPALIVE int coroplay_run_output_count(HostRun* run) {
  return static_cast<int>(run->output().size());
}

// Chunk i's stream: 1 stdout, 2 stderr.
EMSCRIPTEN_KEEPALIVE int coroplay_run_output_stream(HostRun* run, int i) {
  return run->output()[i].stream;
}

// The host time (ms) chunk i was written at.
EMSCRIPTEN_KEEPALIVE double coroplay_run_output_ms(HostRun* run, int i) {
  return run->output()[i].ms;
}

// Chunk i's text (UTF-8, NUL-terminated; valid until coroplay_run_output_clear).
EMSCRIPTEN_KEEPALIVE const char* coroplay_run_output_text(HostRun* run, int i) {
  return run->output()[i].text.c_str();
}

// Forgets the chunks read.
EMSCRIPTEN_KEEPALIVE void coroplay_run_output_clear(HostRun* run) { run->clear_output(); }

// The exit status of a finished run (0, or 1 when it failed).
EMSCRIPTEN_KEEPALIVE int coroplay_run_exit_status(HostRun* run) { return run->exit_status(); }

// Frees a run, finished or not.
EMSCRIPTEN_KEEPALIVE void coroplay_run_destroy(HostRun* run) { delete run; }

} // extern "C"
