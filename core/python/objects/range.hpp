// range: an immutable arithmetic sequence (start, stop, step as ints).
#pragma once

#include "python/vm/object.hpp"

namespace py {

/// A range object; the bounds are ints (small or big), length precomputed.
struct Range : Object {
  Value start, stop, step, length;
};

/// range(start, stop, step) for ints (borrowed; step must not be 0).
Value range_new(VM& vm, Value start, Value stop, Value step);

} // namespace py
