#include "python/vm/frame.hpp"

#include <cstdlib>

namespace py {

FrameStack::~FrameStack() {
  for (Chunk& c : chunks_) std::free(c.base);
}

void* FrameStack::push_slow(size_t bytes) {
  while (current_ < chunks_.size()) {
    Chunk& c = chunks_[current_];
    if (size_t(c.end - c.top) >= bytes) {
      void* frame = c.top;
      c.top += bytes;
      return frame;
    }
    if (c.top == c.base) break; // an empty chunk too small for this frame: replace it below
    ++current_;
  }
  size_t size = bytes > kChunkBytes ? bytes : kChunkBytes;
  auto* base = static_cast<char*>(std::malloc(size));
  if (!base) return nullptr;
  Chunk chunk{base, base + bytes, base + size};
  if (current_ < chunks_.size()) {
    std::free(chunks_[current_].base);
    chunks_[current_] = chunk;
  } else {
    chunks_.push_back(chunk);
  }
  return base;
}

void FrameStack::pop_slow(char* p) {
  while (true) {
    Chunk& c = chunks_[current_];
    if (p >= c.base && p < c.end) {
      c.top = p;
      return;
    }
    // The frame is in an older chunk: the current one is empty now.
    c.top = c.base;
    --current_;
  }
}

} // namespace py
