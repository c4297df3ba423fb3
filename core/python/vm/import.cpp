#include "python/vm/import.hpp"

#include <cstring>
#include <string>

#include "python/compile/compile.hpp"
#include "python/modules/library.hpp"
#include "python/modules/module_list.hpp"
#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/eval.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

const char* bundled_source(std::string_view name) {
  for (const EmbeddedFile* f = kBundledLibrary; f->name; ++f) {
    if (name == f->name) return f->source;
  }
  return nullptr;
}

namespace {

Value raise_not_found(VM& vm, std::string_view name) {
  raise(vm, vm.exc.ModuleNotFoundError, cat("No module named '", name, "'"));
  if (Dict* d = instance_dict(vm, vm.pending_exception)) {
    Ref n = Ref::steal(str_new(vm, name));
    if (n) dict_set_str(vm, d, vm.names.name_, *n);
  }
  return {};
}

/// Runs a bundled module's source in a fresh module registered as `name`.
Value load_bundled(VM& vm, std::string_view name, const char* source) {
  Ref module = Ref::steal(module_new(vm, name));
  if (!module) return {};
  Dict* globals = module.as<Module>()->dict;
  dict_set_str(vm, globals, vm.names.builtins, Value::object(vm.builtins));
  Ref key = Ref::steal(str_new(vm, name));
  if (!key || !dict_set(vm, vm.modules, *key, *module)) return {};
  std::string filename = cat("<frozen ", name, ">");
  CompileOptions options;
  options.filename = filename;
  Ref code = Ref::steal(compile(vm, source, options));
  Ref result;
  if (code) result = Ref::steal(run_code(vm, code.as<Code>(), globals, globals));
  if (!result) {
    Value saved = fetch_exception(vm);
    dict_remove(vm, vm.modules, *key);
    clear_exception(vm);
    restore_exception(vm, saved);
    return {};
  }
  // The module may have replaced itself in sys.modules.
  Value registered = dict_get_str(vm.modules, key.as<Str>());
  return newref(registered.is_null() ? *module : registered);
}

/// Imports one fully qualified name whose parent (if any) is imported already.
Value import_one(VM& vm, std::string_view name) {
  Str* key = str_intern(vm, name);
  Value existing = dict_get_str(vm.modules, key);
  if (!existing.is_null()) return newref(existing);
#define PY_TRY_NATIVE(module_name)                                                                 \
  if (name == #module_name) {                                                                      \
    Value m = init_module_##module_name(vm);                                                       \
    if (m.is_null()) return {};                                                                    \
    if (!dict_set_str(vm, vm.modules, key, m)) {                                                   \
      decref(m);                                                                                   \
      return {};                                                                                   \
    }                                                                                              \
    return m;                                                                                      \
  }
  PY_NATIVE_MODULES(PY_TRY_NATIVE)
#undef PY_TRY_NATIVE
  if (const auto* library = vm.options().library) {
    auto found = library->find(std::string(name));
    if (found != library->end()) return load_bundled(vm, name, std::string(found->second).c_str());
  }
  if (const char* source = bundled_source(name)) return load_bundled(vm, name, source);
  return raise_not_found(vm, name);
}

} // namespace

Value import_module(VM& vm, std::string_view name) {
  Ref parent;
  for (size_t start = 0;;) {
    size_t dot = name.find('.', start);
    std::string_view prefix = name.substr(0, dot);
    Ref m = Ref::steal(import_one(vm, prefix));
    if (!m) return {};
    // A submodule is also an attribute of its parent.
    if (parent && !set_attr(vm, *parent, str_intern(vm, prefix.substr(start)), *m)) return {};
    if (dot == std::string_view::npos) return m.release();
    parent = m;
    start = dot + 1;
  }
}

Value import_name(VM& vm, Frame* frame, Str* name, Value fromlist, Value level) {
  (void)frame;
  if (!level.is_small_int() || level.as_small_int() != 0) {
    return raise(vm, vm.exc.ImportError, "attempted relative import with no known parent package");
  }
  if (name->size == 0) return raise(vm, vm.exc.ValueError, "Empty module name");
  Ref module = Ref::steal(import_module(vm, name->view()));
  if (!module) return {};
  bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && truthy(vm, fromlist) == 1;
  std::string_view text = name->view();
  size_t dot = text.find('.');
  if (has_fromlist || dot == std::string_view::npos) return module.release();
  Value top = dict_get_str(vm.modules, str_intern(vm, text.substr(0, dot)));
  return newref(top);
}

Value import_from(VM& vm, Value module, Str* name) {
  Value v = get_attr_optional(vm, module, name);
  if (!v.is_null() || error_pending(vm)) return v;
  Ref module_name = Ref::steal(get_attr_optional(vm, module, vm.names.name));
  clear_exception(vm);
  std::string_view mod_text = module_name && is_instance(vm, *module_name, vm.types.str)
                                  ? module_name.as<Str>()->view()
                                  : std::string_view("<unknown module name>");
  std::string full = cat(mod_text, ".", name->view());
  Value sub = dict_get_str(vm.modules, str_intern(vm, full));
  if (!sub.is_null()) return newref(sub);
  raise(vm, vm.exc.ImportError,
        cat("cannot import name '", name->view(), "' from '", mod_text, "' (unknown location)"));
  if (Dict* d = instance_dict(vm, vm.pending_exception)) {
    if (module_name) dict_set_str(vm, d, vm.names.name_, *module_name);
  }
  return {};
}

bool import_star(VM& vm, Frame* frame, Value module) {
  if (!frame->locals) {
    raise(vm, vm.exc.SystemError, "no locals found during 'import *'");
    return false;
  }
  Ref names = Ref::steal(get_attr_optional(vm, module, vm.names.all));
  if (error_pending(vm)) return false;
  bool public_only = !names;
  if (!names) {
    Ref d = Ref::steal(get_attr(vm, module, vm.names.dict));
    if (!d) return false;
    names = Ref::steal(list_from_iterable(vm, *d));
    if (!names) return false;
  }
  Ref it = Ref::steal(get_iter(vm, *names));
  if (!it) return false;
  while (true) {
    Ref n = Ref::steal(iter_next(vm, *it));
    if (!n) return !error_pending(vm);
    if (!is_instance(vm, *n, vm.types.str)) {
      raise(vm, vm.exc.TypeError,
            cat("Item in ", public_only ? "__dict__" : "__all__", " must be str, not ",
                type_name(vm, *n)));
      return false;
    }
    if (public_only && n.as<Str>()->view().starts_with("_")) continue;
    Ref v = Ref::steal(get_attr(vm, module, n.as<Str>()));
    if (!v || !dict_set(vm, frame->locals, *n, *v)) return false;
  }
}

} // namespace py
