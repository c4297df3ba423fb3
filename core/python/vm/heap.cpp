#include "python/vm/heap.hpp"

#include <cstdlib>
#include <cstring>

#ifdef PY_HEAP_ASAN
#include <sanitizer/asan_interface.h>
#endif

#include "python/vm/object.hpp"
#include "python/vm/type.hpp"
#include "python/vm/vm.hpp"

namespace py {

Heap::Heap(size_t limit_bytes) : limit_(limit_bytes) {}

Heap::~Heap() {
  for (char* c : chunks_) {
#ifdef PY_HEAP_ASAN
    ASAN_UNPOISON_MEMORY_REGION(c, kChunkBytes);
#endif
    std::free(c);
  }
  while (large_) {
    LargeBlock* next = large_->next;
    std::free(large_);
    large_ = next;
  }
}

void* Heap::allocate(size_t bytes) {
  if (bytes == 0) bytes = 1;
  if (used_ + bytes > limit_) return nullptr;
  if (bytes <= kMaxSmall) {
    size_t size_class = (bytes - 1) / kGranule;
    used_ += (size_class + 1) * kGranule;
    if (FreeBlock* b = free_lists_[size_class]) {
#ifdef PY_HEAP_ASAN
      ASAN_UNPOISON_MEMORY_REGION(b, (size_class + 1) * kGranule);
#endif
      free_lists_[size_class] = b->next;
      return b;
    }
    return allocate_small(size_class);
  }
  used_ += bytes;
  return allocate_large(bytes);
}

void Heap::release(void* block, size_t bytes) {
  if (!block) return;
  if (bytes == 0) bytes = 1;
  if (bytes <= kMaxSmall) {
    size_t size_class = (bytes - 1) / kGranule;
    used_ -= (size_class + 1) * kGranule;
#ifdef PY_HEAP_ASAN
    ASAN_POISON_MEMORY_REGION(block, (size_class + 1) * kGranule);
    quarantine_.emplace_back(block, size_class);
    quarantine_bytes_ += (size_class + 1) * kGranule;
    while (quarantine_bytes_ > kQuarantineBytes) {
      auto [old, old_class] = quarantine_.front();
      quarantine_.pop_front();
      quarantine_bytes_ -= (old_class + 1) * kGranule;
      push_free(old, old_class);
    }
#else
    push_free(block, size_class);
#endif
    return;
  }
  used_ -= bytes;
  release_large(block);
}

void* Heap::reallocate(void* block, size_t old_bytes, size_t new_bytes) {
  bool small = old_bytes <= kMaxSmall && new_bytes <= kMaxSmall;
  if (small && (old_bytes - 1) / kGranule == (new_bytes - 1) / kGranule) return block;
  if (old_bytes > kMaxSmall && new_bytes > kMaxSmall) {
    if (new_bytes > old_bytes && used_ + (new_bytes - old_bytes) > limit_) return nullptr;
    LargeBlock* b = static_cast<LargeBlock*>(block) - 1;
    auto* moved = static_cast<LargeBlock*>(std::realloc(b, sizeof(LargeBlock) + new_bytes));
    if (!moved) return nullptr;
    used_ = used_ - old_bytes + new_bytes;
    moved->bytes = new_bytes;
    // Relink the neighbours to where the block now lives.
    if (moved->prev)
      moved->prev->next = moved;
    else
      large_ = moved;
    if (moved->next) moved->next->prev = moved;
    return moved + 1;
  }
  void* fresh = allocate(new_bytes);
  if (!fresh) return nullptr;
  std::memcpy(fresh, block, old_bytes < new_bytes ? old_bytes : new_bytes);
  release(block, old_bytes);
  return fresh;
}

void Heap::push_free(void* block, size_t size_class) {
#ifdef PY_HEAP_ASAN
  ASAN_UNPOISON_MEMORY_REGION(block, sizeof(FreeBlock));
#endif
  auto* b = static_cast<FreeBlock*>(block);
  b->next = free_lists_[size_class];
  free_lists_[size_class] = b;
#ifdef PY_HEAP_ASAN
  ASAN_POISON_MEMORY_REGION(block, sizeof(FreeBlock));
#endif
}

void* Heap::allocate_small(size_t size_class) {
  size_t size = (size_class + 1) * kGranule;
  if (bump_ + size > bump_end_) {
    char* chunk = static_cast<char*>(std::malloc(kChunkBytes));
    if (!chunk) {
      used_ -= size;
      return nullptr;
    }
    chunks_.push_back(chunk);
    bump_ = chunk;
    bump_end_ = chunk + kChunkBytes;
  }
  void* block = bump_;
  bump_ += size;
  return block;
}

void* Heap::allocate_large(size_t bytes) {
  auto* b = static_cast<LargeBlock*>(std::malloc(sizeof(LargeBlock) + bytes));
  if (!b) {
    used_ -= bytes;
    return nullptr;
  }
  b->prev = nullptr;
  b->next = large_;
  b->bytes = bytes;
  if (large_) large_->prev = b;
  large_ = b;
  return b + 1;
}

void Heap::release_large(void* block) {
  LargeBlock* b = static_cast<LargeBlock*>(block) - 1;
  if (b->prev)
    b->prev->next = b->next;
  else
    large_ = b->next;
  if (b->next) b->next->prev = b->prev;
  std::free(b);
}

void Heap::destroy(Object* o) {
  if (destroy_depth_ >= kMaxDestroyDepth) {
    pending_destroy_.push_back(o);
    return;
  }
  ++destroy_depth_;
  o->type->dealloc(o);
  if (destroy_depth_ == 1) {
    while (!pending_destroy_.empty()) {
      Object* next = pending_destroy_.back();
      pending_destroy_.pop_back();
      next->type->dealloc(next);
    }
  }
  --destroy_depth_;
}

void destroy(Object* o) {
  if (o->flags & kImmortal) {
    o->refcount = 1u << 30;
    return;
  }
  o->type->vm->heap().destroy(o);
}

} // namespace py
