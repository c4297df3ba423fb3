#include "python/modules/real_arg.hpp"

#include "python/numeric/int_float.hpp"
#include "python/objects/float.hpp"
#include "python/objects/int.hpp"
#include "python/objects/num_error.hpp"
#include "python/objects/str.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// An int of any kind converted with correct rounding (OverflowError when too big).
bool int_to_double(VM& vm, Value v, double* out) {
  auto d = num::to_double(int_to_bigint(v));
  if (!d) {
    raise_num_error(vm, d.error());
    return false;
  }
  *out = d.value();
  return true;
}

} // namespace

bool real_arg(VM& vm, Value v, double* out) {
  if (v.is_small_int()) {
    *out = double(v.as_small_int());
    return true;
  }
  Type* t = vm.type_of(v);
  if (t == vm.types.float_ || is_subtype(t, vm.types.float_)) {
    *out = float_value(v);
    return true;
  }
  if (t == vm.types.int_ || v.is_bool()) return int_to_double(vm, v, out);
  Value method = lookup_type(vm, t, vm.names.float_);
  if (!method.is_null()) {
    Ref hold = Ref::borrow(method);
    Ref r = Ref::steal(call(vm, method, {v}));
    if (!r) return false;
    if (!is_instance(vm, *r, vm.types.float_)) {
      raise(vm, vm.exc.TypeError,
            cat(t->name->view(), ".__float__ returned non-float (type ", type_name(vm, *r), ")"));
      return false;
    }
    *out = float_value(*r);
    return true;
  }
  if (!lookup_type(vm, t, vm.names.index).is_null()) {
    Ref i = Ref::steal(index(vm, v));
    return i && int_to_double(vm, *i, out);
  }
  raise(vm, vm.exc.TypeError, cat("must be real number, not ", t->name->view()));
  return false;
}

} // namespace py
