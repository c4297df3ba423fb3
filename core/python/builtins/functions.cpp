// The builtin functions (len, abs, min, sorted, getattr, …) other than
// print/input (io.cpp) and __build_class__ (build_class.cpp).
#include "python/builtins/functions.hpp"

#include <cstdio>
#include <vector>

#include "python/compile/compile.hpp"
#include "python/numeric/int_text.hpp"
#include "python/objects/anext_awaitable.hpp"
#include "python/objects/cell.hpp"
#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/float.hpp"
#include "python/objects/function.hpp"
#include "python/objects/int.hpp"
#include "python/objects/iterators.hpp"
#include "python/objects/list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/eval.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/import.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

Str* as_name(VM& vm, Value v) {
  if (!is_instance(vm, v, vm.types.str)) {
    raise(vm, vm.exc.TypeError, cat("attribute name must be string, not '", type_name(vm, v), "'"));
    return nullptr;
  }
  return str_intern(vm, static_cast<Str*>(v.as_object())->view());
}

/// callable(v): the type has a call slot (Python functions are called directly).
bool is_callable(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t->call != nullptr || t == vm.types.function;
}

} // namespace

Value builtin_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "len", nargs, kw, 1, 1)) return {};
  int64_t n = length(vm, args[0]);
  return n < 0 ? Value() : int_from_int64(vm, n);
}

Value builtin_repr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "repr", nargs, kw, 1, 1)) return {};
  return repr(vm, args[0]);
}

Value builtin_ascii(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "ascii", nargs, kw, 1, 1)) return {};
  return ascii(vm, args[0]);
}

Value builtin_abs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "abs", nargs, kw, 1, 1)) return {};
  if (args[0].is_small_int()) return int_from_int64(vm, std::abs(args[0].as_small_int()));
  return absolute(vm, args[0]);
}

/// any() and all(): the first item whose truth is `stop` decides.
template <bool stop>
Value any_all(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, stop ? "any" : "all", nargs, kw, 1, 1)) return {};
  Ref it = Ref::steal(get_iter(vm, args[0]));
  if (!it) return {};
  while (true) {
    Ref x = Ref::steal(iter_next(vm, *it));
    if (!x) return error_pending(vm) ? Value() : Value::boolean(!stop);
    int t = truthy(vm, *x);
    if (t < 0) return {};
    if (bool(t) == stop) return Value::boolean(stop);
  }
}

Value builtin_callable(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "callable", nargs, kw, 1, 1)) return {};
  return Value::boolean(is_callable(vm, args[0]));
}

Value builtin_chr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "chr", nargs, kw, 1, 1)) return {};
  if (vm.type_of(args[0]) == vm.types.float_) {
    return raise(vm, vm.exc.TypeError, "'float' object cannot be interpreted as an integer");
  }
  int64_t cp;
  if (!index_int64(vm, args[0], &cp)) {
    if (pending_matches(vm, vm.exc.IndexError)) {
      clear_exception(vm);
      return raise(vm, vm.exc.OverflowError, "Python int too large to convert to C int");
    }
    return {};
  }
  if (cp < 0 || cp > 0x10FFFF)
    return raise(vm, vm.exc.ValueError, "chr() arg not in range(0x110000)");
  std::string text;
  utf8_append(text, uint32_t(cp));
  return str_new(vm, text);
}

Value builtin_ord(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "ord", nargs, kw, 1, 1)) return {};
  Value v = args[0];
  if (is_instance(vm, v, vm.types.str)) {
    auto* s = static_cast<Str*>(v.as_object());
    if (s->length != 1) {
      return raise(vm, vm.exc.TypeError,
                   cat("ord() expected a character, but string of length ", s->length, " found"));
    }
    return Value::small_int(str_code_point(s, 0));
  }
  if (is_instance(vm, v, vm.types.bytes) || is_instance(vm, v, vm.types.bytearray)) {
    Ref b = Ref::steal(call(vm, Value::object(vm.types.bytes), {v}));
    if (!b) return {};
    int64_t n = length(vm, *b);
    if (n != 1) {
      return raise(vm, vm.exc.TypeError,
                   cat("ord() expected a character, but string of length ", n, " found"));
    }
    return get_item(vm, *b, Value::small_int(0));
  }
  return raise(vm, vm.exc.TypeError,
               cat("ord() expected string of length 1, but ", type_name(vm, v), " found"));
}

/// hex(), oct() and bin().
template <int base>
Value int_to_base(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, base == 16 ? "hex" : base == 8 ? "oct" : "bin", nargs, kw, 1, 1)) return {};
  Ref i = Ref::steal(index(vm, args[0]));
  if (!i) return {};
  return str_new(vm, num::to_prefixed_string(int_to_bigint(*i), base));
}

Value builtin_divmod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "divmod", nargs, kw, 2, 2)) return {};
  return binary_dunder(vm, args[0], args[1], vm.names.divmod, vm.names.rdivmod, "divmod()");
}

Value builtin_pow(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("pow(base, exp, mod=None)");
  Value a[3];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  if (a[2].is_null() || a[2].is_none()) return binary_op(vm, a[0], a[1], BinaryOp::power);
  // CPython's ternary_op: base's __pow__, then exp's (built-in) __rpow__;
  // a float or complex modulus refuses like float.__pow__ does.
  Value method = lookup_type(vm, vm.type_of(a[0]), vm.names.pow);
  if (!method.is_null()) {
    Ref hold = Ref::borrow(method);
    Value r = call(vm, method, a, 3);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  Value reflected = vm.type_of(a[1]) == vm.type_of(a[0])
                        ? Value()
                        : lookup_type(vm, vm.type_of(a[1]), vm.names.rpow);
  if (!reflected.is_null() && vm.type_of(reflected) != vm.types.function) {
    Ref hold = Ref::borrow(reflected);
    Value swapped[3] = {a[1], a[0], a[2]};
    Value r = call(vm, reflected, swapped, 3);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (vm.type_of(a[2]) == vm.types.float_ || vm.type_of(a[2]) == vm.types.complex) {
    return raise(vm, vm.exc.TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return raise(vm, vm.exc.TypeError,
               cat("unsupported operand type(s) for ** or pow(): '", type_name(vm, a[0]), "', '",
                   type_name(vm, a[1]), "', '", type_name(vm, a[2]), "'"));
}

Value builtin_round(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("round(number, ndigits=None)");
  Value a[2];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  Value method = lookup_type(vm, vm.type_of(a[0]), vm.names.round);
  if (method.is_null()) {
    return raise(vm, vm.exc.TypeError,
                 cat("type ", type_name(vm, a[0]), " doesn't define __round__ method"));
  }
  Ref hold = Ref::borrow(method);
  if (a[1].is_null() || a[1].is_none()) return call(vm, method, {a[0]});
  return call(vm, method, {a[0], a[1]});
}

Value builtin_hash(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "hash", nargs, kw, 1, 1)) return {};
  int64_t h = hash(vm, args[0]);
  if (h == -1 && error_pending(vm)) return {};
  return int_from_int64(vm, h);
}

Value builtin_id(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "id", nargs, kw, 1, 1)) return {};
  Value v = args[0];
  if (v.is_object()) return int_from_int64(vm, int64_t(reinterpret_cast<uintptr_t>(v.as_object())));
  return int_from_int64(vm, int64_t(v.bits() >> 1) * 16 + 0x1000);
}

Value builtin_isinstance(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "isinstance", nargs, kw, 2, 2)) return {};
  int r = isinstance(vm, args[0], args[1]);
  return r < 0 ? Value() : Value::boolean(r);
}

Value builtin_issubclass(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "issubclass", nargs, kw, 2, 2)) return {};
  int r = issubclass(vm, args[0], args[1]);
  return r < 0 ? Value() : Value::boolean(r);
}

Value builtin_getattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "getattr", nargs, kw, 2, 3)) return {};
  Str* name = as_name(vm, args[1]);
  if (!name) return {};
  if (nargs == 2) return get_attr(vm, args[0], name);
  Value v = get_attr_optional(vm, args[0], name);
  if (!v.is_null() || error_pending(vm)) return v;
  return newref(args[2]);
}

Value builtin_hasattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "hasattr", nargs, kw, 2, 2)) return {};
  Str* name = as_name(vm, args[1]);
  if (!name) return {};
  Value v = get_attr_optional(vm, args[0], name);
  if (v.is_null()) return error_pending(vm) ? Value() : Value::false_();
  decref(v);
  return Value::true_();
}

Value builtin_setattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "setattr", nargs, kw, 3, 3)) return {};
  Str* name = as_name(vm, args[1]);
  if (!name || !set_attr(vm, args[0], name, args[2])) return {};
  return Value::none();
}

Value builtin_delattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "delattr", nargs, kw, 2, 2)) return {};
  Str* name = as_name(vm, args[1]);
  if (!name || !del_attr(vm, args[0], name)) return {};
  return Value::none();
}

Value builtin_iter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "iter", nargs, kw, 1, 2)) return {};
  if (nargs == 1) return get_iter(vm, args[0]);
  if (!is_callable(vm, args[0])) {
    return raise(vm, vm.exc.TypeError, "iter(v, w): v must be callable");
  }
  return callable_iterator_new(vm, args[0], args[1]);
}

Value builtin_aiter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "aiter", nargs, kw, 1, 1)) return {};
  Value method = lookup_type(vm, vm.type_of(args[0]), vm.names.aiter);
  if (method.is_null()) {
    return raise(vm, vm.exc.TypeError,
                 cat("'", type_name(vm, args[0]), "' object is not an async iterable"));
  }
  Ref hold = Ref::borrow(method);
  Ref it = Ref::steal(call(vm, method, {args[0]}));
  if (it && lookup_type(vm, vm.type_of(*it), vm.names.anext).is_null()) {
    return raise(vm, vm.exc.TypeError,
                 cat("aiter() returned not an async iterator of type '", type_name(vm, *it), "'"));
  }
  return it.release();
}

Value builtin_anext(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "anext", nargs, kw, 1, 2)) return {};
  Value method = lookup_type(vm, vm.type_of(args[0]), vm.names.anext);
  if (method.is_null()) {
    return raise(vm, vm.exc.TypeError,
                 cat("'", type_name(vm, args[0]), "' object is not an async iterator"));
  }
  Ref hold = Ref::borrow(method);
  Ref awaitable = Ref::steal(call(vm, method, {args[0]}));
  if (!awaitable || nargs == 1) return awaitable.release();
  return anext_awaitable_new(vm, *awaitable, args[1]);
}

Value builtin_next(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "next", nargs, kw, 1, 2)) return {};
  Type* t = vm.type_of(args[0]);
  if (!t->next) {
    return raise(vm, vm.exc.TypeError, cat("'", t->name->view(), "' object is not an iterator"));
  }
  Value v = t->next(vm, args[0]);
  if (!v.is_null()) return v;
  if (nargs == 2 && (!error_pending(vm) || pending_matches(vm, vm.exc.StopIteration))) {
    clear_exception(vm);
    return newref(args[1]);
  }
  if (!error_pending(vm)) return raise(vm, vm.exc.StopIteration, "");
  return {};
}

Value builtin_vars(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "vars", nargs, kw, 0, 1)) return {};
  if (nargs == 0) return builtin_locals(vm, args, 0, nullptr);
  Value d = get_attr_optional(vm, args[0], vm.names.dict);
  if (d.is_null() && !error_pending(vm)) {
    return raise(vm, vm.exc.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

Value builtin_dir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dir", nargs, kw, 0, 1)) return {};
  Ref names;
  if (nargs == 0) {
    Ref locals = Ref::steal(builtin_locals(vm, args, 0, nullptr));
    if (!locals) return {};
    names = Ref::steal(list_from_iterable(vm, *locals));
  } else {
    Ref r = Ref::steal(call_special(vm, args[0], vm.names.dir, nullptr, 0));
    if (!r) return {};
    names = Ref::steal(list_from_iterable(vm, *r));
  }
  if (!names || !list_sort(vm, names.as<List>(), Value(), false)) return {};
  return names.release();
}

Value builtin_globals(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "globals", nargs, kw, 0, 0)) return {};
  Frame* f = vm.current_frame;
  if (!f) return raise(vm, vm.exc.SystemError, "globals(): no current frame");
  return newref(Value::object(f->globals));
}

Value builtin_locals(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "locals", nargs, kw, 0, 0)) return {};
  Frame* f = vm.current_frame;
  if (!f) return raise(vm, vm.exc.SystemError, "locals(): no current frame");
  if (f->locals) return newref(Value::object(f->locals));
  // A function's locals: a snapshot of its variables (cells included).
  Ref d = Ref::steal(dict_new(vm));
  if (!d) return {};
  Code* code = f->code;
  Value* lp = f->localsplus();
  for (uint32_t i = 0; i < code->nlocals(); ++i) {
    if (!lp[i].is_null() && !dict_set(vm, d.as<Dict>(), code->varnames->item(i), lp[i])) return {};
  }
  for (uint32_t i = 0; i < code->ncells() + code->nfrees(); ++i) {
    Value cell = lp[code->nlocals() + i];
    Value v = cell.is_null() ? Value() : static_cast<Cell*>(cell.as_object())->value;
    Value name =
        i < code->ncells() ? code->cellvars->item(i) : code->freevars->item(i - code->ncells());
    if (!v.is_null() && !dict_set(vm, d.as<Dict>(), name, v)) return {};
  }
  return d.release();
}

Value builtin_format(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "format", nargs, kw, 1, 2)) return {};
  Value spec = nargs == 2 ? args[1] : Value::object(vm.empty_str);
  if (!is_instance(vm, spec, vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("format() argument 2 must be str, not ", type_name(vm, spec)));
  }
  return format(vm, args[0], spec);
}

Value builtin_sorted(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) {
    return raise(vm, vm.exc.TypeError, cat("sorted expected 1 argument, got ", nargs));
  }
  Value key, reverse;
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = static_cast<Str*>(kw->item(i).as_object())->view();
    if (k == "key")
      key = args[1 + i];
    else if (k == "reverse")
      reverse = args[1 + i];
    else
      return raise(vm, vm.exc.TypeError,
                   cat("'", k, "' is an invalid keyword argument for sort()"));
  }
  Ref list = Ref::steal(list_from_iterable(vm, args[0]));
  if (!list) return {};
  int rev = reverse.is_null() ? 0 : truthy(vm, reverse);
  if (rev < 0) return {};
  if (!list_sort(vm, list.as<List>(), key.is_null() || key.is_none() ? Value() : key, rev))
    return {};
  return list.release();
}

/// min() and max(): `op` is the comparison that makes a new item win.
template <CompareOp op>
Value min_max(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  const char* name = op == CompareOp::lt ? "min" : "max";
  Value key, dflt;
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = static_cast<Str*>(kw->item(i).as_object())->view();
    if (k == "key")
      key = args[nargs + i];
    else if (k == "default")
      dflt = args[nargs + i];
    else
      return raise(vm, vm.exc.TypeError,
                   cat("'", k, "' is an invalid keyword argument for ", name, "()"));
  }
  if (key.is_none()) key = Value();
  if (nargs == 0) {
    return raise(vm, vm.exc.TypeError, cat(name, " expected at least 1 argument, got 0"));
  }
  Ref holder;
  Value iterable;
  if (nargs == 1) {
    iterable = args[0];
  } else {
    if (!dflt.is_null()) {
      return raise(
          vm, vm.exc.TypeError,
          cat("Cannot specify a default for ", name, "() with multiple positional arguments"));
    }
    holder = Ref::steal(tuple_new(vm, args, nargs));
    if (!holder) return {};
    iterable = *holder;
  }
  Ref it = Ref::steal(get_iter(vm, iterable));
  if (!it) return {};
  Ref best, best_key;
  while (true) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) {
      if (error_pending(vm)) return {};
      break;
    }
    Ref k = key.is_null() ? item : Ref::steal(call(vm, key, {*item}));
    if (!k) return {};
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    int wins = compare_bool(vm, *k, *best_key, op);
    if (wins < 0) return {};
    if (wins) {
      best = item;
      best_key = k;
    }
  }
  if (best) return best.release();
  if (!dflt.is_null()) return newref(dflt);
  return raise(vm, vm.exc.ValueError, cat(name, "() arg is an empty sequence"));
}

Value builtin_sum(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sum(iterable, /, start=0)");
  Value a[2];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  Value start = a[1].is_null() ? Value::small_int(0) : a[1];
  if (is_instance(vm, start, vm.types.str)) {
    return raise(vm, vm.exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (is_instance(vm, start, vm.types.bytes)) {
    return raise(vm, vm.exc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  if (is_instance(vm, start, vm.types.bytearray)) {
    return raise(vm, vm.exc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Ref it = Ref::steal(get_iter(vm, a[0]));
  if (!it) return {};
  Ref total = Ref::borrow(start);
  while (true) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) return error_pending(vm) ? Value() : total.release();
    Value t = *total, x = *item;
    int64_t r;
    if (t.is_small_int() && x.is_small_int() &&
        !__builtin_add_overflow(t.as_small_int(), x.as_small_int(), &r)) {
      total = Ref::steal(int_from_int64(vm, r));
    } else if (vm.type_of(t) == vm.types.float_ && vm.type_of(x) == vm.types.float_) {
      total = Ref::steal(float_new(vm, float_value(t) + float_value(x)));
    } else {
      total = Ref::steal(binary_op(vm, t, x, BinaryOp::add));
    }
    if (!total) return {};
  }
}

Value builtin_open(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return raise(vm, vm.exc.PermissionError,
               "[Errno 1] Operation not permitted: the playground has no file system");
}

Value builtin_import(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__import__(name, globals=None, locals=None, fromlist=(), level=0)");
  Value a[5];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  if (!is_instance(vm, a[0], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("__import__() argument 1 must be str, not ", type_name(vm, a[0])));
  }
  Value level = a[4].is_null() ? Value::small_int(0) : a[4];
  Value fromlist = a[3].is_null() ? Value::none() : a[3];
  return import_name(vm, vm.current_frame, static_cast<Str*>(a[0].as_object()), fromlist, level);
}

// ----- compile, exec, eval -------------------------------------------------------------

namespace {

/// The code to run for exec/eval: a code object, or source compiled in `mode`.
Value code_for(VM& vm, Value source, CompileMode mode, const char* fn) {
  if (vm.type_of(source) == vm.types.code) return newref(source);
  if (!is_instance(vm, source, vm.types.str) && !is_instance(vm, source, vm.types.bytes)) {
    return raise(vm, vm.exc.TypeError, cat(fn, "() arg 1 must be a string, bytes or code object"));
  }
  Ref text = Ref::steal(str(vm, source));
  if (is_instance(vm, source, vm.types.bytes)) {
    text = Ref::steal(call_method(vm, source, str_intern(vm, "decode"), nullptr, 0));
  }
  if (!text) return {};
  CompileOptions options;
  options.filename = "<string>";
  options.mode = mode;
  std::string_view s = text.as<Str>()->view();
  // eval() ignores leading spaces and tabs, as CPython does.
  if (mode == CompileMode::eval) s = s.substr(std::min(s.find_first_not_of(" \t"), s.size()));
  return compile(vm, s, options);
}

/// Runs code with the given namespaces (None: the caller's).
Value run_in(VM& vm, Value code, Value globals, Value locals) {
  Frame* f = vm.current_frame;
  if (globals.is_null() || globals.is_none()) {
    if (!f) return raise(vm, vm.exc.SystemError, "no current frame");
    globals = Value::object(f->globals);
    if (locals.is_null() || locals.is_none()) {
      Ref l = Ref::steal(builtin_locals(vm, nullptr, 0, nullptr));
      if (!l) return {};
      return run_code(vm, static_cast<Code*>(code.as_object()), f->globals, l.as<Dict>());
    }
  } else if (!is_instance(vm, globals, vm.types.dict)) {
    return raise(vm, vm.exc.TypeError, cat("globals must be a dict, not ", type_name(vm, globals)));
  }
  auto* g = static_cast<Dict*>(globals.as_object());
  if (dict_get_str(g, vm.names.builtins).is_null()) {
    if (!dict_set_str(vm, g, vm.names.builtins, Value::object(vm.builtins))) return {};
  }
  if (locals.is_null() || locals.is_none()) locals = globals;
  if (!is_instance(vm, locals, vm.types.dict)) {
    return raise(vm, vm.exc.TypeError, "locals must be a mapping");
  }
  return run_code(vm, static_cast<Code*>(code.as_object()), g,
                  static_cast<Dict*>(locals.as_object()));
}

} // namespace

Value builtin_compile(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig(
      "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)");
  Value a[6];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  if (!is_instance(vm, a[0], vm.types.str) || !is_instance(vm, a[1], vm.types.str) ||
      !is_instance(vm, a[2], vm.types.str)) {
    return raise(vm, vm.exc.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  std::string_view mode = static_cast<Str*>(a[2].as_object())->view();
  CompileOptions options;
  options.filename = static_cast<Str*>(a[1].as_object())->view();
  if (mode == "exec")
    options.mode = CompileMode::exec;
  else if (mode == "eval")
    options.mode = CompileMode::eval;
  else if (mode == "single")
    options.mode = CompileMode::single;
  else
    return raise(vm, vm.exc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return compile(vm, static_cast<Str*>(a[0].as_object())->view(), options);
}

Value builtin_exec(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("exec(source, globals=None, locals=None, /)");
  Value a[3];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  Ref code = Ref::steal(code_for(vm, a[0], CompileMode::exec, "exec"));
  if (!code) return {};
  Ref r = Ref::steal(run_in(vm, *code, a[1], a[2]));
  if (!r) return {};
  return Value::none();
}

Value builtin_eval(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("eval(source, globals=None, locals=None, /)");
  Value a[3];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  Ref code = Ref::steal(code_for(vm, a[0], CompileMode::eval, "eval"));
  if (!code) return {};
  return run_in(vm, *code, a[1], a[2]);
}

// The table of functions the builtins module starts with.
const MethodDef kBuiltinFunctions[] = {
    {"len", builtin_len},
    {"repr", builtin_repr},
    {"ascii", builtin_ascii},
    {"abs", builtin_abs},
    {"any", any_all<true>},
    {"all", any_all<false>},
    {"callable", builtin_callable},
    {"chr", builtin_chr},
    {"ord", builtin_ord},
    {"hex", int_to_base<16>},
    {"oct", int_to_base<8>},
    {"bin", int_to_base<2>},
    {"divmod", builtin_divmod},
    {"pow", builtin_pow},
    {"round", builtin_round},
    {"hash", builtin_hash},
    {"id", builtin_id},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"getattr", builtin_getattr},
    {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"iter", builtin_iter},
    {"aiter", builtin_aiter},
    {"anext", builtin_anext},
    {"next", builtin_next},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {"format", builtin_format},
    {"sorted", builtin_sorted},
    {"min", min_max<CompareOp::lt>},
    {"max", min_max<CompareOp::gt>},
    {"sum", builtin_sum},
    {"open", builtin_open},
    {"__import__", builtin_import},
    {"compile", builtin_compile},
    {"exec", builtin_exec},
    {"eval", builtin_eval},
    {nullptr, nullptr},
};

} // namespace py
