// tuple: an immutable array of values stored inline after the header.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "python/vm/object.hpp"

namespace py {

/// A tuple object; its items follow the header inline.
struct Tuple : Object {
  /// Number of items.
  size_t size;

  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value item(size_t i) const { return items()[i]; }
};

/// A tuple of `size` items, all null: the caller fills every item (with new
/// references) before the tuple escapes. Null on MemoryError.
Tuple* tuple_alloc(VM& vm, size_t size);
/// A new tuple holding new references to the given values.
Value tuple_new(VM& vm, const Value* items, size_t size);
Value tuple_of(VM& vm, std::initializer_list<Value> items);
/// A new tuple of everything an iterable yields (the iterable itself when it is an exact tuple).
Value tuple_from_iterable(VM& vm, Value iterable);
/// The VM's empty tuple (a new reference).
Value tuple_empty(VM& vm);

} // namespace py
