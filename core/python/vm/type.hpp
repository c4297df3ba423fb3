// Type: the layout of a Python type object and the slots through which the
// VM runs the hot protocols (repr, hash, compare, attributes, calls,
// iteration, descriptors, construction) without a dictionary lookup.
//
// Built-in types fill their slots with C++ functions. A class written in
// Python inherits its slots from its bases; a slot whose dunder the class (or
// a Python base) defines is pointed at a trampoline that looks the dunder up
// and calls it (see objects/type_object.cpp: update_slots). Operators (+, -,
// [], len…) have no slots: the VM looks their dunders up through the type's
// method cache, with fast paths for the common built-in cases in the eval loop.
#pragma once

#include <cstdint>
#include <vector>

#include "python/vm/object.hpp"

namespace py {

struct Str;
struct Tuple;
struct Dict;

/// The six rich comparisons, in CPython's order (Py_LT … Py_GE).
enum class CompareOp : uint8_t { lt, le, eq, ne, gt, ge };

/// Frees an object whose reference count reached zero (and what it owns).
using DeallocFn = void (*)(Object* self);
/// A protocol taking only the object: repr, str, iter, next. Returns a new
/// reference or null with an exception set. `next` returns null WITHOUT an
/// exception when the iterator is exhausted.
using UnaryFn = Value (*)(VM& vm, Value self);
/// hash(): -1 with an exception set on error (a real hash of -1 becomes -2).
using HashFn = int64_t (*)(VM& vm, Value self);
/// Rich comparison; may return NotImplemented.
using CompareFn = Value (*)(VM& vm, Value self, Value other, CompareOp op);
/// Attribute get: new reference, or null with AttributeError (or another error).
using GetAttrFn = Value (*)(VM& vm, Value self, Str* name);
/// Attribute set; value null means delete. False with an exception on error.
using SetAttrFn = bool (*)(VM& vm, Value self, Str* name, Value value);
/// A call: positional args first, then the values of the keyword arguments
/// named by kwnames (a tuple of str, or null when there are none).
using CallFn = Value (*)(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames);
/// Descriptor get: obj is null when looked up on the class itself.
using DescrGetFn = Value (*)(VM& vm, Value descr, Value obj, Type* owner);
/// Descriptor set (value null means delete).
using DescrSetFn = bool (*)(VM& vm, Value descr, Value obj, Value value);
/// __new__: makes an instance of `type` (which may be a subclass).
using NewFn = Value (*)(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames);
/// __init__: initializes an instance; false with an exception on error.
using InitFn = bool (*)(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames);
/// Bytes of the variable part stored inline after the fixed part (str, tuple, bytes).
using VarSizeFn = size_t (*)(const Object* self);

/// Bits of Type::type_flags.
enum TypeFlag : uint32_t {
  /// A class made by a class statement or type(name, bases, dict): mutable.
  kHeapType = 1u << 0,
  /// Can be used as a base class.
  kBaseType = 1u << 1,
  /// Has an __abstractmethods__ set that is not empty (cannot be instantiated).
  kAbstract = 1u << 2,
  /// Fast isinstance checks for the built-in families (like CPython's *_SUBCLASS flags).
  kIntSubclass = 1u << 8,
  kStrSubclass = 1u << 9,
  kTupleSubclass = 1u << 10,
  kListSubclass = 1u << 11,
  kDictSubclass = 1u << 12,
  kTypeSubclass = 1u << 13,
  kExceptionSubclass = 1u << 14, // BaseException and its subclasses
  kFloatSubclass = 1u << 15,
  kSetSubclass = 1u << 16,   // set and frozenset
  kBytesSubclass = 1u << 17, // bytes and bytearray
};

/// A Python type object.
struct Type : Object {
  /// The VM this type belongs to (objects reach their VM through their type).
  VM* vm = nullptr;
  /// __name__ and __qualname__ (owned).
  Str* name = nullptr;
  Str* qualname = nullptr;
  /// __base__ (null only for object), __bases__ and __mro__ (owned).
  Type* base = nullptr;
  Tuple* bases = nullptr;
  Tuple* mro = nullptr;
  /// The class namespace (owned). Change it only through type_set_attribute,
  /// which keeps the slots and the method cache right.
  Dict* dict = nullptr;
  /// TypeFlag bits.
  uint32_t type_flags = 0;
  /// Changes whenever this type's or a base's attributes change; the method
  /// cache and inline caches key on it. 0 means "do not cache".
  uint64_t version = 0;
  /// Bytes of an instance (for variable-size types: of an empty one).
  uint32_t basic_size = 0;
  /// Bytes per item of a variable-size instance (str, tuple), else 0.
  uint32_t item_size = 0;
  /// Byte offset of the instance __dict__ slot (a Dict* or null), 0 if none.
  /// For variable-size bases (str, tuple) the rounded-up variable part is
  /// added at run time (see object_dict_slot).
  uint32_t dict_offset = 0;
  /// Byte offset of the first __slots__ value, and how many there are.
  uint32_t slots_offset = 0;
  uint32_t slots_count = 0;
  /// Non-null for variable-size layouts: the bytes of the inline variable part.
  VarSizeFn var_size = nullptr;
  /// Classes that name this one as a base (not owned), to invalidate their versions.
  std::vector<Type*> subclasses;

  DeallocFn dealloc = nullptr;
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;
  CompareFn compare = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;
  UnaryFn iter = nullptr;
  UnaryFn next = nullptr;
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  NewFn new_ = nullptr;
  InitFn init = nullptr;

  bool has_flag(TypeFlag f) const { return (type_flags & f) != 0; }
  bool is_heap_type() const { return has_flag(kHeapType); }
};

} // namespace py
