// A Python value in one 64-bit word.
//
// Encoding (the low three bits are the tag):
//   ...xx1  a small int: the word shifted right by one, 63-bit signed
//   ...000  a pointer to an Object (8-aligned); the all-zero word is "null",
//           which means "no value: an exception is pending" in return values
//   ...010  an immediate singleton: None, False, True, NotImplemented, Ellipsis
// Small ints and singletons need no allocation and no reference counting;
// larger ints and ints of subclasses (bool is not one: True/False are
// immediates) are IntObjects on the heap.
#pragma once

#include <cstdint>

namespace py {

struct Object;

/// One Python value. Copying a Value does not touch reference counts: a Value
/// is a borrowed reference unless the function that returns it says "new".
class Value {
public:
  /// The null value: "no value", used to signal a pending exception.
  constexpr Value() : bits_(0) {}

  /// Largest and smallest ints kept unboxed.
  static constexpr int64_t kMaxSmallInt = (int64_t(1) << 62) - 1;
  static constexpr int64_t kMinSmallInt = -(int64_t(1) << 62);

  /// A pointer to a heap object (must not be null).
  static Value object(Object* o) { return Value(uint64_t(reinterpret_cast<uintptr_t>(o))); }
  /// A small int; the caller guarantees kMinSmallInt <= v <= kMaxSmallInt.
  static constexpr Value small_int(int64_t v) { return Value((uint64_t(v) << 1) | 1); }
  static constexpr bool fits_small_int(int64_t v) { return v >= kMinSmallInt && v <= kMaxSmallInt; }

  static constexpr Value none() { return Value(kNone); }
  static constexpr Value false_() { return Value(kFalse); }
  static constexpr Value true_() { return Value(kTrue); }
  static constexpr Value boolean(bool b) { return Value(b ? kTrue : kFalse); }
  static constexpr Value not_implemented() { return Value(kNotImplemented); }
  static constexpr Value ellipsis() { return Value(kEllipsis); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool is_small_int() const { return bits_ & 1; }
  constexpr bool is_object() const { return (bits_ & 7) == 0 && bits_ != 0; }
  constexpr bool is_immediate() const { return (bits_ & 7) == 2; }
  constexpr bool is_none() const { return bits_ == kNone; }
  constexpr bool is_bool() const { return bits_ == kTrue || bits_ == kFalse; }
  constexpr bool is_true() const { return bits_ == kTrue; }
  constexpr bool is_false() const { return bits_ == kFalse; }
  constexpr bool is_not_implemented() const { return bits_ == kNotImplemented; }

  /// The int of a small int (only when is_small_int()).
  constexpr int64_t as_small_int() const { return int64_t(bits_) >> 1; }
  /// The object pointer (only when is_object()).
  Object* as_object() const { return reinterpret_cast<Object*>(uintptr_t(bits_)); }
  /// Index of an immediate singleton (0 None, 1 False, 2 True, 3 NotImplemented, 4 Ellipsis).
  constexpr unsigned immediate_index() const { return unsigned(bits_ >> 3); }

  constexpr uint64_t bits() const { return bits_; }
  static constexpr Value from_bits(uint64_t b) { return Value(b); }

  /// Identity: Python's `is`.
  constexpr bool operator==(Value o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(Value o) const { return bits_ != o.bits_; }

  static constexpr unsigned kImmediateCount = 5;

private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}

  static constexpr uint64_t kNone = 0x02;
  static constexpr uint64_t kFalse = 0x0a;
  static constexpr uint64_t kTrue = 0x12;
  static constexpr uint64_t kNotImplemented = 0x1a;
  static constexpr uint64_t kEllipsis = 0x22;

  uint64_t bits_;
};

} // namespace py
