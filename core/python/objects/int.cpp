// int and bool: construction, arithmetic (small ints in machine words, the
// rest on BigInt), comparison, hashing, formatting.
#include "python/objects/int.hpp"

#include <charconv>
#include <cmath>

#include "python/numeric/format.hpp"
#include "python/numeric/hash.hpp"
#include "python/numeric/int_bytes.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/int_text.hpp"
#include "python/objects/bytes.hpp"
#include "python/objects/float.hpp"
#include "python/objects/init.hpp"
#include "python/objects/num_error.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

Value int_from_bigint(VM& vm, num::BigInt v) {
  if (v.fits_int64()) {
    int64_t i = v.to_int64();
    if (Value::fits_small_int(i)) return Value::small_int(i);
  }
  Int* o = vm.allocate<Int>(vm.types.int_);
  if (!o) return {};
  o->value = std::move(v);
  return Value::object(o);
}

num::BigInt int_to_bigint(Value v) {
  if (v.is_small_int()) return num::BigInt(v.as_small_int());
  if (v.is_bool()) return num::BigInt(v.is_true() ? 1 : 0);
  return static_cast<Int*>(v.as_object())->value;
}

bool int_to_int64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true();
    return true;
  }
  const num::BigInt& b = static_cast<Int*>(v.as_object())->value;
  if (!b.fits_int64()) return false;
  *out = b.to_int64();
  return true;
}

bool is_int(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  return v.is_object() && v.as_object()->type->has_flag(kIntSubclass);
}

namespace {

/// A value of an int subclass (not an exact small int) made for `type`.
Value int_of_type(VM& vm, Type* type, num::BigInt v) {
  if (type == vm.types.int_) return int_from_bigint(vm, std::move(v));
  Int* o = vm.allocate<Int>(type);
  if (!o) return {};
  o->value = std::move(v);
  return Value::object(o);
}

void int_dealloc(Object* o) {
  static_cast<Int*>(o)->value.~BigInt();
  o->type->vm->free_object(o, object_size(o));
}

Value int_repr(VM& vm, Value self) {
  int64_t small;
  if (int_to_int64(self, &small)) {
    char buf[24];
    char* end = std::to_chars(buf, buf + sizeof buf, small).ptr;
    return str_new_known(vm, {buf, size_t(end - buf)}, size_t(end - buf), true);
  }
  auto text = num::to_decimal_string(int_to_bigint(self), vm.int_max_str_digits);
  if (!text) return raise_num_error(vm, text.error());
  return str_new(vm, text.value());
}

int64_t int_hash(VM& vm, Value self) {
  int64_t small;
  if (int_to_int64(self, &small)) return num::hash_int(small);
  return num::hash_int(int_to_bigint(self));
}

Value int_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_int(vm, other)) return Value::not_implemented();
  int64_t a, b;
  int c;
  if (int_to_int64(self, &a) && int_to_int64(other, &b)) {
    c = a < b ? -1 : a > b ? 1 : 0;
  } else {
    auto order = int_to_bigint(self) <=> int_to_bigint(other);
    c = order < 0 ? -1 : order > 0 ? 1 : 0;
  }
  switch (op) {
  case CompareOp::lt: return Value::boolean(c < 0);
  case CompareOp::le: return Value::boolean(c <= 0);
  case CompareOp::eq: return Value::boolean(c == 0);
  case CompareOp::ne: return Value::boolean(c != 0);
  case CompareOp::gt: return Value::boolean(c > 0);
  case CompareOp::ge: return Value::boolean(c >= 0);
  }
  return Value::not_implemented();
}

// ----- arithmetic ---------------------------------------------------------------

enum class IntOp {
  add,
  sub,
  mul,
  floordiv,
  mod,
  divmod,
  truediv,
  pow,
  lshift,
  rshift,
  and_,
  or_,
  xor_
};

/// a op b for two ints (small fast paths, then BigInt).
Value int_arith(VM& vm, Value a, Value b, IntOp op) {
  int64_t x, y, r;
  if (int_to_int64(a, &x) && int_to_int64(b, &y)) {
    switch (op) {
    case IntOp::truediv:
      if (Value q = int_true_divide_small(vm, x, y); !q.is_null()) return q;
      break;
    case IntOp::add:
      if (!__builtin_add_overflow(x, y, &r)) return int_from_int64(vm, r);
      break;
    case IntOp::sub:
      if (!__builtin_sub_overflow(x, y, &r)) return int_from_int64(vm, r);
      break;
    case IntOp::mul:
      if (!__builtin_mul_overflow(x, y, &r)) return int_from_int64(vm, r);
      break;
    case IntOp::and_: return int_from_int64(vm, x & y);
    case IntOp::or_: return int_from_int64(vm, x | y);
    case IntOp::xor_: return int_from_int64(vm, x ^ y);
    default: break;
    }
  }
  num::BigInt A = int_to_bigint(a), B = int_to_bigint(b);
  switch (op) {
  case IntOp::add: return int_from_bigint(vm, A + B);
  case IntOp::sub: return int_from_bigint(vm, A - B);
  case IntOp::mul: return int_from_bigint(vm, A * B);
  case IntOp::and_: return int_from_bigint(vm, A & B);
  case IntOp::or_: return int_from_bigint(vm, A | B);
  case IntOp::xor_: return int_from_bigint(vm, A ^ B);
  case IntOp::floordiv: {
    auto q = num::floor_div(A, B);
    if (!q) return raise_num_error(vm, q.error());
    return int_from_bigint(vm, std::move(q).value());
  }
  case IntOp::mod: {
    auto m = num::mod(A, B);
    if (!m) return raise_num_error(vm, m.error());
    return int_from_bigint(vm, std::move(m).value());
  }
  case IntOp::divmod: {
    auto d = num::divmod(A, B);
    if (!d) return raise_num_error(vm, d.error());
    Ref q = Ref::steal(int_from_bigint(vm, std::move(d.value().quotient)));
    Ref m = Ref::steal(int_from_bigint(vm, std::move(d.value().remainder)));
    if (!q || !m) return {};
    return tuple_of(vm, {*q, *m});
  }
  case IntOp::truediv: {
    auto d = num::true_divide(A, B);
    if (!d) return raise_num_error(vm, d.error());
    return float_new(vm, d.value());
  }
  case IntOp::pow: {
    if (B.is_negative()) {
      // A negative exponent gives a float, as float(a) ** b.
      auto fa = num::to_double(A);
      auto fb = num::to_double(B);
      if (!fa) return raise_num_error(vm, fa.error());
      if (!fb) return raise_num_error(vm, fb.error());
      if (fa.value() == 0.0) {
        return raise(vm, vm.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      }
      return float_new(vm, std::pow(fa.value(), fb.value()));
    }
    auto p = num::pow(A, B);
    if (!p) return raise_num_error(vm, p.error());
    return int_from_bigint(vm, std::move(p).value());
  }
  case IntOp::lshift: {
    auto s = num::shift_left(A, B);
    if (!s) return raise_num_error(vm, s.error());
    return int_from_bigint(vm, std::move(s).value());
  }
  case IntOp::rshift: {
    auto s = num::shift_right(A, B);
    if (!s) return raise_num_error(vm, s.error());
    return int_from_bigint(vm, std::move(s).value());
  }
  }
  return {};
}

/// A binary dunder: self op other, or other op self when reflected.
template <IntOp op, bool reflected>
Value int_binary(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "int operator", nargs - 1, kw, 1, 1)) return {};
  if (!is_int(vm, args[1])) return Value::not_implemented();
  Value r = reflected ? int_arith(vm, args[1], args[0], op) : int_arith(vm, args[0], args[1], op);
  if (r.is_null()) return {};
  // bool & bool, bool | bool and bool ^ bool stay bool.
  if ((op == IntOp::and_ || op == IntOp::or_ || op == IntOp::xor_) && args[0].is_bool() &&
      args[1].is_bool()) {
    int64_t v = r.as_small_int();
    return Value::boolean(v != 0);
  }
  return r;
}

Value int_pow(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__pow__", nargs - 1, kw, 1, 2)) return {};
  Value base = args[0], exponent = args[1];
  Value modulus = nargs > 2 ? args[2] : Value::none();
  if (!is_int(vm, exponent)) return Value::not_implemented();
  if (modulus.is_none()) return int_arith(vm, base, exponent, IntOp::pow);
  if (!is_int(vm, modulus)) return Value::not_implemented();
  auto r = num::pow_mod(int_to_bigint(base), int_to_bigint(exponent), int_to_bigint(modulus));
  if (!r) return raise_num_error(vm, r.error());
  return int_from_bigint(vm, std::move(r).value());
}

Value int_rpow(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__rpow__", nargs - 1, kw, 1, 2)) return {};
  if (!is_int(vm, args[1])) return Value::not_implemented();
  Value swapped[3] = {args[1], args[0], nargs > 2 ? args[2] : Value::none()};
  return int_pow(vm, swapped, 3, nullptr);
}

/// A unary dunder computed on the BigInt value.
template <num::BigInt (*fn)(const num::BigInt&)>
Value int_unary(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "int operator", nargs - 1, kw, 0, 0)) return {};
  return int_from_bigint(vm, fn(int_to_bigint(args[0])));
}

num::BigInt big_neg(const num::BigInt& a) { return -a; }
num::BigInt big_pos(const num::BigInt& a) { return a; }
num::BigInt big_abs(const num::BigInt& a) { return a.abs(); }
num::BigInt big_invert(const num::BigInt& a) { return ~a; }

Value int_bool(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int64_t v;
  if (int_to_int64(args[0], &v)) return Value::boolean(v != 0);
  return Value::true_();
}

Value int_float(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  auto d = num::to_double(int_to_bigint(args[0]));
  if (!d) return raise_num_error(vm, d.error());
  return float_new(vm, d.value());
}

Value int_round(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__round__", nargs - 1, kw, 0, 1)) return {};
  if (nargs == 1 || args[1].is_none()) return int_from_bigint(vm, int_to_bigint(args[0]));
  Ref nd = Ref::steal(index(vm, args[1]));
  if (!nd) return {};
  num::BigInt digits = int_to_bigint(*nd);
  if (!digits.is_negative()) return int_from_bigint(vm, int_to_bigint(args[0]));
  // Round to a multiple of 10**-digits, halves to even.
  auto pow10 = num::pow(num::BigInt(10), -digits);
  if (!pow10) return raise_num_error(vm, pow10.error());
  num::BigInt value = int_to_bigint(args[0]);
  auto dm = num::divmod(value, pow10.value());
  num::BigInt q = dm.value().quotient, r = dm.value().remainder;
  num::BigInt twice = r + r;
  auto cmp = twice <=> pow10.value();
  if (cmp > 0 || (cmp == 0 && q.is_odd())) q += num::BigInt(1);
  return int_from_bigint(vm, q * pow10.value());
}

Value int_format(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__format__", nargs - 1, kw, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("__format__() argument must be str, not ", type_name(vm, args[1])));
  }
  return int_format_spec(vm, args[0], static_cast<Str*>(args[1].as_object())->view());
}

Value int_bit_length(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bit_length", nargs - 1, kw, 0, 0)) return {};
  return int_from_int64(vm, int64_t(int_to_bigint(args[0]).bit_length()));
}

Value int_bit_count(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bit_count", nargs - 1, kw, 0, 0)) return {};
  return int_from_int64(vm, int64_t(int_to_bigint(args[0]).bit_count()));
}

bool parse_byteorder(VM& vm, Value v, num::ByteOrder* order) {
  if (v.is_null()) {
    *order = num::ByteOrder::Big;
    return true;
  }
  if (is_instance(vm, v, vm.types.str)) {
    std::string_view s = static_cast<Str*>(v.as_object())->view();
    if (s == "big") {
      *order = num::ByteOrder::Big;
      return true;
    }
    if (s == "little") {
      *order = num::ByteOrder::Little;
      return true;
    }
    raise(vm, vm.exc.ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  raise(vm, vm.exc.TypeError,
        cat("to_bytes() argument 'byteorder' must be str, not ", type_name(vm, v)));
  return false;
}

Value int_to_bytes(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("to_bytes(self, length=1, byteorder='big', *, signed=False)");
  Value a[4];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  int64_t length = 1;
  if (!a[1].is_null() && !index_int64(vm, a[1], &length)) return {};
  num::ByteOrder order;
  if (!parse_byteorder(vm, a[2], &order)) return {};
  int is_signed = a[3].is_null() ? 0 : truthy(vm, a[3]);
  if (is_signed < 0) return {};
  auto r = num::to_bytes(int_to_bigint(a[0]), length, order, is_signed);
  if (!r) return raise_num_error(vm, r.error());
  return bytes_new(vm, r.value());
}

Value int_from_bytes(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("from_bytes(cls, bytes, byteorder='big', *, signed=False)");
  Value a[4];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  num::ByteOrder order;
  if (!parse_byteorder(vm, a[2], &order)) return {};
  int is_signed = a[3].is_null() ? 0 : truthy(vm, a[3]);
  if (is_signed < 0) return {};
  Ref data = Ref::steal(call(vm, Value::object(vm.types.bytes), {a[1]}));
  if (!data) return {};
  num::BigInt v = num::from_bytes(data.as<Bytes>()->view(), order, is_signed);
  auto* cls = static_cast<Type*>(a[0].as_object());
  if (cls == vm.types.int_) return int_from_bigint(vm, std::move(v));
  Ref plain = Ref::steal(int_from_bigint(vm, std::move(v)));
  if (!plain) return {};
  return call(vm, a[0], {*plain});
}

Value int_as_integer_ratio(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "as_integer_ratio", nargs - 1, kw, 0, 0)) return {};
  Ref n = Ref::steal(int_from_bigint(vm, int_to_bigint(args[0])));
  if (!n) return {};
  return tuple_of(vm, {*n, Value::small_int(1)});
}

Value int_self(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return int_from_bigint(vm, int_to_bigint(args[0]));
}

Value int_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Ref v = Ref::steal(int_from_bigint(vm, int_to_bigint(args[0])));
  if (!v) return {};
  return tuple_of(vm, {*v});
}

Value get_self_int(VM& vm, Value self) { return int_from_bigint(vm, int_to_bigint(self)); }
Value get_zero(VM& vm, Value self) { return Value::small_int(0); }
Value get_one(VM& vm, Value self) { return Value::small_int(1); }

// ----- construction -------------------------------------------------------------

/// int(text, base) for str, bytes and bytearray.
Value int_from_text(VM& vm, std::string_view text, int base) {
  auto r = num::parse_int(text, base, vm.int_max_str_digits);
  if (!r) return raise_num_error(vm, r.error());
  return int_from_bigint(vm, std::move(r).value());
}

Value int_convert(VM& vm, Value x) {
  Type* t = vm.type_of(x);
  if (is_int(vm, x)) return int_from_bigint(vm, int_to_bigint(x));
  if (is_subtype(t, vm.types.str))
    return int_from_text(vm, static_cast<Str*>(x.as_object())->view(), 10);
  if (is_subtype(t, vm.types.bytes)) {
    return int_from_text(vm, static_cast<Bytes*>(x.as_object())->view(), 10);
  }
  for (Str* name : {vm.names.int_, vm.names.index, vm.names.trunc}) {
    Value method = lookup_type(vm, t, name);
    if (method.is_null()) continue;
    Ref hold = Ref::borrow(method);
    Ref r = Ref::steal(call(vm, method, {x}));
    if (!r) return {};
    if (!is_int(vm, *r)) {
      if (name == vm.names.trunc) return index(vm, *r);
      return raise(vm, vm.exc.TypeError,
                   cat(name->view(), " returned non-int (type ", type_name(vm, *r), ")"));
    }
    return int_from_bigint(vm, int_to_bigint(*r));
  }
  return raise(vm, vm.exc.TypeError,
               cat("int() argument must be a string, a bytes-like object or a real number, "
                   "not '",
                   t->name->view(), "'"));
}

Value int_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("int(x=0, /, base=10)");
  Value a[2];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return {};
  Ref result;
  if (a[0].is_null()) {
    if (!a[1].is_null()) return raise(vm, vm.exc.TypeError, "int() missing string argument");
    result = Ref::steal(Value::small_int(0));
  } else if (a[1].is_null()) {
    result = Ref::steal(int_convert(vm, a[0]));
  } else {
    int64_t base;
    if (!index_int64(vm, a[1], &base)) return {};
    if ((base != 0 && base < 2) || base > 36) {
      return raise(vm, vm.exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    Type* t = vm.type_of(a[0]);
    if (is_subtype(t, vm.types.str)) {
      result =
          Ref::steal(int_from_text(vm, static_cast<Str*>(a[0].as_object())->view(), int(base)));
    } else if (is_subtype(t, vm.types.bytes)) {
      result =
          Ref::steal(int_from_text(vm, static_cast<Bytes*>(a[0].as_object())->view(), int(base)));
    } else {
      return raise(vm, vm.exc.TypeError, "int() can't convert non-string with explicit base");
    }
  }
  if (!result) return {};
  if (type == vm.types.int_) return result.release();
  return int_of_type(vm, type, int_to_bigint(*result));
}

// ----- bool -------------------------------------------------------------------------

Value bool_repr(VM& vm, Value self) { return str_new(vm, self.is_true() ? "True" : "False"); }

Value bool_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size)
    return raise(vm, vm.exc.TypeError, "bool() takes no keyword arguments");
  if (nargs > 1) {
    return raise(vm, vm.exc.TypeError, cat("bool expected at most 1 argument, got ", nargs));
  }
  if (nargs == 0) return Value::false_();
  int t = truthy(vm, args[0]);
  if (t < 0) return {};
  return Value::boolean(t);
}

} // namespace

Value int_true_divide_small(VM& vm, int64_t x, int64_t y) {
  constexpr int64_t kExact = int64_t(1) << 53;
  if (y == 0 || x <= -kExact || x >= kExact || y <= -kExact || y >= kExact) return {};
  return float_new(vm, double(x) / double(y));
}

Value int_format_spec(VM& vm, Value self, std::string_view spec) {
  if (spec.empty()) return str(vm, self);
  std::string out;
  if (!int_format_into(vm, self, spec, out)) return {};
  return str_new(vm, out);
}

bool int_format_into(VM& vm, Value self, std::string_view spec, std::string& out) {
  int64_t small;
  auto r = int_to_int64(self, &small)
               ? num::format_int(small, spec, type_name(vm, self), vm.int_max_str_digits, out)
               : num::format_int(int_to_bigint(self), spec, type_name(vm, self),
                                 vm.int_max_str_digits, out);
  // num::format_int formats the float presentation types itself (as a float).
  if (!r) raise_num_error(vm, r.error());
  return r.ok();
}

void init_int_types(VM& vm) {
  Type* t = vm.types.int_ = new_builtin_type(vm, "int", vm.types.object, sizeof(Int));
  t->type_flags |= kIntSubclass;
  t->dealloc = int_dealloc;
  t->repr = int_repr;
  t->hash = int_hash;
  t->compare = int_compare;
  t->new_ = int_new;
  add_methods(vm, t,
              {{"__add__", int_binary<IntOp::add, false>},
               {"__radd__", int_binary<IntOp::add, true>},
               {"__sub__", int_binary<IntOp::sub, false>},
               {"__rsub__", int_binary<IntOp::sub, true>},
               {"__mul__", int_binary<IntOp::mul, false>},
               {"__rmul__", int_binary<IntOp::mul, true>},
               {"__floordiv__", int_binary<IntOp::floordiv, false>},
               {"__rfloordiv__", int_binary<IntOp::floordiv, true>},
               {"__mod__", int_binary<IntOp::mod, false>},
               {"__rmod__", int_binary<IntOp::mod, true>},
               {"__divmod__", int_binary<IntOp::divmod, false>},
               {"__rdivmod__", int_binary<IntOp::divmod, true>},
               {"__truediv__", int_binary<IntOp::truediv, false>},
               {"__rtruediv__", int_binary<IntOp::truediv, true>},
               {"__pow__", int_pow},
               {"__rpow__", int_rpow},
               {"__lshift__", int_binary<IntOp::lshift, false>},
               {"__rlshift__", int_binary<IntOp::lshift, true>},
               {"__rshift__", int_binary<IntOp::rshift, false>},
               {"__rrshift__", int_binary<IntOp::rshift, true>},
               {"__and__", int_binary<IntOp::and_, false>},
               {"__rand__", int_binary<IntOp::and_, true>},
               {"__or__", int_binary<IntOp::or_, false>},
               {"__ror__", int_binary<IntOp::or_, true>},
               {"__xor__", int_binary<IntOp::xor_, false>},
               {"__rxor__", int_binary<IntOp::xor_, true>},
               {"__neg__", int_unary<big_neg>},
               {"__pos__", int_unary<big_pos>},
               {"__abs__", int_unary<big_abs>},
               {"__invert__", int_unary<big_invert>},
               {"__bool__", int_bool},
               {"__int__", int_self},
               {"__index__", int_self},
               {"__trunc__", int_self},
               {"__floor__", int_self},
               {"__ceil__", int_self},
               {"__float__", int_float},
               {"__round__", int_round},
               {"__format__", int_format},
               {"__getnewargs__", int_getnewargs},
               {"conjugate", int_self},
               {"bit_length", int_bit_length},
               {"bit_count", int_bit_count},
               {"to_bytes", int_to_bytes},
               {"from_bytes", int_from_bytes, NativeKind::class_method},
               {"as_integer_ratio", int_as_integer_ratio}});
  add_getsets(vm, t,
              {{"real", get_self_int},
               {"imag", get_zero},
               {"numerator", get_self_int},
               {"denominator", get_one}});
  finish_builtin_type(vm, t);

  t = vm.types.bool_ = new_builtin_type(vm, "bool", vm.types.int_, sizeof(Int), 0);
  t->repr = bool_repr;
  t->new_ = bool_new;
  finish_builtin_type(vm, t);
  vm.set_immediate_type(Value::true_(), t);
  vm.set_immediate_type(Value::false_(), t);
}

} // namespace py
