// Heap: where every Python object and object-owned array of one VM lives.
//
// Small blocks (up to kMaxSmall bytes) come from per-size-class free lists
// carved out of large chunks; bigger blocks come from malloc, linked so that
// the heap can free them. The heap counts the bytes in use and refuses an
// allocation that would pass the session's limit, which the VM turns into
// MemoryError instead of letting a runaway program take the tab down.
// Destroying the heap frees all of its memory at once, objects kept alive by
// reference cycles included.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <utility>
#include <vector>

// Under AddressSanitizer the heap poisons released blocks and holds them in a
// quarantine before reuse, so a use after free of a Python object is reported.
#if defined(__SANITIZE_ADDRESS__)
#define PY_HEAP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PY_HEAP_ASAN 1
#endif
#endif

namespace py {

struct Object;

class Heap {
public:
  /// Blocks up to this size use the size-class free lists.
  static constexpr size_t kMaxSmall = 512;

  explicit Heap(size_t limit_bytes);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  /// A block of at least `bytes` bytes, 8-aligned, or null when the limit would be passed.
  void* allocate(size_t bytes);
  /// Returns a block; `bytes` must be the size it was allocated with.
  void release(void* block, size_t bytes);
  /// Resizes a block of `old_bytes` to `new_bytes`, keeping its contents up to
  /// the smaller size: in place when it can (large blocks go through realloc),
  /// else by moving. Null (the block untouched) when the limit would be passed.
  void* reallocate(void* block, size_t old_bytes, size_t new_bytes);

  /// Bytes handed out and not yet released.
  size_t used() const { return used_; }
  size_t limit() const { return limit_; }
  void set_limit(size_t bytes) { limit_ = bytes; }

  /// Destroys an object whose count reached zero. Nested destruction deeper
  /// than kMaxDestroyDepth is queued and run iteratively by the outermost call.
  void destroy(Object* o);

private:
  static constexpr size_t kGranule = 16;
  static constexpr size_t kClasses = kMaxSmall / kGranule;
  static constexpr size_t kChunkBytes = 256 * 1024;
  static constexpr int kMaxDestroyDepth = 200;

  /// A released small block, linked into its size class's free list.
  struct FreeBlock {
    FreeBlock* next;
  };
  /// The header in front of every large block.
  struct LargeBlock {
    LargeBlock* prev;
    LargeBlock* next;
    size_t bytes;
    size_t pad; // keeps the payload 16-aligned
  };

  void* allocate_small(size_t size_class);
  void* allocate_large(size_t bytes);
  void release_large(void* block);
  /// Links a released small block into its size class's free list.
  void push_free(void* block, size_t size_class);

  FreeBlock* free_lists_[kClasses] = {};
  std::vector<char*> chunks_;
  char* bump_ = nullptr;
  char* bump_end_ = nullptr;
  LargeBlock* large_ = nullptr;
  size_t used_ = 0;
  size_t limit_;
  int destroy_depth_ = 0;
  std::vector<Object*> pending_destroy_;
#ifdef PY_HEAP_ASAN
  /// Bytes of released small blocks kept poisoned before they are reused.
  static constexpr size_t kQuarantineBytes = size_t(8) << 20;
  /// Released small blocks waiting (block, size class), oldest first, and their bytes.
  std::deque<std::pair<void*, size_t>> quarantine_;
  size_t quarantine_bytes_ = 0;
#endif
};

} // namespace py
