// Generators, coroutines and async generators: a heap frame plus its state.
// The same machinery runs all three; asyncio's Task drives coroutines through it.
#pragma once

#include <cstdint>

#include "python/vm/object.hpp"
#include "python/vm/vm.hpp"

namespace py {

struct Code;
struct Frame;
struct Str;

/// Where a generator is in its life.
enum class GenState : uint8_t { created, suspended, running, finished };

/// What happened when a generator was resumed.
enum class SendResult : uint8_t {
  /// It yielded a value (it can be resumed again).
  yielded,
  /// It returned a value (it is finished).
  returned,
  /// It raised (the exception is pending in the VM).
  error,
};

/// A generator, coroutine or async generator (the type tells which).
struct Generator : Object {
  /// The suspended frame (owned; null once finished).
  Frame* frame;
  Code* code;
  Str* name;
  Str* qualname;
  GenState state;
  /// For async generators: an athrow/aclose is in progress (for its checks).
  bool async_running;
  /// The exception being handled inside the generator (sys.exc_info() is per
  /// generator): linked into the VM's chain while the frame runs.
  HandledException exc_state;
  /// For coroutines made in debug mode: where it was created (a list of
  /// (filename, lineno, name) tuples), else null.
  Value origin;
};

/// Wraps a frame made by make_frame for a generator/coroutine function into
/// the generator object that owns it (the type follows the code's flags).
Value generator_new(VM& vm, Frame* frame);
/// Resumes a generator with `value` (None to start or for next()), or throws
/// the pending exception into it when `throw_pending` is true. On yielded or
/// returned, *result holds a new reference.
SendResult generator_send(VM& vm, Generator* gen, Value value, Value* result,
                          bool throw_pending = false);
/// gen.close(): throws GeneratorExit in; false with an exception on error.
bool generator_close(VM& vm, Generator* gen);
/// GET_YIELD_FROM_ITER: iter(v), but generators pass through, and a coroutine
/// is only accepted when `in_coroutine` (the running code is a coroutine).
Value get_yield_from_iter(VM& vm, Value v, bool in_coroutine);
/// SEND: sends value into receiver (a generator, coroutine or any iterator).
SendResult send_to(VM& vm, Value receiver, Value value, Value* result);
/// GET_AWAITABLE: the iterator behind `await v` (where: 0 await, 1 __aenter__, 2 __aexit__).
Value get_awaitable(VM& vm, Value v, uint32_t where);
/// GET_AITER / GET_ANEXT.
Value get_aiter(VM& vm, Value v);
Value get_anext(VM& vm, Value aiter);
/// ASYNC_GEN_WRAP: marks a value yielded by an async generator.
Value async_gen_wrap(VM& vm, Value v);
/// The generator the eval loop may run itself for FOR_ITER or SEND sending
/// `value` to `receiver` (a new frame of the running loop instead of a C++
/// call of a new one), else null: a generator or coroutine (an async
/// generator's yields need wrapping) that is neither running nor finished,
/// sent None if it has not started.
inline Generator* generator_to_run_in_loop(VM& vm, Value receiver, Value value) {
  Type* t = vm.type_of(receiver);
  if (t != vm.types.generator && t != vm.types.coroutine) return nullptr;
  auto* gen = static_cast<Generator*>(receiver.as_object());
  bool resumable =
      gen->state == GenState::suspended || (gen->state == GenState::created && value.is_none());
  return resumable ? gen : nullptr;
}
/// gen's frame is about to run: its exception state goes on top of the VM's
/// chain. (The caller links the frame to its caller.)
inline void generator_enter(VM& vm, Generator* gen) {
  gen->state = GenState::running;
  gen->exc_state.previous = vm.handled;
  vm.handled = &gen->exc_state;
}
/// gen's frame yielded: it is suspended and its exception state leaves the chain.
inline void generator_suspend(VM& vm, Generator* gen) {
  gen->state = GenState::suspended;
  vm.handled = gen->exc_state.previous;
}
/// gen's frame returned, or raised (`raised`): it is finished, its exception
/// state leaves the chain, its frame is freed, and a StopIteration escaping it
/// becomes RuntimeError (PEP 479).
void generator_finish(VM& vm, Generator* gen, bool raised);
/// The object a suspended generator delegates to with `yield from` / `await`, or null.
Value generator_delegate(Generator* gen);

} // namespace py
