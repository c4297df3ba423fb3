// asyncio.Queue, LifoQueue and PriorityQueue (queues.py).
//
// get() waits while the queue is empty, put() while it is full (maxsize > 0);
// waiting getters and putters are woken one at a time, first come first
// served. task_done()/join() count the items still being processed.
//
// QueueBase is the untyped part (waiters, counters, join); BasicQueue<T,
// Store> adds the items, in the order Store keeps them: FIFO, LIFO, or the
// heapq order of PriorityQueue.
#pragma once

#include "loop/detail/heapq.hpp"
#include "loop/detail/waiters.hpp"
#include "loop/event.hpp"

#include <deque>
#include <functional>
#include <vector>

namespace aio {

namespace detail {

// What every queue has whatever its items: waiters, counters, join.
class QueueBase {
public:
  QueueBase(const QueueBase&) = delete;
  QueueBase& operator=(const QueueBase&) = delete;

  // qsize(): the number of items.
  virtual std::size_t qsize() const noexcept = 0;
  // maxsize (0 or less: unbounded).
  std::ptrdiff_t maxsize() const noexcept { return maxsize_; }
  bool empty() const noexcept { return qsize() == 0; }
  // full(): there are maxsize items (never for an unbounded queue).
  bool full() const noexcept {
    return maxsize_ > 0 && qsize() >= static_cast<std::size_t>(maxsize_);
  }
  // task_done(): one fetched item is processed; ValueError when called too often.
  Ref<Error> task_done();
  // join(): waits until every item put has been processed.
  task<void> join();
  // How many tasks wait in get() and put() (for reprs).
  std::size_t getters() const noexcept { return getters_.size(); }
  std::size_t putters() const noexcept { return putters_.size(); }
  // The count of items not processed yet.
  std::size_t unfinished_tasks() const noexcept { return unfinished_tasks_; }

protected:
  QueueBase(EventLoop& loop, std::ptrdiff_t maxsize);
  virtual ~QueueBase() = default;
  EventLoop& loop() const noexcept { return *loop_; }
  // Waits once for a free slot (put) or an item (get), as the body of put's
  // and get's `while self.full()` / `while self.empty()` loops.
  task<void> wait_for_slot() { return wait_turn(putters_, &QueueBase::full, WaitKind::queue_put); }
  task<void> wait_for_item() { return wait_turn(getters_, &QueueBase::empty, WaitKind::queue_get); }
  // put_nowait's bookkeeping after the item is stored.
  void item_put();
  // get_nowait's bookkeeping after the item is taken.
  void item_taken() { wakeup_next(putters_); }

private:
  task<void> wait_turn(Waiters& waiters, bool (QueueBase::*blocked)() const noexcept,
                       WaitKind what);
  static void wakeup_next(Waiters& waiters);

  EventLoop* loop_;
  std::ptrdiff_t maxsize_;
  Waiters getters_;
  Waiters putters_;
  std::size_t unfinished_tasks_ = 0;
  Event finished_;
};

// FIFO storage (Queue), or LIFO (LifoQueue).
template <class T, bool Lifo>
class SequenceStore {
public:
  std::size_t size() const noexcept { return items_.size(); }
  void put(T item) { items_.push_back(std::move(item)); }
  T get() {
    T item = std::move(Lifo ? items_.back() : items_.front());
    if constexpr (Lifo) {
      items_.pop_back();
    } else {
      items_.pop_front();
    }
    return item;
  }

private:
  std::deque<T> items_;
};

// heapq storage (PriorityQueue): the smallest item by `Less` first.
template <class T, class Less>
class HeapStore {
public:
  std::size_t size() const noexcept { return items_.size(); }
  void put(T item) { heappush(items_, std::move(item), less_); }
  T get() { return heappop(items_, less_); }

private:
  std::vector<T> items_;
  Less less_;
};

} // namespace detail

// A queue of T kept in the order `Store` gives them back.
template <class T, class Store>
class BasicQueue final : public detail::QueueBase {
public:
  // Queue(maxsize=0).
  explicit BasicQueue(EventLoop& loop, std::ptrdiff_t maxsize = 0) : QueueBase(loop, maxsize) {}

  // qsize().
  std::size_t qsize() const noexcept override { return store_.size(); }

  // put(item): waits while the queue is full. The awaitable puts the item at
  // once when there is room; only a full queue costs a coroutine.
  auto put(T item) { return PutAwaiter(*this, std::move(item)); }
  // put_nowait(item): QueueFull when the queue is full.
  [[nodiscard]] Ref<Error> put_nowait(T item) {
    if (full()) return loop().make_error(ErrorType::queue_full);
    store_.put(std::move(item));
    item_put();
    return nullptr;
  }
  // get(): waits while the queue is empty. The awaitable takes an item at
  // once when there is one; only an empty queue costs a coroutine.
  auto get() { return GetAwaiter(*this); }
  // get_nowait(): QueueEmpty when the queue is empty.
  [[nodiscard]] Outcome<T> get_nowait() {
    if (empty()) return Outcome<T>::failure(loop().make_error(ErrorType::queue_empty));
    T item = store_.get();
    item_taken();
    return item;
  }

private:
  // Queue.put's loop, when the queue is full on arrival.
  task<void> put_waiting(T item) {
    while (full()) co_await wait_for_slot();
    (void)put_nowait(std::move(item));
  }
  // Queue.get's loop, when the queue is empty on arrival.
  task<T> get_waiting() {
    while (empty()) co_await wait_for_item();
    co_return get_nowait().value();
  }

  // co_await put(item). (Lazy like a coroutine: the queue is looked at when
  // the put is awaited.)
  class PutAwaiter {
  public:
    PutAwaiter(BasicQueue& q, T item) : q_(q), item_(std::move(item)) {}
    bool await_ready() const noexcept { return !q_.full(); }
    template <class P>
    void await_suspend(coro::coroutine_handle<P> h) {
      waiting_.start(q_.put_waiting(std::move(item_)), h);
    }
    void await_resume() {
      if (waiting_.started()) return waiting_.result();
      (void)q_.put_nowait(std::move(item_));
    }

  private:
    BasicQueue& q_;
    T item_;
    detail::InlineTask<void> waiting_;
  };

  // co_await get().
  class GetAwaiter {
  public:
    explicit GetAwaiter(BasicQueue& q) noexcept : q_(q) {}
    bool await_ready() const noexcept { return !q_.empty(); }
    template <class P>
    void await_suspend(coro::coroutine_handle<P> h) {
      waiting_.start(q_.get_waiting(), h);
    }
    T await_resume() {
      if (waiting_.started()) return waiting_.result();
      return q_.get_nowait().value();
    }

  private:
    BasicQueue& q_;
    detail::InlineTask<T> waiting_;
  };

  Store store_;
};

// asyncio.Queue: first in, first out.
template <class T>
using Queue = BasicQueue<T, detail::SequenceStore<T, false>>;
// asyncio.LifoQueue: last in, first out.
template <class T>
using LifoQueue = BasicQueue<T, detail::SequenceStore<T, true>>;
// asyncio.PriorityQueue: smallest first, ties in heapq's order.
template <class T, class Less = std::less<T>>
using PriorityQueue = BasicQueue<T, detail::HeapStore<T, Less>>;

} // namespace aio
