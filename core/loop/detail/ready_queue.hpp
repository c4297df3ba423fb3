// The loop's ready queue: a FIFO ring buffer of (callback, done future) pairs.
//
// Each entry owns one reference to its callback and one to its future (if
// any), counted at push and handed over at pop. The buffer doubles when full
// and never shrinks, so a loop that runs steadily does not allocate here.
#pragma once

#include "loop/callback.hpp"

#include <cstddef>
#include <memory>

namespace aio::detail {

// One scheduled call: run `callback` with `done` (see Callback::run).
struct ReadyEntry {
  Callback* callback;
  FutureBase* done;
};

// The ring buffer itself.
class ReadyQueue {
public:
  ReadyQueue() = default;
  ReadyQueue(const ReadyQueue&) = delete;
  ReadyQueue& operator=(const ReadyQueue&) = delete;
  ~ReadyQueue();

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }

  // Appends an entry whose references the caller has counted already.
  void push_back(ReadyEntry e) {
    if (size_ == capacity_) grow();
    slots_[(head_ + size_) & (capacity_ - 1)] = e;
    ++size_;
  }
  // Prepends an entry (a paused task resumes before anything else).
  void push_front(ReadyEntry e) {
    if (size_ == capacity_) grow();
    head_ = (head_ - 1) & (capacity_ - 1);
    slots_[head_] = e;
    ++size_;
  }
  // Removes the first entry; its references pass to the caller.
  ReadyEntry pop_front() noexcept {
    ReadyEntry e = slots_[head_];
    head_ = (head_ + 1) & (capacity_ - 1);
    --size_;
    return e;
  }
  // Drops every entry and its references.
  void clear() noexcept;

private:
  void grow();

  std::unique_ptr<ReadyEntry[]> slots_;
  std::size_t capacity_ = 0; // a power of two
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

} // namespace aio::detail
