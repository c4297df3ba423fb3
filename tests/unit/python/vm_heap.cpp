// Heap::reallocate: within a size class, between small and large blocks, between large blocks
// (realloc, relinking the list of large blocks), and refusal past the limit.
#include "python/vm/heap.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstring>
#include <vector>

namespace {

// Fills a block with a pattern that depends on the seed and the offset.
void fill(void* block, size_t bytes, int seed) {
  auto* p = static_cast<unsigned char*>(block);
  for (size_t i = 0; i < bytes; ++i) p[i] = static_cast<unsigned char>(seed + i * 7);
}

// True when the first `bytes` bytes still hold fill's pattern.
bool holds(const void* block, size_t bytes, int seed) {
  auto* p = static_cast<const unsigned char*>(block);
  for (size_t i = 0; i < bytes; ++i) {
    if (p[i] != static_cast<unsigned char>(seed + i * 7)) return false;
  }
  return true;
}

} // namespace

TEST_CASE("Heap::reallocate keeps contents across every kind of resize", "[heap]") {
  py::Heap heap(size_t(64) << 20);
  // Sizes that stay in one small class, cross classes, cross the small limit
  // both ways, and resize large blocks up and down.
  const std::vector<std::pair<size_t, size_t>> resizes = {
      {20, 30},    {30, 20},   {16, 200},      {200, 40},      {100, 4000},
      {4000, 300}, {600, 900}, {5000, 100000}, {100000, 1000}, {1 << 20, 3 << 20},
      {513, 512},  {512, 513}, {1, 1}};
  for (auto [from, to] : resizes) {
    INFO("resize " << from << " -> " << to);
    size_t before = heap.used();
    void* block = heap.allocate(from);
    REQUIRE(block != nullptr);
    fill(block, from, int(from));
    void* grown = heap.reallocate(block, from, to);
    REQUIRE(grown != nullptr);
    CHECK(holds(grown, from < to ? from : to, int(from)));
    std::memset(grown, 0xAB, to); // the whole new size is writable
    heap.release(grown, to);
    CHECK(heap.used() == before);
  }
}

TEST_CASE("Heap::reallocate relinks large blocks that realloc moves", "[heap]") {
  py::Heap heap(size_t(256) << 20);
  // Several large blocks, each grown many times while the others live, so that
  // realloc moves some of them; releasing them all afterwards walks the links.
  std::vector<void*> blocks;
  std::vector<size_t> sizes;
  for (int i = 0; i < 6; ++i) {
    sizes.push_back(1000 + size_t(i));
    blocks.push_back(heap.allocate(sizes.back()));
    REQUIRE(blocks.back() != nullptr);
    fill(blocks.back(), sizes.back(), i);
  }
  for (int round = 0; round < 8; ++round) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      size_t to = sizes[i] * 2 + 16;
      void* moved = heap.reallocate(blocks[i], sizes[i], to);
      REQUIRE(moved != nullptr);
      REQUIRE(holds(moved, sizes[i], int(i)));
      fill(moved, to, int(i));
      blocks[i] = moved;
      sizes[i] = to;
    }
  }
  for (size_t i = 0; i < blocks.size(); i += 2) heap.release(blocks[i], sizes[i]);
  for (size_t i = 1; i < blocks.size(); i += 2) {
    CHECK(holds(blocks[i], sizes[i], int(i)));
    heap.release(blocks[i], sizes[i]);
  }
  CHECK(heap.used() == 0);
}

TEST_CASE("Heap::reallocate refuses to pass the limit and leaves the block alone", "[heap]") {
  py::Heap heap(size_t(1) << 20);
  void* block = heap.allocate(100000);
  REQUIRE(block != nullptr);
  fill(block, 100000, 3);
  CHECK(heap.reallocate(block, 100000, size_t(2) << 20) == nullptr);
  CHECK(holds(block, 100000, 3));
  void* small = heap.allocate(64);
  REQUIRE(small != nullptr);
  CHECK(heap.reallocate(small, 64, size_t(2) << 20) == nullptr);
  heap.release(small, 64);
  heap.release(block, 100000);
  CHECK(heap.used() == 0);
}
