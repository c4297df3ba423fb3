// __build_class__: what a class statement calls. Resolves the bases
// (__mro_entries__), the metaclass and its namespace (__prepare__), runs the
// class body in that namespace, then calls the metaclass.
#include <vector>

#include "python/builtins/functions.hpp"
#include "python/objects/cell.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/function.hpp"
#include "python/objects/list.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/eval.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/type_ops.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// Replaces bases that are not classes but have __mro_entries__ (typing
/// generics). Returns the new bases tuple; *changed tells whether it differs.
Value resolve_bases(VM& vm, Tuple* bases, bool* changed) {
  *changed = false;
  Ref result = Ref::steal(list_new(vm));
  if (!result) return {};
  for (size_t i = 0; i < bases->size; ++i) {
    Value base = bases->item(i);
    if (!is_instance(vm, base, vm.types.type)) {
      Ref entries = Ref::steal(get_attr_optional(vm, base, vm.names.mro_entries));
      if (error_pending(vm)) return {};
      if (entries) {
        Value arg = Value::object(bases);
        Ref replacement = Ref::steal(call(vm, *entries, &arg, 1));
        if (!replacement) return {};
        if (!is_instance(vm, *replacement, vm.types.tuple)) {
          return raise(vm, vm.exc.TypeError, "__mro_entries__ must return a tuple");
        }
        auto* t = replacement.as<Tuple>();
        for (size_t j = 0; j < t->size; ++j) {
          if (!list_append(vm, result.as<List>(), t->item(j))) return {};
        }
        *changed = true;
        continue;
      }
    }
    if (!list_append(vm, result.as<List>(), base)) return {};
  }
  return tuple_new(vm, result.as<List>()->items, result.as<List>()->size);
}

/// The most derived metaclass of `meta` and the bases' types.
Value winner_metaclass(VM& vm, Value meta, Tuple* bases) {
  if (!is_instance(vm, meta, vm.types.type)) return newref(meta);
  Type* winner = calculate_metaclass(vm, static_cast<Type*>(meta.as_object()), bases);
  return winner ? newref(Value::object(winner)) : Value();
}

} // namespace

Value builtin_build_class(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) return raise(vm, vm.exc.TypeError, "__build_class__: not enough arguments");
  if (vm.type_of(args[0]) != vm.types.function) {
    return raise(vm, vm.exc.TypeError, "__build_class__: func must be a function");
  }
  if (!is_instance(vm, args[1], vm.types.str)) {
    return raise(vm, vm.exc.TypeError, "__build_class__: name is not a string");
  }
  auto* body = static_cast<Function*>(args[0].as_object());
  Value name = args[1];
  Ref orig_bases = Ref::steal(tuple_new(vm, args + 2, nargs - 2));
  if (!orig_bases) return {};
  bool changed;
  Ref bases = Ref::steal(resolve_bases(vm, orig_bases.as<Tuple>(), &changed));
  if (!bases) return {};

  // Keyword arguments: metaclass= is ours, the rest go to the metaclass.
  Value meta;
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    if (static_cast<Str*>(kwnames->item(i).as_object())->view() == "metaclass") {
      meta = args[nargs + i];
    } else {
      kw_names.push_back(kwnames->item(i));
      kw_values.push_back(args[nargs + i]);
    }
  }
  Ref kw_tuple;
  if (!kw_names.empty()) {
    kw_tuple = Ref::steal(tuple_new(vm, kw_names.data(), kw_names.size()));
    if (!kw_tuple) return {};
  }
  auto* bt = bases.as<Tuple>();
  Ref metaclass;
  if (meta.is_null()) {
    meta = bt->size ? Value::object(vm.type_of(bt->item(0))) : Value::object(vm.types.type);
  }
  metaclass = Ref::steal(winner_metaclass(vm, meta, bt));
  if (!metaclass) return {};

  // The namespace: metaclass.__prepare__(name, bases, **kwds), or a dict.
  Ref ns;
  Ref prepare = Ref::steal(get_attr_optional(vm, *metaclass, vm.names.prepare));
  if (error_pending(vm)) return {};
  std::vector<Value> call_args = {name, *bases};
  call_args.insert(call_args.end(), kw_values.begin(), kw_values.end());
  if (prepare) {
    ns = Ref::steal(call(vm, *prepare, call_args.data(), 2, kw_tuple.as<Tuple>()));
  } else {
    ns = Ref::steal(dict_new(vm));
  }
  if (!ns) return {};
  if (!is_instance(vm, *ns, vm.types.dict)) {
    return raise(vm, vm.exc.TypeError,
                 cat(static_cast<Type*>(metaclass.get().as_object())->name->view(),
                     ".__prepare__() must return a mapping, not ", type_name(vm, *ns)));
  }

  // Run the body with the namespace as its locals.
  Frame* frame = make_frame(vm, body, nullptr, 0, nullptr);
  if (!frame) return {};
  frame->locals = ns.as<Dict>();
  incref(ns.as<Dict>());
  Ref cell = Ref::steal(run_frame(vm, frame));
  if (!cell) return {};
  if (changed && !dict_set_str(vm, ns.as<Dict>(), vm.names.orig_bases, *orig_bases)) return {};

  std::vector<Value> meta_args = {name, *bases, *ns};
  meta_args.insert(meta_args.end(), kw_values.begin(), kw_values.end());
  Ref cls = Ref::steal(call(vm, *metaclass, meta_args.data(), 3, kw_tuple.as<Tuple>()));
  if (!cls) return {};
  if (vm.type_of(*cell) == vm.types.cell) {
    Value contents = static_cast<Cell*>(cell.get().as_object())->value;
    if (contents != *cls) {
      if (contents.is_null()) {
        return raise(vm, vm.exc.RuntimeError,
                     cat("__class__ not set defining '",
                         static_cast<Str*>(name.as_object())->view(), "' as ", repr_text(vm, *cls),
                         ". Was __classcell__ propagated to type.__new__?"));
      }
      return raise(vm, vm.exc.TypeError,
                   cat("__class__ set to ", repr_text(vm, contents), " defining '",
                       static_cast<Str*>(name.as_object())->view(), "' as ", repr_text(vm, *cls)));
    }
  }
  return cls.release();
}

} // namespace py
