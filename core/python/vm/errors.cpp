#include "python/vm/errors.hpp"

#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/call.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// Makes `exc` (stolen) the pending exception, chaining the exception being
/// handled as its __context__ (breaking any cycle that would create), as
/// CPython's _PyErr_SetObject does.
void set_pending(VM& vm, Value exc) {
  Value handled = vm.current_handled();
  if (!handled.is_none() && handled != exc && is_instance(vm, exc, vm.exc.BaseException)) {
    auto* e = static_cast<BaseException*>(exc.as_object());
    // Cut the chain where it would loop back to exc.
    Value o = handled;
    while (true) {
      auto* oe = static_cast<BaseException*>(o.as_object());
      Value context = oe->context;
      if (context.is_null() || context.is_none()) break;
      if (context == exc) {
        oe->context = Value::none();
        decref(context);
        break;
      }
      o = context;
    }
    Value old = e->context;
    e->context = newref(handled);
    decref(old);
  }
  Value old_pending = vm.pending_exception;
  vm.pending_exception = exc;
  decref(old_pending);
}

} // namespace

Value raise(VM& vm, Type* type, std::string_view message) {
  Value exc = exception_new(vm, type, message);
  if (exc.is_null()) return {};
  set_pending(vm, exc);
  return {};
}

Value raise_args(VM& vm, Type* type, Value args) {
  Ref owned = Ref::steal(args);
  Value exc = exception_new_args(vm, type, args);
  if (exc.is_null()) return {};
  set_pending(vm, exc);
  return {};
}

Value raise_value(VM& vm, Value exception) {
  if (is_instance(vm, exception, vm.types.type) &&
      is_subtype(static_cast<Type*>(exception.as_object()), vm.exc.BaseException)) {
    Value instance = call(vm, exception, nullptr, 0);
    if (instance.is_null()) return {};
    if (!is_instance(vm, instance, vm.exc.BaseException)) {
      std::string msg =
          cat("calling ", repr_text(vm, exception),
              " should have returned an instance of BaseException, not ", type_name(vm, instance));
      decref(instance);
      return raise(vm, vm.exc.TypeError, msg);
    }
    set_pending(vm, instance);
    return {};
  }
  if (!is_instance(vm, exception, vm.exc.BaseException)) {
    return raise(vm, vm.exc.TypeError, "exceptions must derive from BaseException");
  }
  set_pending(vm, newref(exception));
  return {};
}

Value raise_memory_error(VM& vm) {
  Value old = vm.pending_exception;
  vm.pending_exception = newref(vm.memory_error);
  decref(old);
  return {};
}

Value raise_key_error(VM& vm, Value key) {
  Value args = tuple_of(vm, {key});
  if (args.is_null()) return {};
  return raise_args(vm, vm.exc.KeyError, args);
}

Value raise_stop_iteration(VM& vm, Value value) {
  if (value.is_none()) return raise(vm, vm.exc.StopIteration, "");
  Value args = tuple_of(vm, {value});
  if (args.is_null()) return {};
  return raise_args(vm, vm.exc.StopIteration, args);
}

Value raise_no_attribute(VM& vm, Value obj, Str* name) {
  std::string message;
  if (is_instance(vm, obj, vm.types.module)) {
    Value mod_name = dict_get_str(static_cast<Module*>(obj.as_object())->dict, vm.names.name);
    if (!mod_name.is_null() && is_instance(vm, mod_name, vm.types.str)) {
      message = cat("module '", static_cast<Str*>(mod_name.as_object())->view(),
                    "' has no attribute '", name->view(), "'");
    } else {
      message = cat("module has no attribute '", name->view(), "'");
    }
  } else if (is_instance(vm, obj, vm.types.type)) {
    message = cat("type object '", static_cast<Type*>(obj.as_object())->name->view(),
                  "' has no attribute '", name->view(), "'");
  } else {
    message = cat("'", type_name(vm, obj), "' object has no attribute '", name->view(), "'");
  }
  Value exc = exception_new(vm, vm.exc.AttributeError, message);
  if (exc.is_null()) return {};
  if (Dict* d = instance_dict(vm, exc)) {
    dict_set_str(vm, d, vm.names.name_, Value::object(name));
    dict_set_str(vm, d, vm.names.obj, obj);
  }
  set_pending(vm, exc);
  return {};
}

bool error_pending(const VM& vm) { return !vm.pending_exception.is_null(); }

bool pending_matches(VM& vm, Type* type) {
  return !vm.pending_exception.is_null() && is_instance(vm, vm.pending_exception, type);
}

Value fetch_exception(VM& vm) {
  Value exc = vm.pending_exception;
  vm.pending_exception = Value();
  return exc;
}

void restore_exception(VM& vm, Value exception) {
  Value old = vm.pending_exception;
  vm.pending_exception = exception;
  decref(old);
}

void clear_exception(VM& vm) { restore_exception(vm, Value()); }

std::string_view type_name(Type* t) { return t->name->view(); }

std::string_view type_name(VM& vm, Value v) { return vm.type_of(v)->name->view(); }

} // namespace py
