// asyncio.Event (locks.py Event): a flag tasks wait on.
//
// set() wakes every waiter at once, in the order they started waiting.
#pragma once

#include "loop/detail/waiters.hpp"

namespace aio {

// A flag tasks wait on.
class Event {
public:
  // `what` tags the waiters' futures (Queue.join's event says queue_join).
  explicit Event(EventLoop& loop, WaitKind what = WaitKind::event) noexcept
      : loop_(&loop), what_(what) {}
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  // is_set().
  bool is_set() const noexcept { return value_; }
  // set(): wakes all waiters (once).
  void set();
  // clear(): later wait() calls block again.
  void clear() noexcept { value_ = false; }
  // wait(): returns true once the flag is set (at once if it is).
  task<bool> wait();
  // How many tasks wait (for reprs).
  std::size_t waiting() const noexcept { return waiters_.size(); }

private:
  EventLoop* loop_;
  WaitKind what_;
  detail::Waiters waiters_;
  bool value_ = false;
};

} // namespace aio
