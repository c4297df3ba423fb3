// The header every heap object starts with, reference counting, and Ref,
// the owning handle C++ code uses to hold Python values safely.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "python/vm/value.hpp"

namespace py {

struct Type;
class VM;

/// The common header of every heap-allocated Python object.
struct Object {
  /// Number of owning references; the object is destroyed when it reaches 0.
  uint32_t refcount = 1;
  /// Per-object bits (see ObjectFlag); free for the object's own use otherwise.
  uint32_t flags = 0;
  /// The object's Python type; a Type knows its VM, so destruction needs no VM argument.
  Type* type;
};

/// Bits of Object::flags shared by all objects.
enum ObjectFlag : uint32_t {
  /// Set while repr() of a container is running, to print "[...]" on recursion.
  kInRepr = 1u << 0,
  /// Never destroyed: static or per-VM objects that outlive every reference.
  kImmortal = 1u << 1,
};

/// Destroys an object whose reference count dropped to zero (defined in heap.cpp:
/// it defers deep chains of destruction so that freeing a long linked list
/// does not overflow the C++ stack).
void destroy(Object* o);

inline void incref(Object* o) { ++o->refcount; }
inline void decref(Object* o) {
  if (--o->refcount == 0) destroy(o);
}
inline void incref(Value v) {
  if (v.is_object()) ++v.as_object()->refcount;
}
inline void decref(Value v) {
  if (v.is_object()) decref(v.as_object());
}
/// Returns v after taking a new reference to it (for "return a new reference" code).
inline Value newref(Value v) {
  incref(v);
  return v;
}

/// An owning reference to a value (or null). Moves transfer ownership;
/// copies take another reference. Use it wherever an error can return early.
class Ref {
public:
  Ref() = default;
  /// Takes over a new reference (the result of a function that returns one).
  static Ref steal(Value v) { return Ref(v); }
  /// Takes an additional reference to a borrowed value.
  static Ref borrow(Value v) {
    incref(v);
    return Ref(v);
  }
  static Ref steal(Object* o) { return Ref(Value::object(o)); }
  static Ref borrow(Object* o) { return borrow(Value::object(o)); }

  Ref(const Ref& other) : v_(other.v_) { incref(v_); }
  Ref(Ref&& other) noexcept : v_(other.v_) { other.v_ = Value(); }
  Ref& operator=(Ref other) noexcept {
    std::swap(v_, other.v_);
    return *this;
  }
  ~Ref() { decref(v_); }

  /// The value, still owned by this Ref.
  Value get() const { return v_; }
  Value operator*() const { return v_; }
  /// Gives up ownership: the caller now owns the reference.
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  explicit operator bool() const { return !v_.is_null(); }
  bool is_null() const { return v_.is_null(); }
  /// The object pointer, cast to a concrete object type (caller checked the type).
  template <class T>
  T* as() const {
    return static_cast<T*>(v_.as_object());
  }

private:
  explicit Ref(Value v) : v_(v) {}
  Value v_;
};

} // namespace py
