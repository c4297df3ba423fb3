// Generators, coroutines and async generators: resuming a suspended frame
// with a value or an exception, delegation through `yield from` / `await`,
// close(), and the awaitables of async generators (asend / athrow).
#include "python/objects/generator.hpp"

#include <cstdio>

#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/function.hpp"
#include "python/objects/init.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/eval.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/unraisable.hpp"
#include "python/vm/vm.hpp"
#include "python/vm/warnings.hpp"

namespace py {

namespace {

Generator* as_gen(Value v) { return static_cast<Generator*>(v.as_object()); }

bool is_coroutine(VM& vm, Value v) { return vm.type_of(v) == vm.types.coroutine; }
bool is_generator(VM& vm, Value v) { return vm.type_of(v) == vm.types.generator; }
bool is_async_generator(Generator* g) { return g->code->flags & kCoAsyncGenerator; }

/// What the kind of generator is called in messages.
const char* kind_name(Generator* g) {
  if (g->code->flags & kCoCoroutine) return "coroutine";
  if (g->code->flags & kCoAsyncGenerator) return "async generator";
  return "generator";
}

/// Frees a finished generator's frame.
void drop_frame(VM& vm, Generator* g) {
  if (!g->frame) return;
  Frame* f = g->frame;
  g->frame = nullptr;
  f->generator = nullptr;
  release_frame(vm, f);
}

/// Replaces a StopIteration escaping a generator with RuntimeError (PEP 479).
void convert_stop_iteration(VM& vm, Generator* g) {
  Type* escaped = is_async_generator(g) ? vm.exc.StopAsyncIteration : vm.exc.StopIteration;
  if (!pending_matches(vm, vm.exc.StopIteration) &&
      !(is_async_generator(g) && pending_matches(vm, escaped))) {
    return;
  }
  const char* what =
      pending_matches(vm, vm.exc.StopIteration) ? "StopIteration" : "StopAsyncIteration";
  Value cause = fetch_exception(vm);
  raise(vm, vm.exc.RuntimeError, cat(kind_name(g), " raised ", what));
  auto* e = static_cast<BaseException*>(vm.pending_exception.as_object());
  Value old_cause = e->cause;
  e->cause = cause;
  e->suppress_context = true;
  decref(old_cause);
  Value old_context = e->context;
  e->context = newref(cause);
  decref(old_context);
}

/// Runs the generator's frame in `mode`; the caller has pushed the value to send.
/// (The eval loop suspends or finishes the generator when its frame leaves.)
SendResult resume(VM& vm, Generator* g, ResumeMode mode, Value* result) {
  generator_enter(vm, g);
  Value r = run_frame(vm, g->frame, mode);
  // Still running: the frame never ran (no room under the recursion limit).
  if (g->state == GenState::running) generator_finish(vm, g, true);
  if (r.is_null()) return SendResult::error;
  *result = r;
  return g->state == GenState::suspended ? SendResult::yielded : SendResult::returned;
}

SendResult already_finished(VM& vm, Generator* g, bool throwing, Value* result) {
  if (throwing) return SendResult::error;
  if (g->code->flags & kCoCoroutine) {
    raise(vm, vm.exc.RuntimeError, "cannot reuse already awaited coroutine");
    return SendResult::error;
  }
  *result = Value::none();
  return SendResult::returned;
}

} // namespace

Value generator_new(VM& vm, Frame* frame) {
  Code* code = frame->code;
  Type* type = code->flags & kCoCoroutine        ? vm.types.coroutine
               : code->flags & kCoAsyncGenerator ? vm.types.async_generator
                                                 : vm.types.generator;
  Generator* g = vm.allocate<Generator>(type);
  if (!g) {
    release_frame(vm, frame);
    return {};
  }
  g->frame = frame;
  frame->generator = g;
  g->code = code;
  incref(code);
  Function* fn = frame->function;
  g->name = fn ? fn->name : code->name;
  g->qualname = fn ? fn->qualname : code->qualname;
  incref(g->name);
  incref(g->qualname);
  g->state = GenState::created;
  g->exc_state = {Value::none(), nullptr};
  return Value::object(g);
}

SendResult generator_send(VM& vm, Generator* g, Value value, Value* result, bool throw_pending) {
  if (g->state == GenState::running) {
    const char* msg = g->code->flags & kCoCoroutine ? "coroutine already executing"
                      : is_async_generator(g)       ? "async generator already executing"
                                                    : "generator already executing";
    if (throw_pending) clear_exception(vm);
    raise(vm, vm.exc.ValueError, msg);
    return SendResult::error;
  }
  if (g->state == GenState::finished) return already_finished(vm, g, throw_pending, result);
  if (throw_pending) {
    if (g->state == GenState::created) {
      // Thrown before it started: it finishes without running.
      g->state = GenState::finished;
      drop_frame(vm, g);
      return SendResult::error;
    }
    return resume(vm, g, ResumeMode::throw_in, result);
  }
  if (g->state == GenState::created) {
    if (!value.is_none()) {
      raise(vm, vm.exc.TypeError,
            cat("can't send non-None value to a just-started ", kind_name(g)));
      return SendResult::error;
    }
    return resume(vm, g, ResumeMode::start, result);
  }
  *g->frame->stack_top++ = newref(value);
  return resume(vm, g, ResumeMode::after_yield, result);
}

void generator_finish(VM& vm, Generator* g, bool raised) {
  vm.handled = g->exc_state.previous;
  g->state = GenState::finished;
  decref(g->exc_state.exception);
  g->exc_state.exception = Value::none();
  drop_frame(vm, g);
  if (raised) convert_stop_iteration(vm, g);
}

Value generator_delegate(Generator* g) {
  if (g->state != GenState::suspended || !g->frame) return {};
  const uint32_t* ip = g->frame->ip;
  if (ip == g->code->instructions.data() || opcode_of(ip[-1]) != Op::SEND) return {};
  return g->frame->stack_top[-1];
}

namespace {

/// Throws the pending exception into g, first into the object g is
/// delegating to (yield from / await), as CPython's gen_throw does.
SendResult generator_throw(VM& vm, Generator* g, Value* result) {
  Value delegate = generator_delegate(g);
  if (!delegate.is_null()) {
    Ref yf = Ref::borrow(delegate);
    SendResult r;
    Value inner;
    if (pending_matches(vm, vm.exc.GeneratorExit)) {
      // close() the delegate, then let GeneratorExit hit the generator itself.
      Value exc = fetch_exception(vm);
      bool closed;
      if (vm.type_of(*yf) == vm.types.generator || vm.type_of(*yf) == vm.types.coroutine) {
        closed = generator_close(vm, as_gen(*yf));
      } else {
        Ref close = Ref::steal(get_attr_optional(vm, *yf, vm.names.close));
        closed = !error_pending(vm);
        if (close) closed = bool(Ref::steal(call(vm, *close, nullptr, 0)));
      }
      if (!closed) {
        decref(exc);
      } else {
        restore_exception(vm, exc);
      }
      r = SendResult::error;
    } else if (vm.type_of(*yf) == vm.types.generator || vm.type_of(*yf) == vm.types.coroutine) {
      g->state = GenState::running;
      r = generator_throw(vm, as_gen(*yf), &inner);
      g->state = GenState::suspended;
    } else {
      Value exc = fetch_exception(vm);
      Ref throw_method = Ref::steal(get_attr_optional(vm, *yf, vm.names.throw_));
      if (!throw_method) {
        if (error_pending(vm)) {
          decref(exc);
          r = SendResult::error;
        } else {
          restore_exception(vm, exc);
          r = SendResult::error;
        }
      } else {
        g->state = GenState::running;
        inner = call(vm, *throw_method, {exc});
        g->state = GenState::suspended;
        decref(exc);
        r = inner.is_null() ? SendResult::error : SendResult::yielded;
      }
    }
    if (r == SendResult::yielded) {
      *result = inner;
      return SendResult::yielded;
    }
    // The delegate finished: pop it and resume the generator after its SEND
    // loop, with the delegate's return value or its exception.
    Frame* f = g->frame;
    decref(*--f->stack_top);
    uint32_t send_word = f->ip[-1];
    f->ip = g->code->instructions.data() + arg_of(send_word);
    if (r == SendResult::returned) {
      *f->stack_top++ = inner;
      return resume(vm, g, ResumeMode::start, result);
    }
    if (pending_matches(vm, vm.exc.StopIteration)) {
      Value stop = fetch_exception(vm);
      Value v = get_attr_optional(vm, stop, vm.names.value);
      decref(stop);
      if (v.is_null()) v = Value::none();
      *f->stack_top++ = v;
      return resume(vm, g, ResumeMode::start, result);
    }
    // Raise at the instruction after the loop (still inside the same handlers).
    f->ip = f->ip - 1;
    return resume(vm, g, ResumeMode::throw_in, result);
  }
  return generator_send(vm, g, Value::none(), result, true);
}

} // namespace

bool generator_close(VM& vm, Generator* g) {
  if (g->state == GenState::finished) return true;
  if (g->state == GenState::created) {
    g->state = GenState::finished;
    drop_frame(vm, g);
    return true;
  }
  raise(vm, vm.exc.GeneratorExit, "");
  Value result;
  SendResult r = generator_throw(vm, g, &result);
  if (r == SendResult::yielded) {
    decref(result);
    raise(vm, vm.exc.RuntimeError, cat(kind_name(g), " ignored GeneratorExit"));
    return false;
  }
  if (r == SendResult::returned) {
    decref(result);
    return true;
  }
  if (pending_matches(vm, vm.exc.GeneratorExit) || pending_matches(vm, vm.exc.StopIteration)) {
    clear_exception(vm);
    return true;
  }
  return false;
}

namespace {

// ----- the generator type ---------------------------------------------------------

void generator_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  VM& vm = *o->type->vm;
  if (g->state == GenState::created && (g->code->flags & kCoCoroutine)) {
    o->refcount = 1;
    Value saved = fetch_exception(vm);
    if (!warn(vm, vm.exc.RuntimeWarning,
              cat("coroutine '", g->qualname->view(), "' was never awaited"))) {
      report_unraisable(vm, "Exception ignored in", Value::object(o));
    }
    restore_exception(vm, saved);
    --o->refcount;
  } else if (g->state == GenState::suspended) {
    o->refcount = 1;
    Value saved = fetch_exception(vm);
    if (!generator_close(vm, g)) report_unraisable(vm, "Exception ignored in", Value::object(o));
    restore_exception(vm, saved);
    if (--o->refcount != 0) return;
  }
  drop_frame(vm, g);
  decref(g->code);
  decref(g->name);
  decref(g->qualname);
  decref(g->exc_state.exception);
  decref(g->origin);
  vm.free_object(o, object_size(o));
}

Value generator_repr(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  Generator* g = as_gen(self);
  const char* kind = vm.type_of(self) == vm.types.coroutine         ? "coroutine"
                     : vm.type_of(self) == vm.types.async_generator ? "async_generator"
                                                                    : "generator";
  return str_new(vm, cat("<", kind, " object ", g->qualname->view(), " at ", address, ">"));
}

Value generator_iter(VM& vm, Value self) { return newref(self); }

Value generator_next(VM& vm, Value self) {
  Value result;
  SendResult r = generator_send(vm, as_gen(self), Value::none(), &result);
  if (r == SendResult::yielded) return result;
  if (r == SendResult::returned) {
    if (!result.is_none()) raise_stop_iteration(vm, result);
    decref(result);
  }
  return {};
}

/// The outcome of send/throw as a method: the yielded value, or StopIteration(value).
Value method_result(VM& vm, SendResult r, Value result) {
  if (r == SendResult::yielded) return result;
  if (r == SendResult::returned) {
    raise_stop_iteration(vm, result);
    decref(result);
  }
  return {};
}

Value gen_send(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "send", nargs - 1, kw, 1, 1)) return {};
  Value result;
  SendResult r = generator_send(vm, as_gen(args[0]), args[1], &result);
  return method_result(vm, r, result);
}

/// Makes the exception throw(typ[, val[, tb]]) raises pending.
bool make_thrown(VM& vm, const Value* args, size_t nargs) {
  Value type = args[0];
  Value value = nargs > 1 ? args[1] : Value::none();
  Value tb = nargs > 2 ? args[2] : Value::none();
  if (!tb.is_none() && vm.type_of(tb) != vm.types.traceback) {
    raise(vm, vm.exc.TypeError, "throw() third argument must be a traceback object");
    return false;
  }
  if (is_instance(vm, type, vm.types.type) &&
      is_subtype(static_cast<Type*>(type.as_object()), vm.exc.BaseException)) {
    Ref exc;
    if (value.is_none()) {
      exc = Ref::steal(call(vm, type, nullptr, 0));
    } else if (is_instance(vm, value, static_cast<Type*>(type.as_object()))) {
      exc = Ref::borrow(value);
    } else {
      exc = Ref::steal(call(vm, type, {value}));
    }
    if (!exc) return false;
    restore_exception(vm, exc.release());
  } else if (is_instance(vm, type, vm.exc.BaseException)) {
    if (!value.is_none()) {
      raise(vm, vm.exc.TypeError, "instance exception may not have a separate value");
      return false;
    }
    restore_exception(vm, newref(type));
  } else {
    raise(vm, vm.exc.TypeError,
          cat("exceptions must be classes or instances deriving from BaseException, not ",
              type_name(vm, type)));
    return false;
  }
  if (!tb.is_none()) {
    auto* e = static_cast<BaseException*>(vm.pending_exception.as_object());
    Value old = e->traceback;
    e->traceback = newref(tb);
    decref(old);
  }
  return true;
}

Value gen_throw(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "throw", nargs - 1, kw, 1, 3)) return {};
  if (!make_thrown(vm, args + 1, nargs - 1)) return {};
  Value result;
  SendResult r = generator_throw(vm, as_gen(args[0]), &result);
  return method_result(vm, r, result);
}

Value gen_close(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "close", nargs - 1, kw, 0, 0)) return {};
  if (!generator_close(vm, as_gen(args[0]))) return {};
  return Value::none();
}

Value gen_get_name(VM& vm, Value self) { return newref(Value::object(as_gen(self)->name)); }
Value gen_get_qualname(VM& vm, Value self) { return newref(Value::object(as_gen(self)->qualname)); }
Value gen_get_running(VM& vm, Value self) {
  return Value::boolean(as_gen(self)->state == GenState::running);
}
Value gen_get_suspended(VM& vm, Value self) {
  return Value::boolean(as_gen(self)->state == GenState::suspended);
}
Value gen_get_code(VM& vm, Value self) { return newref(Value::object(as_gen(self)->code)); }
/// gi_frame: a snapshot of the suspended frame, None once the generator finished.
Value gen_get_frame(VM& vm, Value self) {
  Frame* frame = as_gen(self)->frame;
  return frame ? frame_object_new(vm, frame) : Value::none();
}
Value gen_get_yieldfrom(VM& vm, Value self) {
  Value d = generator_delegate(as_gen(self));
  return d.is_null() ? Value::none() : newref(d);
}
Value coro_get_origin(VM& vm, Value self) {
  Value o = as_gen(self)->origin;
  return o.is_null() ? Value::none() : newref(o);
}

// ----- coroutine.__await__() -----------------------------------------------------------

/// The iterator coroutine.__await__() returns: forwards to the coroutine.
struct CoroutineWrapper : Object {
  Value coroutine;
};

void wrapper_dealloc(Object* o) {
  decref(static_cast<CoroutineWrapper*>(o)->coroutine);
  o->type->vm->free_object(o, object_size(o));
}

Value coro_await(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__await__", nargs - 1, kw, 0, 0)) return {};
  auto* w = vm.allocate<CoroutineWrapper>(vm.types.coroutine_wrapper);
  if (!w) return {};
  w->coroutine = newref(args[0]);
  return Value::object(w);
}

Value wrapper_next(VM& vm, Value self) {
  return generator_next(vm, static_cast<CoroutineWrapper*>(self.as_object())->coroutine);
}

/// send/throw/close of the wrapper: the coroutine's own, with the coroutine as self.
template <NativeFn method>
Value wrapper_forward(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  std::vector<Value> all(args, args + nargs + (kw ? kw->size : 0));
  all[0] = static_cast<CoroutineWrapper*>(args[0].as_object())->coroutine;
  return method(vm, all.data(), nargs, kw);
}

// ----- async generators -------------------------------------------------------------

/// A value an async generator yielded to its consumer (as opposed to a value
/// it passes up to the event loop while awaiting).
struct AsyncGenWrapped : Object {
  Value value;
};

void wrapped_dealloc(Object* o) {
  decref(static_cast<AsyncGenWrapped*>(o)->value);
  o->type->vm->free_object(o, object_size(o));
}

/// The awaitable of agen.asend(v) / agen.__anext__() / agen.athrow(…) / agen.aclose().
struct AsyncGenStep : Object {
  Value generator;
  /// asend: the value to send first; athrow: the exception to throw (null for aclose).
  Value payload;
  /// 0 not started, 1 started, 2 done.
  uint8_t state;
  bool is_close;
};

void step_dealloc(Object* o) {
  auto* s = static_cast<AsyncGenStep*>(o);
  decref(s->generator);
  decref(s->payload);
  o->type->vm->free_object(o, object_size(o));
}

Value step_new(VM& vm, Type* type, Value gen, Value payload, bool is_close) {
  auto* s = vm.allocate<AsyncGenStep>(type);
  if (!s) return {};
  s->generator = newref(gen);
  s->payload = newref(payload);
  s->is_close = is_close;
  return Value::object(s);
}

/// Interprets one resumption of an async generator for its awaitable: a
/// wrapped yield completes the step (StopIteration(value)); anything else
/// is passed up to the awaiting task; a return ends the iteration.
Value step_outcome(VM& vm, AsyncGenStep* step, SendResult r, Value result) {
  if (r == SendResult::yielded) {
    if (vm.type_of(result) == vm.types.async_gen_wrapped) {
      step->state = 2;
      Value v = newref(static_cast<AsyncGenWrapped*>(result.as_object())->value);
      decref(result);
      if (step->is_close) {
        decref(v);
        return raise(vm, vm.exc.RuntimeError, "async generator ignored GeneratorExit");
      }
      raise_stop_iteration(vm, v);
      decref(v);
      return {};
    }
    return result;
  }
  step->state = 2;
  if (r == SendResult::returned) {
    decref(result);
    if (step->is_close) return raise(vm, vm.exc.StopIteration, "");
    return raise(vm, vm.exc.StopAsyncIteration, "");
  }
  if (step->is_close && (pending_matches(vm, vm.exc.GeneratorExit) ||
                         pending_matches(vm, vm.exc.StopAsyncIteration))) {
    clear_exception(vm);
    return raise(vm, vm.exc.StopIteration, "");
  }
  return {};
}

Value step_send(VM& vm, Value self, Value value) {
  auto* step = static_cast<AsyncGenStep*>(self.as_object());
  Generator* g = as_gen(step->generator);
  if (step->state == 2) {
    return raise(vm, vm.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  Value result;
  SendResult r;
  bool is_asend = vm.type_of(self) == vm.types.async_gen_asend;
  if (step->state == 0) {
    step->state = 1;
    if (is_asend) {
      if (g->state == GenState::finished) {
        step->state = 2;
        return raise(vm, vm.exc.StopAsyncIteration, "");
      }
      r = generator_send(vm, g, value.is_none() ? step->payload : value, &result);
    } else {
      if (g->state == GenState::finished || g->state == GenState::created) {
        step->state = 2;
        if (g->state == GenState::created && step->is_close) {
          generator_close(vm, g);
          return raise(vm, vm.exc.StopIteration, "");
        }
        if (step->is_close) return raise(vm, vm.exc.StopIteration, "");
      }
      if (step->is_close) {
        raise(vm, vm.exc.GeneratorExit, "");
      } else {
        restore_exception(vm, newref(step->payload));
      }
      r = generator_throw(vm, g, &result);
    }
  } else {
    r = generator_send(vm, g, value, &result);
  }
  return step_outcome(vm, step, r, result);
}

Value step_next(VM& vm, Value self) {
  Value v = step_send(vm, self, Value::none());
  return v;
}

Value step_send_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "send", nargs - 1, kw, 1, 1)) return {};
  return step_send(vm, args[0], args[1]);
}

Value step_throw_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "throw", nargs - 1, kw, 1, 3)) return {};
  auto* step = static_cast<AsyncGenStep*>(args[0].as_object());
  if (!make_thrown(vm, args + 1, nargs - 1)) return {};
  Value result;
  SendResult r = generator_throw(vm, as_gen(step->generator), &result);
  return step_outcome(vm, step, r, result);
}

Value step_close_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static_cast<AsyncGenStep*>(args[0].as_object())->state = 2;
  return Value::none();
}

Value agen_anext(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__anext__", nargs - 1, kw, 0, 0)) return {};
  return step_new(vm, vm.types.async_gen_asend, args[0], Value::none(), false);
}

Value agen_asend(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "asend", nargs - 1, kw, 1, 1)) return {};
  return step_new(vm, vm.types.async_gen_asend, args[0], args[1], false);
}

Value agen_athrow(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "athrow", nargs - 1, kw, 1, 3)) return {};
  if (!make_thrown(vm, args + 1, nargs - 1)) return {};
  Value exc = fetch_exception(vm);
  Value s = step_new(vm, vm.types.async_gen_athrow, args[0], exc, false);
  decref(exc);
  return s;
}

Value agen_aclose(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "aclose", nargs - 1, kw, 0, 0)) return {};
  return step_new(vm, vm.types.async_gen_athrow, args[0], Value(), true);
}

Value agen_aiter(VM& vm, const Value* args, size_t nargs, Tuple* kw) { return newref(args[0]); }

Value self_iter(VM& vm, Value self) { return newref(self); }

/// Creates one of the generator types with the shared slots and attributes.
Type* make_generator_type(VM& vm, const char* name, const char* prefix) {
  Type* t = new_builtin_type(vm, name, vm.types.object, sizeof(Generator), 0);
  t->dealloc = generator_dealloc;
  t->repr = generator_repr;
  t->new_ = nullptr;
  std::string p = prefix;
  add_getsets(vm, t,
              {{"__name__", gen_get_name},
               {"__qualname__", gen_get_qualname},
               {(p + "_running").c_str(), gen_get_running},
               {(p + "_suspended").c_str(), gen_get_suspended},
               {(p + "_code").c_str(), gen_get_code},
               {(p + "_frame").c_str(), gen_get_frame}});
  return t;
}

} // namespace

Value get_yield_from_iter(VM& vm, Value v, bool in_coroutine) {
  if (is_coroutine(vm, v)) {
    if (!in_coroutine) {
      return raise(vm, vm.exc.TypeError,
                   "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return newref(v);
  }
  if (is_generator(vm, v)) return newref(v);
  return get_iter(vm, v);
}

SendResult send_to(VM& vm, Value receiver, Value value, Value* result) {
  Type* t = vm.type_of(receiver);
  if (t == vm.types.generator || t == vm.types.coroutine) {
    return generator_send(vm, as_gen(receiver), value, result);
  }
  Value r;
  if (value.is_none() && t->next) {
    r = t->next(vm, receiver);
  } else {
    r = call_method(vm, receiver, vm.names.send, &value, 1);
  }
  if (!r.is_null()) {
    *result = r;
    return SendResult::yielded;
  }
  if (!error_pending(vm)) {
    *result = Value::none();
    return SendResult::returned;
  }
  if (pending_matches(vm, vm.exc.StopIteration)) {
    Value stop = fetch_exception(vm);
    Value v = get_attr_optional(vm, stop, vm.names.value);
    decref(stop);
    clear_exception(vm);
    *result = v.is_null() ? Value::none() : v;
    return SendResult::returned;
  }
  return SendResult::error;
}

Value get_awaitable(VM& vm, Value v, uint32_t where) {
  Type* t = vm.type_of(v);
  if (t == vm.types.coroutine) {
    if (!generator_delegate(as_gen(v)).is_null() && as_gen(v)->state == GenState::running) {
      return raise(vm, vm.exc.RuntimeError, "coroutine is being awaited already");
    }
    return newref(v);
  }
  if (t == vm.types.generator && (as_gen(v)->code->flags & kCoIterableCoroutine)) return newref(v);
  Value method = lookup_type(vm, t, vm.names.await);
  if (method.is_null()) {
    if (where == 1) {
      return raise(vm, vm.exc.TypeError,
                   cat("'async with' received an object from __aenter__ that does not implement "
                       "__await__: ",
                       t->name->view()));
    }
    if (where == 2) {
      return raise(vm, vm.exc.TypeError,
                   cat("'async with' received an object from __aexit__ that does not implement "
                       "__await__: ",
                       t->name->view()));
    }
    return raise(vm, vm.exc.TypeError,
                 cat("object ", t->name->view(), " can't be used in 'await' expression"));
  }
  Ref hold = Ref::borrow(method);
  Value it = call(vm, method, {v});
  if (it.is_null()) return {};
  if (is_coroutine(vm, it)) {
    decref(it);
    return raise(vm, vm.exc.TypeError, "__await__() returned a coroutine");
  }
  if (!vm.type_of(it)->next) {
    std::string_view tn = type_name(vm, it);
    decref(it);
    return raise(vm, vm.exc.TypeError, cat("__await__() returned non-iterator of type '", tn, "'"));
  }
  return it;
}

Value get_aiter(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  Value method = lookup_type(vm, t, vm.names.aiter);
  if (method.is_null()) {
    return raise(
        vm, vm.exc.TypeError,
        cat("'async for' requires an object with __aiter__ method, got ", t->name->view()));
  }
  Ref hold = Ref::borrow(method);
  Value it = call(vm, method, {v});
  if (it.is_null()) return {};
  if (lookup_type(vm, vm.type_of(it), vm.names.anext).is_null()) {
    std::string_view tn = type_name(vm, it);
    decref(it);
    return raise(vm, vm.exc.TypeError,
                 cat("'async for' received an object from __aiter__ that does not implement "
                     "__anext__: ",
                     tn));
  }
  return it;
}

Value get_anext(VM& vm, Value aiter) {
  Type* t = vm.type_of(aiter);
  if (t == vm.types.async_generator) {
    return step_new(vm, vm.types.async_gen_asend, aiter, Value::none(), false);
  }
  Value method = lookup_type(vm, t, vm.names.anext);
  if (method.is_null()) {
    return raise(
        vm, vm.exc.TypeError,
        cat("'async for' requires an iterator with __anext__ method, got ", t->name->view()));
  }
  Ref hold = Ref::borrow(method);
  Ref awaitable = Ref::steal(call(vm, method, {aiter}));
  if (!awaitable) return {};
  Value it = get_awaitable(vm, *awaitable, 0);
  if (it.is_null() && pending_matches(vm, vm.exc.TypeError)) {
    clear_exception(vm);
    return raise(
        vm, vm.exc.TypeError,
        cat("'async for' received an invalid object from __anext__: ", type_name(vm, *awaitable)));
  }
  return it;
}

Value async_gen_wrap(VM& vm, Value v) {
  auto* w = vm.allocate<AsyncGenWrapped>(vm.types.async_gen_wrapped);
  if (!w) return {};
  w->value = newref(v);
  return Value::object(w);
}

void init_generator_types(VM& vm) {
  Type* t = vm.types.generator = make_generator_type(vm, "generator", "gi");
  t->iter = generator_iter;
  t->next = generator_next;
  add_methods(vm, t, {{"send", gen_send}, {"throw", gen_throw}, {"close", gen_close}});
  add_getsets(vm, t, {{"gi_yieldfrom", gen_get_yieldfrom}});
  finish_builtin_type(vm, t);

  t = vm.types.coroutine = make_generator_type(vm, "coroutine", "cr");
  add_methods(
      vm, t,
      {{"send", gen_send}, {"throw", gen_throw}, {"close", gen_close}, {"__await__", coro_await}});
  add_getsets(vm, t, {{"cr_await", gen_get_yieldfrom}, {"cr_origin", coro_get_origin}});
  finish_builtin_type(vm, t);

  t = vm.types.coroutine_wrapper =
      new_builtin_type(vm, "coroutine_wrapper", vm.types.object, sizeof(CoroutineWrapper), 0);
  t->dealloc = wrapper_dealloc;
  t->iter = self_iter;
  t->next = wrapper_next;
  t->new_ = nullptr;
  add_methods(vm, t,
              {{"send", wrapper_forward<gen_send>},
               {"throw", wrapper_forward<gen_throw>},
               {"close", wrapper_forward<gen_close>}});
  finish_builtin_type(vm, t);

  t = vm.types.async_generator = make_generator_type(vm, "async_generator", "ag");
  add_methods(vm, t,
              {{"__anext__", agen_anext},
               {"__aiter__", agen_aiter},
               {"asend", agen_asend},
               {"athrow", agen_athrow},
               {"aclose", agen_aclose}});
  add_getsets(vm, t, {{"ag_await", gen_get_yieldfrom}});
  finish_builtin_type(vm, t);

  for (Type** slot : {&vm.types.async_gen_asend, &vm.types.async_gen_athrow}) {
    const char* name =
        slot == &vm.types.async_gen_asend ? "async_generator_asend" : "async_generator_athrow";
    t = *slot = new_builtin_type(vm, name, vm.types.object, sizeof(AsyncGenStep), 0);
    t->dealloc = step_dealloc;
    t->iter = self_iter;
    t->next = step_next;
    t->new_ = nullptr;
    add_methods(vm, t,
                {{"send", step_send_method},
                 {"throw", step_throw_method},
                 {"close", step_close_method},
                 {"__await__", agen_aiter}});
    finish_builtin_type(vm, t);
  }

  t = vm.types.async_gen_wrapped = new_builtin_type(vm, "async_generator_wrapped_value",
                                                    vm.types.object, sizeof(AsyncGenWrapped), 0);
  t->dealloc = wrapped_dealloc;
  t->new_ = nullptr;
  finish_builtin_type(vm, t);
}

} // namespace py
