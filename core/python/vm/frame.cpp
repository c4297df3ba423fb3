#include "python/vm/frame.hpp"

#include <cstdlib>

namespace py {

FrameStack::~FrameStack() {
  for (Chunk& c : chunks_) std::free(c.base);
}

void FrameStack::enter_chunk(size_t index, char* top) {
  current_ = index;
  base_ = chunks_[index].base;
  end_ = chunks_[index].end;
  top_ = top;
}

void* FrameStack::push_slow(size_t bytes) {
  // The chunk after the current one, kept from an earlier deeper recursion,
  // unless it is too small for this frame; else a new one in its place.
  size_t next = chunks_.empty() ? 0 : current_ + 1;
  if (next == chunks_.size() || size_t(chunks_[next].end - chunks_[next].base) < bytes) {
    size_t size = bytes > kChunkBytes ? bytes : kChunkBytes;
    auto* base = static_cast<char*>(std::malloc(size));
    if (!base) return nullptr;
    Chunk chunk{base, base + size};
    if (next < chunks_.size()) {
      std::free(chunks_[next].base);
      chunks_[next] = chunk;
    } else {
      chunks_.push_back(chunk);
    }
  }
  enter_chunk(next, chunks_[next].base + bytes);
  return base_;
}

void FrameStack::pop_slow(char* p) {
  // The frame is in an older chunk: every chunk after it is empty now.
  size_t index = current_;
  do {
    --index;
  } while (p < chunks_[index].base || p >= chunks_[index].end);
  enter_chunk(index, p);
}

} // namespace py
