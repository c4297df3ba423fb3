// types.UnionType (PEP 604): building X | Y, its repr ("int | None"),
// equality as a set of members, and the isinstance()/issubclass() checks
// (protocol.cpp's class_check walks the members like a tuple).
#include "python/objects/union_type.hpp"

#include <string>
#include <vector>

#include "python/objects/dict.hpp"
#include "python/objects/generic_alias.hpp"
#include "python/objects/init.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/set.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

Union* as_union(Value v) { return static_cast<Union*>(v.as_object()); }

bool is_alias(VM& vm, Value v) { return vm.type_of(v) == generic_alias_type(vm); }

/// What may stand on either side of `|` (CPython's is_unionable).
bool is_unionable(VM& vm, Value v) {
  return v.is_none() || is_instance(vm, v, vm.types.type) || is_alias(vm, v) ||
         vm.type_of(v) == vm.types.union_type;
}

/// Members are the same when identical, or equal generic aliases (list[int] twice).
int same_member(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  if (!is_alias(vm, a) || !is_alias(vm, b)) return 0;
  return equal(vm, a, b);
}

/// Appends v's members to out (a union's own members, None as NoneType),
/// skipping duplicates. False with an exception when a comparison fails.
bool add_members(VM& vm, Value v, std::vector<Value>* out) {
  const Value* items = &v;
  size_t n = 1;
  if (vm.type_of(v) == vm.types.union_type) {
    items = as_union(v)->args->items();
    n = as_union(v)->args->size;
  }
  for (size_t i = 0; i < n; ++i) {
    Value m = items[i].is_none() ? Value::object(vm.types.none) : items[i];
    bool seen = false;
    for (Value prior : *out) {
      int same = same_member(vm, prior, m);
      if (same < 0) return false;
      if (same) {
        seen = true;
        break;
      }
    }
    if (!seen) out->push_back(m);
  }
  return true;
}

void union_dealloc(Object* o) {
  decref(static_cast<Union*>(o)->args);
  o->type->vm->free_object(o, object_size(o));
}

Value union_repr(VM& vm, Value self) {
  Tuple* args = as_union(self)->args;
  std::string out;
  for (size_t i = 0; i < args->size; ++i) {
    if (i) out += " | ";
    if (args->item(i) == Value::object(vm.types.none)) {
      out += "None";
    } else if (!type_repr_item(vm, args->item(i), &out)) {
      return {};
    }
  }
  return str_new(vm, out);
}

/// The members as a frozenset: unions compare and hash as sets of members.
Value member_set(VM& vm, Value self) {
  return frozenset_from_iterable(vm, Value::object(as_union(self)->args));
}

Value union_compare(VM& vm, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::eq && op != CompareOp::ne) || vm.type_of(other) != vm.types.union_type) {
    return Value::not_implemented();
  }
  Ref a = Ref::steal(member_set(vm, self));
  if (!a) return {};
  Ref b = Ref::steal(member_set(vm, other));
  if (!b) return {};
  int eq = equal(vm, *a, *b);
  if (eq < 0) return {};
  return Value::boolean((op == CompareOp::eq) == bool(eq));
}

int64_t union_hash(VM& vm, Value self) {
  Ref members = Ref::steal(member_set(vm, self));
  return members ? hash(vm, *members) : -1;
}

Value get_args(VM& vm, Value self) { return newref(Value::object(as_union(self)->args)); }

Value get_parameters(VM& vm, Value self) { return tuple_empty(vm); }

} // namespace

Value union_type_or(VM& vm, Value self, Value other) {
  if (!is_unionable(vm, self) || !is_unionable(vm, other)) return Value::not_implemented();
  std::vector<Value> members;
  if (!add_members(vm, self, &members) || !add_members(vm, other, &members)) return {};
  if (members.size() == 1) return newref(members[0]);
  Ref args = Ref::steal(tuple_new(vm, members.data(), members.size()));
  if (!args) return {};
  auto* u = vm.allocate<Union>(vm.types.union_type);
  if (!u) return {};
  u->args = static_cast<Tuple*>(args.release().as_object());
  return Value::object(u);
}

Value union_or_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__or__", nargs - 1, kwnames, 1, 1)) return {};
  return union_type_or(vm, args[0], args[1]);
}

Value union_ror_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__ror__", nargs - 1, kwnames, 1, 1)) return {};
  return union_type_or(vm, args[1], args[0]);
}

void init_union_type(VM& vm) {
  Type* t = vm.types.union_type =
      new_builtin_type(vm, "UnionType", vm.types.object, sizeof(Union), 0);
  t->dealloc = union_dealloc;
  t->repr = union_repr;
  t->compare = union_compare;
  t->hash = union_hash;
  add_methods(vm, t, {{"__or__", union_or_method}, {"__ror__", union_ror_method}});
  add_getsets(vm, t, {{"__args__", get_args}, {"__parameters__", get_parameters}});
  Ref module = Ref::steal(str_new(vm, "types"));
  dict_set_str(vm, t->dict, vm.names.module, *module);
  finish_builtin_type(vm, t);
}

} // namespace py
