// The eval loop. Registers (ip, sp, locals) live in C++ locals; the frame
// keeps the current instruction so that tracebacks, generators and callers
// can find it. Calls between Python functions push frames and continue in the
// same loop; an exception unwinds through the exception table of each frame
// (see compile/compiler.cpp for the handler conventions, which are CPython
// 3.11's).
#include "python/vm/eval.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "python/objects/cell.hpp"
#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/float.hpp"
#include "python/objects/function.hpp"
#include "python/objects/generator.hpp"
#include "python/objects/int.hpp"
#include "python/objects/iterators.hpp"
#include "python/objects/list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/object.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/set.hpp"
#include "python/objects/slice.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/eval_support.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/import.hpp"
#include "python/vm/opcodes.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/slots.hpp"
#include "python/vm/traceback.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// LOAD_ATTR / STORE_ATTR's fast path: the instance __dict__ entry that holds
/// obj.name, where the instruction's cache saw it last (kAttrInstance), or
/// null; *dict is set to the __dict__ it is in.
inline DictEntry* cached_instance_entry(VM& vm, Value obj, Str* name, const InlineCache& c,
                                        Dict** dict) {
  uint64_t version = vm.type_of(obj)->version;
  if (c.kind != kAttrInstance || (c.version != version && c.version2 != version)) return nullptr;
  *dict = existing_instance_dict(obj);
  return *dict ? dict_entry_at(*dict, Value::object(name), c.index) : nullptr;
}

/// True when `a += b` may grow the str a in place (BINARY_OP before a
/// STORE_FAST to a's own local): both exact strs, and nothing but that local
/// and the value stack holds a (interned and immortal strs are shared).
inline bool appendable_str(VM& vm, Value a, Value b) {
  if (vm.type_of(a) != vm.types.str || vm.type_of(b) != vm.types.str) return false;
  auto* s = static_cast<Str*>(a.as_object());
  return s->refcount == 2 && !s->interned && !(s->flags & kImmortal);
}

/// Small-int arithmetic with overflow to BigInt; null Value when not both small.
inline bool small_pair(Value a, Value b) { return (a.bits() & b.bits() & 1) != 0; }

/// Pushes a frame made by CALL: links it and counts the depth.
inline bool enter_frame(VM& vm, Frame* callee, Frame* caller) {
  callee->previous = caller;
  vm.current_frame = callee;
  if (++vm.depth > vm.recursion_limit) {
    raise(vm, vm.exc.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  return true;
}

/// FOR_ITER or SEND resuming a generator that generator_to_run_in_loop gave,
/// with `value` (owned) sent in: links the generator's frame to `caller` for
/// this loop to run next, as CALL does a function's. Null when there is no
/// room under the recursion limit (RecursionError pending, generator finished).
inline Frame* enter_generator(VM& vm, Generator* g, Frame* caller, Value value) {
  Frame* callee = g->frame;
  if (g->state == GenState::suspended) {
    // Resumed after its yield, which evaluates to the value sent.
    *callee->stack_top++ = value;
    ++callee->ip;
  } else {
    decref(value);
  }
  generator_enter(vm, g);
  if (!enter_frame(vm, callee, caller)) {
    --vm.depth;
    vm.current_frame = caller;
    generator_finish(vm, g, true);
    return nullptr;
  }
  return callee;
}

/// Fast path of BINARY_OP for two small ints; null when not handled. Inline in
/// the handler, so that the switch on the operator has a branch of its own.
[[gnu::always_inline]] inline Value small_int_binary(VM& vm, int64_t x, int64_t y, BinaryOp op) {
  int64_t r;
  switch (op) {
  case BinaryOp::add:
  case BinaryOp::inplace_add: return int_from_int64(vm, x + y);
  case BinaryOp::subtract:
  case BinaryOp::inplace_subtract: return int_from_int64(vm, x - y);
  case BinaryOp::multiply:
  case BinaryOp::inplace_multiply:
    if (!__builtin_mul_overflow(x, y, &r)) return int_from_int64(vm, r);
    return {};
  case BinaryOp::floor_divide:
  case BinaryOp::inplace_floor_divide:
    if (y == 0) return {};
    r = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --r;
    return int_from_int64(vm, r);
  case BinaryOp::remainder:
  case BinaryOp::inplace_remainder:
    if (y == 0) return {};
    r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return Value::small_int(r);
  case BinaryOp::and_:
  case BinaryOp::inplace_and: return Value::small_int(x & y);
  case BinaryOp::or_:
  case BinaryOp::inplace_or: return Value::small_int(x | y);
  case BinaryOp::xor_:
  case BinaryOp::inplace_xor: return Value::small_int(x ^ y);
  case BinaryOp::true_divide:
  case BinaryOp::inplace_true_divide: return int_true_divide_small(vm, x, y);
  default: return {};
  }
}

/// Fast paths of BINARY_OP for floats mixed with floats or small ints, and for
/// str + str; null when not handled.
Value fast_binary(VM& vm, Value a, Value b, BinaryOp op) {
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  bool fa = ta == vm.types.float_, fb = tb == vm.types.float_;
  if ((fa && (fb || b.is_small_int())) || (fb && a.is_small_int())) {
    double x = fa ? float_value(a) : double(a.as_small_int());
    double y = fb ? float_value(b) : double(b.as_small_int());
    switch (op) {
    case BinaryOp::add:
    case BinaryOp::inplace_add: return float_new(vm, x + y);
    case BinaryOp::subtract:
    case BinaryOp::inplace_subtract: return float_new(vm, x - y);
    case BinaryOp::multiply:
    case BinaryOp::inplace_multiply: return float_new(vm, x * y);
    case BinaryOp::true_divide:
    case BinaryOp::inplace_true_divide:
      if (y == 0.0) return {};
      return float_new(vm, x / y);
    default: return {};
    }
  }
  if (ta == vm.types.str && tb == vm.types.str &&
      (op == BinaryOp::add || op == BinaryOp::inplace_add)) {
    return str_concat(vm, static_cast<Str*>(a.as_object()), static_cast<Str*>(b.as_object()));
  }
  return {};
}

/// Fast path of COMPARE_OP for small ints and floats; null when not handled.
inline Value fast_compare(VM& vm, Value a, Value b, CompareOp op) {
  double x, y;
  if (small_pair(a, b)) {
    return Value::boolean(compare_numbers(a.as_small_int(), b.as_small_int(), op));
  }
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  if (ta == vm.types.float_ && tb == vm.types.float_) {
    x = float_value(a);
    y = float_value(b);
  } else if (ta == vm.types.float_ && b.is_small_int() &&
             std::abs(b.as_small_int()) < (int64_t(1) << 53)) {
    x = float_value(a);
    y = double(b.as_small_int());
  } else if (tb == vm.types.float_ && a.is_small_int() &&
             std::abs(a.as_small_int()) < (int64_t(1) << 53)) {
    x = double(a.as_small_int());
    y = float_value(b);
  } else if (ta == vm.types.str && tb == vm.types.str &&
             (op == CompareOp::eq || op == CompareOp::ne)) {
    bool eq = str_equal(static_cast<Str*>(a.as_object()), static_cast<Str*>(b.as_object()));
    return Value::boolean(op == CompareOp::eq ? eq : !eq);
  } else {
    return {};
  }
  return Value::boolean(compare_numbers(x, y, op));
}

/// Restarts the pause countdown; true (with vm.loop_paused set) when the
/// loop is to pause now, false when pausing is off.
bool pause_loop(VM& vm) {
  uint64_t interval = vm.options().loop_pause_interval;
  vm.loop_pause_countdown = VM::pause_countdown_for(interval);
  vm.loop_paused = interval != 0;
  return vm.loop_paused;
}

/// The eval loop: runs `frame` (`entry` or a frame it called) from where it
/// stands until `entry` returns, yields or raises, or until it pauses
/// (vm.loop_paused set, see PAUSE_POINT), leaving every frame as a fresh call
/// of the loop expects it.
Value eval_loop(VM& vm, Frame* const entry, Frame* frame, ResumeMode mode) {
  Code* code;
  const uint32_t* ip;
  Value* sp;
  Value* locals;
  const Value* consts;
  const Value* names;
  Tuple* kwnames = nullptr;

#define LOAD_FRAME()                                                                               \
  do {                                                                                             \
    code = frame->code;                                                                            \
    sp = frame->stack_top;                                                                         \
    locals = frame->localsplus();                                                                  \
    consts = code->consts->items();                                                                \
    names = code->names->items();                                                                  \
  } while (0)

  LOAD_FRAME();
  ip = frame->ip;
  if (mode == ResumeMode::after_yield) ++ip;
  if (mode == ResumeMode::throw_in) {
    frame->stack_top = sp;
    goto error;
  }

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define NAME(i) (static_cast<Str*>(names[i].as_object()))
#define SAVE_SP() (frame->stack_top = sp)

  // Every VMOptions::loop_pause_interval calls and backward jumps the loop
  // returns with vm.loop_paused set, and run_frame calls it again (why: see
  // VMOptions). The frame's ip and sp are where a fresh call picks them up.
#define PAUSE_POINT()                                                                              \
  if (--vm.loop_pause_countdown <= 0 && pause_loop(vm)) {                                          \
    frame->ip = ip;                                                                                \
    SAVE_SP();                                                                                     \
    return {};                                                                                     \
  }

  // Dispatch. Where the compiler has labels as values (g++ and clang, but not
  // for wasm, which has no indirect jumps), each handler ends by fetching the
  // next instruction and jumping straight to its handler: an indirect branch
  // per handler, which the CPU predicts far better than the switch's single
  // shared one. Elsewhere DISPATCH() leaves the switch for the loop's fetch.
  // A plain `break` out of a handler is always correct too (the loop fetches).
#if defined(__GNUC__) && !defined(__wasm__)
  static const void* const kTargets[] = {
#define PY_OPCODE_TARGET(name, cache) &&target_##name,
      PY_OPCODES(PY_OPCODE_TARGET)
#undef PY_OPCODE_TARGET
  };
#define TARGET(op)                                                                                 \
  case Op::op:                                                                                     \
    target_##op:
#define DISPATCH()                                                                                 \
  {                                                                                                \
    frame->ip = ip;                                                                                \
    word = *ip++;                                                                                  \
    arg = arg_of(word);                                                                            \
    goto* kTargets[size_t(opcode_of(word))];                                                       \
  }
#else
#define TARGET(op) case Op::op:
#define DISPATCH() break
#endif

  uint32_t word, arg;
  for (;;) {
    frame->ip = ip;
    word = *ip++;
    arg = arg_of(word);
    switch (opcode_of(word)) {

      TARGET(NOP) DISPATCH();

      TARGET(POP_TOP) {
        Value v = POP();
        decref(v);
        DISPATCH();
      }

      TARGET(PUSH_NULL) PUSH(Value());
      DISPATCH();

      TARGET(COPY) {
        Value v = PEEK(arg);
        PUSH(newref(v));
        DISPATCH();
      }

      TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = t;
        DISPATCH();
      }

      TARGET(LOAD_CONST) PUSH(newref(consts[arg]));
      DISPATCH();

      TARGET(LOAD_FAST) {
        Value v = locals[arg];
        if (v.is_null()) {
          SAVE_SP();
          raise_unbound_local(vm, code, arg);
          goto error;
        }
        PUSH(newref(v));
        DISPATCH();
      }

      TARGET(STORE_FAST) {
        Value old = locals[arg];
        locals[arg] = POP();
        decref(old);
        DISPATCH();
      }

      TARGET(DELETE_FAST) {
        Value old = locals[arg];
        if (old.is_null()) {
          SAVE_SP();
          raise_unbound_local(vm, code, arg);
          goto error;
        }
        locals[arg] = Value();
        decref(old);
        DISPATCH();
      }

      TARGET(LOAD_DEREF) {
        Value v = static_cast<Cell*>(locals[code->nlocals() + arg].as_object())->value;
        if (v.is_null()) {
          SAVE_SP();
          raise_unbound_deref(vm, code, arg);
          goto error;
        }
        PUSH(newref(v));
        DISPATCH();
      }

      TARGET(STORE_DEREF) {
        auto* cell = static_cast<Cell*>(locals[code->nlocals() + arg].as_object());
        Value old = cell->value;
        cell->value = POP();
        decref(old);
        DISPATCH();
      }

      TARGET(DELETE_DEREF) {
        auto* cell = static_cast<Cell*>(locals[code->nlocals() + arg].as_object());
        Value old = cell->value;
        if (old.is_null()) {
          SAVE_SP();
          raise_unbound_deref(vm, code, arg);
          goto error;
        }
        cell->value = Value();
        decref(old);
        DISPATCH();
      }

      TARGET(LOAD_CLOSURE) PUSH(newref(locals[code->nlocals() + arg]));
      DISPATCH();

      TARGET(LOAD_CLASSDEREF) {
        SAVE_SP();
        Value v = load_classderef(vm, frame, arg);
        if (v.is_null()) goto error;
        PUSH(v);
        DISPATCH();
      }

      TARGET(LOAD_GLOBAL) {
        InlineCache& c = code->caches[*ip++];
        Dict* g = frame->globals;
        Dict* b = frame->builtins;
        if (c.version == g->version && c.version2 == b->version) {
          PUSH(newref(c.value));
          DISPATCH();
        }
        Str* name = NAME(arg);
        Value v = dict_get_str(g, name);
        if (v.is_null()) v = dict_get_str(b, name);
        if (v.is_null()) {
          SAVE_SP();
          raise_name_error(vm, name);
          goto error;
        }
        c.version = g->version;
        c.version2 = b->version;
        c.value = v;
        PUSH(newref(v));
        DISPATCH();
      }

      TARGET(STORE_GLOBAL) {
        Value v = POP();
        SAVE_SP();
        bool ok = dict_set_str(vm, frame->globals, NAME(arg), v);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(DELETE_GLOBAL) {
        SAVE_SP();
        Lookup r = dict_remove(vm, frame->globals, names[arg]);
        if (r == Lookup::missing) raise_name_error(vm, NAME(arg));
        if (r != Lookup::found) goto error;
        DISPATCH();
      }

      TARGET(LOAD_NAME) {
        SAVE_SP();
        Value v = load_name(vm, frame, NAME(arg));
        if (v.is_null()) goto error;
        PUSH(v);
        DISPATCH();
      }

      TARGET(STORE_NAME) {
        Value v = POP();
        SAVE_SP();
        bool ok = store_name(vm, frame, NAME(arg), v);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(DELETE_NAME) {
        SAVE_SP();
        if (!delete_name(vm, frame, NAME(arg))) goto error;
        DISPATCH();
      }

      TARGET(LOAD_ATTR) {
        InlineCache& c = code->caches[*ip++];
        Value obj = TOP();
        Dict* d;
        if (DictEntry* e = cached_instance_entry(vm, obj, NAME(arg), c, &d)) {
          TOP() = newref(e->value);
          SAVE_SP();
          decref(obj);
          DISPATCH();
        }
        SAVE_SP();
        Value v = load_attr(vm, obj, NAME(arg), c);
        if (v.is_null()) goto error;
        TOP() = v;
        decref(obj);
        DISPATCH();
      }

      TARGET(STORE_ATTR) {
        InlineCache& c = code->caches[*ip++];
        Value obj = POP();
        Value v = POP();
        Dict* d;
        if (DictEntry* e = cached_instance_entry(vm, obj, NAME(arg), c, &d)) {
          // Rebinding an attribute the instance has.
          SAVE_SP();
          dict_set_entry(vm, d, e, v);
          decref(v);
          decref(obj);
          DISPATCH();
        }
        SAVE_SP();
        bool ok = store_attr(vm, obj, NAME(arg), v, c);
        decref(obj);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(DELETE_ATTR) {
        Value obj = POP();
        SAVE_SP();
        bool ok = del_attr(vm, obj, NAME(arg));
        decref(obj);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(LOAD_METHOD) {
        InlineCache& c = code->caches[*ip++];
        Value obj = TOP();
        Type* type = vm.type_of(obj);
        if (c.kind != kMethodUnknown && c.version == type->version) {
          // The cached plain method, unless the instance's own __dict__ has the name.
          if (c.kind == kMethodPlain || !instance_shadows(obj, NAME(arg))) {
            TOP() = newref(c.value);
            PUSH(obj);
            DISPATCH();
          }
        }
        SAVE_SP();
        Value method;
        if (load_method(vm, obj, NAME(arg), &method, c)) {
          // [method, self]
          TOP() = method;
          PUSH(obj);
        } else {
          if (method.is_null()) goto error;
          // [null, attribute]
          TOP() = Value();
          PUSH(method);
          decref(obj);
        }
        DISPATCH();
      }

      TARGET(KW_NAMES) kwnames = static_cast<Tuple*>(consts[arg].as_object());
      DISPATCH();

      TARGET(CALL) {
        size_t nkw = kwnames ? kwnames->size : 0;
        Value* base = sp - arg - 2;
        Value callable = base[0];
        Value* args = base + 1;
        size_t nargs = arg + 1 - nkw;
        if (callable.is_null()) {
          callable = base[1];
          args = base + 2;
          nargs = arg - nkw;
          if (vm.type_of(callable) == vm.types.method) {
            // Unpack a bound method into [function, self, args…].
            auto* m = static_cast<BoundMethod*>(callable.as_object());
            base[0] = newref(m->function);
            base[1] = newref(m->self);
            decref(callable);
            callable = base[0];
            args = base + 1;
            nargs = arg + 1 - nkw;
          }
        }
        Tuple* kw = kwnames;
        kwnames = nullptr;
        auto* fn = static_cast<Function*>(callable.as_object());
        bool init_call = false;
        if (vm.type_of(callable) == vm.types.type && args == base + 2) {
          // A class whose instances come from object.__new__ and whose
          // __init__ is a Python function: make the instance, then run
          // __init__ as a frame of this loop with the instance waiting below
          // it, in type_call's order (its recursion level, __new__, __init__).
          auto* cls = static_cast<Type*>(callable.as_object());
          Function* init = cls->new_ == object_new && vm.depth < vm.recursion_limit
                               ? python_init(vm, cls)
                               : nullptr;
          if (init) {
            SAVE_SP();
            Value self = object_new(vm, cls, nullptr, 0, nullptr);
            if (self.is_null()) goto error;
            base[0] = self;
            base[1] = newref(self);
            decref(callable);
            callable = Value::object(init);
            fn = init;
            args = base + 1;
            ++nargs;
            init_call = true;
          }
        }
        if (vm.type_of(callable) == vm.types.function && !fn->code->is_generator_like()) {
          SAVE_SP();
          Frame* callee;
          // What stays below the function and the arguments: the instance of
          // an __init__ call; else nothing but the null of PUSH_NULL, if any.
          Value* keep = base + init_call;
          if (!kw && simple_call(fn, nargs)) {
            // The function and the arguments move into the frame.
            callee = make_simple_frame(vm, fn, args, nargs, true);
            if (!callee) goto error;
            if (init_call) incref(fn); // __init__ was not on the stack
            sp = keep;
          } else {
            callee = make_frame(vm, fn, args, nargs, kw);
            if (!callee) goto error;
            while (sp > keep) decref(POP());
          }
          SAVE_SP();
          if (--vm.budget <= 0 && !refill_budget(vm)) {
            release_frame(vm, callee);
            goto error;
          }
          vm.depth += init_call;
          callee->init_call = init_call;
          if (!enter_frame(vm, callee, frame)) {
            vm.depth -= 1 + init_call;
            vm.current_frame = frame;
            release_frame(vm, callee);
            goto error;
          }
          frame = callee;
          LOAD_FRAME();
          ip = frame->ip;
          PAUSE_POINT();
          DISPATCH();
        }
        SAVE_SP();
        Value result;
        if (nargs == 1 && !kw && callable == Value::object(vm.types.str)) {
          // str(x), which CPython 3.11 specializes too: the conversion itself.
          result = str(vm, args[0]);
        } else {
          NativeFn native = direct_native(vm, callable, args, nargs);
          result = native ? native(vm, args, nargs, kw) : call(vm, callable, args, nargs, kw);
        }
        while (sp > base) decref(POP());
        if (result.is_null()) goto error;
        PUSH(result);
        DISPATCH();
      }

      TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (arg & 1) ? POP() : Value();
        Value args = POP();
        Value callable = POP();
        Value null_or_self = POP();
        SAVE_SP();
        Value result = call_function_ex(vm, callable, null_or_self, args, kwargs);
        decref(kwargs);
        decref(args);
        decref(callable);
        decref(null_or_self);
        if (result.is_null()) goto error;
        PUSH(result);
        DISPATCH();
      }

      TARGET(MAKE_FUNCTION) {
        Value code_obj = POP();
        Value closure = (arg & 8) ? POP() : Value();
        Value annotations = (arg & 4) ? POP() : Value();
        Value kwdefaults = (arg & 2) ? POP() : Value();
        Value defaults = (arg & 1) ? POP() : Value();
        SAVE_SP();
        Value fn = function_new(vm, static_cast<Code*>(code_obj.as_object()), frame->globals,
                                frame->builtins, defaults, kwdefaults, annotations, closure);
        decref(code_obj);
        decref(closure);
        decref(annotations);
        decref(kwdefaults);
        decref(defaults);
        if (fn.is_null()) goto error;
        PUSH(fn);
        DISPATCH();
      }

      TARGET(BUILD_TUPLE) {
        Tuple* t = tuple_alloc(vm, arg);
        if (!t) goto error;
        sp -= arg;
        std::memcpy(static_cast<void*>(t->items()), sp, arg * sizeof(Value));
        PUSH(Value::object(t));
        DISPATCH();
      }

      TARGET(BUILD_LIST) {
        Value l = list_new(vm, arg);
        if (l.is_null()) goto error;
        auto* list = static_cast<List*>(l.as_object());
        sp -= arg;
        if (arg) std::memcpy(static_cast<void*>(list->items), sp, arg * sizeof(Value));
        list->size = arg;
        PUSH(l);
        DISPATCH();
      }

      TARGET(BUILD_SET) {
        SAVE_SP();
        Value s = set_from_values(vm, sp - arg, arg);
        while (arg--) decref(POP());
        if (s.is_null()) goto error;
        PUSH(s);
        DISPATCH();
      }

      TARGET(BUILD_MAP) {
        SAVE_SP();
        Value d = dict_new(vm);
        if (d.is_null()) goto error;
        Value* items = sp - 2 * arg;
        bool ok = true;
        for (uint32_t i = 0; i < arg && ok; ++i) {
          ok = dict_set(vm, static_cast<Dict*>(d.as_object()), items[2 * i], items[2 * i + 1]);
        }
        while (sp > items) decref(POP());
        if (!ok) {
          decref(d);
          goto error;
        }
        PUSH(d);
        DISPATCH();
      }

      TARGET(BUILD_CONST_KEY_MAP) {
        Value keys = POP();
        SAVE_SP();
        Value d = dict_new(vm);
        bool ok = !d.is_null();
        auto* kt = static_cast<Tuple*>(keys.as_object());
        Value* values = sp - arg;
        for (uint32_t i = 0; i < arg && ok; ++i) {
          ok = dict_set(vm, static_cast<Dict*>(d.as_object()), kt->item(i), values[i]);
        }
        while (sp > values) decref(POP());
        decref(keys);
        if (!ok) {
          decref(d);
          goto error;
        }
        PUSH(d);
        DISPATCH();
      }

      TARGET(BUILD_STRING) {
        SAVE_SP();
        Value s = str_join_values(vm, sp - arg, arg);
        while (arg--) decref(POP());
        if (s.is_null()) goto error;
        PUSH(s);
        DISPATCH();
      }

      TARGET(BUILD_SLICE) {
        Value step = arg == 3 ? POP() : Value::none();
        Value stop = POP();
        Value start = POP();
        SAVE_SP();
        Value s = slice_new(vm, start, stop, step);
        decref(start);
        decref(stop);
        decref(step);
        if (s.is_null()) goto error;
        PUSH(s);
        DISPATCH();
      }

      TARGET(LIST_APPEND) {
        Value v = POP();
        bool ok = list_append(vm, static_cast<List*>(PEEK(arg).as_object()), v);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(SET_ADD) {
        Value v = POP();
        SAVE_SP();
        bool ok = set_add(vm, PEEK(arg), v);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE_SP();
        bool ok = dict_set(vm, static_cast<Dict*>(PEEK(arg).as_object()), k, v);
        decref(k);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(LIST_EXTEND) {
        Value iterable = POP();
        SAVE_SP();
        bool ok = list_extend_for_display(vm, static_cast<List*>(PEEK(arg).as_object()), iterable);
        decref(iterable);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(SET_UPDATE) {
        Value iterable = POP();
        SAVE_SP();
        bool ok = set_update(vm, PEEK(arg), iterable);
        decref(iterable);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(DICT_UPDATE) {
        Value mapping = POP();
        SAVE_SP();
        bool ok = dict_update_for_display(vm, static_cast<Dict*>(PEEK(arg).as_object()), mapping);
        decref(mapping);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(DICT_MERGE) {
        Value mapping = POP();
        SAVE_SP();
        bool ok = dict_merge_for_call(vm, static_cast<Dict*>(PEEK(arg).as_object()), mapping,
                                      PEEK(arg + 2));
        decref(mapping);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(LIST_TO_TUPLE) {
        Value l = POP();
        auto* list = static_cast<List*>(l.as_object());
        Value t = tuple_new(vm, list->items, list->size);
        decref(l);
        if (t.is_null()) goto error;
        PUSH(t);
        DISPATCH();
      }

      TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        SAVE_SP();
        bool ok = unpack_sequence(vm, seq, arg, sp);
        decref(seq);
        if (!ok) goto error;
        sp += arg;
        DISPATCH();
      }

      TARGET(UNPACK_EX) {
        Value seq = POP();
        SAVE_SP();
        uint32_t before = arg & 0xff, after = arg >> 8;
        bool ok = unpack_ex(vm, seq, before, after, sp);
        decref(seq);
        if (!ok) goto error;
        sp += before + after + 1;
        DISPATCH();
      }

      TARGET(FORMAT_VALUE) {
        Value spec = (arg & 4) ? POP() : Value();
        Value v = POP();
        SAVE_SP();
        Value s = format_value(vm, v, arg & 3, spec);
        decref(v);
        decref(spec);
        if (s.is_null()) goto error;
        PUSH(s);
        DISPATCH();
      }

      TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        SAVE_SP();
        if (BinaryOp(arg) == BinaryOp::inplace_add && opcode_of(*ip) == Op::STORE_FAST &&
            locals[arg_of(*ip)] == a && appendable_str(vm, a, b)) {
          // s += t where s is a str that only the local s and this stack hold:
          // unbind the local and grow s in place (STORE_FAST rebinds it).
          Value& local = locals[arg_of(*ip)];
          local = Value();
          decref(a);
          Str* grown = str_append_in_place(vm, static_cast<Str*>(a.as_object()),
                                           static_cast<Str*>(b.as_object()));
          if (!grown) {
            local = newref(a);
            decref(b);
            goto error;
          }
          TOP() = Value::object(grown);
          decref(b);
          DISPATCH();
        }
        Value r = small_pair(a, b)
                      ? small_int_binary(vm, a.as_small_int(), b.as_small_int(), BinaryOp(arg))
                      : fast_binary(vm, a, b, BinaryOp(arg));
        if (r.is_null()) {
          if (error_pending(vm)) goto binary_error;
          r = binary_op(vm, a, b, BinaryOp(arg));
          if (r.is_null()) goto binary_error;
        }
        TOP() = r;
        decref(a);
        decref(b);
        DISPATCH();
      binary_error:
        decref(b);
        goto error;
      }

      TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        Value r;
        if (v.is_small_int()) {
          r = int_from_int64(vm, -v.as_small_int());
        } else {
          SAVE_SP();
          r = negative(vm, v);
        }
        if (r.is_null()) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
      }

      TARGET(UNARY_POSITIVE)
      TARGET(UNARY_INVERT) {
        Value v = TOP();
        SAVE_SP();
        Value r = opcode_of(word) == Op::UNARY_POSITIVE ? positive(vm, v) : invert(vm, v);
        if (r.is_null()) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
      }

      TARGET(UNARY_NOT) {
        Value v = TOP();
        SAVE_SP();
        int t = truthy(vm, v);
        if (t < 0) goto error;
        TOP() = Value::boolean(!t);
        decref(v);
        DISPATCH();
      }

      TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        Value r = fast_compare(vm, a, b, CompareOp(arg));
        Op next = opcode_of(*ip);
        if (!r.is_null() && (next == Op::POP_JUMP_IF_FALSE || next == Op::POP_JUMP_IF_TRUE)) {
          // The test of an `if` or `while`: take the jump here rather than
          // push the bool for the next instruction to pop (CPython 3.11's
          // COMPARE_OP_*_JUMP); that jump is forward, so it has no checks.
          --sp;
          decref(a);
          decref(b);
          bool jump_if = next == Op::POP_JUMP_IF_TRUE;
          ip = r.is_true() == jump_if ? code->instructions.data() + arg_of(*ip) : ip + 1;
          DISPATCH();
        }
        if (r.is_null()) {
          SAVE_SP();
          r = compare(vm, a, b, CompareOp(arg));
          if (r.is_null()) {
            decref(b);
            goto error;
          }
        }
        TOP() = r;
        decref(a);
        decref(b);
        DISPATCH();
      }

      TARGET(IS_OP) {
        Value b = POP();
        Value a = TOP();
        TOP() = Value::boolean((a == b) != (arg == 1));
        decref(a);
        decref(b);
        DISPATCH();
      }

      TARGET(CONTAINS_OP) {
        Value container = POP();
        Value item = TOP();
        SAVE_SP();
        int r = contains(vm, container, item);
        decref(container);
        if (r < 0) goto error;
        TOP() = Value::boolean(r != int(arg));
        decref(item);
        DISPATCH();
      }

      TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value container = TOP();
        SAVE_SP();
        Value r = subscript_fast(vm, container, key);
        if (r.is_null()) {
          if (error_pending(vm)) {
            decref(key);
            goto error;
          }
          r = get_item(vm, container, key);
          if (r.is_null()) {
            decref(key);
            goto error;
          }
        }
        TOP() = r;
        decref(container);
        decref(key);
        DISPATCH();
      }

      TARGET(STORE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        Value v = POP();
        SAVE_SP();
        bool ok = store_subscript_fast(vm, container, key, v);
        if (!ok && !error_pending(vm)) ok = set_item(vm, container, key, v);
        decref(key);
        decref(container);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(DELETE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        SAVE_SP();
        bool ok = del_item(vm, container, key);
        decref(key);
        decref(container);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(JUMP_FORWARD) ip = code->instructions.data() + arg;
      DISPATCH();

      TARGET(JUMP_BACKWARD)
      ip = code->instructions.data() + arg;
      if (--vm.budget <= 0) {
        SAVE_SP();
        if (!refill_budget(vm)) goto error;
      }
      PAUSE_POINT();
      DISPATCH();

      TARGET(POP_JUMP_IF_FALSE)
      TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        int t;
        if (v.is_bool()) {
          t = v.is_true();
        } else if (v.is_small_int()) {
          t = v.as_small_int() != 0;
        } else {
          SAVE_SP();
          t = truthy(vm, v);
          decref(v);
          if (t < 0) goto error;
        }
        if (t == (opcode_of(word) == Op::POP_JUMP_IF_TRUE)) ip = code->instructions.data() + arg;
        DISPATCH();
      }

      TARGET(POP_JUMP_IF_NONE)
      TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        bool none = v.is_none();
        decref(v);
        if (none == (opcode_of(word) == Op::POP_JUMP_IF_NONE)) ip = code->instructions.data() + arg;
        DISPATCH();
      }

      TARGET(JUMP_IF_FALSE_OR_POP)
      TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        SAVE_SP();
        int t = truthy(vm, v);
        if (t < 0) goto error;
        if (t == (opcode_of(word) == Op::JUMP_IF_TRUE_OR_POP)) {
          ip = code->instructions.data() + arg;
        } else {
          --sp;
          decref(v);
        }
        DISPATCH();
      }

      TARGET(GET_ITER) {
        Value v = TOP();
        SAVE_SP();
        Value it = get_iter(vm, v);
        if (it.is_null()) goto error;
        TOP() = it;
        decref(v);
        DISPATCH();
      }

      TARGET(FOR_ITER) {
        Value it = TOP();
        SAVE_SP();
        if (Generator* g = generator_to_run_in_loop(vm, it, Value::none())) {
          Frame* callee = enter_generator(vm, g, frame, Value::none());
          if (!callee) goto error;
          frame = callee;
          LOAD_FRAME();
          ip = frame->ip;
          DISPATCH();
        }
        Value next = iter_next_fast(vm, it);
        if (next.is_null()) {
          if (error_pending(vm)) goto error;
          --sp;
          decref(it);
          ip = code->instructions.data() + arg;
          DISPATCH();
        }
        PUSH(next);
        DISPATCH();
      }

      TARGET(GET_LEN) {
        SAVE_SP();
        int64_t n = length(vm, TOP());
        if (n < 0) goto error;
        PUSH(int_from_int64(vm, n));
        DISPATCH();
      }

      TARGET(MATCH_MAPPING)
      TARGET(MATCH_SEQUENCE) {
        SAVE_SP();
        bool r = opcode_of(word) == Op::MATCH_MAPPING ? match_mapping(vm, TOP())
                                                      : match_sequence(vm, TOP());
        PUSH(Value::boolean(r));
        DISPATCH();
      }

      TARGET(MATCH_KEYS) {
        SAVE_SP();
        Value values = match_keys(vm, PEEK(2), TOP());
        if (values.is_null()) goto error;
        PUSH(values);
        DISPATCH();
      }

      TARGET(MATCH_CLASS) {
        Value attr_names = POP();
        Value cls = POP();
        Value subject = POP();
        SAVE_SP();
        Value r = match_class(vm, subject, cls, arg, attr_names);
        decref(attr_names);
        decref(cls);
        decref(subject);
        if (r.is_null()) goto error;
        PUSH(r);
        DISPATCH();
      }

      TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        Value previous = vm.handled->exception;
        vm.handled->exception = newref(exc);
        TOP() = previous;
        PUSH(exc);
        DISPATCH();
      }

      TARGET(POP_EXCEPT) {
        Value previous = POP();
        Value old = vm.handled->exception;
        vm.handled->exception = previous;
        decref(old);
        DISPATCH();
      }

      TARGET(RERAISE) {
        Value exc = POP();
        SAVE_SP();
        restore_exception(vm, exc);
        goto exception_unwind;
      }

      TARGET(RAISE_VARARGS) {
        Value cause = arg == 2 ? POP() : Value();
        Value exc = arg >= 1 ? POP() : Value();
        SAVE_SP();
        bool reraise = do_raise(vm, exc, cause);
        decref(exc);
        decref(cause);
        if (reraise) goto exception_unwind;
        goto error;
      }

      TARGET(CHECK_EXC_MATCH) {
        Value type = POP();
        SAVE_SP();
        int r = exception_matches(vm, TOP(), type);
        decref(type);
        if (r < 0) goto error;
        PUSH(Value::boolean(r));
        DISPATCH();
      }

      TARGET(CHECK_EG_MATCH) {
        Value type = POP();
        Value eg = POP();
        SAVE_SP();
        Value rest, match;
        bool ok = exception_group_match(vm, eg, type, &match, &rest);
        decref(type);
        decref(eg);
        if (!ok) goto error;
        PUSH(rest);
        PUSH(match);
        DISPATCH();
      }

      TARGET(PREP_RERAISE_STAR) {
        Value raised = POP();
        Value orig = POP();
        SAVE_SP();
        Value r = prep_reraise_star(vm, orig, raised);
        decref(raised);
        decref(orig);
        if (r.is_null()) goto error;
        PUSH(r);
        DISPATCH();
      }

      TARGET(BEFORE_WITH)
      TARGET(BEFORE_ASYNC_WITH) {
        Value mgr = TOP();
        SAVE_SP();
        Value exit_method, enter_result;
        if (!before_with(vm, mgr, opcode_of(word) == Op::BEFORE_ASYNC_WITH, &exit_method,
                         &enter_result)) {
          goto error;
        }
        TOP() = exit_method;
        decref(mgr);
        PUSH(enter_result);
        DISPATCH();
      }

      TARGET(WITH_EXCEPT_START) {
        // Stack: exit, previous_exc, exc. Calls exit(type(exc), exc, tb).
        SAVE_SP();
        Value r = call_exit_with_exception(vm, PEEK(3), TOP());
        if (r.is_null()) goto error;
        PUSH(r);
        DISPATCH();
      }

      TARGET(LOAD_ASSERTION_ERROR) PUSH(newref(Value::object(vm.exc.AssertionError)));
      DISPATCH();

      TARGET(LOAD_BUILD_CLASS) {
        Value v = dict_get_str(frame->builtins, vm.names.build_class);
        if (v.is_null()) {
          SAVE_SP();
          raise(vm, vm.exc.NameError, "__build_class__ not found");
          goto error;
        }
        PUSH(newref(v));
        DISPATCH();
      }

      TARGET(SETUP_ANNOTATIONS) {
        SAVE_SP();
        if (!setup_annotations(vm, frame)) goto error;
        DISPATCH();
      }

      TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = POP();
        SAVE_SP();
        Value module = import_name(vm, frame, NAME(arg), fromlist, level);
        decref(fromlist);
        decref(level);
        if (module.is_null()) goto error;
        PUSH(module);
        DISPATCH();
      }

      TARGET(IMPORT_FROM) {
        SAVE_SP();
        Value v = import_from(vm, TOP(), NAME(arg));
        if (v.is_null()) goto error;
        PUSH(v);
        DISPATCH();
      }

      TARGET(IMPORT_STAR) {
        Value module = POP();
        SAVE_SP();
        bool ok = import_star(vm, frame, module);
        decref(module);
        if (!ok) goto error;
        DISPATCH();
      }

      TARGET(YIELD_VALUE) {
        Value v = POP();
        SAVE_SP();
        generator_suspend(vm, frame->generator);
        Frame* caller = frame->previous;
        frame->previous = nullptr; // the resumer may be gone before the next resume
        vm.current_frame = caller;
        --vm.depth;
        if (frame == entry) return v;
        // Resumed by FOR_ITER or SEND in this loop: both push what it yields.
        frame = caller;
        LOAD_FRAME();
        ip = frame->ip + 1;
        PUSH(v);
        DISPATCH();
      }

      TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        SAVE_SP();
        Value it = get_yield_from_iter(vm, v, code->flags & (kCoCoroutine | kCoIterableCoroutine));
        if (it.is_null()) goto error;
        TOP() = it;
        decref(v);
        DISPATCH();
      }

      TARGET(SEND) {
        Value value = POP();
        Value receiver = TOP();
        SAVE_SP();
        if (Generator* g = generator_to_run_in_loop(vm, receiver, value)) {
          Frame* callee = enter_generator(vm, g, frame, value);
          if (!callee) goto error;
          frame = callee;
          LOAD_FRAME();
          ip = frame->ip;
          DISPATCH();
        }
        Value result;
        SendResult r = send_to(vm, receiver, value, &result);
        decref(value);
        if (r == SendResult::error) goto error;
        if (r == SendResult::returned) {
          TOP() = result;
          decref(receiver);
          ip = code->instructions.data() + arg;
        } else {
          PUSH(result);
        }
        DISPATCH();
      }

      TARGET(GET_AWAITABLE) {
        Value v = TOP();
        SAVE_SP();
        Value it = get_awaitable(vm, v, arg);
        if (it.is_null()) goto error;
        TOP() = it;
        decref(v);
        DISPATCH();
      }

      TARGET(GET_AITER) {
        Value v = TOP();
        SAVE_SP();
        Value it = get_aiter(vm, v);
        if (it.is_null()) goto error;
        TOP() = it;
        decref(v);
        DISPATCH();
      }

      TARGET(GET_ANEXT) {
        SAVE_SP();
        Value awaitable = get_anext(vm, TOP());
        if (awaitable.is_null()) goto error;
        PUSH(awaitable);
        DISPATCH();
      }

      TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        if (is_instance(vm, exc, vm.exc.StopAsyncIteration)) {
          decref(exc);
          decref(POP()); // the async iterator
          break;
        }
        SAVE_SP();
        restore_exception(vm, exc);
        goto exception_unwind;
      }

      TARGET(ASYNC_GEN_WRAP) {
        Value v = TOP();
        SAVE_SP();
        Value w = async_gen_wrap(vm, v);
        if (w.is_null()) goto error;
        TOP() = w;
        decref(v);
        DISPATCH();
      }

      TARGET(RETURN_VALUE) {
        Value result = POP();
        SAVE_SP();
        Frame* caller = frame->previous;
        bool at_entry = frame == entry;
        vm.current_frame = caller;
        // One level for the frame, one more for a class call's __init__.
        vm.depth -= 1 + frame->init_call;
        if (Generator* g = frame->generator) {
          generator_finish(vm, g, false);
          if (at_entry) return result;
          // Resumed by FOR_ITER (the loop is over: pop the generator) or SEND
          // (the result replaces the receiver); both jump to their target.
          frame = caller;
          LOAD_FRAME();
          Value done = POP();
          if (opcode_of(*frame->ip) == Op::SEND) {
            PUSH(result);
          } else {
            decref(result);
          }
          decref(done);
          ip = code->instructions.data() + arg_of(*frame->ip);
          DISPATCH();
        }
        if (at_entry) {
          release_frame(vm, frame);
          return result;
        }
        bool init_call = frame->init_call;
        release_call_frame(vm, frame);
        frame = caller;
        LOAD_FRAME();
        ip = frame->ip + 1;
        if (init_call) {
          // The call's result is the instance waiting on the stack.
          bool ok = check_init_result(vm, result);
          decref(result);
          if (!ok) goto error;
          DISPATCH();
        }
        PUSH(result);
        DISPATCH();
      }
    }
    continue;

  error:
    // An instruction failed: record this frame in the traceback, then unwind.
    frame->stack_top = sp;
    add_traceback(vm, frame);
  exception_unwind:
    frame->stack_top = sp;
    while (true) {
      const ExceptionHandlerEntry* h = code_handler(frame->code, frame->offset());
      if (h) {
        Value* target = frame->stack_base() + h->depth;
        Value* s = frame->stack_top;
        while (s > target) decref(*--s);
        *s++ = fetch_exception(vm);
        frame->stack_top = s;
        frame->ip = frame->code->instructions.data() + h->target;
        break;
      }
      // No handler: this frame is done.
      Value* s = frame->stack_top;
      while (s > frame->stack_base()) decref(*--s);
      frame->stack_top = s;
      Frame* caller = frame->previous;
      bool at_entry = frame == entry;
      vm.current_frame = caller;
      vm.depth -= 1 + frame->init_call;
      if (frame->generator) {
        generator_finish(vm, frame->generator, true);
      } else {
        release_frame(vm, frame);
      }
      if (at_entry) return {};
      frame = caller;
      add_traceback(vm, frame);
    }
    LOAD_FRAME();
    ip = frame->ip;
    kwnames = nullptr;
  }
}

} // namespace

Value run_frame(VM& vm, Frame* frame, ResumeMode mode) {
  bool entered = enter_frame(vm, frame, vm.current_frame);
  if (entered && vm.native_stack + VM::kEvalLoopStackUnits > vm.native_stack_limit) {
    // Python code called from native code nests on the machine stack.
    raise(vm, vm.exc.RecursionError, "maximum recursion depth exceeded");
    entered = false;
  }
  if (!entered) {
    --vm.depth;
    vm.current_frame = frame->previous;
    if (!frame->generator) release_frame(vm, frame);
    return {};
  }
  vm.native_stack += VM::kEvalLoopStackUnits;
  Value result = eval_loop(vm, frame, frame, mode);
  while (vm.loop_paused) {
    vm.loop_paused = false;
    result = eval_loop(vm, frame, vm.current_frame, ResumeMode::start);
  }
  vm.native_stack -= VM::kEvalLoopStackUnits;
  return result;
}

Value run_code(VM& vm, Code* code, Dict* globals, Dict* locals) {
  size_t bytes = Frame::size_for(code);
  void* memory = vm.frames.push(bytes);
  if (!memory) return raise_memory_error(vm);
  std::memset(memory, 0, sizeof(Frame) + sizeof(Value) * code->nlocalsplus());
  auto* frame = static_cast<Frame*>(memory);
  frame->code = code;
  frame->globals = globals;
  incref(globals);
  frame->locals = locals;
  incref(locals);
  // __builtins__ is the builtins module in __main__ (as in CPython) and its
  // dict in the bundled modules; either gives the frame that dict.
  Value b = dict_get_str(globals, vm.names.builtins);
  if (!b.is_null() && vm.type_of(b) == vm.types.module) {
    b = Value::object(static_cast<Module*>(b.as_object())->dict);
  }
  frame->builtins = !b.is_null() && vm.type_of(b) == vm.types.dict
                        ? static_cast<Dict*>(b.as_object())
                        : vm.builtins;
  frame->ip = code->instructions.data();
  frame->stack_top = frame->stack_base();
  Value r = run_frame(vm, frame, ResumeMode::start);
  decref(globals);
  return r;
}

} // namespace py
