// types.GenericAlias (PEP 585): list[int] and friends — repr as written,
// equality and hash by origin and arguments, calls and most attributes
// passed on to the origin, __mro_entries__, the isinstance() refusal, and the
// substitution of type variables (dict[str, T][int]).
#include "python/objects/generic_alias.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "python/objects/dict.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/objects/union_type.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// The key of the type in VM::module_state (the VM has no field for it).
constexpr const char* kStateKey = "types.GenericAlias";

GenericAlias* as_alias(Value v) { return static_cast<GenericAlias*>(v.as_object()); }

bool is_alias(VM& vm, Value v) { return is_instance(vm, v, generic_alias_type(vm)); }

void alias_dealloc(Object* o) {
  auto* a = static_cast<GenericAlias*>(o);
  decref(a->origin);
  decref(Value::object(a->args));
  decref(a->parameters);
  o->type->vm->free_object(o, object_size(o));
}

/// getattr that reports a missing attribute as a null Ref without an exception.
bool optional_attr(VM& vm, Value obj, std::string_view name, Ref* out) {
  *out = Ref::steal(get_attr_optional(vm, obj, str_intern(vm, name)));
  return *out || !error_pending(vm);
}

} // namespace

/// Appends one argument as CPython's ga_repr_item writes it: "..." for
/// Ellipsis, the repr of aliases, "qualname" for builtins and
/// "module.qualname" for other classes, the repr of anything else.
bool type_repr_item(VM& vm, Value p, std::string* out) {
  if (p == Value::ellipsis()) {
    *out += "...";
    return true;
  }
  Ref origin, args, qualname, module;
  if (!optional_attr(vm, p, "__origin__", &origin)) return false;
  if (origin && !optional_attr(vm, p, "__args__", &args)) return false;
  bool looks_like_alias = origin && args;
  if (!looks_like_alias) {
    if (!optional_attr(vm, p, "__qualname__", &qualname)) return false;
    if (qualname && !optional_attr(vm, p, "__module__", &module)) return false;
  }
  if (qualname && module && !module.get().is_none()) {
    Ref name = Ref::steal(str(vm, *qualname));
    if (!name) return false;
    bool builtin = is_instance(vm, *module, vm.types.str) && module.as<Str>()->view() == "builtins";
    if (!builtin) {
      Ref module_name = Ref::steal(str(vm, *module));
      if (!module_name) return false;
      *out += module_name.as<Str>()->view();
      *out += '.';
    }
    *out += name.as<Str>()->view();
    return true;
  }
  Ref r = Ref::steal(repr(vm, p));
  if (!r) return false;
  *out += r.as<Str>()->view();
  return true;
}

namespace {

Value alias_repr(VM& vm, Value self) {
  GenericAlias* a = as_alias(self);
  std::string out;
  if (!type_repr_item(vm, a->origin, &out)) return {};
  out += '[';
  for (size_t i = 0; i < a->args->size; ++i) {
    if (i) out += ", ";
    if (!type_repr_item(vm, a->args->item(i), &out)) return {};
  }
  if (a->args->size == 0) out += "()";
  out += ']';
  return str_new(vm, out);
}

Value alias_compare(VM& vm, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::eq && op != CompareOp::ne) || !is_alias(vm, other)) {
    return Value::not_implemented();
  }
  GenericAlias* a = as_alias(self);
  GenericAlias* b = as_alias(other);
  int eq = equal(vm, a->origin, b->origin);
  if (eq > 0) eq = equal(vm, Value::object(a->args), Value::object(b->args));
  if (eq < 0) return {};
  return Value::boolean((op == CompareOp::eq) == bool(eq));
}

int64_t alias_hash(VM& vm, Value self) {
  GenericAlias* a = as_alias(self);
  int64_t h0 = hash(vm, a->origin);
  if (h0 == -1 && error_pending(vm)) return -1;
  int64_t h1 = hash(vm, Value::object(a->args));
  if (h1 == -1 && error_pending(vm)) return -1;
  int64_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

/// list[int](...) makes a list, and records the alias on it when it can.
Value alias_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value obj = call(vm, as_alias(self)->origin, args, nargs, kwnames);
  if (obj.is_null()) return {};
  if (!set_attr(vm, obj, str_intern(vm, "__orig_class__"), self)) {
    if (!pending_matches(vm, vm.exc.AttributeError) && !pending_matches(vm, vm.exc.TypeError)) {
      decref(obj);
      return {};
    }
    clear_exception(vm);
  }
  return obj;
}

/// Attributes the alias answers itself; every other one comes from the origin.
Value alias_getattr(VM& vm, Value self, Str* name) {
  static constexpr std::string_view kOwn[] = {
      "__class__",       "__origin__",     "__args__",
      "__unpacked__",    "__parameters__", "__typing_unpacked_tuple_args__",
      "__mro_entries__", "__reduce_ex__",  "__reduce__",
      "__copy__",        "__deepcopy__"};
  for (std::string_view own : kOwn) {
    if (name->view() == own) return generic_get_attr(vm, self, name);
  }
  return get_attr(vm, as_alias(self)->origin, name);
}

/// Adds v to params unless it is already there (by identity).
void add_unique(std::vector<Value>* params, Value v) {
  for (Value p : *params) {
    if (p == v) return;
  }
  params->push_back(v);
}

/// __parameters__: the type variables among the arguments (CPython's _Py_make_parameters).
Value compute_parameters(VM& vm, Tuple* args) {
  std::vector<Value> params;
  std::vector<Ref> keep;
  for (size_t i = 0; i < args->size; ++i) {
    Value t = args->item(i);
    if (is_instance(vm, t, vm.types.type)) continue;
    Ref subst, sub;
    if (!optional_attr(vm, t, "__typing_subst__", &subst)) return {};
    if (subst) {
      add_unique(&params, t);
      continue;
    }
    if (!optional_attr(vm, t, "__parameters__", &sub)) return {};
    if (sub && is_instance(vm, *sub, vm.types.tuple)) {
      for (size_t j = 0; j < sub.as<Tuple>()->size; ++j)
        add_unique(&params, sub.as<Tuple>()->item(j));
      keep.push_back(std::move(sub));
    }
  }
  return tuple_new(vm, params.data(), params.size());
}

/// The alias's parameters (borrowed), computed on first use.
Tuple* parameters_of(VM& vm, GenericAlias* a) {
  if (a->parameters.is_null()) a->parameters = compute_parameters(vm, a->args);
  return a->parameters.is_null() ? nullptr : static_cast<Tuple*>(a->parameters.as_object());
}

Value get_origin(VM& vm, Value self) { return newref(as_alias(self)->origin); }
Value get_args(VM& vm, Value self) { return newref(Value::object(as_alias(self)->args)); }
Value get_parameters(VM& vm, Value self) {
  Tuple* p = parameters_of(vm, as_alias(self));
  return p ? newref(Value::object(p)) : Value();
}
Value get_unpacked(VM& vm, Value self) { return Value::false_(); }
Value get_unpacked_tuple_args(VM& vm, Value self) { return Value::none(); }

/// Position of v in t by identity, or -1.
int64_t position_in(Tuple* t, Value v) {
  for (size_t i = 0; i < t->size; ++i) {
    if (t->item(i) == v) return int64_t(i);
  }
  return -1;
}

/// One argument with the type variables in `params` replaced by `items`
/// (CPython's subs_tvars, for arguments that are generic themselves).
Value substitute_nested(VM& vm, Value arg, Tuple* params, const Value* items) {
  Ref sub;
  if (!optional_attr(vm, arg, "__parameters__", &sub)) return {};
  if (!sub || !is_instance(vm, *sub, vm.types.tuple) || sub.as<Tuple>()->size == 0) {
    return newref(arg);
  }
  Tuple* subparams = sub.as<Tuple>();
  std::vector<Value> subargs(subparams->size);
  for (size_t i = 0; i < subparams->size; ++i) {
    int64_t k = position_in(params, subparams->item(i));
    subargs[i] = k >= 0 ? items[k] : subparams->item(i);
  }
  Ref key = Ref::steal(tuple_new(vm, subargs.data(), subargs.size()));
  if (!key) return {};
  return get_item(vm, arg, *key);
}

/// alias[items]: substitutes the alias's type variables.
Value alias_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__getitem__", nargs - 1, kwnames, 1, 1)) return {};
  GenericAlias* a = as_alias(args[0]);
  Tuple* params = parameters_of(vm, a);
  if (!params) return {};
  if (params->size == 0) {
    Ref r = Ref::steal(repr(vm, args[0]));
    if (!r) return {};
    return raise(vm, vm.exc.TypeError, cat(r.as<Str>()->view(), " is not a generic class"));
  }
  Value key = args[1];
  bool is_tuple = is_instance(vm, key, vm.types.tuple);
  const Value* items = is_tuple ? static_cast<Tuple*>(key.as_object())->items() : &key;
  size_t nitems = is_tuple ? static_cast<Tuple*>(key.as_object())->size : 1;
  if (nitems != params->size) {
    Ref r = Ref::steal(repr(vm, args[0]));
    if (!r) return {};
    return raise(vm, vm.exc.TypeError,
                 cat("Too ", nitems > params->size ? "many" : "few", " arguments for ",
                     r.as<Str>()->view(), "; actual ", nitems, ", expected ", params->size));
  }
  std::vector<Ref> substituted;
  for (size_t i = 0; i < a->args->size; ++i) {
    Value arg = a->args->item(i);
    Ref out;
    if (is_instance(vm, arg, vm.types.type)) {
      out = Ref::borrow(arg);
    } else {
      Ref subst;
      if (!optional_attr(vm, arg, "__typing_subst__", &subst)) return {};
      int64_t k = subst ? position_in(params, arg) : -1;
      out = Ref::steal(k >= 0 ? call(vm, *subst, {items[k]})
                              : substitute_nested(vm, arg, params, items));
    }
    if (!out) return {};
    substituted.push_back(std::move(out));
  }
  std::vector<Value> values;
  for (const Ref& r : substituted) values.push_back(*r);
  Ref new_args = Ref::steal(tuple_new(vm, values.data(), values.size()));
  if (!new_args) return {};
  return generic_alias_new(vm, a->origin, *new_args);
}

Value alias_mro_entries(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__mro_entries__", nargs - 1, kwnames, 1, 1)) return {};
  return tuple_of(vm, {as_alias(args[0])->origin});
}

Value alias_instancecheck(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  return raise(vm, vm.exc.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

Value alias_subclasscheck(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  return raise(vm, vm.exc.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

/// types.GenericAlias(origin, args).
Value alias_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "GenericAlias", nargs, kwnames, 2, 2)) return {};
  Ref alias = Ref::steal(generic_alias_new(vm, args[0], args[1]));
  if (!alias || type == generic_alias_type(vm)) return alias.release();
  auto* a = vm.allocate<GenericAlias>(type);
  if (!a) return {};
  a->origin = newref(alias.as<GenericAlias>()->origin);
  a->args = alias.as<GenericAlias>()->args;
  incref(a->args);
  return Value::object(a);
}

Type* make_alias_type(VM& vm) {
  Type* t = new_builtin_type(vm, "GenericAlias", vm.types.object, sizeof(GenericAlias));
  t->dealloc = alias_dealloc;
  t->repr = alias_repr;
  t->compare = alias_compare;
  t->hash = alias_hash;
  t->call = alias_call;
  t->getattr = alias_getattr;
  t->new_ = alias_new_slot;
  add_methods(vm, t,
              {{"__getitem__", alias_getitem},
               {"__or__", union_or_method},
               {"__ror__", union_ror_method},
               {"__mro_entries__", alias_mro_entries},
               {"__instancecheck__", alias_instancecheck},
               {"__subclasscheck__", alias_subclasscheck}});
  add_getsets(vm, t,
              {{"__origin__", get_origin},
               {"__args__", get_args},
               {"__parameters__", get_parameters},
               {"__unpacked__", get_unpacked},
               {"__typing_unpacked_tuple_args__", get_unpacked_tuple_args}});
  Ref module = Ref::steal(str_new(vm, "types"));
  dict_set_str(vm, t->dict, vm.names.module, *module);
  finish_builtin_type(vm, t);
  return t;
}

} // namespace

Type* generic_alias_type(VM& vm) {
  auto found = vm.module_state.find(kStateKey);
  if (found != vm.module_state.end()) return static_cast<Type*>(found->second.as_object());
  Type* t = make_alias_type(vm);
  vm.module_state.emplace(kStateKey, Value::object(t));
  return t;
}

Value generic_alias_new(VM& vm, Value origin, Value args) {
  Ref arg_tuple =
      Ref::steal(is_instance(vm, args, vm.types.tuple) ? newref(args) : tuple_of(vm, {args}));
  if (!arg_tuple) return {};
  auto* a = vm.allocate<GenericAlias>(generic_alias_type(vm));
  if (!a) return {};
  a->origin = newref(origin);
  a->args = static_cast<Tuple*>(arg_tuple.release().as_object());
  return Value::object(a);
}

Value generic_class_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__class_getitem__", nargs - 1, kwnames, 1, 1)) return {};
  return generic_alias_new(vm, args[0], args[1]);
}

} // namespace py
