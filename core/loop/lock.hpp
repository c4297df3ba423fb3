// asyncio.Lock (locks.py Lock): mutual exclusion between tasks, FIFO-fair.
//
// release() wakes the first waiter, which takes the lock when it runs; a
// task arriving meanwhile does not jump the queue (acquire only takes a free
// lock at once when no waiter is left that has not been cancelled).
#pragma once

#include "loop/detail/waiters.hpp"

namespace aio {

// A lock tasks take in turn.
class Lock {
public:
  explicit Lock(EventLoop& loop) noexcept : loop_(&loop) {}
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  // locked().
  bool locked() const noexcept { return locked_; }
  // acquire(): returns true once the task holds the lock.
  task<bool> acquire();
  // acquire() that returns the error it would raise (null once the lock is held).
  task<Ref<Error>> acquire_or_error();
  // release(); RuntimeError('Lock is not acquired.') when it is not locked.
  Ref<Error> release();
  // How many tasks wait (for reprs).
  std::size_t waiting() const noexcept { return waiters_.size(); }

private:
  void wake_up_first();

  EventLoop* loop_;
  detail::Waiters waiters_;
  bool locked_ = false;
};

} // namespace aio
