// Intrusive reference counting: the ownership model of every loop object.
//
// Futures, tasks, callbacks and errors are shared between the loop's queues,
// the coroutines that await them and (later) the Python objects that wrap
// them. A count inside the object costs one increment, needs no control block
// and lets a raw pointer be turned back into an owning one (the ready queue
// stores raw pointers and adopts them). Counts are not atomic: one loop, one
// thread.
#pragma once

#include <cstdint>
#include <utility>

namespace aio {

// The base of every reference-counted loop object. Derived classes keep their
// own small fields in the tail padding after the count (Itanium ABI).
class RefCounted {
public:
  RefCounted() = default;
  RefCounted(const RefCounted&) = delete;
  RefCounted& operator=(const RefCounted&) = delete;

  // Adds an owner.
  void retain() noexcept { ++refs_; }
  // Drops an owner; the last one deletes the object.
  void release() noexcept {
    if (--refs_ == 0) delete this;
  }
  // The number of owners (tests and assertions only).
  std::uint32_t ref_count() const noexcept { return refs_; }

protected:
  virtual ~RefCounted() = default;

private:
  std::uint32_t refs_ = 0;
};

// An owning pointer to a T that has retain() and release().
template <class T>
class Ref {
public:
  Ref() noexcept = default;
  Ref(std::nullptr_t) noexcept {}
  // Shares ownership of p (adds an owner).
  Ref(T* p) noexcept : p_(p) {
    if (p_) p_->retain();
  }
  Ref(const Ref& o) noexcept : Ref(o.p_) {}
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  // Converts from a reference to a derived class.
  template <class U>
  Ref(const Ref<U>& o) noexcept : Ref(o.get()) {}
  template <class U>
  Ref(Ref<U>&& o) noexcept : p_(o.leak()) {}
  ~Ref() {
    if (p_) p_->release();
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }

  // Takes over an owner that was counted already (see leak()).
  static Ref adopt(T* p) noexcept {
    Ref r;
    r.p_ = p;
    return r;
  }
  // Gives up ownership without dropping the count: the caller now owns it.
  [[nodiscard]] T* leak() noexcept { return std::exchange(p_, nullptr); }

  // The object (or null), still owned.
  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  friend bool operator==(const Ref& a, const Ref& b) noexcept { return a.p_ == b.p_; }
  friend bool operator==(const Ref& a, std::nullptr_t) noexcept { return a.p_ == nullptr; }

private:
  T* p_ = nullptr;
};

// Allocates a T and returns its first owner.
template <class T, class... Args>
Ref<T> make_ref(Args&&... args) {
  return Ref<T>(new T(std::forward<Args>(args)...));
}

} // namespace aio
