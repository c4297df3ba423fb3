// The loop's timers: a binary min-heap ordered by (deadline, sequence number).
//
// The sequence number makes the order total, so timers due at the same
// instant run in the order they were scheduled (FIFO), as in real-time
// CPython, and the order never depends on the heap's layout. Keys live in the
// heap array itself so that sifting does not chase pointers. Each entry owns
// one reference to its callback.
#pragma once

#include "loop/callback.hpp"

#include <cstdint>
#include <vector>

namespace aio::detail {

// One timer: run `callback` at `when`.
struct TimerEntry {
  double when;
  std::uint64_t seq;
  Callback* callback;
};

// The heap itself.
class TimerHeap {
public:
  TimerHeap() = default;
  TimerHeap(const TimerHeap&) = delete;
  TimerHeap& operator=(const TimerHeap&) = delete;
  // The owner empties the heap first (EventLoop::close).
  ~TimerHeap() = default;

  std::size_t size() const noexcept { return heap_.size(); }
  bool empty() const noexcept { return heap_.empty(); }
  // The earliest timer.
  const TimerEntry& top() const noexcept { return heap_.front(); }

  // Adds a timer whose callback reference the caller has counted already.
  void push(TimerEntry e);
  // Removes the earliest timer; its reference passes to the caller.
  TimerEntry pop();
  // Keeps the timers for which keep(callback) is true and rebuilds the heap.
  // Returns the others, whose references pass to the caller.
  template <class Keep>
  std::vector<Callback*> filter(Keep keep) {
    std::vector<Callback*> dropped;
    std::size_t n = 0;
    for (TimerEntry& e : heap_) {
      if (keep(e.callback)) {
        heap_[n++] = e;
      } else {
        dropped.push_back(e.callback);
      }
    }
    heap_.resize(n);
    for (std::size_t i = n / 2; i-- > 0;) sift_down(i);
    return dropped;
  }

private:
  static bool before(const TimerEntry& a, const TimerEntry& b) noexcept {
    return a.when < b.when || (a.when == b.when && a.seq < b.seq);
  }
  void sift_down(std::size_t i) noexcept;

  std::vector<TimerEntry> heap_;
};

} // namespace aio::detail
