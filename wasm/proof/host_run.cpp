#include "proof/host_run.hpp"

#include <algorithm>

namespace proof {

namespace {

// Runs the loop until `future` is done without returning to the host: what
// asyncio.run's shutdown needs (cancel the pending tasks, two shutdown steps).
// Those steps only run ready callbacks; should a cancelled task sleep on its
// way out, its timer is taken at once (the clock jumps to it): the host is
// not asked to wait during a shutdown.
aio::Ref<aio::Error> run_through(aio::EventLoop& loop, aio::FutureBase& future) {
  if (aio::Ref<aio::Error> e = loop.begin_run_until(future)) return e;
  for (;;) {
    aio::PumpResult r = loop.pump(1.0);
    switch (r.next) {
    case aio::Next::ready: break;
    case aio::Next::at:
    case aio::Next::blocked: loop.set_time(r.when); break;
    case aio::Next::stopped: return loop.end_run_until(future, r.error);
    case aio::Next::io:
    case aio::Next::idle: return loop.end_run_until(future, loop.run_once());
    }
  }
}

// The loop's options: a host clock, and the exception handler's reports on stderr.
aio::LoopOptions host_options(HostRun& run) {
  aio::LoopOptions options(aio::Clock::host_time());
  options.log = [&run](std::string_view text) { run.write(2, text); };
  return options;
}

} // namespace

HostRun::HostRun(double now_ms)
    : pump_ms_(now_ms), pump_clock_(std::chrono::steady_clock::now()), loop_(host_options(*this)) {
  loop_.set_time(now_ms / 1000.0);
}

HostRun::~HostRun() {
  // A run stopped midway: its pending tasks go with the loop, and what they
  // would report ("Task was destroyed but it is pending!") has no reader.
  loop_.set_exception_handler([](aio::EventLoop&, const aio::ExceptionContext&) {});
  main_ = nullptr;
}

void HostRun::start(aio::task<void> main) {
  main_ = loop_.create_task(std::move(main));
  if (aio::Ref<aio::Error> e = loop_.begin_run_until(*main_)) finish(std::move(e));
}

Next HostRun::pump(double now_ms, double slice_ms) {
  if (done_ || !main_) return Next::done;
  // The host's clock is monotonic; the loop's never goes back either.
  pump_ms_ = std::max(now_ms, loop_.time() * 1000.0);
  pump_clock_ = std::chrono::steady_clock::now();
  loop_.set_time(pump_ms_ / 1000.0);
  aio::PumpResult r = loop_.pump(slice_ms / 1000.0);
  switch (r.next) {
  case aio::Next::ready: return Next::ready;
  case aio::Next::at: wake_ms_ = r.when * 1000.0; return Next::at;
  case aio::Next::blocked: wake_ms_ = r.when * 1000.0; return Next::blocked;
  case aio::Next::io: return Next::io;
  case aio::Next::idle:
    // Nothing can run and the main task is not done: run_once reports the deadlock.
    finish(loop_.end_run_until(*main_, loop_.run_once()));
    return Next::done;
  case aio::Next::stopped: finish(loop_.end_run_until(*main_, r.error)); return Next::done;
  }
  return Next::done;
}

void HostRun::finish(aio::Ref<aio::Error> error) {
  done_ = true;
  if (error) {
    write(2, error->describe() + "\n");
    exit_status_ = 1;
  }
  if (aio::Ref<aio::Error> e = aio::shutdown(loop_, run_through)) {
    write(2, e->describe() + "\n");
    exit_status_ = 1;
  }
}

double HostRun::now_ms() const noexcept {
  std::chrono::duration<double, std::milli> since = std::chrono::steady_clock::now() - pump_clock_;
  return pump_ms_ + since.count();
}

void HostRun::write(int stream, std::string_view text) {
  output_.push_back({stream, now_ms(), std::string(text)});
}

void HostRun::print(std::string_view text) {
  std::string line(text);
  line += '\n';
  write(1, line);
}

} // namespace proof
