// type: the metatype. Bootstrapping the core types, calling a type to make
// an instance, creating classes (type(name, bases, ns): best base, C3 MRO,
// __slots__, instance layout, __set_name__, __init_subclass__,
// __classcell__), class attribute lookup and assignment.
#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "python/objects/cell.hpp"
#include "python/objects/descriptor.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/function.hpp"
#include "python/objects/init.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/objects/union_type.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/recursion.hpp"
#include "python/vm/slots.hpp"
#include "python/vm/type_ops.hpp"
#include "python/vm/vm.hpp"

namespace py {

void bootstrap_core_types(VM& vm) {
  vm.types.type = type_shell(vm);
  vm.types.type->type = vm.types.type;
  vm.types.object = type_shell(vm);
  vm.types.str = type_shell(vm);
  vm.types.dict = type_shell(vm);
  vm.types.tuple = type_shell(vm);
  // Descriptors of native methods and attributes fill the first types' dicts.
  vm.types.builtin_function = type_shell(vm);
  vm.types.method_descriptor = type_shell(vm);
  vm.types.wrapper_descriptor = type_shell(vm);
  vm.types.classmethod_descriptor = type_shell(vm);
  vm.types.getset_descriptor = type_shell(vm);
  vm.types.builtin_function->basic_size = sizeof(NativeFunction);
  vm.types.method_descriptor->basic_size = sizeof(NativeFunction);
  vm.types.wrapper_descriptor->basic_size = sizeof(NativeFunction);
  vm.types.classmethod_descriptor->basic_size = sizeof(NativeFunction);
  vm.types.getset_descriptor->basic_size = sizeof(GetSetDescriptor);
  vm.types.str->basic_size = sizeof(Str);
  vm.types.dict->basic_size = sizeof(Dict);
  vm.types.tuple->basic_size = sizeof(Tuple);
  vm.types.type->basic_size = sizeof(Type);
  vm.empty_tuple = tuple_alloc(vm, 0);
  vm.empty_tuple->flags |= kImmortal;
  vm.empty_str = str_intern(vm, "");
}

namespace {

Str* type_name_of(Value v) { return static_cast<Type*>(v.as_object())->name; }

// ----- the MRO --------------------------------------------------------------------

/// C3 linearization of `type` with the given bases. False with TypeError.
bool compute_mro(VM& vm, Type* type, Tuple* bases, std::vector<Type*>* out) {
  for (size_t i = 0; i < bases->size; ++i) {
    for (size_t j = i + 1; j < bases->size; ++j) {
      if (bases->item(i) == bases->item(j)) {
        raise(vm, vm.exc.TypeError,
              cat("duplicate base class ", type_name_of(bases->item(i))->view()));
        return false;
      }
    }
  }
  std::vector<std::vector<Type*>> seqs;
  for (size_t i = 0; i < bases->size; ++i) {
    auto* b = static_cast<Type*>(bases->item(i).as_object());
    std::vector<Type*> seq;
    for (size_t j = 0; j < b->mro->size; ++j) {
      seq.push_back(static_cast<Type*>(b->mro->item(j).as_object()));
    }
    seqs.push_back(std::move(seq));
  }
  std::vector<Type*> base_list;
  for (size_t i = 0; i < bases->size; ++i) {
    base_list.push_back(static_cast<Type*>(bases->item(i).as_object()));
  }
  seqs.push_back(base_list);
  out->push_back(type);
  while (true) {
    bool empty = std::all_of(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); });
    if (empty) return true;
    Type* candidate = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs) {
        if (std::find(other.begin() + (other.empty() ? 0 : 1), other.end(), head) != other.end()) {
          in_tail = true;
          break;
        }
      }
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      // CPython names the heads of the lists left to merge, each once.
      std::vector<Type*> heads;
      for (auto& s : seqs) {
        if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end()) {
          heads.push_back(s.front());
        }
      }
      std::string names;
      for (Type* head : heads) {
        names += names.empty() ? " " : ", ";
        names += head->name->view();
      }
      raise(vm, vm.exc.TypeError,
            cat("Cannot create a consistent method resolution\norder (MRO) for bases", names));
      return false;
    }
    out->push_back(candidate);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
  }
}

/// The MRO of `type` with the given bases as a new tuple (compute_mro's
/// order); null with TypeError or MemoryError.
Tuple* new_mro(VM& vm, Type* type, Tuple* bases) {
  std::vector<Type*> mro;
  if (!compute_mro(vm, type, bases, &mro)) return nullptr;
  Tuple* tuple = tuple_alloc(vm, mro.size());
  if (!tuple) return nullptr;
  for (size_t i = 0; i < mro.size(); ++i) tuple->items()[i] = newref(Value::object(mro[i]));
  return tuple;
}

/// Adds `t` to, or removes it from, the __subclasses__() list of each of its bases.
void link_to_bases(Type* t) {
  for (size_t i = 0; i < t->bases->size; ++i) {
    static_cast<Type*>(t->bases->item(i).as_object())->subclasses.push_back(t);
  }
}
void unlink_from_bases(Type* t) {
  for (size_t i = 0; t->bases && i < t->bases->size; ++i) {
    auto& subs = static_cast<Type*>(t->bases->item(i).as_object())->subclasses;
    subs.erase(std::remove(subs.begin(), subs.end(), t), subs.end());
  }
}

/// The class whose instance layout a type's instances use (CPython's solid_base).
Type* solid_base(Type* t) {
  if (!t->base) return t;
  Type* base = solid_base(t->base);
  bool extends = t->is_heap_type() ? t->slots_count > 0 : t->basic_size != t->base->basic_size;
  return extends ? t : base;
}

/// Chooses the base whose layout the new class extends; TypeError on conflict.
Type* best_base(VM& vm, Tuple* bases) {
  Type* winner = nullptr;
  Type* base = nullptr;
  for (size_t i = 0; i < bases->size; ++i) {
    auto* candidate = static_cast<Type*>(bases->item(i).as_object());
    if (!(candidate->type_flags & kBaseType)) {
      raise(vm, vm.exc.TypeError,
            cat("type '", candidate->name->view(), "' is not an acceptable base type"));
      return nullptr;
    }
    Type* solid = solid_base(candidate);
    if (!winner) {
      winner = solid;
      base = candidate;
    } else if (is_subtype(winner, solid)) {
      // winner already extends this layout
    } else if (is_subtype(solid, winner)) {
      winner = solid;
      base = candidate;
    } else {
      raise(vm, vm.exc.TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

// ----- class creation ----------------------------------------------------------------

void heap_type_dealloc(Object* o) {
  auto* t = static_cast<Type*>(o);
  VM& vm = *o->type->vm;
  unlink_from_bases(t);
  decref(t->name);
  decref(t->qualname);
  if (t->bases) decref(t->bases);
  if (t->mro) decref(t->mro);
  if (t->dict) decref(t->dict);
  t->~Type();
  vm.free_object(o, o->type->basic_size);
}

/// Wraps a plain function found in the class namespace under `name` in a
/// classmethod/staticmethod, as type_new does for __new__, __init_subclass__
/// and __class_getitem__.
bool wrap_implicit(VM& vm, Dict* dict, Str* name, Type* wrapper) {
  Value v = dict_get_str(dict, name);
  if (v.is_null() || vm.type_of(v) != vm.types.function) return true;
  Ref wrapped = Ref::steal(call(vm, Value::object(wrapper), {v}));
  return wrapped && dict_set_str(vm, dict, name, *wrapped);
}

/// Reads __slots__ into names; false with an exception on a bad value.
bool read_slots(VM& vm, Value slots, std::vector<Str*>* names, bool* wants_dict,
                bool* wants_weakref) {
  Ref list;
  if (is_instance(vm, slots, vm.types.str)) {
    list = Ref::steal(list_from(vm, &slots, 1));
  } else {
    list = Ref::steal(list_from_iterable(vm, slots));
  }
  if (!list) return false;
  for (size_t i = 0; i < list.as<List>()->size; ++i) {
    Value n = list.as<List>()->items[i];
    if (!is_instance(vm, n, vm.types.str)) {
      raise(vm, vm.exc.TypeError,
            cat("__slots__ items must be strings, not '", type_name(vm, n), "'"));
      return false;
    }
    auto* s = static_cast<Str*>(n.as_object());
    if (s->view() == "__dict__") {
      *wants_dict = true;
      continue;
    }
    if (s->view() == "__weakref__") {
      *wants_weakref = true;
      continue;
    }
    names->push_back(str_intern(vm, s->view()));
  }
  return true;
}

/// Whether a class on `base` gets a __weakref__ attribute (CPython's
/// may_add_weak): not when a base has one already, nor on the layouts that
/// have no room for it (int, tuple, bytes) or support weak references natively
/// (set, frozenset, type).
bool may_add_weakref(VM& vm, Type* base) {
  if (base->type_flags & (kIntSubclass | kTupleSubclass | kSetSubclass | kTypeSubclass)) {
    return false;
  }
  if (is_subtype(base, vm.types.bytes)) return false;
  Str* weakref = str_intern(vm, "__weakref__");
  for (size_t i = 0; i < base->mro->size; ++i) {
    Dict* d = static_cast<Type*>(base->mro->item(i).as_object())->dict;
    if (!dict_get_str(d, weakref).is_null()) return false;
  }
  return true;
}

/// __weakref__ of instances: always None (there are no weak references here).
Value get_weakref(VM& vm, Value self) { return Value::none(); }

/// Calls __set_name__ on every namespace value that has it.
bool call_set_names(VM& vm, Type* type) {
  Ref copy = Ref::steal(dict_copy(vm, type->dict));
  if (!copy) return false;
  size_t pos = 0;
  DictEntry* e;
  while (dict_next(copy.as<Dict>(), &pos, &e)) {
    Value method = lookup_type(vm, vm.type_of(e->value), vm.names.set_name);
    if (method.is_null()) continue;
    Ref hold = Ref::borrow(method);
    Value args[3] = {e->value, Value::object(type), e->key};
    Ref r = Ref::steal(call(vm, method, args, 3));
    if (!r) {
      Value cause = fetch_exception(vm);
      raise(vm, vm.exc.RuntimeError,
            cat("Error calling __set_name__ on '", type_name(vm, e->value), "' instance ",
                repr_text(vm, e->key), " in '", type->name->view(), "'"));
      auto* err = static_cast<BaseException*>(vm.pending_exception.as_object());
      err->cause = cause;
      return false;
    }
  }
  return true;
}

/// super(type, type).__init_subclass__(**kwargs).
bool call_init_subclass(VM& vm, Type* type, const Value* kwvalues, Tuple* kwnames) {
  Tuple* mro = type->mro;
  for (size_t i = 1; i < mro->size; ++i) {
    auto* t = static_cast<Type*>(mro->item(i).as_object());
    Value method = dict_get_str(t->dict, vm.names.init_subclass);
    if (method.is_null()) continue;
    Ref hold = Ref::borrow(method);
    Ref bound;
    if (DescrGetFn get = vm.type_of(method)->descr_get) {
      bound = Ref::steal(get(vm, method, Value(), type));
      if (!bound) return false;
    } else {
      bound = hold;
    }
    Ref r = Ref::steal(call(vm, *bound, kwvalues, 0, kwnames));
    return bool(r);
  }
  return true;
}

} // namespace

Value type_new_class(VM& vm, Type* metatype, Value name_value, Value bases_value, Value ns_value,
                     const Value* kwvalues, Tuple* kwnames) {
  if (!is_instance(vm, name_value, vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("type.__new__() argument 1 must be str, not ", type_name(vm, name_value)));
  }
  if (!is_instance(vm, bases_value, vm.types.tuple)) {
    return raise(vm, vm.exc.TypeError,
                 cat("type.__new__() argument 2 must be tuple, not ", type_name(vm, bases_value)));
  }
  if (!is_instance(vm, ns_value, vm.types.dict)) {
    return raise(vm, vm.exc.TypeError,
                 cat("type.__new__() argument 3 must be dict, not ", type_name(vm, ns_value)));
  }
  auto* bases = static_cast<Tuple*>(bases_value.as_object());
  for (size_t i = 0; i < bases->size; ++i) {
    if (!is_instance(vm, bases->item(i), vm.types.type)) {
      return raise(vm, vm.exc.TypeError, "bases must be types");
    }
  }
  Type* winner = calculate_metaclass(vm, metatype, bases);
  if (!winner) return {};
  if (winner != metatype && winner->new_ != metatype->new_) {
    // The more derived metaclass makes the class, with the keywords too.
    size_t nkw = kwnames ? kwnames->size : 0;
    std::vector<Value> args = {name_value, bases_value, ns_value};
    args.insert(args.end(), kwvalues, kwvalues + nkw);
    return winner->new_(vm, winner, args.data(), 3, kwnames);
  }
  metatype = winner;
  Ref bases_ref = Ref::borrow(bases_value);
  if (bases->size == 0) {
    bases_ref = Ref::steal(tuple_of(vm, {Value::object(vm.types.object)}));
    bases = bases_ref.as<Tuple>();
  }
  Type* base = best_base(vm, bases);
  if (!base) return {};

  Ref dict = Ref::steal(dict_copy(vm, static_cast<Dict*>(ns_value.as_object())));
  if (!dict) return {};
  Dict* d = dict.as<Dict>();

  // Allocate the class object itself (an instance of the metaclass).
  auto* type = vm.allocate<Type>(metatype);
  if (!type) return {};
  Ref type_ref = Ref::steal(type);
  type->vm = &vm;
  type->name = str_intern(vm, static_cast<Str*>(name_value.as_object())->view());
  incref(type->name);
  Value qualname = dict_get_str(d, vm.names.qualname);
  if (!qualname.is_null()) {
    if (!is_instance(vm, qualname, vm.types.str)) {
      return raise(vm, vm.exc.TypeError,
                   cat("type __qualname__ must be a str, not ", type_name(vm, qualname)));
    }
    type->qualname = static_cast<Str*>(newref(qualname).as_object());
    dict_remove(vm, d, Value::object(vm.names.qualname));
  } else {
    type->qualname = type->name;
    incref(type->name);
  }
  type->base = base;
  type->bases = static_cast<Tuple*>(newref(Value::object(bases)).as_object());
  type->type_flags = kHeapType | kBaseType;
  for (size_t i = 0; i < bases->size; ++i) {
    type->type_flags |= static_cast<Type*>(bases->item(i).as_object())->type_flags &
                        ~(kHeapType | kBaseType | kAbstract);
  }
  type->dict = static_cast<Dict*>(dict.release().as_object());
  type->version = vm.next_version();

  type->mro = new_mro(vm, type, bases);
  if (!type->mro) return {};

  // __module__ defaults to the calling code's __name__.
  if (dict_get_str(type->dict, vm.names.module).is_null() && vm.current_frame) {
    Value module = dict_get_str(vm.current_frame->globals, vm.names.name);
    if (!module.is_null()) dict_set_str(vm, type->dict, vm.names.module, module);
  }

  // Instance layout: the base's, plus a __dict__ slot, plus __slots__.
  type->basic_size = base->basic_size;
  type->var_size = base->var_size;
  type->dict_offset = base->dict_offset;
  type->slots_offset = base->slots_offset;
  Value slots = dict_get_str(type->dict, vm.names.slots);
  std::vector<Str*> slot_names;
  bool wants_dict = slots.is_null();
  bool wants_weakref = slots.is_null();
  if (!slots.is_null() && !read_slots(vm, slots, &slot_names, &wants_dict, &wants_weakref)) {
    return {};
  }
  bool adds_dict = wants_dict && !type->dict_offset;
  if (adds_dict) {
    type->dict_offset = type->basic_size;
    type->basic_size += sizeof(Value);
  }
  if (!slot_names.empty()) {
    type->slots_offset = type->basic_size;
    type->slots_count = uint32_t(slot_names.size());
    for (size_t i = 0; i < slot_names.size(); ++i) {
      if (!dict_get_str(type->dict, slot_names[i]).is_null()) {
        return raise(vm, vm.exc.ValueError,
                     cat(repr_text(vm, Value::object(slot_names[i])),
                         " in __slots__ conflicts with class variable"));
      }
      Ref member = Ref::steal(member_descriptor_new(
          vm, type, slot_names[i], uint32_t(type->basic_size + i * sizeof(Value))));
      if (!member || !dict_set_str(vm, type->dict, slot_names[i], *member)) return {};
    }
    type->basic_size += uint32_t(slot_names.size() * sizeof(Value));
  }

  // Like CPython, the class shows the descriptors of what it adds to its
  // instances: __dict__ (unless a metaclass) and __weakref__.
  if (adds_dict && !(type->type_flags & kTypeSubclass)) {
    add_getsets(vm, type, {{"__dict__", object_get_dict, object_set_dict}});
  }
  if (wants_weakref && may_add_weakref(vm, base)) {
    add_getsets(vm, type, {{"__weakref__", get_weakref}});
  }
  // __doc__ defaults to None, after __slots__ had its say (it may name __doc__).
  if (dict_get_str(type->dict, vm.names.doc).is_null()) {
    dict_set_str(vm, type->dict, vm.names.doc, Value::none());
  }
  // __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(type->dict, vm.names.eq).is_null() &&
      dict_get_str(type->dict, vm.names.hash).is_null()) {
    dict_set_str(vm, type->dict, vm.names.hash, Value::none());
  }
  if (!wrap_implicit(vm, type->dict, vm.names.new_, vm.types.staticmethod) ||
      !wrap_implicit(vm, type->dict, vm.names.init_subclass, vm.types.classmethod) ||
      !wrap_implicit(vm, type->dict, vm.names.class_getitem, vm.types.classmethod)) {
    return {};
  }

  link_to_bases(type);
  update_slots(vm, type);

  Value classcell = dict_get_str(type->dict, vm.names.classcell);
  if (!classcell.is_null()) {
    if (vm.type_of(classcell) != vm.types.cell) {
      return raise(vm, vm.exc.TypeError,
                   cat("__classcell__ must be a nonlocal cell, not ", type_name(vm, classcell)));
    }
    auto* cell = static_cast<Cell*>(classcell.as_object());
    Value old = cell->value;
    cell->value = newref(Value::object(type));
    decref(old);
    dict_remove(vm, type->dict, Value::object(vm.names.classcell));
  }
  if (!call_set_names(vm, type)) return {};
  if (!call_init_subclass(vm, type, kwvalues, kwnames)) return {};
  return type_ref.release();
}

namespace {

Value type_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* type = static_cast<Type*>(self.as_object());
  size_t nkw = kwnames ? kwnames->size : 0;
  if (type == vm.types.type && nargs == 1 && nkw == 0) {
    return newref(Value::object(vm.type_of(args[0])));
  }
  if (!type->new_) {
    // Built-in types outside builtins are named with their module (sys.version_info).
    Value module = type->is_heap_type() ? Value() : dict_get_str(type->dict, vm.names.module);
    std::string name(type->name->view());
    if (!module.is_null() && is_instance(vm, module, vm.types.str)) {
      name = cat(static_cast<Str*>(module.as_object())->view(), ".", name);
    }
    return raise(vm, vm.exc.TypeError, cat("cannot create '", name, "' instances"));
  }
  // Instantiating a class counts one level of recursion while it runs, as
  // CPython's generic call path does (so deep recursion stops where it does).
  std::optional<RecursionGuard> guard;
  if (type->is_heap_type()) {
    guard.emplace(vm, " while calling a Python object");
    if (!*guard) return {};
  }
  Value obj = type->new_(vm, type, args, nargs, kwnames);
  if (obj.is_null()) return {};
  Type* actual = vm.type_of(obj);
  if (type == vm.types.type && nargs == 1) return obj;
  if (!is_subtype(actual, type)) return obj;
  if (actual->init && !actual->init(vm, obj, args, nargs, kwnames)) {
    decref(obj);
    return {};
  }
  return obj;
}

Value type_new_slot(VM& vm, Type* metatype, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 && nargs != 3) {
    return raise(vm, vm.exc.TypeError, "type() takes 1 or 3 arguments");
  }
  if (nargs == 1) return newref(Value::object(vm.type_of(args[0])));
  return type_new_class(vm, metatype, args[0], args[1], args[2], args + 3, kwnames);
}

bool type_init_slot(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 && nargs != 3) {
    raise(vm, vm.exc.TypeError, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

Value type_repr(VM& vm, Value self) {
  auto* type = static_cast<Type*>(self.as_object());
  Value module = dict_get_str(type->dict, vm.names.module);
  if (!module.is_null() && is_instance(vm, module, vm.types.str) &&
      static_cast<Str*>(module.as_object())->view() != "builtins") {
    return str_new(vm, cat("<class '", static_cast<Str*>(module.as_object())->view(), ".",
                           type->qualname->view(), "'>"));
  }
  return str_new(vm, cat("<class '", type->qualname->view(), "'>"));
}

Value type_getattro(VM& vm, Value self, Str* name) {
  auto* type = static_cast<Type*>(self.as_object());
  Type* meta = vm.type_of(self);
  Value meta_attr = lookup_type(vm, meta, name);
  Ref meta_hold;
  DescrGetFn meta_get = nullptr;
  if (!meta_attr.is_null()) {
    meta_hold = Ref::borrow(meta_attr);
    Type* mt = vm.type_of(meta_attr);
    meta_get = mt->descr_get;
    if (meta_get && mt->descr_set) return meta_get(vm, meta_attr, self, meta);
  }
  Value attr = lookup_type(vm, type, name);
  if (!attr.is_null()) {
    Ref hold = Ref::borrow(attr);
    if (DescrGetFn get = vm.type_of(attr)->descr_get) return get(vm, attr, Value(), type);
    return hold.release();
  }
  if (meta_get) return meta_get(vm, meta_attr, self, meta);
  if (!meta_attr.is_null()) return meta_hold.release();
  return raise_no_attribute(vm, self, name);
}

bool type_setattro(VM& vm, Value self, Str* name, Value value) {
  auto* type = static_cast<Type*>(self.as_object());
  if (!type->is_heap_type()) {
    raise(vm, vm.exc.TypeError,
          cat("cannot set '", name->view(), "' attribute of immutable type '", type->name->view(),
              "'"));
    return false;
  }
  Value meta_attr = lookup_type(vm, vm.type_of(self), name);
  if (!meta_attr.is_null()) {
    if (DescrSetFn set = vm.type_of(meta_attr)->descr_set) {
      Ref hold = Ref::borrow(meta_attr);
      return set(vm, meta_attr, self, value);
    }
  }
  Str* key = str_intern(vm, name->view());
  if (value.is_null()) {
    Lookup r = dict_remove(vm, type->dict, Value::object(key));
    if (r == Lookup::missing) raise_no_attribute(vm, self, name);
    if (r != Lookup::found) return false;
  } else if (!dict_set_str(vm, type->dict, key, value)) {
    return false;
  }
  type_modified(vm, type);
  if (key->view().starts_with("__") && key->view().ends_with("__")) update_slots(vm, type);
  return true;
}

// ----- getsets -------------------------------------------------------------------------

Type* as_type(Value v) { return static_cast<Type*>(v.as_object()); }

Value get_name(VM& vm, Value self) { return newref(Value::object(as_type(self)->name)); }
Value get_qualname(VM& vm, Value self) { return newref(Value::object(as_type(self)->qualname)); }

bool set_name_attr(VM& vm, Value self, Value value, bool qual) {
  Type* t = as_type(self);
  if (!t->is_heap_type()) {
    raise(vm, vm.exc.TypeError,
          cat("cannot set '", qual ? "__qualname__" : "__name__", "' attribute of immutable type '",
              t->name->view(), "'"));
    return false;
  }
  if (value.is_null() || !is_instance(vm, value, vm.types.str)) {
    raise(vm, vm.exc.TypeError,
          cat("can only assign string to ", t->name->view(), qual ? ".__qualname__" : ".__name__",
              ", not '", value.is_null() ? "NoneType" : type_name(vm, value), "'"));
    return false;
  }
  Str*& field = qual ? t->qualname : t->name;
  Str* old = field;
  field = static_cast<Str*>(newref(value).as_object());
  decref(old);
  return true;
}

bool set_name(VM& vm, Value self, Value value) { return set_name_attr(vm, self, value, false); }
bool set_qualname(VM& vm, Value self, Value value) { return set_name_attr(vm, self, value, true); }

/// The value `name` has in t's own dict, null for `type` itself: its dict
/// holds the getsets that read these entries (type.__module__ is one).
Value own_entry(VM& vm, Type* t, Str* name) {
  return t == vm.types.type ? Value() : dict_get_str(t->dict, name);
}

Value get_module(VM& vm, Value self) {
  Type* t = as_type(self);
  Value m = own_entry(vm, t, vm.names.module);
  if (!m.is_null()) return newref(m);
  if (!t->is_heap_type()) return str_new(vm, "builtins");
  return raise_no_attribute(vm, self, vm.names.module);
}

bool set_module(VM& vm, Value self, Value value) {
  Type* t = as_type(self);
  if (!t->is_heap_type() || value.is_null()) {
    raise(vm, vm.exc.TypeError, "cannot set '__module__' attribute of immutable type");
    return false;
  }
  bool ok = dict_set_str(vm, t->dict, vm.names.module, value);
  type_modified(vm, t);
  return ok;
}

Value get_bases(VM& vm, Value self) { return newref(Value::object(as_type(self)->bases)); }

/// type.__bases__ = (...): as CPython's type_set_bases, for a class without
/// subclasses (whose MROs would need recomputing too). The new bases must keep
/// the instance layout; the MRO is recomputed and attribute caches dropped.
bool set_bases(VM& vm, Value self, Value value) {
  Type* t = as_type(self);
  if (!t->is_heap_type() || value.is_null()) {
    raise(vm, vm.exc.TypeError,
          cat("cannot ", value.is_null() ? "delete" : "set",
              " '__bases__' attribute of immutable type '", t->name->view(), "'"));
    return false;
  }
  if (vm.type_of(value) != vm.types.tuple) {
    raise(vm, vm.exc.TypeError,
          cat("can only assign tuple to ", t->name->view(), ".__bases__, not ",
              type_name(vm, value)));
    return false;
  }
  auto* bases = static_cast<Tuple*>(value.as_object());
  if (bases->size == 0) {
    raise(vm, vm.exc.TypeError,
          cat("can only assign non-empty tuple to ", t->name->view(), ".__bases__, not ()"));
    return false;
  }
  for (size_t i = 0; i < bases->size; ++i) {
    if (!is_instance(vm, bases->item(i), vm.types.type)) {
      raise(vm, vm.exc.TypeError,
            cat(t->name->view(), ".__bases__ must be tuple of classes, not '",
                type_name(vm, bases->item(i)), "'"));
      return false;
    }
    if (is_subtype(static_cast<Type*>(bases->item(i).as_object()), t)) {
      raise(vm, vm.exc.TypeError, "a __bases__ item causes an inheritance cycle");
      return false;
    }
  }
  if (!t->subclasses.empty()) {
    raise(vm, vm.exc.TypeError,
          cat("cannot set '__bases__' of '", t->name->view(), "': it has subclasses"));
    return false;
  }
  Type* base = best_base(vm, bases);
  if (!base) return false;
  if (solid_base(base) != solid_base(t->base)) {
    raise(vm, vm.exc.TypeError,
          cat("__bases__ assignment: '", base->name->view(), "' object layout differs from '",
              t->base->name->view(), "'"));
    return false;
  }
  Tuple* mro = new_mro(vm, t, bases);
  if (!mro) return false;
  unlink_from_bases(t);
  decref(t->bases);
  decref(t->mro);
  t->bases = static_cast<Tuple*>(newref(value).as_object());
  t->base = base;
  t->mro = mro;
  link_to_bases(t);
  type_modified(vm, t);
  return true;
}
Value get_base(VM& vm, Value self) {
  Type* b = as_type(self)->base;
  return b ? newref(Value::object(b)) : Value::none();
}
Value get_mro(VM& vm, Value self) { return newref(Value::object(as_type(self)->mro)); }
Value get_dict(VM& vm, Value self) {
  return mappingproxy_new(vm, Value::object(as_type(self)->dict));
}

Value get_doc(VM& vm, Value self) {
  Type* t = as_type(self);
  Value d = own_entry(vm, t, vm.names.doc);
  if (d.is_null()) return Value::none();
  if (DescrGetFn get = vm.type_of(d)->descr_get) return get(vm, d, Value(), t);
  return newref(d);
}

bool set_doc(VM& vm, Value self, Value value) {
  Type* t = as_type(self);
  if (!t->is_heap_type()) {
    raise(vm, vm.exc.TypeError,
          cat("cannot set '__doc__' attribute of immutable type '", t->name->view(), "'"));
    return false;
  }
  if (value.is_null()) {
    raise(vm, vm.exc.TypeError,
          cat("cannot delete '__doc__' attribute of immutable type '", t->name->view(), "'"));
    return false;
  }
  bool ok = dict_set_str(vm, t->dict, vm.names.doc, value);
  type_modified(vm, t);
  return ok;
}

Value get_annotations(VM& vm, Value self) {
  Type* t = as_type(self);
  Value a = own_entry(vm, t, vm.names.annotations);
  if (!a.is_null()) return newref(a);
  if (!t->is_heap_type()) return raise_no_attribute(vm, self, vm.names.annotations);
  Ref d = Ref::steal(dict_new(vm));
  if (!d || !dict_set_str(vm, t->dict, vm.names.annotations, *d)) return {};
  return d.release();
}

/// Sets or deletes a class's __annotations__ (typing's NamedTuple sets it).
bool set_annotations(VM& vm, Value self, Value value) {
  Type* t = as_type(self);
  if (!t->is_heap_type()) {
    raise(vm, vm.exc.TypeError,
          cat("cannot set '__annotations__' attribute of immutable type '", t->name->view(), "'"));
    return false;
  }
  if (value.is_null()) {
    Lookup r = dict_remove(vm, t->dict, Value::object(vm.names.annotations));
    if (r == Lookup::missing) raise(vm, vm.exc.AttributeError, "__annotations__");
    if (r != Lookup::found) return false;
  } else if (!dict_set_str(vm, t->dict, vm.names.annotations, value)) {
    return false;
  }
  type_modified(vm, t);
  return true;
}

Value get_abstractmethods(VM& vm, Value self) {
  Type* t = as_type(self);
  Value a = own_entry(vm, t, vm.names.abstractmethods);
  if (a.is_null()) return raise_no_attribute(vm, self, vm.names.abstractmethods);
  return newref(a);
}

bool set_abstractmethods(VM& vm, Value self, Value value) {
  Type* t = as_type(self);
  int abstract = 0;
  if (value.is_null()) {
    if (dict_remove(vm, t->dict, Value::object(vm.names.abstractmethods)) != Lookup::found) {
      if (!error_pending(vm)) raise_no_attribute(vm, self, vm.names.abstractmethods);
      return false;
    }
  } else {
    abstract = truthy(vm, value);
    if (abstract < 0 || !dict_set_str(vm, t->dict, vm.names.abstractmethods, value)) return false;
  }
  if (abstract)
    t->type_flags |= kAbstract;
  else
    t->type_flags &= ~kAbstract;
  type_modified(vm, t);
  return true;
}

// ----- methods --------------------------------------------------------------------------

Value type_mro_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "mro", nargs - 1, kw, 0, 0)) return {};
  Tuple* mro = as_type(args[0])->mro;
  return list_from(vm, mro->items(), mro->size);
}

Value type_subclasses(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__subclasses__", nargs - 1, kw, 0, 0)) return {};
  auto& subs = as_type(args[0])->subclasses;
  std::vector<Value> values;
  for (Type* t : subs) values.push_back(Value::object(t));
  return list_from(vm, values.data(), values.size());
}

Value type_instancecheck(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__instancecheck__", nargs - 1, kw, 1, 1)) return {};
  return Value::boolean(is_instance(vm, args[1], as_type(args[0])));
}

Value type_subclasscheck(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__subclasscheck__", nargs - 1, kw, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.type)) {
    return raise(vm, vm.exc.TypeError, "issubclass() arg 1 must be a class");
  }
  return Value::boolean(is_subtype(as_type(args[1]), as_type(args[0])));
}

Value type_prepare(VM& vm, const Value* args, size_t nargs, Tuple* kw) { return dict_new(vm); }

Value type_dir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__dir__", nargs - 1, kw, 0, 0)) return {};
  Ref names = Ref::steal(dict_new(vm));
  if (!names) return {};
  Tuple* mro = as_type(args[0])->mro;
  for (size_t i = 0; i < mro->size; ++i) {
    Dict* d = as_type(mro->item(i))->dict;
    size_t pos = 0;
    DictEntry* e;
    while (dict_next(d, &pos, &e)) {
      if (!dict_set(vm, names.as<Dict>(), e->key, Value::none())) return {};
    }
  }
  return list_from_iterable(vm, *names);
}

} // namespace

Type* calculate_metaclass(VM& vm, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* t = vm.type_of(bases->item(i));
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(vm, vm.exc.TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
          "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

void type_modified(VM& vm, Type* type) {
  type->version = vm.next_version();
  for (Type* sub : type->subclasses) type_modified(vm, sub);
}

void init_type_type(VM& vm) {
  Type* t = vm.types.type;
  setup_builtin_type(vm, t, "type", vm.types.object, sizeof(Type));
  t->type_flags |= kTypeSubclass;
  t->call = type_call;
  t->new_ = type_new_slot;
  t->init = type_init_slot;
  t->repr = type_repr;
  t->getattr = type_getattro;
  t->setattr = type_setattro;
  t->dealloc = heap_type_dealloc;
  add_getsets(vm, t,
              {{"__name__", get_name, set_name},
               {"__qualname__", get_qualname, set_qualname},
               {"__module__", get_module, set_module},
               {"__bases__", get_bases, set_bases},
               {"__base__", get_base},
               {"__mro__", get_mro},
               {"__dict__", get_dict},
               {"__doc__", get_doc, set_doc},
               {"__annotations__", get_annotations, set_annotations},
               {"__abstractmethods__", get_abstractmethods, set_abstractmethods}});
  add_methods(vm, t,
              {{"mro", type_mro_method},
               {"__subclasses__", type_subclasses},
               {"__instancecheck__", type_instancecheck},
               {"__subclasscheck__", type_subclasscheck},
               {"__prepare__", type_prepare, NativeKind::class_method},
               {"__dir__", type_dir},
               {"__or__", union_or_method},
               {"__ror__", union_ror_method}});
  finish_builtin_type(vm, t);
}

} // namespace py
