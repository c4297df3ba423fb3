// int: small ints are tagged Values (see vm/value.hpp); larger ones, and
// instances of int subclasses (IntEnum members…), are Int objects holding a
// BigInt. Every int operation normalizes its result back to a small int when
// it fits. bool is a subclass whose instances are the immediates True/False.
#pragma once

#include <cstdint>
#include <string_view>

#include "python/numeric/bigint.hpp"
#include "python/vm/object.hpp"

namespace py {

/// A heap int: a big value, or any value of an int subclass.
struct Int : Object {
  num::BigInt value;
};

/// An exact int for a BigInt (normalized to a small int when it fits).
Value int_from_bigint(VM& vm, num::BigInt v);
/// An exact int for an int64 (a small int when it fits). Inline: every int
/// result of the eval loop's arithmetic comes here.
[[gnu::always_inline]] inline Value int_from_int64(VM& vm, int64_t v) {
  if (Value::fits_small_int(v)) [[likely]]
    return Value::small_int(v);
  return int_from_bigint(vm, num::BigInt(v));
}
/// The value of any int (small, boxed, subclass instance or bool) as a BigInt.
num::BigInt int_to_bigint(Value v);
/// The value as int64 when it fits; false otherwise (no exception set).
bool int_to_int64(Value v, int64_t* out);
/// True for an int of any kind, bool included (fast check).
bool is_int(VM& vm, Value v);
/// x / y when both magnitudes are below 2**53: exact as doubles, so one IEEE
/// division rounds correctly (CPython's fast path in long_true_divide). Null,
/// with no exception, when y is 0 or either is larger: the general path then
/// raises or divides exactly.
Value int_true_divide_small(VM& vm, int64_t x, int64_t y);
/// int.__format__(self, spec) for any int: a new str, or null with the error.
Value int_format_spec(VM& vm, Value self, std::string_view spec);
/// int_format_spec for a non-empty spec, appended to out (str.format's
/// fields build one string); false with the error and out unchanged.
bool int_format_into(VM& vm, Value self, std::string_view spec, std::string& out);

} // namespace py
