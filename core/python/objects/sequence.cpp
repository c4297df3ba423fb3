// Helpers shared by list, tuple and range (see sequence.hpp).
#include "python/objects/sequence.hpp"

#include <limits>
#include <string>

#include "python/objects/int.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

bool is_index_like(VM& vm, Value v) {
  if (is_int(vm, v)) return true;
  return !lookup_type(vm, vm.type_of(v), vm.names.index).is_null();
}

namespace {

/// Converts an index-like value to int64. Returns 1 when it fits, 0 when it
/// does not (*negative tells the sign), -1 on error.
int index_to_int64(VM& vm, Value v, int64_t* out, bool* negative) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return 1;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return -1;
  if (int_to_int64(*i, out)) return 1;
  *negative = int_to_bigint(*i).is_negative();
  return 0;
}

} // namespace

bool ssize_arg(VM& vm, Value v, int64_t* out) {
  bool negative = false;
  int r = index_to_int64(vm, v, out, &negative);
  if (r == 0) raise(vm, vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
  return r == 1;
}

bool clamped_index_arg(VM& vm, Value v, int64_t* out, bool slice_bound) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!is_index_like(vm, v)) {
    raise(vm, vm.exc.TypeError,
          slice_bound ? "slice indices must be integers or None or have an __index__ method"
                      : "slice indices must be integers or have an __index__ method");
    return false;
  }
  bool negative = false;
  int r = index_to_int64(vm, v, out, &negative);
  if (r == 0) {
    *out = negative ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
  }
  return r >= 0;
}

bool repeat_count(VM& vm, Value n, int64_t* out) {
  if (n.is_small_int()) {
    *out = n.as_small_int();
    return true;
  }
  if (!is_index_like(vm, n)) return false;
  bool negative = false;
  int r = index_to_int64(vm, n, out, &negative);
  if (r == 0) raise(vm, vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return r == 1;
}

bool repeat_fits(VM& vm, size_t size, int64_t n) {
  if (size && uint64_t(n) > uint64_t(vm.options().memory_limit) / size) {
    raise_memory_error(vm);
    return false;
  }
  return true;
}

Value sequence_repr(VM& vm, Object* self, SeqView view, char open, char close) {
  if (*view.size == 0) return str_new(vm, std::string{open, close});
  if (self->flags & kInRepr) return str_new(vm, std::string{open, '.', '.', '.', close});
  self->flags |= kInRepr;
  std::string out(1, open);
  bool ok = true;
  for (size_t i = 0; i < *view.size; ++i) {
    if (i) out += ", ";
    Ref item = Ref::borrow((*view.items)[i]);
    Ref r = Ref::steal(repr(vm, *item));
    if (!r) {
      ok = false;
      break;
    }
    out += r.as<Str>()->view();
  }
  self->flags &= ~kInRepr;
  if (!ok) return {};
  if (*view.size == 1 && open == '(') out += ',';
  out += close;
  return str_new(vm, out);
}

Value sequence_compare(VM& vm, SeqView a, SeqView b, CompareOp op) {
  if (*a.size != *b.size && (op == CompareOp::eq || op == CompareOp::ne)) {
    return Value::boolean(op == CompareOp::ne);
  }
  size_t i = 0;
  for (; i < *a.size && i < *b.size; ++i) {
    Value x = (*a.items)[i], y = (*b.items)[i];
    if (x == y) continue;
    Ref hold_x = Ref::borrow(x), hold_y = Ref::borrow(y);
    int k = equal(vm, x, y);
    if (k < 0) return {};
    if (!k) break;
  }
  if (i >= *a.size || i >= *b.size) {
    // No more items to compare: the longer sequence is the greater.
    return compare(vm, Value::small_int(int64_t(*a.size)), Value::small_int(int64_t(*b.size)), op);
  }
  if (op == CompareOp::eq) return Value::false_();
  if (op == CompareOp::ne) return Value::true_();
  Ref x = Ref::borrow((*a.items)[i]), y = Ref::borrow((*b.items)[i]);
  return compare(vm, *x, *y, op);
}

int64_t sequence_find(VM& vm, SeqView view, Value x, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && i < int64_t(*view.size); ++i) {
    Value item = (*view.items)[i];
    if (item == x) return i;
    Ref hold = Ref::borrow(item);
    int eq = equal(vm, item, x);
    if (eq < 0) return -2;
    if (eq) return i;
  }
  return -1;
}

Value sequence_count(VM& vm, SeqView view, const char* name, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  if (!check_arity(vm, name, nargs - 1, kwnames, 1, 1)) return {};
  int64_t count = 0;
  for (size_t i = 0; i < *view.size; ++i) {
    Value item = (*view.items)[i];
    if (item == args[1]) {
      ++count;
      continue;
    }
    Ref hold = Ref::borrow(item);
    int eq = equal(vm, item, args[1]);
    if (eq < 0) return {};
    count += eq;
  }
  return int_from_int64(vm, count);
}

Value sequence_index(VM& vm, SeqView view, const Value* args, size_t nargs, Tuple* kwnames,
                     bool is_list) {
  if (!clinic_arity(vm, is_list ? "list.index" : "tuple.index", "index", nargs - 1, kwnames, 1,
                    3)) {
    return {};
  }
  int64_t start = 0, stop = std::numeric_limits<int64_t>::max();
  if (nargs > 2 && !clamped_index_arg(vm, args[2], &start)) return {};
  if (nargs > 3 && !clamped_index_arg(vm, args[3], &stop)) return {};
  auto size = int64_t(*view.size);
  if (start < 0) start = start + size < 0 ? 0 : start + size;
  if (stop < 0) stop = stop + size < 0 ? 0 : stop + size;
  int64_t i = sequence_find(vm, view, args[1], start, stop);
  if (i >= 0) return Value::small_int(i);
  if (i == -2) return {};
  if (!is_list) return raise(vm, vm.exc.ValueError, "tuple.index(x): x not in tuple");
  Ref r = Ref::steal(repr(vm, args[1]));
  if (!r) return {};
  return raise(vm, vm.exc.ValueError, cat(r.as<Str>()->view(), " is not in list"));
}

Value bad_subscript(VM& vm, const char* what, Value key) {
  return raise(vm, vm.exc.TypeError,
               cat(what, " indices must be integers or slices, not ", type_name(vm, key)));
}

} // namespace py
