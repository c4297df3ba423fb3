// object's attribute accessors that classes reuse: the instance __dict__
// descriptor every class with a __dict__ slot shows in its own namespace.
#pragma once

#include "python/vm/object.hpp"

namespace py {

/// instance.__dict__ (made on first use); AttributeError when there is no dict slot.
Value object_get_dict(VM& vm, Value self);
/// instance.__dict__ = d (a dict); false with TypeError or AttributeError.
bool object_set_dict(VM& vm, Value self, Value value);

} // namespace py
