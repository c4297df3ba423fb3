// range: construction, length, repr, equality and hash by the sequence
// described, O(1) membership and indexing (big ints included), slicing to a
// new range, count/index, iteration and reversal.
#include "python/objects/range.hpp"

#include <utility>

#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/iterators.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/slice.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

using num::BigInt;

bool all_small(Value a, Value b, Value c) {
  return a.is_small_int() && b.is_small_int() && c.is_small_int();
}

/// How many ints range(start, stop, step) holds (CPython's compute_range_length).
Value compute_length(VM& vm, Value start, Value stop, Value step) {
  if (all_small(start, stop, step)) {
    // Small ints are below 2**62 in magnitude: no step of this overflows.
    int64_t lo = start.as_small_int(), hi = stop.as_small_int(), st = step.as_small_int();
    if (st < 0) {
      std::swap(lo, hi);
      st = -st;
    }
    return Value::small_int(lo < hi ? (hi - lo - 1) / st + 1 : 0);
  }
  BigInt lo = int_to_bigint(start), hi = int_to_bigint(stop), st = int_to_bigint(step);
  if (st.is_negative()) {
    std::swap(lo, hi);
    st = -st;
  }
  if (lo >= hi) return Value::small_int(0);
  return int_from_bigint(vm, num::divmod_trunc(hi - lo - BigInt(1), st).quotient + BigInt(1));
}

} // namespace

Value range_new(VM& vm, Value start, Value stop, Value step) {
  Ref length = Ref::steal(compute_length(vm, start, stop, step));
  if (!length) return {};
  Range* r = vm.allocate<Range>(vm.types.range);
  if (!r) return {};
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = length.release();
  return Value::object(r);
}

namespace {

Range* as_range(Value v) { return static_cast<Range*>(v.as_object()); }

void range_dealloc(Object* o) {
  auto* r = static_cast<Range*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  o->type->vm->free_object(o, object_size(o));
}

/// range(stop) / range(start, stop[, step]): every argument through __index__.
Value range_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range", nargs, kwnames, 1, 3)) return {};
  if (nargs == 1) {
    Ref stop = Ref::steal(index(vm, args[0]));
    if (!stop) return {};
    return range_new(vm, Value::small_int(0), *stop, Value::small_int(1));
  }
  Ref start = Ref::steal(index(vm, args[0]));
  if (!start) return {};
  Ref stop = Ref::steal(index(vm, args[1]));
  if (!stop) return {};
  Ref step = Ref::steal(nargs == 3 ? index(vm, args[2]) : Value::small_int(1));
  if (!step) return {};
  if (*step == Value::small_int(0)) {
    return raise(vm, vm.exc.ValueError, "range() arg 3 must not be zero");
  }
  return range_new(vm, *start, *stop, *step);
}

Value range_repr(VM& vm, Value self) {
  Range* r = as_range(self);
  bool with_step = r->step != Value::small_int(1);
  Value parts[3] = {r->start, r->stop, r->step};
  std::string out = "range(";
  for (int i = 0; i < (with_step ? 3 : 2); ++i) {
    Ref text = Ref::steal(repr(vm, parts[i]));
    if (!text) return {};
    if (i) out += ", ";
    out += text.as<Str>()->view();
  }
  out += ')';
  return str_new(vm, out);
}

/// Ranges are equal when they describe the same sequence: 1, 0, -1 on error.
int range_equals(VM& vm, Range* a, Range* b) {
  if (a == b) return 1;
  int r = equal(vm, a->length, b->length);
  if (r != 1) return r;
  if (a->length == Value::small_int(0)) return 1;
  r = equal(vm, a->start, b->start);
  if (r != 1) return r;
  if (a->length == Value::small_int(1)) return 1;
  return equal(vm, a->step, b->step);
}

Value range_compare(VM& vm, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::eq && op != CompareOp::ne) || vm.type_of(other) != vm.types.range) {
    return Value::not_implemented();
  }
  int eq = range_equals(vm, as_range(self), as_range(other));
  if (eq < 0) return {};
  return Value::boolean((op == CompareOp::eq) == bool(eq));
}

/// The hash of (len, start, step), with start and step None where they do
/// not change the sequence — consistent with range_equals.
int64_t range_hash(VM& vm, Value self) {
  Range* r = as_range(self);
  Value start = Value::none(), step = Value::none();
  if (r->length != Value::small_int(0)) {
    start = r->start;
    if (r->length != Value::small_int(1)) step = r->step;
  }
  Ref t = Ref::steal(tuple_of(vm, {r->length, start, step}));
  if (!t) return -1;
  return hash(vm, *t);
}

Value range_iter(VM& vm, Value self) {
  Range* r = as_range(self);
  return range_iterator_new(vm, r->start, r->step, r->length);
}

/// start + i * step for an int i (borrowed).
Value compute_item(VM& vm, Range* r, Value i) {
  if (all_small(r->start, r->step, i)) {
    int64_t product, sum;
    if (!__builtin_mul_overflow(i.as_small_int(), r->step.as_small_int(), &product) &&
        !__builtin_add_overflow(r->start.as_small_int(), product, &sum)) {
      return int_from_int64(vm, sum);
    }
  }
  return int_from_bigint(vm, int_to_bigint(r->start) + int_to_bigint(i) * int_to_bigint(r->step));
}

/// r[key] for an int-like key.
Value range_item(VM& vm, Range* r, Value key) {
  if (key.is_small_int() && r->length.is_small_int()) {
    int64_t i = key.as_small_int();
    if (!normalize_index(&i, r->length.as_small_int())) {
      return raise(vm, vm.exc.IndexError, "range object index out of range");
    }
    return compute_item(vm, r, Value::small_int(i));
  }
  Ref i = Ref::steal(index(vm, key));
  if (!i) return {};
  BigInt position = int_to_bigint(*i);
  BigInt length = int_to_bigint(r->length);
  if (position.is_negative()) position += length;
  if (position.is_negative() || position >= length) {
    return raise(vm, vm.exc.IndexError, "range object index out of range");
  }
  Ref normalized = Ref::steal(int_from_bigint(vm, std::move(position)));
  if (!normalized) return {};
  return compute_item(vm, r, *normalized);
}

/// r[slice]: the range of the selected items.
Value range_slice(VM& vm, Range* r, Slice* slice) {
  BigInt start, stop, step;
  if (!slice_long_indices(vm, slice, int_to_bigint(r->length), &start, &stop, &step)) return {};
  BigInt base = int_to_bigint(r->start), stride = int_to_bigint(r->step);
  Ref a = Ref::steal(int_from_bigint(vm, base + start * stride));
  Ref b = Ref::steal(int_from_bigint(vm, base + stop * stride));
  Ref c = Ref::steal(int_from_bigint(vm, step * stride));
  if (!a || !b || !c) return {};
  return range_new(vm, *a, *b, *c);
}

Value range_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range.__getitem__", nargs - 1, kwnames, 1, 1)) return {};
  Range* r = as_range(args[0]);
  Value key = args[1];
  if (vm.type_of(key) == vm.types.slice)
    return range_slice(vm, r, static_cast<Slice*>(key.as_object()));
  if (!is_index_like(vm, key)) return bad_subscript(vm, "range", key);
  return range_item(vm, r, key);
}

/// True for the values membership can decide arithmetically (exact ints and bools).
bool is_exact_int(VM& vm, Value v) {
  return v.is_small_int() || v.is_bool() || vm.type_of(v) == vm.types.int_;
}

/// x in r for an exact int x, in O(1).
bool contains_int(Range* r, Value x) {
  if (all_small(r->start, r->stop, r->step) && (x.is_small_int() || x.is_bool())) {
    int64_t v = x.is_small_int() ? x.as_small_int() : x.is_true();
    int64_t start = r->start.as_small_int(), stop = r->stop.as_small_int();
    int64_t step = r->step.as_small_int();
    if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
    return (v - start) % step == 0;
  }
  BigInt v = int_to_bigint(x), start = int_to_bigint(r->start), stop = int_to_bigint(r->stop);
  BigInt step = int_to_bigint(r->step);
  if (step.is_negative() ? (v > start || v <= stop) : (v < start || v >= stop)) return false;
  return num::divmod_trunc(v - start, step).remainder.is_zero();
}

/// Searches a range by iteration (for values that are not ints, like 7.0):
/// the position of the first equal item (count: how many), -1 when there is
/// none, -2 on error.
int64_t iterate_search(VM& vm, Value self, Value x, bool count) {
  Ref it = Ref::steal(range_iter(vm, self));
  if (!it) return -2;
  int64_t found = 0;
  for (int64_t i = 0;; ++i) {
    Ref item = Ref::steal(iter_next_fast(vm, *it));
    if (!item) return error_pending(vm) ? -2 : (count ? found : -1);
    int eq = equal(vm, *item, x);
    if (eq < 0) return -2;
    if (eq && !count) return i;
    found += eq;
  }
}

Value range_contains(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range.__contains__", nargs - 1, kwnames, 1, 1)) return {};
  if (is_exact_int(vm, args[1])) return Value::boolean(contains_int(as_range(args[0]), args[1]));
  int64_t i = iterate_search(vm, args[0], args[1], false);
  if (i == -2) return {};
  return Value::boolean(i >= 0);
}

Value range_count(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range.count", nargs - 1, kwnames, 1, 1)) return {};
  if (is_exact_int(vm, args[1])) return Value::small_int(contains_int(as_range(args[0]), args[1]));
  int64_t n = iterate_search(vm, args[0], args[1], true);
  if (n == -2) return {};
  return int_from_int64(vm, n);
}

Value range_index(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range.index", nargs - 1, kwnames, 1, 1)) return {};
  Range* r = as_range(args[0]);
  Value x = args[1];
  if (is_exact_int(vm, x)) {
    if (!contains_int(r, x)) {
      Ref text = Ref::steal(repr(vm, x));
      if (!text) return {};
      return raise(vm, vm.exc.ValueError, cat(text.as<Str>()->view(), " is not in range"));
    }
    BigInt offset = int_to_bigint(x) - int_to_bigint(r->start);
    return int_from_bigint(vm, num::divmod_trunc(offset, int_to_bigint(r->step)).quotient);
  }
  int64_t i = iterate_search(vm, args[0], x, false);
  if (i == -2) return {};
  if (i == -1) return raise(vm, vm.exc.ValueError, "sequence.index(x): x not in sequence");
  return int_from_int64(vm, i);
}

Value range_len(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range.__len__", nargs - 1, kwnames, 0, 0)) return {};
  Value length = as_range(args[0])->length;
  int64_t n;
  if (!int_to_int64(length, &n)) {
    return raise(vm, vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
  }
  return newref(length);
}

Value range_bool(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range.__bool__", nargs - 1, kwnames, 0, 0)) return {};
  return Value::boolean(as_range(args[0])->length != Value::small_int(0));
}

/// reversed(range): from the last item down by -step.
Value range_reversed(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "range.__reversed__", nargs - 1, kwnames, 0, 0)) return {};
  Range* r = as_range(args[0]);
  if (r->length == Value::small_int(0)) return range_iterator_new(vm, r->start, r->step, r->length);
  Ref last_index = Ref::steal(int_from_bigint(vm, int_to_bigint(r->length) - BigInt(1)));
  if (!last_index) return {};
  Ref last = Ref::steal(compute_item(vm, r, *last_index));
  if (!last) return {};
  Ref step = Ref::steal(int_from_bigint(vm, -int_to_bigint(r->step)));
  if (!step) return {};
  return range_iterator_new(vm, *last, *step, r->length);
}

} // namespace

void init_range_type(VM& vm) {
  Type* t = vm.types.range = new_builtin_type(vm, "range", vm.types.object, sizeof(Range), 0);
  t->dealloc = range_dealloc;
  t->repr = range_repr;
  t->hash = range_hash;
  t->compare = range_compare;
  t->iter = range_iter;
  t->new_ = range_new_slot;
  add_methods(vm, t,
              {{"__len__", range_len},
               {"__bool__", range_bool},
               {"__getitem__", range_getitem},
               {"__contains__", range_contains},
               {"__reversed__", range_reversed},
               {"count", range_count},
               {"index", range_index}});
  add_getsets(vm, t,
              {{"start", get_value_field<Range, &Range::start>},
               {"stop", get_value_field<Range, &Range::stop>},
               {"step", get_value_field<Range, &Range::step>}});
  finish_builtin_type(vm, t);
}

} // namespace py
