// Operations on classes used outside type_object.cpp: creating one (the
// class statement goes through __build_class__ → metaclass → here) and
// telling caches that one changed.
#pragma once

#include "python/vm/object.hpp"

namespace py {

struct Tuple;
struct Type;

/// type.__new__(metatype, name, bases, namespace, **kwargs): makes a class.
/// kwvalues/kwnames are passed on to __init_subclass__.
Value type_new_class(VM& vm, Type* metatype, Value name, Value bases, Value ns,
                     const Value* kwvalues, Tuple* kwnames);
/// The metaclass of a new class: the most derived of `meta` and the bases'
/// types; null with TypeError on a metaclass conflict.
Type* calculate_metaclass(VM& vm, Type* meta, Tuple* bases);
/// Gives a class (and its subclasses) a new version: call after changing its dict.
void type_modified(VM& vm, Type* type);

} // namespace py
