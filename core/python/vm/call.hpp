// Calling: the one entry point for calling any Python callable from C++, and
// the binding of arguments to a Python function's parameters.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "python/objects/code.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/function.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/object.hpp"
#include "python/vm/vm.hpp"

namespace py {

/// callable(*args, **kw): args holds the positional values followed by the
/// values of the keywords named in kwnames (null: none). New reference or null.
Value call(VM& vm, Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
inline Value call(VM& vm, Value callable, std::initializer_list<Value> args) {
  return call(vm, callable, args.begin(), args.size());
}
/// callable(self, *args, **kw): `call` with self before the arguments (for
/// bound methods and dunders looked up on the type).
Value call_with_self(VM& vm, Value callable, Value self, const Value* args, size_t nargs,
                     Tuple* kwnames = nullptr);
/// callable(*args_tuple, **kwargs_dict) (either may be null).
Value call_ex(VM& vm, Value callable, Value args_tuple, Value kwargs_dict);

/// The C++ function a CALL may run straight away, skipping `call`'s dispatch:
/// a built-in function (len) or an unbound method descriptor called on an
/// instance of exactly its owner type (xs.append after LOAD_METHOD). Null for
/// every other callable, which goes through `call`.
inline NativeFn direct_native(VM& vm, Value callable, const Value* args, size_t nargs) {
  Type* t = vm.type_of(callable);
  auto* fn = static_cast<NativeFunction*>(callable.as_object());
  if (t == vm.types.builtin_function) {
    return fn->kind == NativeKind::function && !fn->wrapper ? fn->fn : nullptr;
  }
  if (t == vm.types.method_descriptor && fn->kind == NativeKind::method && !fn->wrapper &&
      fn->self.is_null() && nargs > 0 && vm.type_of(args[0]) == fn->owner) {
    return fn->fn;
  }
  return nullptr;
}

/// Makes the frame for calling a Python function and binds the arguments to
/// its parameters (raising TypeError as CPython words it). Null on error.
Frame* make_frame(VM& vm, Function* fn, const Value* args, size_t nargs, Tuple* kwnames);
/// True when `nargs` positional arguments (no keywords) bind to `fn` by
/// plain copying (its code has plain_args) and fill the positional
/// parameters up to the defaults. The common call, which skips the binder.
inline bool simple_call(const Function* fn, size_t nargs) {
  const Code* co = fn->code;
  if (!co->plain_args) return false;
  if (nargs == co->argcount) return true;
  return nargs < co->argcount && fn->defaults && nargs + fn->defaults->size >= co->argcount;
}
/// make_frame for a simple_call. With `steal`, the frame takes over the
/// references to fn and in args (CALL moves them off the value stack); else it
/// takes new ones. Null with MemoryError (nothing taken). Always inline: the
/// eval loop's CALL makes every Python-to-Python frame here.
[[gnu::always_inline]] inline Frame* make_simple_frame(VM& vm, Function* fn, const Value* args,
                                                       size_t nargs, bool steal) {
  Code* co = fn->code;
  uint32_t nlocals = co->nlocals();
  void* memory = vm.frames.push(sizeof(Frame) + sizeof(Value) * (nlocals + co->stacksize));
  if (!memory) {
    raise_memory_error(vm);
    return nullptr;
  }
  auto* frame = static_cast<Frame*>(memory);
  frame->previous = nullptr;
  frame->code = co;
  frame->function = fn;
  if (!steal) incref(fn);
  frame->globals = fn->globals;
  frame->builtins = fn->builtins;
  frame->locals = nullptr;
  frame->ip = co->instructions.data();
  frame->generator = nullptr;
  frame->object = nullptr;
  frame->init_call = false;
  // One pass: the arguments, then unbound locals. (For the usual one to three
  // arguments a memcpy call costs more than the copy.)
  Value* lp = frame->localsplus();
  for (size_t i = 0; i < nlocals; ++i) lp[i] = i < nargs ? args[i] : Value();
  if (!steal) {
    for (size_t i = 0; i < nargs; ++i) incref(lp[i]);
  }
  size_t argcount = co->argcount;
  if (nargs < argcount) {
    size_t first_default = argcount - fn->defaults->size;
    for (size_t i = nargs; i < argcount; ++i) lp[i] = newref(fn->defaults->item(i - first_default));
  }
  frame->stack_top = lp + nlocals;
  return frame;
}
/// Gives back a frame made by make_frame that did not run to completion in the eval loop
/// (it releases the frame's values).
void release_frame(VM& vm, Frame* frame);
/// The first half of releasing a frame: detaches its frame object and releases its locals and
/// value stack (the memory and the function stay).
[[gnu::always_inline]] inline void release_frame_values(VM& vm, Frame* frame) {
  if (frame->object) frame_object_detach(vm, frame);
  for (Value* v = frame->localsplus(); v < frame->stack_top; ++v) {
    Value x = *v;
    *v = Value(); // a __del__ run by this decref may look at the frame
    decref(x);
  }
}
/// release_frame for a frame that CALL pushed (on the frame stack, a function's, no locals
/// dict) and that has returned: the eval loop's return path, inline.
[[gnu::always_inline]] inline void release_call_frame(VM& vm, Frame* frame) {
  release_frame_values(vm, frame);
  Function* fn = frame->function;
  vm.frames.pop(frame);
  decref(fn);
}

} // namespace py
