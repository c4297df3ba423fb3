// float: construction, arithmetic with Python's rules (division and modulo
// signs, errors), comparison with ints without precision loss, hashing,
// repr and format.
#include "python/objects/float.hpp"

#include <cmath>

#include "python/numeric/float_hex.hpp"
#include "python/numeric/float_ops.hpp"
#include "python/numeric/float_parse.hpp"
#include "python/numeric/float_repr.hpp"
#include "python/numeric/format.hpp"
#include "python/numeric/hash.hpp"
#include "python/numeric/int_float.hpp"
#include "python/objects/bytes.hpp"
#include "python/objects/complex.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
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

Value float_new(VM& vm, double v) {
  Float* f = vm.allocate<Float>(vm.types.float_);
  if (!f) return {};
  f->value = v;
  return Value::object(f);
}

namespace {

void float_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

Value float_repr(VM& vm, Value self) { return str_new(vm, num::float_repr(float_value(self))); }

int64_t float_hash(VM& vm, Value self) {
  double x = float_value(self);
  if (std::isnan(x)) {
    auto y = uint64_t(reinterpret_cast<uintptr_t>(self.as_object()));
    y = (y >> 4) | (y << 60);
    auto h = int64_t(y);
    return h == -1 ? -2 : h;
  }
  return num::hash_double(x);
}

Value float_compare(VM& vm, Value self, Value other, CompareOp op) {
  double x = float_value(self);
  std::partial_ordering order = std::partial_ordering::unordered;
  if (is_instance(vm, other, vm.types.float_)) {
    order = x <=> float_value(other);
  } else if (is_int(vm, other)) {
    order = num::compare(x, int_to_bigint(other));
  } else {
    return Value::not_implemented();
  }
  switch (op) {
  case CompareOp::lt: return Value::boolean(order < 0);
  case CompareOp::le: return Value::boolean(order <= 0);
  case CompareOp::eq: return Value::boolean(order == 0);
  case CompareOp::ne: return Value::boolean(order != 0);
  case CompareOp::gt: return Value::boolean(order > 0);
  case CompareOp::ge: return Value::boolean(order >= 0);
  }
  return Value::not_implemented();
}

enum class FloatOp { add, sub, mul, truediv, floordiv, mod, divmod, pow };

Value float_arith(VM& vm, double x, double y, FloatOp op) {
  switch (op) {
  case FloatOp::add: return float_new(vm, x + y);
  case FloatOp::sub: return float_new(vm, x - y);
  case FloatOp::mul: return float_new(vm, x * y);
  case FloatOp::truediv: {
    auto r = num::float_truediv(x, y);
    if (!r) return raise_num_error(vm, r.error());
    return float_new(vm, r.value());
  }
  case FloatOp::floordiv: {
    auto r = num::float_floordiv(x, y);
    if (!r) return raise_num_error(vm, r.error());
    return float_new(vm, r.value());
  }
  case FloatOp::mod: {
    auto r = num::float_mod(x, y);
    if (!r) return raise_num_error(vm, r.error());
    return float_new(vm, r.value());
  }
  case FloatOp::divmod: {
    auto r = num::float_divmod(x, y);
    if (!r) return raise_num_error(vm, r.error());
    Ref q = Ref::steal(float_new(vm, r.value().quotient));
    Ref m = Ref::steal(float_new(vm, r.value().remainder));
    if (!q || !m) return {};
    return tuple_of(vm, {*q, *m});
  }
  case FloatOp::pow: {
    auto r = num::float_pow(x, y);
    if (!r) return raise_num_error(vm, r.error());
    if (!r.value()) {
      // CPython hands a negative base with a fractional exponent to complex pow.
      return complex_power(vm, x, y);
    }
    return float_new(vm, *r.value());
  }
  }
  return {};
}

template <FloatOp op, bool reflected>
Value float_binary(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "float operator", nargs - 1, kw, 1, op == FloatOp::pow ? 2 : 1)) return {};
  if (op == FloatOp::pow && nargs > 2 && !args[2].is_none()) {
    return raise(vm, vm.exc.TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  }
  double x, y;
  bool failed;
  if (!float_operand(vm, args[0], &x, &failed)) return failed ? Value() : Value::not_implemented();
  if (!float_operand(vm, args[1], &y, &failed)) return failed ? Value() : Value::not_implemented();
  return reflected ? float_arith(vm, y, x, op) : float_arith(vm, x, y, op);
}

Value float_neg(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return float_new(vm, -float_value(args[0]));
}
Value float_pos(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return float_new(vm, float_value(args[0]));
}
Value float_abs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return float_new(vm, std::fabs(float_value(args[0])));
}
Value float_bool(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return Value::boolean(float_value(args[0]) != 0.0);
}

Value float_to_int(VM& vm, double x) {
  auto r = num::from_double(x);
  if (!r) return raise_num_error(vm, r.error());
  return int_from_bigint(vm, std::move(r).value());
}

Value float_int(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return float_to_int(vm, float_value(args[0]));
}
Value float_floor(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return float_to_int(vm, std::floor(float_value(args[0])));
}
Value float_ceil(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return float_to_int(vm, std::ceil(float_value(args[0])));
}
Value float_self(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return float_new(vm, float_value(args[0]));
}

Value float_round(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__round__", nargs - 1, kw, 0, 1)) return {};
  double x = float_value(args[0]);
  if (nargs == 1 || args[1].is_none()) {
    auto r = num::float_round(x);
    if (!r) return raise_num_error(vm, r.error());
    return int_from_bigint(vm, std::move(r).value());
  }
  int64_t digits;
  if (!index_int64(vm, args[1], &digits)) return {};
  auto r = num::float_round(x, digits);
  if (!r) return raise_num_error(vm, r.error());
  return float_new(vm, r.value());
}

Value float_format(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__format__", nargs - 1, kw, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("__format__() argument must be str, not ", type_name(vm, args[1])));
  }
  return float_format_spec(vm, args[0], static_cast<Str*>(args[1].as_object())->view());
}

Value float_is_integer(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "is_integer", nargs - 1, kw, 0, 0)) return {};
  return Value::boolean(num::float_is_integer(float_value(args[0])));
}

Value float_as_integer_ratio(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "as_integer_ratio", nargs - 1, kw, 0, 0)) return {};
  auto r = num::float_as_integer_ratio(float_value(args[0]));
  if (!r) return raise_num_error(vm, r.error());
  Ref n = Ref::steal(int_from_bigint(vm, std::move(r.value().numerator)));
  Ref d = Ref::steal(int_from_bigint(vm, std::move(r.value().denominator)));
  if (!n || !d) return {};
  return tuple_of(vm, {*n, *d});
}

Value float_hex(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "hex", nargs - 1, kw, 0, 0)) return {};
  return str_new(vm, num::float_hex(float_value(args[0])));
}

Value float_fromhex(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "fromhex", nargs - 1, kw, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("fromhex() argument must be str, not ", type_name(vm, args[1])));
  }
  auto r = num::float_fromhex(static_cast<Str*>(args[1].as_object())->view());
  if (!r) return raise_num_error(vm, r.error());
  Ref f = Ref::steal(float_new(vm, r.value()));
  if (!f || args[0] == Value::object(vm.types.float_)) return f.release();
  return call(vm, args[0], {*f});
}

Value float_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Ref f = Ref::steal(float_new(vm, float_value(args[0])));
  if (!f) return {};
  return tuple_of(vm, {*f});
}

Value get_real(VM& vm, Value self) { return float_new(vm, float_value(self)); }
Value get_imag(VM& vm, Value self) { return float_new(vm, 0.0); }

/// float(x) for any argument.
Value float_convert(VM& vm, Value x) {
  Type* t = vm.type_of(x);
  if (t == vm.types.float_) return newref(x);
  if (is_subtype(t, vm.types.str) || is_subtype(t, vm.types.bytes)) {
    std::string_view text = is_subtype(t, vm.types.str)
                                ? static_cast<Str*>(x.as_object())->view()
                                : static_cast<Bytes*>(x.as_object())->view();
    auto r = num::parse_float(text);
    if (!r) {
      if (is_subtype(t, vm.types.bytes)) {
        return raise(vm, vm.exc.ValueError,
                     cat("could not convert string to float: ", repr_text(vm, x)));
      }
      return raise_num_error(vm, r.error());
    }
    return float_new(vm, r.value());
  }
  Value method = lookup_type(vm, t, vm.names.float_);
  if (!method.is_null()) {
    Ref hold = Ref::borrow(method);
    Ref r = Ref::steal(call(vm, method, {x}));
    if (!r) return {};
    if (!is_instance(vm, *r, vm.types.float_)) {
      return raise(
          vm, vm.exc.TypeError,
          cat(t->name->view(), ".__float__ returned non-float (type ", type_name(vm, *r), ")"));
    }
    return float_new(vm, float_value(*r));
  }
  if (is_int(vm, x) || !lookup_type(vm, t, vm.names.index).is_null()) {
    Ref i = Ref::steal(index(vm, x));
    if (!i) return {};
    auto d = num::to_double(int_to_bigint(*i));
    if (!d) return raise_num_error(vm, d.error());
    return float_new(vm, d.value());
  }
  return raise(
      vm, vm.exc.TypeError,
      cat("float() argument must be a string or a real number, not '", t->name->view(), "'"));
}

Value float_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    return raise(vm, vm.exc.TypeError, "float() takes no keyword arguments");
  }
  if (nargs > 1) {
    return raise(vm, vm.exc.TypeError, cat("float expected at most 1 argument, got ", nargs));
  }
  Ref f = Ref::steal(nargs == 0 ? float_new(vm, 0.0) : float_convert(vm, args[0]));
  if (!f || type == vm.types.float_) return f.release();
  Float* o = vm.allocate<Float>(type);
  if (!o) return {};
  o->value = float_value(*f);
  return Value::object(o);
}

} // namespace

Value float_format_spec(VM& vm, Value self, std::string_view spec) {
  if (spec.empty()) return str(vm, self);
  std::string out;
  if (!float_format_into(vm, self, spec, out)) return {};
  return str_new(vm, out);
}

bool float_format_into(VM& vm, Value self, std::string_view spec, std::string& out) {
  auto r = num::format_float(float_value(self), spec, type_name(vm, self), out);
  if (!r) raise_num_error(vm, r.error());
  return r.ok();
}

/// The double of a float or an int operand; false when `v` is neither (no
/// exception) or the int is too large (OverflowError pending).
bool float_operand(VM& vm, Value v, double* out, bool* failed) {
  *failed = false;
  if (v.is_small_int()) {
    *out = double(v.as_small_int());
    return true;
  }
  if (is_instance(vm, v, vm.types.float_)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(vm, v)) {
    auto d = num::to_double(int_to_bigint(v));
    if (!d) {
      raise_num_error(vm, d.error());
      *failed = true;
      return false;
    }
    *out = d.value();
    return true;
  }
  return false;
}

void init_float_type(VM& vm) {
  Type* t = vm.types.float_ = new_builtin_type(vm, "float", vm.types.object, sizeof(Float));
  t->type_flags |= kFloatSubclass;
  t->dealloc = float_dealloc;
  t->repr = float_repr;
  t->hash = float_hash;
  t->compare = float_compare;
  t->new_ = float_new_slot;
  add_methods(vm, t,
              {{"__add__", float_binary<FloatOp::add, false>},
               {"__radd__", float_binary<FloatOp::add, true>},
               {"__sub__", float_binary<FloatOp::sub, false>},
               {"__rsub__", float_binary<FloatOp::sub, true>},
               {"__mul__", float_binary<FloatOp::mul, false>},
               {"__rmul__", float_binary<FloatOp::mul, true>},
               {"__truediv__", float_binary<FloatOp::truediv, false>},
               {"__rtruediv__", float_binary<FloatOp::truediv, true>},
               {"__floordiv__", float_binary<FloatOp::floordiv, false>},
               {"__rfloordiv__", float_binary<FloatOp::floordiv, true>},
               {"__mod__", float_binary<FloatOp::mod, false>},
               {"__rmod__", float_binary<FloatOp::mod, true>},
               {"__divmod__", float_binary<FloatOp::divmod, false>},
               {"__rdivmod__", float_binary<FloatOp::divmod, true>},
               {"__pow__", float_binary<FloatOp::pow, false>},
               {"__rpow__", float_binary<FloatOp::pow, true>},
               {"__neg__", float_neg},
               {"__pos__", float_pos},
               {"__abs__", float_abs},
               {"__bool__", float_bool},
               {"__int__", float_int},
               {"__trunc__", float_int},
               {"__floor__", float_floor},
               {"__ceil__", float_ceil},
               {"__float__", float_self},
               {"__round__", float_round},
               {"__format__", float_format},
               {"__getnewargs__", float_getnewargs},
               {"conjugate", float_self},
               {"is_integer", float_is_integer},
               {"as_integer_ratio", float_as_integer_ratio},
               {"hex", float_hex},
               {"fromhex", float_fromhex, NativeKind::class_method}});
  add_getsets(vm, t, {{"real", get_real}, {"imag", get_imag}});
  finish_builtin_type(vm, t);
}

} // namespace py
