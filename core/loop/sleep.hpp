// asyncio.sleep, and blocking_sleep (what time.sleep does to the loop).
//
// sleep(0) yields exactly once: a bare yield, the task is rescheduled at the
// end of the ready queue (tasks.__sleep0). sleep(d) is CPython's
//
//   future = loop.create_future()
//   h = loop.call_later(d, _set_result_unless_cancelled, future, None)
//   try: return await future
//   finally: h.cancel()
//
// with the future and its timer in one object (detail::SleepFuture).
#pragma once

#include "loop/co_task.hpp"

#include <type_traits>

namespace aio {

namespace detail {

// A sleep's future, which is also its timer callback.
class SleepFuture final : public Future<void> {
public:
  SleepFuture(EventLoop& loop, double deadline) noexcept
      : Future<void>(loop, WaitKind::sleep), deadline_(deadline) {}
  double wait_until() const noexcept override { return deadline_; }

protected:
  // The timer fired: _set_result_unless_cancelled(future, None).
  Ref<Error> run(FutureBase*) override {
    set_result_unless_cancelled(*this);
    return nullptr;
  }

private:
  double deadline_;
};

// co_await sleep(delay).
class SleepAwaiter {
public:
  explicit SleepAwaiter(double delay) noexcept : delay_(delay) {}
  SleepAwaiter(const SleepAwaiter&) = delete;
  SleepAwaiter& operator=(const SleepAwaiter&) = delete;
  // finally: h.cancel()
  ~SleepAwaiter() {
    if (future_) future_->loop().cancel_callback(*future_);
  }

  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(coro::coroutine_handle<P> h) {
    driver_ = h.promise().driver();
    if (delay_ <= 0) {
      driver_->suspend(h, Driver::Signal::yielded);
      return;
    }
    EventLoop& loop = driver_->loop();
    double when = loop.time() + delay_;
    future_ = make_ref<SleepFuture>(loop, when);
    loop.call_at(when, *future_);
    driver_->await_future(h, *future_);
  }
  void await_resume() { driver_->rethrow(); }

private:
  double delay_;
  Driver* driver_ = nullptr;
  Ref<SleepFuture> future_;
};

// co_await blocking_sleep(seconds).
class BlockingSleepAwaiter {
public:
  explicit BlockingSleepAwaiter(double seconds) noexcept : seconds_(seconds) {}
  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(coro::coroutine_handle<P> h) {
    driver_ = h.promise().driver();
    if (driver_->loop().block(seconds_) == Block::done) return false;
    driver_->suspend(h, Driver::Signal::paused);
    return true;
  }
  void await_resume() { driver_->rethrow(); }

private:
  double seconds_;
  Driver* driver_ = nullptr;
};

} // namespace detail

// asyncio.sleep(delay): suspends the task for `delay` seconds of loop time;
// delay <= 0 yields once.
// (A template so that sleep(1) picks it over POSIX ::sleep(unsigned).)
template <class Seconds>
requires std::is_arithmetic_v<Seconds> detail::SleepAwaiter sleep(Seconds delay)
noexcept { return detail::SleepAwaiter(static_cast<double>(delay)); }

// time.sleep(seconds) inside a task: holds the whole loop, nothing else runs
// (see EventLoop::block). Suspends only when a pump-driven loop must hand
// control back to the host meanwhile.
inline detail::BlockingSleepAwaiter blocking_sleep(double seconds) noexcept {
  return detail::BlockingSleepAwaiter(seconds);
}

} // namespace aio
