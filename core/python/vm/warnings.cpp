#include "python/vm/warnings.hpp"

#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/int.hpp"
#include "python/objects/str.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/import.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// Calls warnings.warn_explicit(message, category, filename, lineno, module,
/// registry) from the bundled warnings module, which applies the filters and
/// shows the warning.
bool call_warn_explicit(VM& vm, Type* category, std::string_view message, std::string_view filename,
                        int lineno, Value module, Value registry) {
  Ref warnings = Ref::steal(import_module(vm, "warnings"));
  if (!warnings) return false;
  Ref fn = Ref::steal(get_attr(vm, *warnings, str_intern(vm, "warn_explicit")));
  if (!fn) return false;
  Ref msg = Ref::steal(str_new(vm, message));
  Ref file = Ref::steal(str_new(vm, filename));
  if (!msg || !file) return false;
  Value args[6] = {*msg,
                   Value::object(category),
                   *file,
                   Value::small_int(lineno),
                   module.is_null() ? Value::none() : module,
                   registry.is_null() ? Value::none() : registry};
  Ref r = Ref::steal(call(vm, *fn, args, 6));
  return bool(r);
}

} // namespace

bool warn_explicit(VM& vm, Type* category, std::string_view message, std::string_view filename,
                   int lineno) {
  return call_warn_explicit(vm, category, message, filename, lineno, Value(), Value());
}

bool warn(VM& vm, Type* category, std::string_view message, int stacklevel) {
  Frame* frame = vm.current_frame;
  for (int level = 1; frame && level < stacklevel; ++level) frame = frame->previous;
  if (!frame) {
    return call_warn_explicit(vm, category, message, "sys", 1, Value(), Value());
  }
  Dict* globals = frame->globals;
  Value registry = dict_get_str(globals, str_intern(vm, "__warningregistry__"));
  Ref owned_registry;
  if (registry.is_null()) {
    owned_registry = Ref::steal(dict_new(vm));
    if (!owned_registry ||
        !dict_set_str(vm, globals, str_intern(vm, "__warningregistry__"), *owned_registry)) {
      return false;
    }
    registry = *owned_registry;
  }
  Value module = dict_get_str(globals, vm.names.name);
  const LineEntry* pos = code_position(frame->code, frame->offset());
  return call_warn_explicit(vm, category, message, frame->code->filename->view(),
                            pos ? pos->line : frame->code->firstlineno, module, registry);
}

} // namespace py
