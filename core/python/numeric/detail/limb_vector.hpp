// The storage of a BigInt's magnitude: 32-bit limbs, least significant first, with room for
// four limbs in place so that integers promoted from the VM's 63-bit ints never allocate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <span>

namespace py::num::detail {

// One digit of a magnitude in base 2**32. 32-bit limbs with 64-bit products are native on
// wasm32 as well as on 64-bit hosts, so one code path serves both.
using Limb = std::uint32_t;
// Twice a limb: holds a limb product plus two limbs without overflow.
using Wide = std::uint64_t;
// Bits in a limb.
inline constexpr int kLimbBits = 32;

// A growable array of limbs with small-buffer storage (no allocation up to kInline limbs).
class LimbVector {
public:
  // Limbs kept in place before the vector moves to the heap.
  static constexpr std::uint32_t kInline = 4;

  // An empty vector (the magnitude of zero).
  LimbVector() = default;
  // n zero limbs.
  explicit LimbVector(std::size_t n) { resize(n); }
  // A copy of the limbs [data, data + n).
  LimbVector(const Limb* data, std::size_t n) {
    reserve(n);
    if (n) std::memcpy(ptr(), data, n * sizeof(Limb));
    size_ = static_cast<std::uint32_t>(n);
  }
  LimbVector(const LimbVector& other) : LimbVector(other.data(), other.size()) {}
  LimbVector(LimbVector&& other) noexcept { steal(other); }
  LimbVector& operator=(const LimbVector& other) {
    if (this != &other) {
      size_ = 0;
      reserve(other.size_);
      if (other.size_) std::memcpy(ptr(), other.data(), other.size_ * sizeof(Limb));
      size_ = other.size_;
    }
    return *this;
  }
  LimbVector& operator=(LimbVector&& other) noexcept {
    if (this != &other) {
      release();
      steal(other);
    }
    return *this;
  }
  ~LimbVector() { release(); }

  // Number of limbs.
  std::size_t size() const { return size_; }
  // True when there are no limbs.
  bool empty() const { return size_ == 0; }
  // The limbs, least significant first.
  Limb* data() { return ptr(); }
  const Limb* data() const { return ptr(); }
  Limb& operator[](std::size_t i) { return ptr()[i]; }
  Limb operator[](std::size_t i) const { return ptr()[i]; }
  // The most significant limb; the vector must not be empty.
  Limb back() const { return ptr()[size_ - 1]; }
  // A read-only view of the limbs.
  std::span<const Limb> span() const { return {ptr(), size_}; }
  operator std::span<const Limb>() const { return span(); }

  // Grows or shrinks to n limbs; new limbs are zero.
  void resize(std::size_t n) {
    reserve(n);
    if (n > size_) std::memset(ptr() + size_, 0, (n - size_) * sizeof(Limb));
    size_ = static_cast<std::uint32_t>(n);
  }
  // Appends one limb.
  void push_back(Limb limb) {
    if (size_ == capacity_) reserve(std::size_t{capacity_} * 2);
    ptr()[size_++] = limb;
  }
  // Makes room for n limbs without changing the size.
  void reserve(std::size_t n) {
    if (n <= capacity_) return;
    auto* fresh = static_cast<Limb*>(std::malloc(n * sizeof(Limb)));
    if (!fresh) std::abort(); // as a failed operator new: nothing catches it
    if (size_) std::memcpy(fresh, ptr(), size_ * sizeof(Limb));
    release();
    heap_ = fresh;
    capacity_ = static_cast<std::uint32_t>(n);
  }
  // Drops the most significant zero limbs, so that a magnitude has a canonical form.
  void trim() {
    while (size_ && ptr()[size_ - 1] == 0) --size_;
  }

private:
  bool on_heap() const { return capacity_ > kInline; }
  Limb* ptr() { return on_heap() ? heap_ : inline_; }
  const Limb* ptr() const { return on_heap() ? heap_ : inline_; }
  void release() {
    if (on_heap()) std::free(heap_);
    capacity_ = kInline;
  }
  // Takes other's limbs and leaves it empty (other must own nothing we still need).
  void steal(LimbVector& other) {
    size_ = other.size_;
    capacity_ = other.capacity_;
    if (other.on_heap()) {
      heap_ = other.heap_;
    } else if (size_) {
      std::memcpy(inline_, other.inline_, size_ * sizeof(Limb));
    }
    other.size_ = 0;
    other.capacity_ = kInline;
  }

  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = kInline;
  union {
    Limb inline_[kInline];
    Limb* heap_;
  };
};

} // namespace py::num::detail
