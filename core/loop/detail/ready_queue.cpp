#include "loop/detail/ready_queue.hpp"

#include "loop/future.hpp"

namespace aio::detail {

ReadyQueue::~ReadyQueue() { clear(); }

void ReadyQueue::grow() {
  std::size_t capacity = capacity_ ? capacity_ * 2 : 64;
  auto slots = std::make_unique<ReadyEntry[]>(capacity);
  for (std::size_t i = 0; i < size_; ++i) slots[i] = slots_[(head_ + i) & (capacity_ - 1)];
  slots_ = std::move(slots);
  capacity_ = capacity;
  head_ = 0;
}

void ReadyQueue::clear() noexcept {
  // Releasing may destroy objects that push new entries: pop until empty.
  while (size_ > 0) {
    ReadyEntry e = pop_front();
    Ref<Callback>::adopt(e.callback);
    Ref<FutureBase>::adopt(e.done);
  }
}

} // namespace aio::detail
