#include "python/compile/materialize.hpp"

#include "python/objects/bytes.hpp"
#include "python/objects/code.hpp"
#include "python/objects/complex.hpp"
#include "python/objects/float.hpp"
#include "python/objects/int.hpp"
#include "python/objects/set.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/vm.hpp"

namespace py::bc {

namespace {

/// A new reference to the interned str of an identifier.
Value interned(VM& vm, std::string_view text) {
  Str* s = str_intern(vm, text);
  if (!s) return {};
  return newref(Value::object(s));
}

Value const_object(VM& vm, const ConstValue& c);

/// A tuple of new values made by `make` for each item (null on MemoryError).
template <class Items, class Make>
Value make_tuple(VM& vm, const Items& items, Make make) {
  Tuple* t = tuple_alloc(vm, items.size());
  if (!t) return {};
  Ref hold = Ref::steal(t);
  for (size_t i = 0; i < items.size(); ++i) {
    Value v = make(items[i]);
    if (v.is_null()) return {};
    t->items()[i] = v;
  }
  return hold.release();
}

Value const_object(VM& vm, const ConstValue& c) {
  switch (c.kind) {
  case ConstKind::none: return Value::none();
  case ConstKind::true_: return Value::true_();
  case ConstKind::false_: return Value::false_();
  case ConstKind::ellipsis: return Value::ellipsis();
  case ConstKind::int_: return int_from_bigint(vm, c.integer);
  case ConstKind::float_: return float_new(vm, c.real);
  case ConstKind::complex: return complex_new(vm, c.real, c.imag);
  case ConstKind::str:
    // CPython interns constants made of identifier characters.
    return c.is_identifier_like() ? interned(vm, c.text) : str_new(vm, c.text);
  case ConstKind::bytes: return bytes_new(vm, c.text);
  case ConstKind::tuple:
    return make_tuple(vm, c.items, [&](const ConstValue& item) { return const_object(vm, item); });
  case ConstKind::frozenset: {
    Ref set = Ref::steal(set_new(vm, true));
    if (!set) return {};
    for (const ConstValue& item : c.items) {
      Ref v = Ref::steal(const_object(vm, item));
      if (!v || !set_add(vm, *set, *v)) return {};
    }
    // CPython's constant merging rebuilds every frozenset from the items of
    // the first one (a tuple, in its iteration order); the printed order of a set
    // display built from this constant depends on it.
    Ref items = Ref::steal(tuple_from_iterable(vm, *set));
    return items ? frozenset_from_iterable(vm, *items) : Value();
  }
  case ConstKind::code: return materialize(vm, *c.code);
  }
  return Value::none();
}

/// A tuple of interned strs.
Value name_tuple(VM& vm, const std::vector<std::string>& names) {
  return make_tuple(vm, names, [&](const std::string& n) { return interned(vm, n); });
}

/// The ConstValue of a constant object.
ConstValue const_value_of(VM& vm, Value v) {
  if (v.is_none()) return ConstValue::none();
  if (v.is_bool()) return ConstValue::boolean(v.is_true());
  if (v == Value::ellipsis()) return ConstValue::ellipsis();
  Type* t = vm.type_of(v);
  if (t == vm.types.int_) return ConstValue::of_int(int_to_bigint(v));
  if (t == vm.types.float_) return ConstValue::of_float(float_value(v));
  if (t == vm.types.complex) {
    auto* c = static_cast<Complex*>(v.as_object());
    return ConstValue::of_complex(c->real, c->imag);
  }
  if (t == vm.types.str) return ConstValue::of_str(static_cast<Str*>(v.as_object())->view());
  if (t == vm.types.bytes) return ConstValue::of_bytes(static_cast<Bytes*>(v.as_object())->view());
  if (t == vm.types.tuple) {
    auto* tuple = static_cast<Tuple*>(v.as_object());
    std::vector<ConstValue> items;
    for (size_t i = 0; i < tuple->size; ++i) items.push_back(const_value_of(vm, tuple->item(i)));
    return ConstValue::of_tuple(std::move(items));
  }
  if (t == vm.types.frozenset) {
    std::vector<ConstValue> items;
    size_t pos = 0;
    SetEntry* entry;
    while (set_next(static_cast<Set*>(v.as_object()), &pos, &entry)) {
      items.push_back(const_value_of(vm, entry->key));
    }
    return ConstValue::of_frozenset(std::move(items));
  }
  if (t == vm.types.code)
    return ConstValue::of_code(unit_of_code(vm, static_cast<Code*>(v.as_object())));
  std::string what = "<";
  what += t->name->view();
  what += ">";
  return ConstValue::of_str(what);
}

/// The strs of a tuple of names.
std::vector<std::string> names_of(const Tuple* t) {
  std::vector<std::string> out;
  if (!t) return out;
  for (size_t i = 0; i < t->size; ++i) {
    out.emplace_back(static_cast<Str*>(t->item(i).as_object())->view());
  }
  return out;
}

} // namespace

/// Stores a new object in an owning field of a code object, releasing what
/// was there; false when it is null (MemoryError: the code object releases
/// what it already holds).
template <class T>
bool take(Value v, T** field) {
  if (v.is_null()) return false;
  if (*field) decref(*field); // code_new's placeholder (the empty tuple or str)
  *field = static_cast<T*>(v.as_object());
  return true;
}

Value materialize(VM& vm, const CodeUnit& unit) {
  Code* code = code_new(vm);
  if (!code) return {};
  Ref hold = Ref::steal(code);
  Value consts =
      make_tuple(vm, unit.consts, [&](const ConstValue& c) { return const_object(vm, c); });
  if (!take(consts, &code->consts) || !take(name_tuple(vm, unit.names), &code->names) ||
      !take(name_tuple(vm, unit.varnames), &code->varnames) ||
      !take(name_tuple(vm, unit.cellvars), &code->cellvars) ||
      !take(name_tuple(vm, unit.freevars), &code->freevars) ||
      !take(interned(vm, unit.name), &code->name) ||
      !take(str_new(vm, unit.qualname), &code->qualname) ||
      !take(str_new(vm, unit.filename), &code->filename)) {
    return {};
  }
  code->instructions = unit.instructions;
  code->cell_to_arg = unit.cell_to_arg;
  code->argcount = unit.argcount;
  code->posonlyargcount = unit.posonlyargcount;
  code->kwonlyargcount = unit.kwonlyargcount;
  code->flags = unit.flags;
  code->stacksize = unit.stacksize;
  code->firstlineno = unit.firstlineno;
  code->lines = unit.lines;
  code->handlers = unit.handlers;
  code->caches.resize(unit.ncaches);
  code_finish(code);
  return hold.release();
}

std::shared_ptr<CodeUnit> unit_of_code(VM& vm, const Code* code) {
  auto unit = std::make_shared<CodeUnit>();
  unit->instructions = code->instructions;
  if (code->consts) {
    for (size_t i = 0; i < code->consts->size; ++i) {
      unit->consts.push_back(const_value_of(vm, code->consts->item(i)));
    }
  }
  unit->names = names_of(code->names);
  unit->varnames = names_of(code->varnames);
  unit->cellvars = names_of(code->cellvars);
  unit->freevars = names_of(code->freevars);
  unit->cell_to_arg = code->cell_to_arg;
  unit->argcount = code->argcount;
  unit->posonlyargcount = code->posonlyargcount;
  unit->kwonlyargcount = code->kwonlyargcount;
  unit->flags = code->flags;
  unit->stacksize = code->stacksize;
  unit->ncaches = uint32_t(code->caches.size());
  unit->name = code->name ? std::string(code->name->view()) : "";
  unit->qualname = code->qualname ? std::string(code->qualname->view()) : unit->name;
  unit->filename = code->filename ? std::string(code->filename->view()) : "";
  unit->firstlineno = code->firstlineno;
  unit->lines = code->lines;
  unit->handlers = code->handlers;
  return unit;
}

} // namespace py::bc
