// asyncio.timeout / timeout_at: a deadline over a block of code (Python
// 3.11's timeouts.py Timeout).
//
// When the deadline passes, the task is cancelled; the scope's exit turns
// that CancelledError into TimeoutError (raised from it) unless the task has
// other cancellation requests pending (cancelling()/uncancel() count them).
//
//   aio::Timeout t = aio::timeout(loop, 1.0);
//   int r = co_await t.run(work(t));   // async with asyncio.timeout(1.0) as t: ...
//
// A Timeout is a handle: copies share one scope.
#pragma once

#include "loop/detail/scope.hpp"

#include <optional>
#include <string>

namespace aio {

namespace detail {

// The scope's state (the Timeout object of timeouts.py).
class TimeoutState final : public RefCounted {
public:
  // timeouts._State.
  enum class State { created, entered, expiring, expired, exited };

  TimeoutState(EventLoop& loop, std::optional<double> when) noexcept : loop_(&loop), when_(when) {}
  // The methods of Timeout (see below).
  std::optional<double> when() const noexcept { return when_; }
  Ref<Error> reschedule(std::optional<double> when);
  bool expired() const noexcept { return state_ == State::expiring || state_ == State::expired; }
  State state() const noexcept { return state_; }
  Ref<Error> enter();
  Ref<Error> exit(const Ref<Error>& raised);
  std::string describe() const;

private:
  void on_timeout();

  EventLoop* loop_;
  std::optional<double> when_;
  State state_ = State::created;
  Ref<Handle> timeout_handler_;
  Ref<TaskBase> task_;
  int cancelling_ = 0;
};

} // namespace detail

// async with asyncio.timeout(...) as t (a handle on the scope's state).
class Timeout {
public:
  // Timeout(when): a deadline in loop time, or none (never expires).
  Timeout(EventLoop& loop, std::optional<double> when)
      : state_(make_ref<detail::TimeoutState>(loop, when)) {}

  // when(): the current deadline.
  std::optional<double> when() const noexcept { return state_->when(); }
  // reschedule(when): moves the deadline (only while entered).
  Ref<Error> reschedule(std::optional<double> when) { return state_->reschedule(when); }
  // expired(): the deadline passed while the scope was active.
  bool expired() const noexcept { return state_->expired(); }
  // repr(): "<Timeout [active] when=1.0>".
  std::string describe() const { return state_->describe(); }

  // __aenter__: binds the scope to the current task and arms the deadline.
  Ref<Error> enter() { return state_->enter(); }
  // __aexit__ with the error the block raised (or null): the error to raise
  // instead (TimeoutError), or null to let `raised` go on.
  Ref<Error> exit(const Ref<Error>& raised) { return state_->exit(raised); }
  // async with: runs body inside the scope.
  template <class T>
  task<T> run(task<T> body) {
    return detail::with_scope(*this, std::move(body));
  }

private:
  Ref<detail::TimeoutState> state_;
};

// asyncio.timeout(delay): a deadline `delay` seconds from now (none: never).
Timeout timeout(EventLoop& loop, std::optional<double> delay);
// asyncio.timeout_at(when): a deadline at loop time `when` (none: never).
Timeout timeout_at(EventLoop& loop, std::optional<double> when);

} // namespace aio
