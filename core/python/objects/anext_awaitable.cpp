// anext_awaitable: drives the awaitable __anext__ returned (its __await__
// iterator, made on first use) and turns its StopAsyncIteration into
// StopIteration(default), so `await anext(it, default)` evaluates to default.
#include "python/objects/anext_awaitable.hpp"

#include "python/objects/generator.hpp"
#include "python/objects/init.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// The awaitable anext(it, default) returns.
struct AnextAwaitable : Object {
  /// What it.__anext__() returned, and the value to give when it is exhausted.
  Value wrapped;
  Value default_value;
  /// The iterator behind `await wrapped`, null until first resumed.
  Value iter;
};

AnextAwaitable* as_anext(Value v) { return static_cast<AnextAwaitable*>(v.as_object()); }

void anext_dealloc(Object* o) {
  auto* a = static_cast<AnextAwaitable*>(o);
  decref(a->wrapped);
  decref(a->default_value);
  decref(a->iter);
  o->type->vm->free_object(o, object_size(o));
}

/// The iterator to resume (borrowed), made on first use; null with an exception.
Value await_iter(VM& vm, AnextAwaitable* a) {
  if (a->iter.is_null()) a->iter = get_awaitable(vm, a->wrapped, 0);
  return a->iter;
}

/// A step's result as the iterator protocol wants it: the yielded value, or
/// StopIteration(value) when it returned, or StopIteration(default) when
/// the async iterator was exhausted.
Value step_result(VM& vm, AnextAwaitable* a, SendResult r, Value result) {
  if (r == SendResult::yielded) return result;
  if (r == SendResult::returned)
    return raise_args(vm, vm.exc.StopIteration, tuple_of(vm, {result}));
  if (pending_matches(vm, vm.exc.StopAsyncIteration)) {
    clear_exception(vm);
    return raise_args(vm, vm.exc.StopIteration, tuple_of(vm, {a->default_value}));
  }
  return {};
}

Value anext_send_value(VM& vm, Value self, Value value) {
  AnextAwaitable* a = as_anext(self);
  Value it = await_iter(vm, a);
  if (it.is_null()) return {};
  Value result;
  SendResult r = send_to(vm, it, value, &result);
  Value out = step_result(vm, a, r, result);
  if (r == SendResult::returned) decref(result);
  return out;
}

Value anext_next(VM& vm, Value self) { return anext_send_value(vm, self, Value::none()); }

Value anext_send(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "send", nargs - 1, kw, 1, 1)) return {};
  return anext_send_value(vm, args[0], args[1]);
}

/// throw(...) and close(): the iterator's own, with StopAsyncIteration mapped.
Value anext_forward(VM& vm, Value self, Str* name, const Value* args, size_t nargs) {
  AnextAwaitable* a = as_anext(self);
  Value it = await_iter(vm, a);
  if (it.is_null()) return {};
  Value r = call_method(vm, it, name, args, nargs);
  if (!r.is_null() || name == vm.names.close) return r;
  return step_result(vm, a, SendResult::error, Value());
}

Value anext_throw(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "throw", nargs - 1, kw, 1, 3)) return {};
  return anext_forward(vm, args[0], vm.names.throw_, args + 1, nargs - 1);
}

Value anext_close(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "close", nargs - 1, kw, 0, 0)) return {};
  return anext_forward(vm, args[0], vm.names.close, nullptr, 0);
}

Value anext_self(VM& vm, Value self) { return newref(self); }

Value anext_await(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__await__", nargs - 1, kw, 0, 0)) return {};
  return newref(args[0]);
}

} // namespace

Value anext_awaitable_new(VM& vm, Value awaitable, Value dflt) {
  auto* a = vm.allocate<AnextAwaitable>(vm.types.anext_awaitable);
  if (!a) return {};
  a->wrapped = newref(awaitable);
  a->default_value = newref(dflt);
  return Value::object(a);
}

void init_anext_awaitable_type(VM& vm) {
  Type* t = vm.types.anext_awaitable =
      new_builtin_type(vm, "anext_awaitable", vm.types.object, sizeof(AnextAwaitable), 0);
  t->dealloc = anext_dealloc;
  t->iter = anext_self;
  t->next = anext_next;
  t->new_ = nullptr;
  add_methods(vm, t,
              {{"send", anext_send},
               {"throw", anext_throw},
               {"close", anext_close},
               {"__await__", anext_await}});
  finish_builtin_type(vm, t);
}

} // namespace py
