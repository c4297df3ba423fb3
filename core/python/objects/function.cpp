// Callables: Python functions, bound methods, native functions and method
// descriptors, classmethod, staticmethod and property.
#include "python/objects/function.hpp"

#include <cstdio>

#include "python/objects/code.hpp"
#include "python/objects/descriptor.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/init.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

std::string address_of(Value v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%p", static_cast<void*>(v.as_object()));
  return buffer;
}

// ----- function -------------------------------------------------------------------

Function* as_function(Value v) { return static_cast<Function*>(v.as_object()); }

void function_dealloc(Object* o) {
  auto* f = static_cast<Function*>(o);
  decref(f->code);
  decref(f->globals);
  decref(f->builtins);
  if (f->defaults) decref(f->defaults);
  if (f->kwdefaults) decref(f->kwdefaults);
  if (f->closure) decref(f->closure);
  decref(f->name);
  decref(f->qualname);
  decref(f->doc);
  decref(f->module);
  decref(f->annotations);
  if (f->dict) decref(f->dict);
  o->type->vm->free_object(o, object_size(o));
}

Value function_repr(VM& vm, Value self) {
  return str_new(
      vm, cat("<function ", as_function(self)->qualname->view(), " at ", address_of(self), ">"));
}

Value function_descr_get(VM& vm, Value descr, Value obj, Type* owner) {
  if (obj.is_null()) return newref(descr);
  return bound_method_new(vm, descr, obj);
}

Value function_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(vm, self, args, nargs, kwnames);
}

Value fn_get_name(VM& vm, Value self) { return newref(Value::object(as_function(self)->name)); }
bool fn_set_name(VM& vm, Value self, Value v) {
  if (v.is_null() || !is_instance(vm, v, vm.types.str)) {
    raise(vm, vm.exc.TypeError, "__name__ must be set to a string object");
    return false;
  }
  Str* old = as_function(self)->name;
  as_function(self)->name = static_cast<Str*>(newref(v).as_object());
  decref(old);
  return true;
}
Value fn_get_qualname(VM& vm, Value self) {
  return newref(Value::object(as_function(self)->qualname));
}
bool fn_set_qualname(VM& vm, Value self, Value v) {
  if (v.is_null() || !is_instance(vm, v, vm.types.str)) {
    raise(vm, vm.exc.TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  Str* old = as_function(self)->qualname;
  as_function(self)->qualname = static_cast<Str*>(newref(v).as_object());
  decref(old);
  return true;
}

/// A getter/setter pair for a Value field of Function (None when unset).
template <Value Function::*field>
Value fn_get_field(VM& vm, Value self) {
  Value v = as_function(self)->*field;
  return v.is_null() ? Value::none() : newref(v);
}
template <Value Function::*field>
bool fn_set_field(VM& vm, Value self, Value v) {
  Value old = as_function(self)->*field;
  as_function(self)->*field = v.is_null() ? Value::none() : newref(v);
  decref(old);
  return true;
}

Value fn_get_defaults(VM& vm, Value self) {
  Tuple* d = as_function(self)->defaults;
  return d ? newref(Value::object(d)) : Value::none();
}
bool fn_set_defaults(VM& vm, Value self, Value v) {
  if (!v.is_null() && !v.is_none() && !is_instance(vm, v, vm.types.tuple)) {
    raise(vm, vm.exc.TypeError, "__defaults__ must be set to a tuple object");
    return false;
  }
  Tuple* old = as_function(self)->defaults;
  as_function(self)->defaults =
      v.is_null() || v.is_none() ? nullptr : static_cast<Tuple*>(newref(v).as_object());
  if (old) decref(old);
  return true;
}
Value fn_get_kwdefaults(VM& vm, Value self) {
  Dict* d = as_function(self)->kwdefaults;
  return d ? newref(Value::object(d)) : Value::none();
}
bool fn_set_kwdefaults(VM& vm, Value self, Value v) {
  if (!v.is_null() && !v.is_none() && !is_instance(vm, v, vm.types.dict)) {
    raise(vm, vm.exc.TypeError, "__kwdefaults__ must be set to a dict object");
    return false;
  }
  Dict* old = as_function(self)->kwdefaults;
  as_function(self)->kwdefaults =
      v.is_null() || v.is_none() ? nullptr : static_cast<Dict*>(newref(v).as_object());
  if (old) decref(old);
  return true;
}
Value fn_get_code(VM& vm, Value self) { return newref(Value::object(as_function(self)->code)); }
Value fn_get_globals(VM& vm, Value self) {
  return newref(Value::object(as_function(self)->globals));
}
Value fn_get_builtins(VM& vm, Value self) {
  return newref(Value::object(as_function(self)->builtins));
}
Value fn_get_closure(VM& vm, Value self) {
  Tuple* c = as_function(self)->closure;
  return c ? newref(Value::object(c)) : Value::none();
}
Value fn_get_annotations(VM& vm, Value self) {
  Function* f = as_function(self);
  if (f->annotations.is_null() || f->annotations.is_none()) {
    Value d = dict_new(vm);
    if (d.is_null()) return {};
    decref(f->annotations);
    f->annotations = d;
  }
  return newref(f->annotations);
}

// ----- bound method ------------------------------------------------------------------

BoundMethod* as_method(Value v) { return static_cast<BoundMethod*>(v.as_object()); }

void method_dealloc(Object* o) {
  auto* m = static_cast<BoundMethod*>(o);
  decref(m->function);
  decref(m->self);
  o->type->vm->free_object(o, object_size(o));
}

Value method_repr(VM& vm, Value self) {
  BoundMethod* m = as_method(self);
  Ref name = Ref::steal(get_attr_optional(vm, m->function, vm.names.qualname));
  if (!name) name = Ref::steal(get_attr_optional(vm, m->function, vm.names.name));
  clear_exception(vm);
  std::string fname = name && is_instance(vm, *name, vm.types.str)
                          ? std::string(name.as<Str>()->view())
                          : std::string("?");
  Ref self_repr = Ref::steal(repr(vm, m->self));
  if (!self_repr) return {};
  return str_new(vm, cat("<bound method ", fname, " of ", self_repr.as<Str>()->view(), ">"));
}

Value method_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(vm, self, args, nargs, kwnames);
}

Value method_compare(VM& vm, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::eq && op != CompareOp::ne) || vm.type_of(other) != vm.types.method) {
    return Value::not_implemented();
  }
  BoundMethod *a = as_method(self), *b = as_method(other);
  int eq = equal(vm, a->function, b->function);
  if (eq < 0) return {};
  bool same = eq && a->self == b->self;
  return Value::boolean(op == CompareOp::eq ? same : !same);
}

int64_t method_hash(VM& vm, Value self) {
  int64_t a = hash(vm, as_method(self)->function);
  if (a == -1) return -1;
  int64_t b = int64_t(reinterpret_cast<uintptr_t>(as_method(self)->self.as_object()) >> 4);
  int64_t h = a ^ b;
  return h == -1 ? -2 : h;
}

Value method_getattr(VM& vm, Value self, Str* name) {
  // Attributes of the method object first, then those of its function.
  Value descr = lookup_type(vm, vm.types.method, name);
  if (!descr.is_null()) return generic_get_attr(vm, self, name);
  return get_attr(vm, as_method(self)->function, name);
}

Value method_get_func(VM& vm, Value self) { return newref(as_method(self)->function); }
Value method_get_self(VM& vm, Value self) { return newref(as_method(self)->self); }
/// A bound method's __doc__ is its function's.
Value method_get_doc(VM& vm, Value self) {
  return get_attr(vm, as_method(self)->function, vm.names.doc);
}

// ----- native functions --------------------------------------------------------------

NativeFunction* as_native(Value v) { return static_cast<NativeFunction*>(v.as_object()); }

void native_dealloc(Object* o) {
  auto* f = static_cast<NativeFunction*>(o);
  decref(f->self);
  decref(f->module);
  o->type->vm->free_object(o, object_size(o));
}

Value native_repr(VM& vm, Value self) {
  NativeFunction* f = as_native(self);
  std::string_view owner = f->owner ? f->owner->name->view() : std::string_view();
  Type* t = vm.type_of(self);
  if (t == vm.types.method_descriptor || t == vm.types.classmethod_descriptor) {
    return str_new(vm, cat("<method '", f->name->view(), "' of '", owner, "' objects>"));
  }
  if (t == vm.types.wrapper_descriptor) {
    if (!f->self.is_null()) {
      return str_new(vm, cat("<method-wrapper '", f->name->view(), "' of ", type_name(vm, f->self),
                             " object at ", address_of(f->self), ">"));
    }
    return str_new(vm, cat("<slot wrapper '", f->name->view(), "' of '", owner, "' objects>"));
  }
  if (f->self.is_null() || vm.type_of(f->self) == vm.types.module) {
    return str_new(vm, cat("<built-in function ", f->name->view(), ">"));
  }
  if (is_instance(vm, f->self, vm.types.type)) {
    return str_new(vm, cat("<built-in method ", f->name->view(), " of type object at ",
                           address_of(f->self), ">"));
  }
  return str_new(vm, cat("<built-in method ", f->name->view(), " of ", type_name(vm, f->self),
                         " object at ", address_of(f->self), ">"));
}

Value native_descr_get(VM& vm, Value descr, Value obj, Type* owner) {
  NativeFunction* f = as_native(descr);
  Value target;
  switch (f->kind) {
  case NativeKind::function:
  case NativeKind::static_method: return newref(descr);
  case NativeKind::class_method: target = Value::object(owner ? owner : vm.type_of(obj)); break;
  case NativeKind::method:
  case NativeKind::slot_wrapper:
    if (obj.is_null()) return newref(descr);
    target = obj;
    break;
  }
  auto* bound =
      vm.allocate<NativeFunction>(f->kind == NativeKind::slot_wrapper ? vm.types.wrapper_descriptor
                                                                      : vm.types.builtin_function);
  if (!bound) return {};
  bound->fn = f->fn;
  bound->wrapper = f->wrapper;
  bound->name = f->name;
  bound->kind = f->kind;
  bound->owner = f->owner;
  bound->self = newref(target);
  bound->module = newref(f->module);
  bound->doc = f->doc;
  return Value::object(bound);
}

Value native_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(vm, self, args, nargs, kwnames);
}

Value native_get_name(VM& vm, Value self) { return newref(Value::object(as_native(self)->name)); }
Value native_get_qualname(VM& vm, Value self) {
  NativeFunction* f = as_native(self);
  if (f->owner && f->kind != NativeKind::function) {
    return str_new(vm, cat(f->owner->name->view(), ".", f->name->view()));
  }
  return newref(Value::object(f->name));
}
Value native_get_self(VM& vm, Value self) {
  NativeFunction* f = as_native(self);
  return f->self.is_null() ? Value::none() : newref(f->self);
}
Value native_get_module(VM& vm, Value self) {
  Value m = as_native(self)->module;
  return m.is_null() ? Value::none() : newref(m);
}
Value native_get_doc(VM& vm, Value self) {
  const char* doc = as_native(self)->doc;
  return doc ? str_new(vm, doc) : Value::none();
}
Value native_get_objclass(VM& vm, Value self) {
  Type* owner = as_native(self)->owner;
  return owner ? newref(Value::object(owner)) : Value::none();
}

// ----- classmethod and staticmethod --------------------------------------------------

ClassMethod* as_wrapper(Value v) { return static_cast<ClassMethod*>(v.as_object()); }

void wrapper_dealloc(Object* o) {
  auto* c = static_cast<ClassMethod*>(o);
  decref(c->function);
  if (c->dict) decref(c->dict);
  o->type->vm->free_object(o, object_size(o));
}

bool wrapper_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool is_class = is_instance(vm, self, vm.types.classmethod);
  const char* name = is_class ? "classmethod" : "staticmethod";
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, cat(name, "() takes no keyword arguments"));
    return false;
  }
  if (nargs != 1) {
    raise(vm, vm.exc.TypeError, cat(name, " expected 1 argument, got ", nargs));
    return false;
  }
  ClassMethod* c = as_wrapper(self);
  Value old = c->function;
  c->function = newref(args[0]);
  decref(old);
  // Like functools.update_wrapper: copy the function's metadata (3.10+).
  Dict* d = instance_dict(vm, self);
  for (Str* attr :
       {vm.names.module, vm.names.name, vm.names.qualname, vm.names.doc, vm.names.annotations}) {
    Value v = get_attr_optional(vm, args[0], attr);
    if (v.is_null()) {
      if (error_pending(vm)) return false;
      continue;
    }
    dict_set_str(vm, d, attr, v);
    decref(v);
  }
  return true;
}

Value classmethod_descr_get(VM& vm, Value descr, Value obj, Type* owner) {
  Value target = owner ? Value::object(owner) : Value::object(vm.type_of(obj));
  Value fn = as_wrapper(descr)->function;
  if (DescrGetFn get = vm.type_of(fn)->descr_get; get && vm.type_of(fn) != vm.types.function) {
    // Chained descriptors (classmethod(property(...))) bind through the inner one.
    return get(vm, fn, target, vm.type_of(target));
  }
  return bound_method_new(vm, fn, target);
}

Value staticmethod_descr_get(VM& vm, Value descr, Value obj, Type* owner) {
  return newref(as_wrapper(descr)->function);
}

Value staticmethod_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(vm, as_wrapper(self)->function, args, nargs, kwnames);
}

Value wrapper_repr(VM& vm, Value self) {
  Ref inner = Ref::steal(repr(vm, as_wrapper(self)->function));
  if (!inner) return {};
  return str_new(vm, cat("<", type_name(vm, self), "(", inner.as<Str>()->view(), ")>"));
}

Value wrapper_get_func(VM& vm, Value self) { return newref(as_wrapper(self)->function); }

Value is_abstract(VM& vm, Value fn) {
  Value v = get_attr_optional(vm, fn, vm.names.isabstractmethod);
  if (v.is_null()) return error_pending(vm) ? Value() : Value::false_();
  int t = truthy(vm, v);
  decref(v);
  if (t < 0) return {};
  return Value::boolean(t);
}

Value wrapper_get_isabstract(VM& vm, Value self) {
  return is_abstract(vm, as_wrapper(self)->function);
}

// ----- property ---------------------------------------------------------------------------

Property* as_property(Value v) { return static_cast<Property*>(v.as_object()); }

void property_dealloc(Object* o) {
  auto* p = static_cast<Property*>(o);
  decref(p->fget);
  decref(p->fset);
  decref(p->fdel);
  decref(p->doc);
  decref(p->name);
  o->type->vm->free_object(o, object_size(o));
}

bool property_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("property(fget=None, fset=None, fdel=None, doc=None)");
  Value a[4];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return false;
  Property* p = as_property(self);
  Value* fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  for (int i = 0; i < 4; ++i) {
    Value v = a[i].is_null() || a[i].is_none() ? Value() : newref(a[i]);
    Value old = *fields[i];
    *fields[i] = v;
    decref(old);
  }
  if (p->doc.is_null() && !p->fget.is_null()) {
    Value doc = get_attr_optional(vm, p->fget, vm.names.doc);
    if (doc.is_null() && error_pending(vm)) return false;
    if (!doc.is_null() && doc.is_none()) {
      decref(doc);
      doc = Value();
    }
    p->doc = doc;
  }
  return true;
}

std::string property_label(VM& vm, Value self, Value obj) {
  Property* p = as_property(self);
  if (!p->name.is_null() && is_instance(vm, p->name, vm.types.str)) {
    return cat("property '", static_cast<Str*>(p->name.as_object())->view(), "' of '",
               type_name(vm, obj), "' object");
  }
  return cat("property of '", type_name(vm, obj), "' object");
}

Value property_descr_get(VM& vm, Value descr, Value obj, Type* owner) {
  if (obj.is_null()) return newref(descr);
  Property* p = as_property(descr);
  if (p->fget.is_null()) {
    return raise(vm, vm.exc.AttributeError, cat(property_label(vm, descr, obj), " has no getter"));
  }
  return call(vm, p->fget, {obj});
}

bool property_descr_set(VM& vm, Value descr, Value obj, Value value) {
  Property* p = as_property(descr);
  Value fn = value.is_null() ? p->fdel : p->fset;
  if (fn.is_null()) {
    raise(vm, vm.exc.AttributeError,
          cat(property_label(vm, descr, obj),
              value.is_null() ? " has no deleter" : " has no setter"));
    return false;
  }
  Ref r = Ref::steal(value.is_null() ? call(vm, fn, {obj}) : call(vm, fn, {obj, value}));
  return bool(r);
}

/// property.getter/setter/deleter: a copy with one accessor replaced.
Value property_copy(VM& vm, Value self, int which, Value fn) {
  Property* p = as_property(self);
  Value parts[4] = {p->fget, p->fset, p->fdel, Value()};
  parts[which] = fn;
  for (Value& v : parts) {
    if (v.is_null()) v = Value::none();
  }
  // Keep an explicit doc; a doc taken from the old getter is re-derived.
  Value doc_from_getter =
      p->fget.is_null() ? Value() : get_attr_optional(vm, p->fget, vm.names.doc);
  clear_exception(vm);
  bool inherited_doc = !doc_from_getter.is_null() && doc_from_getter == p->doc;
  decref(doc_from_getter);
  if (!p->doc.is_null() && !inherited_doc) parts[3] = p->doc;
  Ref copy = Ref::steal(call(vm, Value::object(vm.type_of(self)), parts, 4));
  if (!copy) return {};
  if (!p->name.is_null()) {
    Property* c = copy.as<Property>();
    decref(c->name);
    c->name = newref(p->name);
  }
  return copy.release();
}

Value property_getter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "getter", nargs - 1, kw, 1, 1)) return {};
  return property_copy(vm, args[0], 0, args[1]);
}
Value property_setter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "setter", nargs - 1, kw, 1, 1)) return {};
  return property_copy(vm, args[0], 1, args[1]);
}
Value property_deleter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "deleter", nargs - 1, kw, 1, 1)) return {};
  return property_copy(vm, args[0], 2, args[1]);
}
Value property_set_name(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__set_name__", nargs - 1, kw, 2, 2)) return {};
  Property* p = as_property(args[0]);
  Value old = p->name;
  p->name = newref(args[2]);
  decref(old);
  return Value::none();
}

template <Value Property::*field>
Value property_get_field(VM& vm, Value self) {
  Value v = as_property(self)->*field;
  return v.is_null() ? Value::none() : newref(v);
}

Value property_get_isabstract(VM& vm, Value self) {
  Property* p = as_property(self);
  for (Value fn : {p->fget, p->fset, p->fdel}) {
    if (fn.is_null()) continue;
    Value r = is_abstract(vm, fn);
    if (r.is_null() || r.is_true()) return r;
  }
  return Value::false_();
}

} // namespace

Value function_new(VM& vm, Code* code, Dict* globals, Dict* builtins, Value defaults,
                   Value kwdefaults, Value annotations, Value closure) {
  auto* f = vm.allocate<Function>(vm.types.function);
  if (!f) return {};
  f->code = code;
  incref(code);
  f->globals = globals;
  incref(globals);
  f->builtins = builtins;
  incref(builtins);
  f->defaults = defaults.is_null() ? nullptr : static_cast<Tuple*>(newref(defaults).as_object());
  f->kwdefaults =
      kwdefaults.is_null() ? nullptr : static_cast<Dict*>(newref(kwdefaults).as_object());
  f->closure = closure.is_null() ? nullptr : static_cast<Tuple*>(newref(closure).as_object());
  f->name = code->name;
  incref(code->name);
  f->qualname = code->qualname;
  incref(code->qualname);
  Value doc = code->consts->size ? code->consts->item(0) : Value::none();
  f->doc = is_instance(vm, doc, vm.types.str) && (code->flags & kCoOptimized) ? newref(doc)
                                                                              : Value::none();
  Value module = dict_get_str(globals, vm.names.name);
  f->module = module.is_null() ? Value::none() : newref(module);
  f->annotations = Value::none();
  Ref fn = Ref::steal(f);
  if (!annotations.is_null()) {
    // A tuple (name, value, name, value, …) becomes the __annotations__ dict.
    Ref d = Ref::steal(dict_new(vm));
    if (!d) return {};
    auto* t = static_cast<Tuple*>(annotations.as_object());
    for (size_t i = 0; i + 1 < t->size; i += 2) {
      if (!dict_set(vm, d.as<Dict>(), t->item(i), t->item(i + 1))) return {};
    }
    f->annotations = d.release();
  }
  return fn.release();
}

Value native_function_new(VM& vm, std::string_view name, NativeFn fn, const char* doc) {
  auto* f = vm.allocate<NativeFunction>(vm.types.builtin_function);
  if (!f) return {};
  f->fn = fn;
  f->name = str_intern(vm, name);
  f->kind = NativeKind::function;
  f->doc = doc;
  return Value::object(f);
}

Value native_method_new(VM& vm, Type* owner, std::string_view name, NativeFn fn, NativeKind kind,
                        const char* doc) {
  Type* type = kind == NativeKind::class_method    ? vm.types.classmethod_descriptor
               : kind == NativeKind::static_method ? vm.types.builtin_function
                                                   : vm.types.method_descriptor;
  auto* f = vm.allocate<NativeFunction>(type);
  if (!f) return {};
  f->fn = fn;
  f->name = str_intern(vm, name);
  f->kind = kind;
  f->owner = owner;
  f->doc = doc;
  return Value::object(f);
}

Value slot_wrapper_new(VM& vm, Type* owner, Str* name, WrapperFn wrapper) {
  auto* f = vm.allocate<NativeFunction>(vm.types.wrapper_descriptor);
  if (!f) return {};
  f->wrapper = wrapper;
  f->name = name;
  f->kind = NativeKind::slot_wrapper;
  f->owner = owner;
  return Value::object(f);
}

Value bound_method_new(VM& vm, Value function, Value self) {
  auto* m = vm.allocate<BoundMethod>(vm.types.method);
  if (!m) return {};
  m->function = newref(function);
  m->self = newref(self);
  return Value::object(m);
}

void init_function_types(VM& vm) {
  Type* t = vm.types.function =
      new_builtin_type(vm, "function", vm.types.object, sizeof(Function), 0);
  t->dealloc = function_dealloc;
  t->repr = function_repr;
  t->descr_get = function_descr_get;
  t->call = function_call;
  t->dict_offset = offsetof(Function, dict);
  t->new_ = nullptr;
  add_getsets(vm, t,
              {{"__name__", fn_get_name, fn_set_name},
               {"__qualname__", fn_get_qualname, fn_set_qualname},
               {"__doc__", fn_get_field<&Function::doc>, fn_set_field<&Function::doc>},
               {"__module__", fn_get_field<&Function::module>, fn_set_field<&Function::module>},
               {"__defaults__", fn_get_defaults, fn_set_defaults},
               {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
               {"__code__", fn_get_code},
               {"__globals__", fn_get_globals},
               {"__builtins__", fn_get_builtins},
               {"__closure__", fn_get_closure},
               {"__annotations__", fn_get_annotations, fn_set_field<&Function::annotations>}});
  finish_builtin_type(vm, t);

  t = vm.types.method = new_builtin_type(vm, "method", vm.types.object, sizeof(BoundMethod), 0);
  t->dealloc = method_dealloc;
  t->repr = method_repr;
  t->call = method_call;
  t->compare = method_compare;
  t->hash = method_hash;
  t->getattr = method_getattr;
  t->new_ = nullptr;
  add_getsets(
      vm, t,
      {{"__func__", method_get_func}, {"__self__", method_get_self}, {"__doc__", method_get_doc}});
  finish_builtin_type(vm, t);

  // The native function types exist since bootstrap (the first types'
  // methods are made of them); here they get their names and slots.
  for (Type* nt : {vm.types.builtin_function, vm.types.method_descriptor,
                   vm.types.wrapper_descriptor, vm.types.classmethod_descriptor}) {
    const char* name = nt == vm.types.builtin_function     ? "builtin_function_or_method"
                       : nt == vm.types.method_descriptor  ? "method_descriptor"
                       : nt == vm.types.wrapper_descriptor ? "wrapper_descriptor"
                                                           : "classmethod_descriptor";
    setup_builtin_type(vm, nt, name, vm.types.object, sizeof(NativeFunction), 0);
    t = nt;
    t->dealloc = native_dealloc;
    t->repr = native_repr;
    t->call = native_call;
    t->new_ = nullptr;
    if (nt != vm.types.builtin_function) t->descr_get = native_descr_get;
  }
  // The bound forms are builtin_function_or_method; give all four their attributes.
  for (Type* nt : {vm.types.builtin_function, vm.types.method_descriptor,
                   vm.types.wrapper_descriptor, vm.types.classmethod_descriptor}) {
    add_getsets(vm, nt,
                {{"__name__", native_get_name},
                 {"__qualname__", native_get_qualname},
                 {"__self__", native_get_self},
                 {"__module__", native_get_module},
                 {"__doc__", native_get_doc},
                 {"__objclass__", native_get_objclass}});
    finish_builtin_type(vm, nt);
  }

  t = vm.types.classmethod =
      new_builtin_type(vm, "classmethod", vm.types.object, sizeof(ClassMethod));
  t->dealloc = wrapper_dealloc;
  t->init = wrapper_init;
  t->descr_get = classmethod_descr_get;
  t->repr = wrapper_repr;
  t->dict_offset = offsetof(ClassMethod, dict);
  add_getsets(vm, t,
              {{"__func__", wrapper_get_func},
               {"__wrapped__", wrapper_get_func},
               {"__isabstractmethod__", wrapper_get_isabstract}});
  finish_builtin_type(vm, t);

  t = vm.types.staticmethod =
      new_builtin_type(vm, "staticmethod", vm.types.object, sizeof(ClassMethod));
  t->dealloc = wrapper_dealloc;
  t->init = wrapper_init;
  t->descr_get = staticmethod_descr_get;
  t->call = staticmethod_call;
  t->repr = wrapper_repr;
  t->dict_offset = offsetof(ClassMethod, dict);
  add_getsets(vm, t,
              {{"__func__", wrapper_get_func},
               {"__wrapped__", wrapper_get_func},
               {"__isabstractmethod__", wrapper_get_isabstract}});
  finish_builtin_type(vm, t);

  t = vm.types.property = new_builtin_type(vm, "property", vm.types.object, sizeof(Property));
  t->dealloc = property_dealloc;
  t->init = property_init;
  t->descr_get = property_descr_get;
  t->descr_set = property_descr_set;
  add_getsets(vm, t,
              {{"fget", property_get_field<&Property::fget>},
               {"fset", property_get_field<&Property::fset>},
               {"fdel", property_get_field<&Property::fdel>},
               {"__doc__", property_get_field<&Property::doc>},
               {"__isabstractmethod__", property_get_isabstract}});
  add_methods(vm, t,
              {{"getter", property_getter},
               {"setter", property_setter},
               {"deleter", property_deleter},
               {"__set_name__", property_set_name}});
  finish_builtin_type(vm, t);

  init_descriptor_types(vm);
}

} // namespace py
