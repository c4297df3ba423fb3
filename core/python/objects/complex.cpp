// complex: CPython's complex type — its arithmetic (the _Py_c_* algorithms,
// so results match to the last bit), repr, hash, comparison, construction
// from numbers and strings, and __format__.
#include "python/objects/complex.hpp"

#include <cmath>
#include <string>

#include "python/modules/real_arg.hpp"
#include "python/numeric/float_parse.hpp"
#include "python/numeric/float_repr.hpp"
#include "python/numeric/format_spec.hpp"
#include "python/numeric/hash.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/libm.hpp"
#include "python/objects/float.hpp"
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

namespace {

/// A complex value (CPython's Py_complex).
struct Cx {
  double real, imag;
};

/// How an operation failed: CPython's errno EDOM / ERANGE.
enum class CxError { none, domain, range };

/// _Py_c_prod.
Cx c_prod(Cx a, Cx b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/// _Py_c_quot: Smith's algorithm; division by zero sets `error` to domain.
Cx c_quot(Cx a, Cx b, CxError* error) {
  double abs_breal = std::fabs(b.real), abs_bimag = std::fabs(b.imag);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *error = CxError::domain;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};
}

/// _Py_c_pow: through polar form.
Cx c_pow(Cx a, Cx b, CxError* error) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *error = CxError::domain;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = num::libm_atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  return {len * num::libm_cos(phase), len * num::libm_sin(phase)};
}

/// c_powi: repeated squaring for small integer exponents (more accurate).
Cx c_powi(Cx x, long n, CxError* error) {
  auto powu = [](Cx base, long k) {
    Cx r{1.0, 0.0};
    for (long mask = 1; mask > 0 && k >= mask; mask <<= 1) {
      if (k & mask) r = c_prod(r, base);
      base = c_prod(base, base);
    }
    return r;
  };
  if (n > 0) return powu(x, n);
  return c_quot({1.0, 0.0}, powu(x, -n), error);
}

/// complex_pow's choice of algorithm and its errors.
Value power(VM& vm, Cx a, Cx b) {
  CxError error = CxError::none;
  Cx r = b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0
             ? c_powi(a, long(b.real), &error)
             : c_pow(a, b, &error);
  if (error == CxError::domain) {
    return raise(vm, vm.exc.ZeroDivisionError, "0.0 to a negative or complex power");
  }
  if (std::isinf(r.real) || std::isinf(r.imag)) {
    return raise(vm, vm.exc.OverflowError, "complex exponentiation");
  }
  return complex_new(vm, r.real, r.imag);
}

Cx value_of(Value v) {
  auto* c = static_cast<Complex*>(v.as_object());
  return {c->real, c->imag};
}

/// to_complex: a complex, float or int operand; false (failed unset) when the
/// operator should return NotImplemented, false with failed set on an error.
bool operand(VM& vm, Value v, Cx* out, bool* failed) {
  if (is_instance(vm, v, vm.types.complex)) {
    *failed = false;
    *out = value_of(v);
    return true;
  }
  out->imag = 0.0;
  return float_operand(vm, v, &out->real, failed);
}

void complex_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

/// repr(z): "1j", "(1+2j)", "(-0-1j)", components in repr's shortest digits without ".0".
std::string repr_text(Cx z) {
  if (z.real == 0.0 && !std::signbit(z.real)) {
    return num::double_to_string(z.imag, 'r', 0, 0) + "j";
  }
  std::string text = "(";
  text += num::double_to_string(z.real, 'r', 0, 0);
  text += num::double_to_string(z.imag, 'r', 0, num::kDtsfSign);
  text += "j)";
  return text;
}

Value complex_repr(VM& vm, Value self) { return str_new(vm, repr_text(value_of(self))); }

int64_t complex_hash(VM& vm, Value self) {
  Cx z = value_of(self);
  uint64_t h = uint64_t(num::hash_double(z.real)) + 1000003ull * uint64_t(num::hash_double(z.imag));
  auto r = int64_t(h);
  return r == -1 ? -2 : r;
}

/// == and != only; an int compares exactly with the real part (no rounding).
Value complex_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (op != CompareOp::eq && op != CompareOp::ne) return Value::not_implemented();
  Cx a = value_of(self);
  bool eq;
  if (is_int(vm, other)) {
    if (a.imag != 0.0) {
      eq = false;
    } else {
      Ref real = Ref::steal(float_new(vm, a.real));
      if (!real) return {};
      return compare(vm, *real, other, op);
    }
  } else if (is_instance(vm, other, vm.types.float_)) {
    eq = a.real == float_value(other) && a.imag == 0.0;
  } else if (is_instance(vm, other, vm.types.complex)) {
    Cx b = value_of(other);
    eq = a.real == b.real && a.imag == b.imag;
  } else {
    return Value::not_implemented();
  }
  return Value::boolean(op == CompareOp::eq ? eq : !eq);
}

/// The binary operators, each with its reflected form.
enum class CxOp { add, sub, mul, truediv, pow };

template <CxOp op, bool reflected>
Value complex_binary(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* names[] = {"__add__", "__sub__", "__mul__", "__truediv__",
                                          "__pow__"};
  if (!check_arity(vm, names[int(op)], nargs - 1, kw, 1, op == CxOp::pow ? 2 : 1)) return {};
  Cx a, b;
  bool failed;
  if (!operand(vm, args[0], &a, &failed)) return failed ? Value() : Value::not_implemented();
  if (!operand(vm, args[1], &b, &failed)) return failed ? Value() : Value::not_implemented();
  if (reflected) std::swap(a, b);
  switch (op) {
  case CxOp::add: return complex_new(vm, a.real + b.real, a.imag + b.imag);
  case CxOp::sub: return complex_new(vm, a.real - b.real, a.imag - b.imag);
  case CxOp::mul: {
    Cx r = c_prod(a, b);
    return complex_new(vm, r.real, r.imag);
  }
  case CxOp::truediv: {
    CxError error = CxError::none;
    Cx r = c_quot(a, b, &error);
    if (error != CxError::none) {
      return raise(vm, vm.exc.ZeroDivisionError, "complex division by zero");
    }
    return complex_new(vm, r.real, r.imag);
  }
  case CxOp::pow:
    if (nargs > 2 && !args[2].is_none()) return raise(vm, vm.exc.ValueError, "complex modulo");
    return power(vm, a, b);
  }
  return {};
}

/// The operand of a unary method (args[0], the complex itself).
Value complex_neg(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__neg__", nargs - 1, kw, 0, 0)) return {};
  Cx z = value_of(args[0]);
  return complex_new(vm, -z.real, -z.imag);
}

/// The value as an exact complex: itself, or a copy for a subclass instance.
Value exact_complex(VM& vm, Value v) {
  if (vm.type_of(v) == vm.types.complex) return newref(v);
  Cx z = value_of(v);
  return complex_new(vm, z.real, z.imag);
}

Value complex_pos(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__pos__", nargs - 1, kw, 0, 0)) return {};
  return exact_complex(vm, args[0]);
}

Value complex_abs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__abs__", nargs - 1, kw, 0, 0)) return {};
  Cx z = value_of(args[0]);
  double r = std::hypot(z.real, z.imag);
  if (std::isinf(r) && std::isfinite(z.real) && std::isfinite(z.imag)) {
    return raise(vm, vm.exc.OverflowError, "absolute value too large");
  }
  return float_new(vm, r);
}

Value complex_bool(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__bool__", nargs - 1, kw, 0, 0)) return {};
  Cx z = value_of(args[0]);
  return Value::boolean(z.real != 0.0 || z.imag != 0.0);
}

Value complex_conjugate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "complex.conjugate", nargs - 1, kw, 0, 0)) return {};
  Cx z = value_of(args[0]);
  return complex_new(vm, z.real, -z.imag);
}

Value complex_complex(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "complex.__complex__", nargs - 1, kw, 0, 0)) return {};
  return exact_complex(vm, args[0]);
}

Value complex_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "complex.__getnewargs__", nargs - 1, kw, 0, 0)) return {};
  Cx z = value_of(args[0]);
  Ref re = Ref::steal(float_new(vm, z.real));
  Ref im = Ref::steal(float_new(vm, z.imag));
  if (!re || !im) return {};
  return tuple_of(vm, {*re, *im});
}

Value get_real(VM& vm, Value self) { return float_new(vm, value_of(self).real); }
Value get_imag(VM& vm, Value self) { return float_new(vm, value_of(self).imag); }

// ----- __format__ --------------------------------------------------------------------

/// Inserts the thousands separators of `grouping` into the integer digits of
/// a formatted number (which has no sign).
void group_digits(std::string* digits, num::Grouping grouping) {
  if (grouping == num::Grouping::None) return;
  char sep = grouping == num::Grouping::Comma ? ',' : '_';
  size_t end = 0;
  while (end < digits->size() && (*digits)[end] >= '0' && (*digits)[end] <= '9') ++end;
  for (size_t at = end; at > 3; at -= 3) digits->insert(at - 3, 1, sep);
}

/// One part of a formatted complex: sign (per `sign`, as the spec's sign
/// field says) and digits.
std::string format_part(double x, char type, int precision, unsigned flags, char sign,
                        num::Grouping grouping) {
  std::string digits = num::double_to_string(x, type, precision, flags);
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  group_digits(&digits, grouping);
  if (negative) return "-" + digits;
  if (sign == '+' || sign == ' ') return sign + digits;
  return digits;
}

/// format_complex_internal of CPython's formatter_unicode.c.
Value format_complex(VM& vm, Cx z, std::string_view spec_text) {
  auto parsed = num::parse_format_spec(spec_text, "complex", '\0', '>');
  if (!parsed) return raise_num_error(vm, parsed.error());
  num::FormatSpec spec = parsed.value();
  char type = char(spec.type);
  if (spec.type > 0x7f || std::string_view("eEfFgGn").find(type) == std::string_view::npos) {
    if (spec.type != '\0')
      return raise_num_error(vm, num::unknown_format_code(spec.type, "complex"));
  }
  if (spec.fill == '0') {
    return raise(vm, vm.exc.ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align == '=') {
    return raise(vm, vm.exc.ValueError,
                 "'=' alignment flag is not allowed in complex format specifier");
  }
  int precision = 6;
  bool skip_re = false, parens = false;
  if (type == '\0') {
    type = 'r';
    precision = 0;
    skip_re = z.real == 0.0 && !std::signbit(z.real);
    parens = !skip_re;
  }
  if (type == 'n') type = 'g';
  if (spec.precision >= 0) {
    precision = int(spec.precision);
    if (type == 'r') type = 'g';
  }
  unsigned flags = (spec.alternate ? unsigned{num::kDtsfAlt} : 0u) |
                   (spec.no_neg_0 ? unsigned{num::kDtsfNoNegZero} : 0u);
  std::string body;
  if (parens) body += '(';
  if (!skip_re) body += format_part(z.real, type, precision, flags, spec.sign, spec.grouping);
  body += format_part(z.imag, type, precision, flags, skip_re ? spec.sign : '+', spec.grouping);
  body += 'j';
  if (parens) body += ')';
  size_t length = utf8_length(body);
  if (spec.width <= int64_t(length)) return str_new(vm, body);
  size_t pad = size_t(spec.width) - length;
  size_t left = spec.align == '<' ? 0 : spec.align == '^' ? pad / 2 : pad;
  std::string fill;
  utf8_append(fill, uint32_t(spec.fill));
  std::string out;
  for (size_t i = 0; i < left; ++i) out += fill;
  out += body;
  for (size_t i = left; i < pad; ++i) out += fill;
  return str_new(vm, out);
}

Value complex_format(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "complex.__format__", nargs - 1, kw, 1, 1)) return {};
  if (!is_str(args[1])) {
    return raise(vm, vm.exc.TypeError,
                 cat("__format__() argument must be str, not ", type_name(vm, args[1])));
  }
  std::string_view spec = as_str(args[1])->view();
  if (spec.empty()) return str(vm, args[0]);
  return format_complex(vm, value_of(args[0]), spec);
}

// ----- construction ------------------------------------------------------------------

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// Length of the longest prefix of s that PyOS_string_to_double accepts
/// (sign, digits with one point, exponent; or inf, infinity, nan), 0 if none.
size_t float_prefix(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  auto word = [&](std::string_view w) {
    if (s.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if ((s[i + k] | 0x20) != w[k]) return false;
    }
    return true;
  };
  if (word("infinity")) return i + 8;
  if (word("inf") || word("nan")) return i + 3;
  size_t digits = 0;
  auto digit_run = [&] {
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      ++i;
      ++digits;
    }
  };
  digit_run();
  if (i < s.size() && s[i] == '.') {
    ++i;
    digit_run();
  }
  if (digits == 0) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      i = j;
    }
  }
  return i;
}

/// Reads the float at s[*at], advancing *at past it; false when there is none.
bool read_float(std::string_view s, size_t* at, double* out) {
  size_t n = float_prefix(s.substr(*at));
  if (n == 0) return false;
  auto r = num::parse_float(s.substr(*at, n));
  if (!r) return false;
  *out = r.value();
  *at += n;
  return true;
}

/// Removes the underscores of a numeric literal, each of which must sit
/// between two digits (_Py_string_to_number_with_underscores); false if misplaced.
bool strip_underscores(std::string_view s, std::string* out) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '_') {
      *out += s[i];
    } else if (i == 0 || i + 1 == s.size() || !digit(s[i - 1]) || !digit(s[i + 1])) {
      return false;
    }
  }
  return true;
}

/// complex_from_string_inner: "1", "2j", "1+2j", "(1-j)", "-j" with spaces around.
bool parse_complex(std::string_view s, Cx* out) {
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) ++i;
  bool bracket = i < n && s[i] == '(';
  if (bracket) {
    ++i;
    while (i < n && is_space(s[i])) ++i;
  }
  double x = 0.0, y = 0.0, z;
  auto is_j = [&] { return i < n && (s[i] == 'j' || s[i] == 'J'); };
  if (read_float(s, &i, &z)) {
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      x = z;
      if (!read_float(s, &i, &y)) y = s[i++] == '+' ? 1.0 : -1.0;
      if (!is_j()) return false;
      ++i;
    } else if (is_j()) {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    y = 1.0;
    if (i < n && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
    if (!is_j()) return false;
    ++i;
  }
  while (i < n && is_space(s[i])) ++i;
  if (bracket) {
    if (i >= n || s[i] != ')') return false;
    ++i;
    while (i < n && is_space(s[i])) ++i;
  }
  if (i != n) return false;
  *out = {x, y};
  return true;
}

/// complex(str).
bool complex_from_string(VM& vm, Str* text, Cx* out) {
  std::string digits;
  std::string_view s = text->view();
  if (s.find('_') != std::string_view::npos) {
    if (!strip_underscores(s, &digits)) {
      raise(vm, vm.exc.ValueError, cat("could not convert string to complex: ", str_repr_text(s)));
      return false;
    }
    s = digits;
  }
  if (!parse_complex(s, out)) {
    raise(vm, vm.exc.ValueError, "complex() arg is a malformed string");
    return false;
  }
  return true;
}

/// A real-number argument of complex(): float(v) through __float__ or __index__;
/// false (no exception) when v has neither.
bool real_part(VM& vm, Value v, double* out, bool* failed) {
  *failed = false;
  Type* t = vm.type_of(v);
  if (!is_int(vm, v) && !is_instance(vm, v, vm.types.float_) &&
      lookup_type(vm, t, vm.names.float_).is_null() &&
      lookup_type(vm, t, vm.names.index).is_null()) {
    return false;
  }
  *failed = !real_arg(vm, v, out);
  return !*failed;
}

/// The first argument of complex(): a complex (through __complex__ too) or a real.
bool first_argument(VM& vm, Value r, Cx* out, bool* is_complex) {
  *is_complex = false;
  Value method = lookup_type(vm, vm.type_of(r), str_intern(vm, "__complex__"));
  if (!method.is_null()) {
    Ref hold = Ref::borrow(method);
    Ref c = Ref::steal(call(vm, method, {r}));
    if (!c) return false;
    if (!is_instance(vm, *c, vm.types.complex)) {
      raise(vm, vm.exc.TypeError,
            cat("__complex__ returned non-complex (type ", type_name(vm, *c), ")"));
      return false;
    }
    *out = value_of(*c);
    *is_complex = true;
    return true;
  }
  bool failed;
  if (real_part(vm, r, &out->real, &failed)) {
    out->imag = 0.0;
    return true;
  }
  if (!failed) {
    raise(
        vm, vm.exc.TypeError,
        cat("complex() first argument must be a string or a number, not '", type_name(vm, r), "'"));
  }
  return false;
}

Value complex_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("complex(real=0, imag=0)");
  Value a[2];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return {};
  Value r = a[0], i = a[1];
  Cx result{0.0, 0.0};
  if (!r.is_null() && is_str(r)) {
    if (!i.is_null()) {
      return raise(vm, vm.exc.TypeError, "complex() can't take second arg if first is a string");
    }
    if (!complex_from_string(vm, as_str(r), &result)) return {};
  } else if (!i.is_null() && is_str(i)) {
    return raise(vm, vm.exc.TypeError, "complex() second arg can't be a string");
  } else {
    if (!r.is_null() && i.is_null() && type == vm.types.complex &&
        vm.type_of(r) == vm.types.complex) {
      return newref(r);
    }
    Cx cr{0.0, 0.0}, ci{0.0, 0.0};
    bool cr_complex = false, ci_complex = false;
    if (!r.is_null() && !first_argument(vm, r, &cr, &cr_complex)) return {};
    if (i.is_null()) {
      ci.real = cr.imag;
    } else if (is_instance(vm, i, vm.types.complex)) {
      ci = value_of(i);
      ci_complex = true;
    } else {
      bool failed;
      if (!real_part(vm, i, &ci.real, &failed)) {
        if (failed) return {};
        return raise(
            vm, vm.exc.TypeError,
            cat("complex() second argument must be a number, not '", type_name(vm, i), "'"));
      }
    }
    if (ci_complex) cr.real -= ci.imag;
    if (cr_complex && !i.is_null()) ci.real += cr.imag;
    result = {cr.real, ci.real};
  }
  Complex* c = vm.allocate<Complex>(type);
  if (!c) return {};
  c->real = result.real;
  c->imag = result.imag;
  return Value::object(c);
}

} // namespace

Value complex_new(VM& vm, double real, double imag) {
  Complex* c = vm.allocate<Complex>(vm.types.complex);
  if (!c) return {};
  c->real = real;
  c->imag = imag;
  return Value::object(c);
}

Value complex_power(VM& vm, double x, double y) { return power(vm, {x, 0.0}, {y, 0.0}); }

void init_complex_type(VM& vm) {
  Type* t = vm.types.complex = new_builtin_type(vm, "complex", vm.types.object, sizeof(Complex));
  t->dealloc = complex_dealloc;
  t->repr = complex_repr;
  t->hash = complex_hash;
  t->compare = complex_compare;
  t->new_ = complex_new_slot;
  add_methods(vm, t,
              {{"__add__", complex_binary<CxOp::add, false>},
               {"__radd__", complex_binary<CxOp::add, true>},
               {"__sub__", complex_binary<CxOp::sub, false>},
               {"__rsub__", complex_binary<CxOp::sub, true>},
               {"__mul__", complex_binary<CxOp::mul, false>},
               {"__rmul__", complex_binary<CxOp::mul, true>},
               {"__truediv__", complex_binary<CxOp::truediv, false>},
               {"__rtruediv__", complex_binary<CxOp::truediv, true>},
               {"__pow__", complex_binary<CxOp::pow, false>},
               {"__rpow__", complex_binary<CxOp::pow, true>},
               {"__neg__", complex_neg},
               {"__pos__", complex_pos},
               {"__abs__", complex_abs},
               {"__bool__", complex_bool},
               {"__complex__", complex_complex},
               {"__getnewargs__", complex_getnewargs},
               {"__format__", complex_format},
               {"conjugate", complex_conjugate}});
  add_getsets(vm, t, {{"real", get_real}, {"imag", get_imag}});
  finish_builtin_type(vm, t);
}

} // namespace py
