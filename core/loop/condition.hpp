// asyncio.Condition (locks.py Condition): wait until notified, under a lock.
//
// wait() releases the lock, waits for notify(), then re-acquires the lock
// (even if cancelled meanwhile, in which case it raises CancelledError after
// re-acquiring). notify(n) wakes the first n waiters in order.
#pragma once

#include "loop/lock.hpp"

#include <memory>

namespace aio {

// A condition variable over a Lock.
class Condition {
public:
  // A condition with a lock of its own, or over `lock` (which must outlive it).
  explicit Condition(EventLoop& loop, Lock* lock = nullptr);
  Condition(const Condition&) = delete;
  Condition& operator=(const Condition&) = delete;

  // The underlying lock's operations.
  bool locked() const noexcept { return lock_->locked(); }
  task<bool> acquire() { return lock_->acquire(); }
  Ref<Error> release() { return lock_->release(); }
  Lock& lock() const noexcept { return *lock_; }

  // wait(): RuntimeError('cannot wait on un-acquired lock') without the lock.
  task<bool> wait();
  // wait_for(predicate): waits until predicate() is true; returns its value.
  template <class Predicate>
  task<bool> wait_for(Predicate predicate) {
    bool result = predicate();
    while (!result) {
      co_await wait();
      result = predicate();
    }
    co_return result;
  }
  // notify(n): wakes up to n waiters; RuntimeError without the lock.
  Ref<Error> notify(std::size_t n = 1);
  // notify_all().
  Ref<Error> notify_all() { return notify(waiters_.size()); }
  // How many tasks wait (for reprs).
  std::size_t waiting() const noexcept { return waiters_.size(); }

private:
  EventLoop* loop_;
  std::unique_ptr<Lock> own_lock_;
  Lock* lock_;
  detail::Waiters waiters_;
};

} // namespace aio
