// gc: the garbage collector interface. Objects are freed by reference
// counting alone, so there is no cycle collector to run: collect() finds
// nothing, and enable()/disable() only remember a flag for isenabled().
#include "python/modules/module_list.hpp"
#include "python/objects/list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// The key of the enabled flag in VM::module_state (True unless disable() ran).
constexpr const char* kEnabledKey = "gc.enabled";

Value gc_collect(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("collect(generation=2)");
  Value a[1];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  if (!a[0].is_null()) {
    int64_t generation;
    if (!index_int64(vm, a[0], &generation)) return {};
    if (generation < 0 || generation > 2) return raise(vm, vm.exc.ValueError, "invalid generation");
  }
  return Value::small_int(0);
}

/// Sets the flag isenabled() reports.
Value set_enabled(VM& vm, const char* name, bool enabled, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, name, nargs, kw, 0, 0)) return {};
  vm.module_state.insert_or_assign(kEnabledKey, Value::boolean(enabled));
  return Value::none();
}

Value gc_enable(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return set_enabled(vm, "gc.enable", true, nargs, kw);
}

Value gc_disable(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return set_enabled(vm, "gc.disable", false, nargs, kw);
}

Value gc_isenabled(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "gc.isenabled", nargs, kw, 0, 0)) return {};
  auto found = vm.module_state.find(kEnabledKey);
  return found == vm.module_state.end() ? Value::true_() : found->second;
}

} // namespace

Value init_module_gc(VM& vm) {
  Value m = module_new(vm, "gc");
  if (m.is_null()) return {};
  auto* module = static_cast<Module*>(m.as_object());
  add_functions(vm, module,
                {{"collect", gc_collect},
                 {"enable", gc_enable},
                 {"disable", gc_disable},
                 {"isenabled", gc_isenabled}});
  module_add(vm, module, "garbage", list_new(vm));
  return m;
}

} // namespace py
