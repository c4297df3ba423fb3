// _traceback: the native half of the traceback module. The interpreter
// already prints uncaught exceptions exactly as CPython does (chains,
// groups, carets); format_exception(exc) hands that text to Python code
// (traceback.format_exc, logging's exc_info) instead of reimplementing it.
#include "python/vm/traceback.hpp"
#include "python/modules/module_list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// format_exception(exc): the text an uncaught `exc` prints, starting with
/// "Traceback (most recent call last):" when it has a traceback.
Value tb_format_exception(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "format_exception", nargs, kw, 1, 1)) return {};
  if (!is_instance(vm, args[0], vm.exc.BaseException)) {
    return raise(
        vm, vm.exc.TypeError,
        cat("format_exception() argument must be an exception, not ", type_name(vm, args[0])));
  }
  return str_new(vm, format_exception(vm, args[0]));
}

} // namespace

Value init_module__traceback(VM& vm) {
  Value m = module_new(vm, "_traceback");
  if (m.is_null()) return {};
  add_functions(vm, static_cast<Module*>(m.as_object()),
                {{"format_exception", tb_format_exception}});
  return m;
}

} // namespace py
