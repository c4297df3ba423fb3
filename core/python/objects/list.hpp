// list: a growable array of values.
#pragma once

#include <cstddef>
#include <cstdint>

#include "python/vm/object.hpp"

namespace py {

/// A list object; its items live in a heap array it owns.
struct List : Object {
  Value* items;
  size_t size;
  size_t capacity;
};

/// A new empty list with room for `capacity` items.
Value list_new(VM& vm, size_t capacity = 0);
/// A new list holding new references to the given values.
Value list_from(VM& vm, const Value* items, size_t size);
/// Appends a value (taking a new reference). False on MemoryError.
bool list_append(VM& vm, List* list, Value v);
/// Makes room for at least `capacity` items. False on MemoryError.
bool list_reserve(VM& vm, List* list, size_t capacity);
/// A new list of everything an iterable yields (null on error).
Value list_from_iterable(VM& vm, Value iterable);
/// list.extend: appends everything an iterable yields (the list itself included).
bool list_extend(VM& vm, List* list, Value iterable);
/// Replaces items [lo, hi) (clamped) with the items of `v`, any iterable, or
/// deletes them when v is null (CPython's list_ass_slice).
bool list_assign_slice(VM& vm, List* list, int64_t lo, int64_t hi, Value v);
/// Sorts in place with an optional key function (null or None for none);
/// stable. False with the exception of a failed key call or comparison, or
/// ValueError "list modified during sort".
bool list_sort(VM& vm, List* list, Value key, bool reverse);

} // namespace py
