// FrameStack: LIFO frames across chunk boundaries, reuse of kept chunks, and frames larger than
// a chunk.
#include "python/vm/frame.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <vector>

namespace {

struct Pushed {
  char* memory;
  size_t bytes;
};

// Pushes frames of the given sizes, filling each with a byte pattern.
std::vector<Pushed> push_all(py::FrameStack& stack, const std::vector<size_t>& sizes) {
  std::vector<Pushed> frames;
  for (size_t i = 0; i < sizes.size(); ++i) {
    auto* p = static_cast<char*>(stack.push(sizes[i]));
    REQUIRE(p != nullptr);
    CHECK(reinterpret_cast<std::uintptr_t>(p) % alignof(py::Frame) == 0);
    std::memset(p, int(i & 0xff), sizes[i]);
    frames.push_back({p, sizes[i]});
  }
  return frames;
}

// Checks every frame still holds its pattern (no two overlap), then pops them newest first.
void check_and_pop(py::FrameStack& stack, const std::vector<Pushed>& frames) {
  for (size_t i = 0; i < frames.size(); ++i) {
    for (size_t b = 0; b < frames[i].bytes; b += 97) {
      REQUIRE(frames[i].memory[b] == char(i & 0xff));
    }
  }
  for (size_t i = frames.size(); i-- > 0;) stack.pop(frames[i].memory);
}

} // namespace

TEST_CASE("FrameStack hands out disjoint frames across chunks, LIFO", "[vm][frames]") {
  py::FrameStack stack;
  std::vector<size_t> sizes;
  for (size_t i = 0; i < 5000; ++i) sizes.push_back(72 + (i * 37) % 900); // ~2.4 MB: many chunks
  auto first = push_all(stack, sizes);
  check_and_pop(stack, first);
  // The chunks are kept: the same pushes land at the same addresses.
  auto second = push_all(stack, sizes);
  for (size_t i = 0; i < sizes.size(); ++i) CHECK(second[i].memory == first[i].memory);
  check_and_pop(stack, second);
}

TEST_CASE("FrameStack takes frames larger than a chunk", "[vm][frames]") {
  py::FrameStack stack;
  auto frames = push_all(stack, {100, 300 * 1024, 64, 1 << 20, 48});
  check_and_pop(stack, frames);
  // A kept chunk too small for a huge frame is replaced; smaller ones still fit after it.
  frames = push_all(stack, {100, 2 << 20, 200, 300 * 1024, 16});
  check_and_pop(stack, frames);
  // Emptied, the stack starts again at its first frame's address.
  auto again = push_all(stack, {100});
  CHECK(again[0].memory == frames[0].memory);
  check_and_pop(stack, again);
}
