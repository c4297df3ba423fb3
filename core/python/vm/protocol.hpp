// The object protocols: what the VM and native code do to any value —
// repr/str, hash, truth, attributes, operators, comparisons, items, length,
// iteration, isinstance. Each follows Python's data model (slots for built-in
// types, dunder lookup for classes, the reflected-operand rules).
// Functions returning Value return a new reference or null with an exception.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "python/objects/code.hpp"
#include "python/vm/object.hpp"
#include "python/vm/opcodes.hpp"
#include "python/vm/type.hpp"

namespace py {

struct Str;

Value repr(VM& vm, Value v);
/// repr() as C++ text, for messages ("<error>" if repr itself fails, leaving no exception).
std::string repr_text(VM& vm, Value v);
Value str(VM& vm, Value v);
/// ascii(): repr with non-ASCII characters escaped.
Value ascii(VM& vm, Value v);
/// format(value, spec).
Value format(VM& vm, Value v, Value spec);
/// Appends format(v, spec) to out, as str.format does for each field: the
/// exact built-in types format straight into out, others through format_text.
/// False with the error.
bool format_into(VM& vm, Value v, std::string_view spec, std::string& out);
/// hash(); -1 with an exception on error.
int64_t hash(VM& vm, Value v);
/// 1 true, 0 false, -1 error.
int truthy(VM& vm, Value v);

/// Looks `name` up along a type's MRO (cached). Borrowed, or null when absent.
Value lookup_type(VM& vm, Type* type, Str* name);
/// getattr(obj, name): a new reference, or null with AttributeError/another error.
Value get_attr(VM& vm, Value obj, Str* name);
/// getattr with a missing attribute reported as null WITHOUT an exception
/// (other errors still raise).
Value get_attr_optional(VM& vm, Value obj, Str* name);
bool set_attr(VM& vm, Value obj, Str* name, Value value);
bool del_attr(VM& vm, Value obj, Str* name);
/// The generic attribute lookup of `object` (descriptors, instance dict, class).
Value generic_get_attr(VM& vm, Value obj, Str* name);
bool generic_set_attr(VM& vm, Value obj, Str* name, Value value);
/// generic_get_attr and generic_set_attr with lookup_type's answer for the
/// object's type already known (`descr`, null when the type has no such
/// attribute): the eval loop's attribute caches come in here.
Value generic_get_attr_from(VM& vm, Value obj, Str* name, Value descr);
bool generic_set_attr_from(VM& vm, Value obj, Str* name, Value value, Value descr);
/// lookup_type through an instruction's inline cache, which keeps the answer
/// for the type's version (types change version whenever their MRO's
/// namespaces change, so a matching version means the same answer).
inline Value lookup_type_cached(VM& vm, Type* type, Str* name, InlineCache& cache) {
  if (cache.version == type->version && type->version != 0) return cache.value;
  Value v = lookup_type(vm, type, name);
  cache.version = type->version;
  cache.value = v;
  return v;
}
/// The instance __dict__ of obj (borrowed), creating it if the type has one; null if none.
Dict* instance_dict(VM& vm, Value obj);

/// Binary and in-place operators with Python's dispatch rules.
Value binary_op(VM& vm, Value a, Value b, BinaryOp op);
/// A binary operation by dunder names with the reflected fallback (divmod()
/// uses it): TypeError "unsupported operand type(s) for <symbol>" when both decline.
Value binary_dunder(VM& vm, Value a, Value b, Str* name, Str* reflected, std::string_view symbol);
/// The operator's symbol ("+", "//", "**", "+=" …) for messages.
std::string_view binary_op_symbol(BinaryOp op);
Value negative(VM& vm, Value v);
Value positive(VM& vm, Value v);
Value invert(VM& vm, Value v);
Value absolute(VM& vm, Value v);

/// Rich comparison with the reflected fallback; == and != fall back to identity.
Value compare(VM& vm, Value a, Value b, CompareOp op);
/// x op y for two C++ numbers (the fast paths for small ints and floats).
template <class T>
inline bool compare_numbers(T x, T y, CompareOp op) {
  switch (op) {
  case CompareOp::lt: return x < y;
  case CompareOp::le: return x <= y;
  case CompareOp::eq: return x == y;
  case CompareOp::ne: return x != y;
  case CompareOp::gt: return x > y;
  case CompareOp::ge: return x >= y;
  }
  return false;
}
/// compare() reduced to a truth value: 1, 0, or -1 on error.
int compare_bool(VM& vm, Value a, Value b, CompareOp op);
/// a == b, with the identity shortcut used by containers: 1, 0, -1 on error.
int equal(VM& vm, Value a, Value b);

Value get_item(VM& vm, Value container, Value key);
bool set_item(VM& vm, Value container, Value key, Value value);
bool del_item(VM& vm, Value container, Value key);
/// len(); -1 with an exception on error.
int64_t length(VM& vm, Value v);
/// `item in container`: 1, 0, -1 on error.
int contains(VM& vm, Value container, Value item);

/// iter(v).
Value get_iter(VM& vm, Value v);
/// next(it): a new reference; null WITHOUT an exception when exhausted (a
/// StopIteration raised by the iterator is cleared).
Value iter_next(VM& vm, Value it);

/// True when `sub` is `base` or derives from it.
bool is_subtype(const Type* sub, const Type* base);
/// isinstance against a type, without __instancecheck__.
inline bool is_instance(VM& vm, Value v, Type* type);
/// isinstance(obj, cls) in full (tuples, __instancecheck__): 1, 0, -1.
int isinstance(VM& vm, Value obj, Value cls);
/// issubclass(cls, base) in full: 1, 0, -1.
int issubclass(VM& vm, Value cls, Value base);

/// Calls obj.name(*args).
Value call_method(VM& vm, Value obj, Str* name, const Value* args, size_t nargs);
/// Calls the dunder `name` found on type(obj) (not the instance), as the
/// language does for implicit calls (nargs positional values, then the
/// kwnames values); null with AttributeError if absent.
Value call_special(VM& vm, Value obj, Str* name, const Value* args, size_t nargs,
                   Tuple* kwnames = nullptr);
/// operator.index(v): an int.
Value index(VM& vm, Value v);
/// index() narrowed to int64 (OverflowError names `what` when too big).
bool index_int64(VM& vm, Value v, int64_t* out);

} // namespace py

#include "python/vm/vm.hpp"

namespace py {
inline bool is_instance(VM& vm, Value v, Type* type) {
  Type* t = vm.type_of(v);
  return t == type || is_subtype(t, type);
}
} // namespace py
