// Argument handling shared by str, bytes and bytearray methods.
#include "python/objects/text_args.hpp"

#include "python/objects/int.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

bool check_tuple_arity(VM& vm, std::string_view owner, std::string_view name, size_t nargs,
                       Tuple* kwnames, size_t min, size_t max) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, cat(owner, ".", name, "() takes no keyword arguments"));
    return false;
  }
  if (nargs < min) {
    raise(vm, vm.exc.TypeError,
          cat(name, "() takes at least ", min, " argument", min == 1 ? "" : "s", " (", nargs,
              " given)"));
    return false;
  }
  if (nargs > max) {
    raise(vm, vm.exc.TypeError,
          cat(name, "() takes at most ", max, " argument", max == 1 ? "" : "s", " (", nargs,
              " given)"));
    return false;
  }
  return true;
}

namespace {

/// One bound: None/absent keeps *out; an index clamps to the int64 range.
bool slice_bound(VM& vm, Value v, int64_t* out) {
  if (v.is_null() || v.is_none()) return true;
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!is_int(vm, v) && lookup_type(vm, vm.type_of(v), vm.names.index).is_null()) {
    raise(vm, vm.exc.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  if (!int_to_int64(*i, out)) *out = int_to_bigint(*i).is_negative() ? INT64_MIN : INT64_MAX;
  return true;
}

} // namespace

bool range_args(VM& vm, Value start, Value end, int64_t length, int64_t* out_start,
                int64_t* out_end) {
  int64_t s = 0, e = INT64_MAX;
  if (!slice_bound(vm, start, &s) || !slice_bound(vm, end, &e)) return false;
  if (e > length) {
    e = length;
  } else if (e < 0) {
    e = e < -length ? 0 : e + length;
  }
  if (s < 0) s = s < -length ? 0 : s + length;
  *out_start = s;
  *out_end = e;
  return true;
}

} // namespace py
