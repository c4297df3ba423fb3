// asyncio.Semaphore and BoundedSemaphore (locks.py), FIFO-fair.
//
// A counter: acquire() takes one unit, waiting while there is none (or while
// earlier waiters are still queued), release() gives one back and wakes the
// first waiter that is not done.
#pragma once

#include "loop/detail/waiters.hpp"

namespace aio {

// A counter of units tasks take and give back.
class Semaphore {
public:
  // `value` must be >= 0 (CPython raises ValueError; the caller checks).
  Semaphore(EventLoop& loop, int value = 1) noexcept : loop_(&loop), value_(value) {}
  Semaphore(const Semaphore&) = delete;
  Semaphore& operator=(const Semaphore&) = delete;

  // locked(): acquire() would wait.
  bool locked() const noexcept;
  // acquire(): returns true once a unit is taken.
  task<bool> acquire();
  // release(): gives a unit back (BoundedSemaphore: ValueError past the bound).
  Ref<Error> release();
  // The counter (for reprs).
  int value() const noexcept { return value_; }
  // How many tasks wait (for reprs).
  std::size_t waiting() const noexcept { return waiters_.size(); }

protected:
  // A bounded semaphore: release() beyond the initial value is an error.
  Semaphore(EventLoop& loop, int value, bool bounded) noexcept
      : loop_(&loop), value_(value), bound_(bounded ? value : -1) {}

private:
  void wake_up_next();

  EventLoop* loop_;
  detail::Waiters waiters_;
  int value_;
  // The initial value of a bounded semaphore, -1 for an unbounded one.
  int bound_ = -1;
};

// BoundedSemaphore: release() raises ValueError beyond the initial value.
class BoundedSemaphore : public Semaphore {
public:
  BoundedSemaphore(EventLoop& loop, int value = 1) noexcept : Semaphore(loop, value, true) {}
};

} // namespace aio
