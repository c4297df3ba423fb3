// float: a boxed IEEE double.
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

/// A float object.
struct Float : Object {
  double value;
};

/// A new float (null on MemoryError).
Value float_new(VM& vm, double v);
/// The double of a float or float-subclass instance (caller checked the type).
inline double float_value(Value v) { return static_cast<Float*>(v.as_object())->value; }
/// The double of a float or an int operand (float arithmetic's to-double
/// conversion); false when `v` is neither (no exception, *failed false) or
/// the int is too large (OverflowError pending, *failed true).
bool float_operand(VM& vm, Value v, double* out, bool* failed);
/// float.__format__(self, spec) for any float: a new str, or null with the error.
Value float_format_spec(VM& vm, Value self, std::string_view spec);
/// float_format_spec for a non-empty spec, appended to out; false with the
/// error and out unchanged.
bool float_format_into(VM& vm, Value self, std::string_view spec, std::string& out);

} // namespace py
