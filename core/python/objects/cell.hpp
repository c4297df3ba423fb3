// cell: the box a closure shares with the function that defined a variable.
#pragma once

#include "python/vm/object.hpp"

namespace py {

/// A cell object; `value` is null while the variable is unbound.
struct Cell : Object {
  Value value;
};

/// A new cell holding a new reference to `value` (which may be null).
Value cell_new(VM& vm, Value value);

} // namespace py
