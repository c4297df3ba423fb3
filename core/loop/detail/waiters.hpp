// Waiters: the FIFO of futures a synchronization primitive wakes in order
// (CPython's collections.deque of futures in locks.py and queues.py).
#pragma once

#include "loop/co_task.hpp"

#include <deque>

namespace aio::detail {

// The futures of the tasks waiting on one primitive, oldest first.
class Waiters {
public:
  using Queue = std::deque<Ref<Future<void>>>;

  // Appends a new pending future tagged `what` and returns it.
  Ref<Future<void>> add(EventLoop& loop, WaitKind what) {
    queue_.push_back(loop.create_future(what));
    return queue_.back();
  }
  // Removes the first occurrence of f, if any (deque.remove, ValueError ignored).
  void remove(const FutureBase& f) noexcept;
  bool empty() const noexcept { return queue_.empty(); }
  std::size_t size() const noexcept { return queue_.size(); }
  Queue::iterator begin() noexcept { return queue_.begin(); }
  Queue::iterator end() noexcept { return queue_.end(); }
  // The first waiter (the deque must not be empty).
  Future<void>& front() noexcept { return *queue_.front(); }
  // Removes and returns the first waiter (the deque must not be empty).
  Ref<Future<void>> pop_front() noexcept {
    Ref<Future<void>> f = std::move(queue_.front());
    queue_.pop_front();
    return f;
  }

private:
  Queue queue_;
};

// try: await fut  finally: waiters.remove(fut). Returns the error the await
// raised (null if none) for the caller to act on and raise.
task<Ref<Error>> await_then_remove(Waiters& waiters, Ref<Future<void>> fut);

} // namespace aio::detail
