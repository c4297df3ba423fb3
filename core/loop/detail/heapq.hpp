// Python's heapq.heappush / heappop, step for step.
//
// PriorityQueue must hand out equal-priority items in the order CPython
// does, and that order is a property of heapq's exact sifting (which uses
// only `<`), not of any binary heap.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace aio::detail {

// heapq._siftdown: moves heap[pos] up towards startpos.
template <class T, class Less>
void heapq_siftdown(std::vector<T>& heap, std::size_t startpos, std::size_t pos, Less& less) {
  T item = std::move(heap[pos]);
  while (pos > startpos) {
    std::size_t parentpos = (pos - 1) >> 1;
    if (!less(item, heap[parentpos])) break;
    heap[pos] = std::move(heap[parentpos]);
    pos = parentpos;
  }
  heap[pos] = std::move(item);
}

// heapq._siftup: moves the smaller child up until a leaf, then sifts down.
template <class T, class Less>
void heapq_siftup(std::vector<T>& heap, std::size_t pos, Less& less) {
  std::size_t endpos = heap.size();
  std::size_t startpos = pos;
  T item = std::move(heap[pos]);
  std::size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    std::size_t rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = std::move(heap[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = std::move(item);
  heapq_siftdown(heap, startpos, pos, less);
}

// heapq.heappush.
template <class T, class Less>
void heappush(std::vector<T>& heap, T item, Less& less) {
  heap.push_back(std::move(item));
  heapq_siftdown(heap, 0, heap.size() - 1, less);
}

// heapq.heappop (the heap must not be empty).
template <class T, class Less>
T heappop(std::vector<T>& heap, Less& less) {
  T last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  T top = std::move(heap.front());
  heap.front() = std::move(last);
  heapq_siftup(heap, 0, less);
  return top;
}

} // namespace aio::detail
