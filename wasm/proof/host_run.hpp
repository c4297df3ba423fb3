// HostRun: one run of a C++ coroutine program on a loop the host drives.
//
// The loop runs on a host clock: the host (a Web Worker, or Node) says what
// time it is on every pump, in milliseconds of its own monotonic clock
// (performance.now()), and gets back what to do next; the loop never waits by
// itself. What the program writes is kept, each chunk stamped with the host
// time at the moment it was written, until the host takes it.
//
// It is asyncio.run split for a host: start() creates the main task, pump()
// runs it (begin_run_until / pump / end_run_until), and once it is done the
// loop is shut down (cancel what is pending, close) and pump() says done.
#pragma once

#include "loop/aio.hpp"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace proof {

// What the host does after a pump (the numbers are the C API's, see c_api.cpp).
enum class Next : int {
  ready = 0,   // more is ready: pump again at once (after yielding to the host)
  at = 1,      // nothing before wake_ms(): pump again then
  blocked = 2, // a blocking call holds the loop until wake_ms(): pump again then
  io = 3,      // waiting for host I/O to complete
  done = 4,    // the program has finished (exit_status() says how)
};

// One chunk of output: stream 1 is stdout, 2 is stderr.
struct Output {
  int stream;
  // Host time (ms) at the moment it was written.
  double ms;
  std::string text;
};

class HostRun {
public:
  // A run whose host clock reads `now_ms`.
  explicit HostRun(double now_ms);
  HostRun(const HostRun&) = delete;
  HostRun& operator=(const HostRun&) = delete;
  // Destroys what is still pending (a run stopped before its end).
  ~HostRun();

  // The program's loop (for the program's coroutines).
  aio::EventLoop& loop() noexcept { return loop_; }
  // Makes `main` the main task; the first pump starts it.
  void start(aio::task<void> main);

  // Sets the loop's clock to `now_ms`, runs what is due for at most
  // `slice_ms` of real time, and says what comes next.
  Next pump(double now_ms, double slice_ms);
  // The host time (ms) to pump again at, after Next::at or Next::blocked.
  double wake_ms() const noexcept { return wake_ms_; }
  // The process exit status once done: 0, or 1 when the program failed.
  int exit_status() const noexcept { return exit_status_; }

  // The host time now (ms): the last pump's time plus the real time since.
  double now_ms() const noexcept;
  // Writes to a stream (1 stdout, 2 stderr), stamped with now_ms().
  void write(int stream, std::string_view text);
  // print(text): text and a newline on stdout.
  void print(std::string_view text);

  // What was written since the last clear_output().
  const std::vector<Output>& output() const noexcept { return output_; }
  void clear_output() noexcept { output_.clear(); }

private:
  // The main task is done (or failed): reports its error, shuts the loop down.
  void finish(aio::Ref<aio::Error> error);

  // Declared before the loop: the loop's destructor may still write here.
  std::vector<Output> output_;
  double pump_ms_;
  std::chrono::steady_clock::time_point pump_clock_;
  aio::EventLoop loop_;
  // Declared after the loop: released before it.
  aio::Ref<aio::Task<void>> main_;
  double wake_ms_ = 0.0;
  bool done_ = false;
  int exit_status_ = 0;
};

} // namespace proof
