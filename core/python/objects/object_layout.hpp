// Where things are inside an instance: its size, its __dict__ slot and its
// __slots__ values, for fixed-size and variable-size (str, tuple) layouts.
#pragma once

#include <cstddef>

#include "python/objects/dict.hpp"
#include "python/vm/object.hpp"
#include "python/vm/type.hpp"

namespace py {

/// Rounds a byte count up to a multiple of 8.
inline constexpr size_t align8(size_t n) { return (n + 7) & ~size_t(7); }
/// Bytes of an object's inline variable part, rounded up (0 for fixed-size types).
inline size_t var_bytes(const Object* o) {
  return o->type->var_size ? align8(o->type->var_size(o)) : 0;
}
/// Bytes an object occupies (what its dealloc gives back to the heap).
inline size_t object_size(const Object* o) { return o->type->basic_size + var_bytes(o); }
/// The __dict__ slot of an instance whose type has one (dict_offset != 0).
inline Value* object_dict_slot(Object* o) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + o->type->dict_offset + var_bytes(o));
}
/// The instance __dict__ of obj (borrowed) when its type has one and it has
/// been made; null otherwise (nothing is created).
inline Dict* existing_instance_dict(Value obj) {
  if (!obj.is_object() || !obj.as_object()->type->dict_offset) return nullptr;
  Value d = *object_dict_slot(obj.as_object());
  return d.is_null() ? nullptr : static_cast<Dict*>(d.as_object());
}
/// The __slots__ values that class `t` (an ancestor of o's type) added.
inline Value* object_slots(Object* o, const Type* t) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->slots_offset + var_bytes(o));
}

} // namespace py
