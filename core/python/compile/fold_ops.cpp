// The arithmetic of constant folding: Python's semantics for the operators
// CPython's AST optimizer folds, with its safety limits (no ints over 128
// bits from *, ** and <<, no strings over 4096 characters, no tuples over 256
// items). Anything that would raise is left to run time.
#include <cmath>

#include "python/compile/fold.hpp"
#include "python/numeric/float_ops.hpp"
#include "python/numeric/int_float.hpp"
#include "python/objects/str.hpp"

namespace py::bc {

namespace {

constexpr uint64_t kMaxIntBits = 128;      // MAX_INT_SIZE
constexpr size_t kMaxCollectionSize = 256; // MAX_COLLECTION_SIZE
constexpr size_t kMaxStrSize = 4096;       // MAX_STR_SIZE
constexpr size_t kMaxTotalItems = 1024;    // MAX_TOTAL_ITEMS

/// The operand as a double (int, bool or float); false when not a real number.
bool to_real(const ConstValue& v, double* out) {
  if (v.kind == ConstKind::float_) {
    *out = v.real;
    return true;
  }
  if (!v.is_integral()) return false;
  auto d = num::to_double(v.as_bigint());
  if (!d) return false;
  *out = d.value();
  return true;
}

/// The operand as a complex pair; false when not a number.
bool to_complex(const ConstValue& v, double* re, double* im) {
  if (v.kind == ConstKind::complex) {
    *re = v.real;
    *im = v.imag;
    return true;
  }
  *im = 0.0;
  return to_real(v, re);
}

/// Length of a str in code points, or of bytes in bytes.
size_t text_length(const ConstValue& v) {
  return v.kind == ConstKind::str ? utf8_length(v.text) : v.text.size();
}

/// Items of a tuple / frozenset, counted recursively (check_complexity).
size_t total_items(const ConstValue& v) {
  size_t n = 0;
  for (const ConstValue& item : v.items) {
    n += 1;
    if (item.kind == ConstKind::tuple || item.kind == ConstKind::frozenset) n += total_items(item);
  }
  return n;
}

/// int op int.
bool int_binary(const num::BigInt& a, ast::binop op, const num::BigInt& b, ConstValue* out) {
  using ast::binop;
  switch (op) {
  case binop::Add: *out = ConstValue::of_int(a + b); return true;
  case binop::Sub: *out = ConstValue::of_int(a - b); return true;
  case binop::Mult:
    if (!a.is_zero() && !b.is_zero() && a.bit_length() + b.bit_length() > kMaxIntBits) return false;
    *out = ConstValue::of_int(a * b);
    return true;
  case binop::Div: {
    auto r = num::true_divide(a, b);
    if (!r) return false;
    *out = ConstValue::of_float(r.value());
    return true;
  }
  case binop::FloorDiv: {
    auto r = num::floor_div(a, b);
    if (!r) return false;
    *out = ConstValue::of_int(std::move(r).value());
    return true;
  }
  case binop::Mod: {
    auto r = num::mod(a, b);
    if (!r) return false;
    *out = ConstValue::of_int(std::move(r).value());
    return true;
  }
  case binop::Pow: {
    if (b.is_negative()) {
      auto x = num::to_double(a), y = num::to_double(b);
      if (!x || !y) return false;
      auto r = num::float_pow(x.value(), y.value());
      if (!r || !r.value()) return false;
      *out = ConstValue::of_float(*r.value());
      return true;
    }
    if (!a.is_zero() && !b.is_zero()) {
      if (!b.fits_int64()) return false;
      uint64_t wbits = uint64_t(b.to_int64());
      if (a.bit_length() > kMaxIntBits / wbits) return false;
    }
    auto r = num::pow(a, b);
    if (!r) return false;
    *out = ConstValue::of_int(std::move(r).value());
    return true;
  }
  case binop::LShift: {
    if (b.is_negative()) return false;
    if (!a.is_zero() && !b.is_zero()) {
      if (!b.fits_int64() || uint64_t(b.to_int64()) > kMaxIntBits) return false;
      if (a.bit_length() > kMaxIntBits - uint64_t(b.to_int64())) return false;
    }
    auto r = num::shift_left(a, b);
    if (!r) return false;
    *out = ConstValue::of_int(std::move(r).value());
    return true;
  }
  case binop::RShift: {
    auto r = num::shift_right(a, b);
    if (!r) return false;
    *out = ConstValue::of_int(std::move(r).value());
    return true;
  }
  case binop::BitAnd: *out = ConstValue::of_int(a & b); return true;
  case binop::BitOr: *out = ConstValue::of_int(a | b); return true;
  case binop::BitXor: *out = ConstValue::of_int(a ^ b); return true;
  case binop::MatMult: return false;
  }
  return false;
}

/// float op float (either side may have been an int).
bool float_binary(double x, ast::binop op, double y, ConstValue* out) {
  using ast::binop;
  switch (op) {
  case binop::Add: *out = ConstValue::of_float(x + y); return true;
  case binop::Sub: *out = ConstValue::of_float(x - y); return true;
  case binop::Mult: *out = ConstValue::of_float(x * y); return true;
  case binop::Div: {
    auto r = num::float_truediv(x, y);
    if (!r) return false;
    *out = ConstValue::of_float(r.value());
    return true;
  }
  case binop::FloorDiv: {
    auto r = num::float_floordiv(x, y);
    if (!r) return false;
    *out = ConstValue::of_float(r.value());
    return true;
  }
  case binop::Mod: {
    auto r = num::float_mod(x, y);
    if (!r) return false;
    *out = ConstValue::of_float(r.value());
    return true;
  }
  case binop::Pow: {
    auto r = num::float_pow(x, y);
    if (!r || !r.value()) return false;
    *out = ConstValue::of_float(*r.value());
    return true;
  }
  default: return false;
  }
}

/// complex op complex: +, - and * only (the others are left to run time).
bool complex_binary(const ConstValue& a, ast::binop op, const ConstValue& b, ConstValue* out) {
  double ar, ai, br, bi;
  if (!to_complex(a, &ar, &ai) || !to_complex(b, &br, &bi)) return false;
  switch (op) {
  case ast::binop::Add: *out = ConstValue::of_complex(ar + br, ai + bi); return true;
  case ast::binop::Sub: *out = ConstValue::of_complex(ar - br, ai - bi); return true;
  case ast::binop::Mult:
    *out = ConstValue::of_complex(ar * br - ai * bi, ar * bi + ai * br);
    return true;
  default: return false;
  }
}

/// seq * n for str, bytes and tuples, within the size limits.
bool repeat(const ConstValue& seq, const ConstValue& count, ConstValue* out) {
  num::BigInt big = count.as_bigint();
  if (!big.fits_int64()) return false;
  int64_t n = big.to_int64();
  bool is_tuple = seq.kind == ConstKind::tuple;
  size_t size = is_tuple ? seq.items.size() : text_length(seq);
  if (size) {
    size_t limit = is_tuple ? kMaxCollectionSize : kMaxStrSize;
    if (n < 0 || uint64_t(n) > limit / size) return false;
    if (is_tuple && n && total_items(seq) > kMaxTotalItems / uint64_t(n)) return false;
  }
  if (n < 0) n = 0;
  if (is_tuple) {
    std::vector<ConstValue> items;
    for (int64_t i = 0; i < n; ++i) items.insert(items.end(), seq.items.begin(), seq.items.end());
    *out = ConstValue::of_tuple(std::move(items));
    return true;
  }
  std::string text;
  for (int64_t i = 0; i < n; ++i) text += seq.text;
  *out = seq.kind == ConstKind::str ? ConstValue::of_str(text) : ConstValue::of_bytes(text);
  return true;
}

bool is_sequence(const ConstValue& v) {
  return v.kind == ConstKind::str || v.kind == ConstKind::bytes || v.kind == ConstKind::tuple;
}

} // namespace

bool fold_binary(const ConstValue& left, ast::binop op, const ConstValue& right, ConstValue* out) {
  // bool & | ^ bool stays a bool (bool's own __and__, __or__, __xor__).
  bool bitwise = op == ast::binop::BitAnd || op == ast::binop::BitOr || op == ast::binop::BitXor;
  if (bitwise && left.is_bool() && right.is_bool()) {
    bool x = left.kind == ConstKind::true_, y = right.kind == ConstKind::true_;
    bool r = op == ast::binop::BitAnd ? (x && y) : op == ast::binop::BitOr ? (x || y) : (x != y);
    *out = ConstValue::boolean(r);
    return true;
  }
  if (left.is_integral() && right.is_integral()) {
    return int_binary(left.as_bigint(), op, right.as_bigint(), out);
  }
  bool lnum =
      left.is_integral() || left.kind == ConstKind::float_ || left.kind == ConstKind::complex;
  bool rnum =
      right.is_integral() || right.kind == ConstKind::float_ || right.kind == ConstKind::complex;
  if (lnum && rnum) {
    if (left.kind == ConstKind::complex || right.kind == ConstKind::complex) {
      return complex_binary(left, op, right, out);
    }
    double x, y;
    if (!to_real(left, &x) || !to_real(right, &y)) return false;
    return float_binary(x, op, y, out);
  }
  if (op == ast::binop::Add && is_sequence(left) && left.kind == right.kind) {
    if (left.kind == ConstKind::tuple) {
      std::vector<ConstValue> items = left.items;
      items.insert(items.end(), right.items.begin(), right.items.end());
      *out = ConstValue::of_tuple(std::move(items));
    } else {
      std::string text = left.text + right.text;
      *out = left.kind == ConstKind::str ? ConstValue::of_str(text) : ConstValue::of_bytes(text);
    }
    return true;
  }
  if (op == ast::binop::Mult) {
    if (is_sequence(left) && right.is_integral()) return repeat(left, right, out);
    if (left.is_integral() && is_sequence(right)) return repeat(right, left, out);
  }
  return false;
}

bool fold_unary(ast::unaryop op, const ConstValue& v, ConstValue* out) {
  using ast::unaryop;
  if (op == unaryop::Not) {
    *out = ConstValue::boolean(!v.truthy());
    return true;
  }
  if (v.is_integral()) {
    num::BigInt x = v.as_bigint();
    switch (op) {
    case unaryop::USub: *out = ConstValue::of_int(-x); return true;
    case unaryop::UAdd: *out = ConstValue::of_int(std::move(x)); return true;
    case unaryop::Invert: *out = ConstValue::of_int(~x); return true;
    default: return false;
    }
  }
  if (v.kind == ConstKind::float_ || v.kind == ConstKind::complex) {
    if (op == unaryop::Invert) return false;
    *out = v;
    if (op == unaryop::USub) {
      out->real = -out->real;
      out->imag = -out->imag;
    }
    return true;
  }
  return false;
}

} // namespace py::bc
