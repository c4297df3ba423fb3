// Counting replacements of the global allocation functions.
#include "bench_support.hpp"

#include <cstdlib>
#include <malloc.h>
#include <new>

namespace {

std::size_t bytes = 0;

void* allocate(std::size_t size) {
  bytes += size;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}

} // namespace

namespace bench {

std::size_t allocated_bytes() { return bytes; }
std::size_t heap_in_use() {
#ifdef __EMSCRIPTEN__
  return static_cast<std::size_t>(mallinfo().uordblks);
#else
  return mallinfo2().uordblks;
#endif
}

} // namespace bench

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
