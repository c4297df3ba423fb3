// Calling: the one entry point for calling any Python callable from C++, and
// the binding of arguments to a Python function's parameters.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "python/objects/code.hpp"
#include "python/objects/function.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Frame;

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

/// Makes the frame for calling a Python function and binds the arguments to
/// its parameters (raising TypeError as CPython words it). Null on error.
Frame* make_frame(VM& vm, Function* fn, const Value* args, size_t nargs, Tuple* kwnames);
/// True when `nargs` positional arguments (no keywords) bind to `fn` by
/// plain copying: no *args, **kwargs, keyword-only parameters, cells or free
/// variables, not a generator, and the arguments fill the positional
/// parameters up to the defaults. The common call, which skips the binder.
inline bool simple_call(const Function* fn, size_t nargs) {
  const Code* co = fn->code;
  constexpr uint32_t kComplex =
      kCoVarargs | kCoVarKeywords | kCoGenerator | kCoCoroutine | kCoAsyncGenerator;
  if ((co->flags & kComplex) || co->kwonlyargcount || co->ncells() || co->nfrees()) return false;
  if (nargs == co->argcount) return true;
  return nargs < co->argcount && fn->defaults && nargs + fn->defaults->size >= co->argcount;
}
/// make_frame for a simple_call. With `steal`, the frame takes over the
/// references in args (CALL moves its arguments off the value stack); else it
/// takes new ones. Null with MemoryError.
Frame* make_simple_frame(VM& vm, Function* fn, const Value* args, size_t nargs, bool steal);
/// Gives back a frame made by make_frame that did not run to completion in the eval loop
/// (it releases the frame's values).
void release_frame(VM& vm, Frame* frame);

} // namespace py
