// What classes reuse of object: the instance __dict__ descriptor every class
// with a __dict__ slot shows in its own namespace, and object.__new__.
#pragma once

#include <cstddef>

#include "python/vm/object.hpp"

namespace py {

struct Tuple;
struct Type;

/// object.__new__(type, ...): a new instance of `type` (TypeError for excess
/// arguments when neither __new__ nor __init__ is overridden, or for an
/// abstract class). Also the test for "instances come from object.__new__".
Value object_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames);

/// instance.__dict__ (made on first use); AttributeError when there is no dict slot.
Value object_get_dict(VM& vm, Value self);
/// instance.__dict__ = d (a dict); false with TypeError or AttributeError.
bool object_set_dict(VM& vm, Value self, Value value);

} // namespace py
