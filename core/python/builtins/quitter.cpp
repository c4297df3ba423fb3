// _sitebuiltins.Quitter: exit and quit print a hint as their repr and raise
// SystemExit(code) when called.
#include "python/builtins/quitter.hpp"

#include "python/objects/dict.hpp"
#include "python/objects/module.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// One Quitter: the name it is bound to in builtins ("exit" or "quit").
struct Quitter : Object {
  Str* name;
};

Quitter* as_quitter(Value v) { return static_cast<Quitter*>(v.as_object()); }

void quitter_dealloc(Object* o) {
  decref(static_cast<Quitter*>(o)->name);
  o->type->vm->free_object(o, object_size(o));
}

Value quitter_repr(VM& vm, Value self) {
  return str_new(vm,
                 cat("Use ", as_quitter(self)->name->view(), "() or Ctrl-D (i.e. EOF) to exit"));
}

/// exit(code=None): raises SystemExit(code).
Value quitter_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("__call__(code=None)");
  Value a[1];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return {};
  return raise_args(vm, vm.exc.SystemExit, tuple_of(vm, {a[0].is_null() ? Value::none() : a[0]}));
}

} // namespace

void add_quitters(VM& vm, Module* builtins) {
  Type* t = new_builtin_type(vm, "Quitter", vm.types.object, sizeof(Quitter), 0);
  t->dealloc = quitter_dealloc;
  t->repr = quitter_repr;
  t->call = quitter_call;
  t->new_ = nullptr;
  Ref module = Ref::steal(str_new(vm, "_sitebuiltins"));
  dict_set_str(vm, t->dict, vm.names.module, *module);
  finish_builtin_type(vm, t);
  for (const char* name : {"exit", "quit"}) {
    auto* q = vm.allocate<Quitter>(t);
    if (!q) return;
    q->name = str_intern(vm, name);
    incref(q->name);
    module_add(vm, builtins, name, Value::object(q));
  }
}

} // namespace py
