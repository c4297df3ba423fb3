// sys: the interpreter's own module — standard streams, argv, modules,
// recursion and int-string limits, exit, exc_info, excepthook.
#include <cfloat>
#include <cstdio>

#include "python/builtins/io.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/float.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/objects/struct_seq.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/traceback.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

Value sys_exit(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "exit", nargs, kw, 0, 1)) return {};
  return raise_args(vm, vm.exc.SystemExit, tuple_new(vm, args, nargs));
}

Value sys_getrecursionlimit(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "getrecursionlimit", nargs, kw, 0, 0)) return {};
  return Value::small_int(vm.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "setrecursionlimit", nargs, kw, 1, 1)) return {};
  if (!is_int(vm, args[0])) {
    return raise(vm, vm.exc.TypeError, "'float' object cannot be interpreted as an integer");
  }
  int64_t limit;
  if (!int_to_int64(args[0], &limit) || limit > INT32_MAX || limit < INT32_MIN) {
    return raise(vm, vm.exc.OverflowError, "Python int too large to convert to C int");
  }
  if (limit < 1)
    return raise(vm, vm.exc.ValueError, "recursion limit must be greater or equal than 1");
  if (limit <= vm.depth) {
    return raise(vm, vm.exc.RecursionError,
                 cat("cannot set the recursion limit to ", limit, " at the recursion depth ",
                     vm.depth, ": the limit is too low"));
  }
  // Python frames live on the heap, so any limit is honoured; recursion
  // through native code has its own bound (VMOptions::native_stack_units).
  vm.recursion_limit = int(limit);
  return Value::none();
}

Value sys_get_int_max_str_digits(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "get_int_max_str_digits", nargs, kw, 0, 0)) return {};
  return int_from_int64(vm, int64_t(vm.int_max_str_digits));
}

Value sys_set_int_max_str_digits(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("set_int_max_str_digits(maxdigits)");
  Value a[1];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  int64_t digits;
  if (!index_int64(vm, a[0], &digits)) return {};
  if (digits != 0 && digits < 640) {
    return raise(vm, vm.exc.ValueError, "maxdigits must be 0 or larger than 640");
  }
  vm.int_max_str_digits = size_t(digits);
  return Value::none();
}

Value sys_exc_info(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "exc_info", nargs, kw, 0, 0)) return {};
  Value exc = vm.current_handled();
  if (exc.is_none()) return tuple_of(vm, {Value::none(), Value::none(), Value::none()});
  Value tb = static_cast<BaseException*>(exc.as_object())->traceback;
  return tuple_of(vm, {Value::object(vm.type_of(exc)), exc, tb.is_null() ? Value::none() : tb});
}

Value sys_exception(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "exception", nargs, kw, 0, 0)) return {};
  return newref(vm.current_handled());
}

Value sys_excepthook(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "excepthook", nargs, kw, 3, 3)) return {};
  if (!is_instance(vm, args[1], vm.exc.BaseException)) {
    vm.host().write_stderr(cat("TypeError: print_exception(): Exception expected for value, ",
                               type_name(vm, args[1]), " found\n"));
    return Value::none();
  }
  Value err = dict_get_str(vm.sys->dict, vm.names.stderr_);
  std::string text = format_exception(vm, args[1]);
  if (err.is_null() || err.is_none()) return Value::none();
  if (!write_to(vm, err, text)) return {};
  return Value::none();
}

Value sys_getsizeof(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "getsizeof", nargs, kw, 1, 2)) return {};
  Value r = call_special(vm, args[0], vm.names.sizeof_, nullptr, 0);
  if (r.is_null()) return {};
  // CPython adds the garbage-collector header for container objects.
  return r;
}

Value sys_intern(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "intern", nargs, kw, 1, 1)) return {};
  if (vm.type_of(args[0]) != vm.types.str) {
    return raise(vm, vm.exc.TypeError,
                 cat("intern() argument must be str, not ", type_name(vm, args[0])));
  }
  return str_intern_value(vm, args[0]);
}

Value sys_getframe(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "_getframe", nargs, kw, 0, 1)) return {};
  int64_t depth = 0;
  if (nargs && !index_int64(vm, args[0], &depth)) return {};
  Frame* frame = vm.current_frame;
  for (; frame && depth > 0; --depth) frame = frame->previous;
  if (!frame) return raise(vm, vm.exc.ValueError, "call stack is not deep enough");
  return frame_object_new(vm, frame);
}

Value sys_source_line(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "_source_line", nargs, kw, 2, 2)) return {};
  if (!is_instance(vm, args[0], vm.types.str)) return str_new(vm, "");
  int64_t lineno;
  if (!index_int64(vm, args[1], &lineno)) return {};
  std::string_view line =
      source_line(vm, static_cast<Str*>(args[0].as_object())->view(), int(lineno));
  return str_new(vm, line.empty() ? std::string() : std::string(line) + "\n");
}

Value sys_getdefaultencoding(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "getdefaultencoding", nargs, kw, 0, 0)) return {};
  return str_new(vm, "utf-8");
}

/// sys.version_info, float_info, int_info and hash_info: struct sequences
/// with CPython 3.11's values (64-bit build, 30-bit int digits).
void add_struct_seqs(VM& vm, Module* module) {
  Type* version = struct_seq_type(vm, "sys", "version_info",
                                  {"major", "minor", "micro", "releaselevel", "serial"});
  module_add(vm, module, "version_info",
             struct_seq_new(vm, version,
                            {Value::small_int(3), Value::small_int(11), Value::small_int(7),
                             str_new(vm, "final"), Value::small_int(0)}));
  Type* float_info =
      struct_seq_type(vm, "sys", "float_info",
                      {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                       "mant_dig", "epsilon", "radix", "rounds"});
  module_add(vm, module, "float_info",
             struct_seq_new(vm, float_info,
                            {float_new(vm, DBL_MAX), Value::small_int(DBL_MAX_EXP),
                             Value::small_int(DBL_MAX_10_EXP), float_new(vm, DBL_MIN),
                             Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                             Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG),
                             float_new(vm, DBL_EPSILON), Value::small_int(FLT_RADIX),
                             Value::small_int(1)}));
  Type* int_info = struct_seq_type(
      vm, "sys", "int_info",
      {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  module_add(vm, module, "int_info",
             struct_seq_new(vm, int_info,
                            {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                             Value::small_int(640)}));
  Type* hash_info = struct_seq_type(
      vm, "sys", "hash_info",
      {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"});
  module_add(vm, module, "hash_info",
             struct_seq_new(vm, hash_info,
                            {Value::small_int(64), Value::small_int((int64_t(1) << 61) - 1),
                             Value::small_int(314159), Value::small_int(0),
                             Value::small_int(1000003), str_new(vm, "siphash13"),
                             Value::small_int(64), Value::small_int(128), Value::small_int(0)}));
}

} // namespace

void init_sys_module(VM& vm) {
  Value m = module_new(vm, "sys");
  auto* module = static_cast<Module*>(m.as_object());
  vm.sys = module;
  dict_set_str(vm, vm.modules, str_intern(vm, "sys"), m);
  add_functions(vm, module,
                {{"exit", sys_exit},
                 {"getrecursionlimit", sys_getrecursionlimit},
                 {"setrecursionlimit", sys_setrecursionlimit},
                 {"get_int_max_str_digits", sys_get_int_max_str_digits},
                 {"set_int_max_str_digits", sys_set_int_max_str_digits},
                 {"exc_info", sys_exc_info},
                 {"exception", sys_exception},
                 {"excepthook", sys_excepthook},
                 {"getsizeof", sys_getsizeof},
                 {"intern", sys_intern},
                 {"_getframe", sys_getframe},
                 {"getdefaultencoding", sys_getdefaultencoding},
                 {"_source_line", sys_source_line}});
  Value hook = dict_get_str(module->dict, vm.names.excepthook);
  module_add(vm, module, "__excepthook__", newref(hook));
  Value out = text_output_new(vm, 1, "<stdout>");
  Value err = text_output_new(vm, 2, "<stderr>");
  Value in = text_output_new(vm, 0, "<stdin>");
  module_add(vm, module, "stdout", newref(out));
  module_add(vm, module, "stderr", newref(err));
  module_add(vm, module, "stdin", newref(in));
  module_add(vm, module, "__stdout__", out);
  module_add(vm, module, "__stderr__", err);
  module_add(vm, module, "__stdin__", in);
  Ref main_name = Ref::steal(str_new(vm, "main.py"));
  Value argv0 = *main_name;
  module_add(vm, module, "argv", list_from(vm, &argv0, 1));
  module_add(vm, module, "path", list_new(vm));
  module_add(vm, module, "modules", newref(Value::object(vm.modules)));
  module_add(vm, module, "builtin_module_names",
             tuple_of(vm, {Value::object(str_intern(vm, "builtins")),
                           Value::object(str_intern(vm, "sys"))}));
  module_add(vm, module, "maxsize", int_from_int64(vm, INT64_MAX));
  module_add(vm, module, "byteorder", str_new(vm, "little"));
  module_add(vm, module, "platform", str_new(vm, "emscripten"));
  module_add(vm, module, "version",
             str_new(vm, "3.11.7 (coroplay, a Python 3.11 interpreter for the browser)"));
  module_add(vm, module, "hexversion", Value::small_int(0x030B07F0));
  module_add(vm, module, "dont_write_bytecode", Value::true_());
  module_add(vm, module, "maxunicode", Value::small_int(0x10FFFF));
  module_add(vm, module, "float_repr_style", str_new(vm, "short"));
  add_struct_seqs(vm, module);
  decref(m);
}

} // namespace py
