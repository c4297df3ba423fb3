// Slots and dunders, both ways. A built-in type's slots become dunder
// methods in its dict (slot wrappers, so `list.__repr__` and super() work);
// a class's dunders become slots (trampolines that call the dunder), chosen
// along the MRO whenever the class or its bases change.
#pragma once

#include "python/vm/value.hpp"

namespace py {

class VM;
struct Function;
struct Type;

/// Adds `__repr__`, `__eq__`, … wrappers for the slots a built-in type sets itself.
void add_slot_wrappers(VM& vm, Type* type);
/// Recomputes every slot of a class (and of its subclasses) from its MRO.
void update_slots(VM& vm, Type* type);
/// The class's __init__ when it is a plain Python function run through the
/// class's __init__ slot (so CALL may run it as a frame of the eval loop),
/// else null. Borrowed.
Function* python_init(VM& vm, Type* type);
/// What __init__ returned must be None: false with TypeError otherwise.
bool check_init_result(VM& vm, Value result);

} // namespace py
