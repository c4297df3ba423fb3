// printf-style formatting for str and bytes: CPython's PyUnicode_Format and
// _PyBytes_FormatEx. One engine walks the format, fetches the arguments
// (a tuple, a single value, or a mapping for "%(key)s"), converts them and
// lays them out with numeric/percent_format; the two differ only in what
// %s, %r, %a and %c accept and in counting width by code points or bytes.
#include "python/objects/printf_format.hpp"

#include <charconv>
#include <string>

#include "python/modules/real_arg.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/percent_format.hpp"
#include "python/objects/bytes.hpp"
#include "python/objects/float.hpp"
#include "python/objects/int.hpp"
#include "python/objects/num_error.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// The walk over one format: where arguments come from and what is left.
struct Formatter {
  VM& vm;
  /// True for bytes % args.
  bool bytes;
  /// The tuple of arguments, or the single argument.
  Value args;
  /// The mapping of "%(key)s", or null.
  Value dict;
  /// CPython's arglen/argidx: a tuple has its size; a single value has
  /// arglen -1 and argidx -2 (one fetch allowed).
  int64_t arglen, argidx;
  /// The value a "%(key)" lookup produced (owned), when one did.
  Ref keyed;
  std::string out;

  /// The next argument (borrowed), or null with "not enough arguments".
  Value next_arg() {
    if (argidx < arglen) {
      int64_t i = argidx++;
      if (arglen < 0) return keyed ? *keyed : args;
      return static_cast<Tuple*>(args.as_object())->item(size_t(i));
    }
    return raise(vm, vm.exc.TypeError, "not enough arguments for format string");
  }
};

/// Whether `args` is used as a mapping: it has __getitem__ and is not a
/// tuple or a string of the kind being formatted.
bool is_mapping_argument(VM& vm, Value args, bool bytes) {
  Type* t = vm.type_of(args);
  if (t->has_flag(kTupleSubclass) || t->has_flag(kStrSubclass)) return false;
  if (bytes && t->has_flag(kBytesSubclass)) return false;
  return !lookup_type(vm, t, vm.names.getitem).is_null();
}

/// A '*' width or precision argument: an int, else "* wants int".
bool star_arg(Formatter& f, int64_t* out) {
  Value v = f.next_arg();
  if (v.is_null()) return false;
  if (!is_int(f.vm, v)) {
    raise(f.vm, f.vm.exc.TypeError, "* wants int");
    return false;
  }
  if (!int_to_int64(v, out)) {
    raise(f.vm, f.vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

/// The int that %d %i %u %o %x %X format (as a BigInt), with CPython's errors.
bool integer_operand(VM& vm, Value v, char32_t type, num::BigInt* out) {
  if (is_int(vm, v)) {
    *out = int_to_bigint(v);
    return true;
  }
  bool hex_like = type == 'o' || type == 'x' || type == 'X';
  Type* t = vm.type_of(v);
  Ref converted;
  if (!hex_like && is_instance(vm, v, vm.types.float_)) {
    auto r = num::from_double(float_value(v));
    if (!r) {
      raise_num_error(vm, r.error());
      return false;
    }
    *out = std::move(r).value();
    return true;
  }
  if (!lookup_type(vm, t, vm.names.index).is_null()) {
    converted = Ref::steal(index(vm, v));
  } else if (!hex_like && !lookup_type(vm, t, vm.names.int_).is_null()) {
    converted = Ref::steal(call_special(vm, v, vm.names.int_, nullptr, 0));
    if (converted && !is_int(vm, *converted)) {
      raise(vm, vm.exc.TypeError,
            cat("__int__ returned non-int (type ", type_name(vm, *converted), ")"));
      return false;
    }
  } else {
    raise(vm, vm.exc.TypeError,
          cat("%", char(type), " format: ",
              hex_like ? "an integer is required, not " : "a real number is required, not ",
              type_name(vm, v)));
    return false;
  }
  if (!converted) return false;
  *out = int_to_bigint(*converted);
  return true;
}

/// Lays out bytes for %s %b %r %a %c of bytes formats: precision cuts
/// (not for %c), width pads with spaces; both count bytes.
void append_padded_bytes(std::string& out, std::string_view data, const num::PercentSpec& spec) {
  if (spec.type != 'c' && spec.precision >= 0 && size_t(spec.precision) < data.size()) {
    data = data.substr(0, size_t(spec.precision));
  }
  size_t pad = spec.width > int64_t(data.size()) ? size_t(spec.width) - data.size() : 0;
  if (!spec.left) out.append(pad, ' ');
  out.append(data);
  if (spec.left) out.append(pad, ' ');
}

/// %s %r %a %c for a str format.
bool format_text_str(Formatter& f, Value v, const num::PercentSpec& spec) {
  VM& vm = f.vm;
  if (spec.type == 'c') {
    if (is_str(v)) {
      if (as_str(v)->length != 1) {
        raise(vm, vm.exc.TypeError, "%c requires int or char");
        return false;
      }
      num::percent_format_text(as_str(v)->view(), spec, f.out);
      return true;
    }
    if (!is_int(vm, v) && lookup_type(vm, vm.type_of(v), vm.names.index).is_null()) {
      raise(vm, vm.exc.TypeError, "%c requires int or char");
      return false;
    }
    Ref i = Ref::steal(index(vm, v));
    if (!i) return false;
    auto r = num::percent_format_char(int_to_bigint(*i), spec, f.out);
    if (!r) raise_num_error(vm, r.error());
    return r.ok();
  }
  Ref text = Ref::steal(spec.type == 's'   ? str(vm, v)
                        : spec.type == 'r' ? repr(vm, v)
                                           : ascii(vm, v));
  if (!text) return false;
  num::percent_format_text(text.as<Str>()->view(), spec, f.out);
  return true;
}

/// %s %b %r %a %c for a bytes format.
bool format_text_bytes(Formatter& f, Value v, const num::PercentSpec& spec) {
  VM& vm = f.vm;
  std::string_view data;
  Ref holder;
  if (spec.type == 'c') {
    char c;
    if (bytes_like_view(vm, v, &data) && data.size() == 1) {
      c = data[0];
    } else if (is_int(vm, v) || !lookup_type(vm, vm.type_of(v), vm.names.index).is_null()) {
      Ref i = Ref::steal(index(vm, v));
      if (!i) return false;
      int64_t n;
      if (!int_to_int64(*i, &n) || n < 0 || n > 255) {
        raise(vm, vm.exc.OverflowError, "%c arg not in range(256)");
        return false;
      }
      c = char(n);
    } else {
      raise(vm, vm.exc.TypeError, "%c requires an integer in range(256) or a single byte");
      return false;
    }
    append_padded_bytes(f.out, std::string_view(&c, 1), spec);
    return true;
  }
  if (spec.type == 'r' || spec.type == 'a') {
    holder = Ref::steal(ascii(vm, v));
    if (!holder) return false;
    data = holder.as<Str>()->view();
  } else if (!bytes_like_view(vm, v, &data)) {
    if (lookup_type(vm, vm.type_of(v), vm.names.bytes_).is_null()) {
      raise(vm, vm.exc.TypeError,
            cat("%b requires a bytes-like object, or an object that implements __bytes__, not '",
                type_name(vm, v), "'"));
      return false;
    }
    holder = Ref::steal(call_special(vm, v, vm.names.bytes_, nullptr, 0));
    if (!holder) return false;
    if (!is_instance(vm, *holder, vm.types.bytes)) {
      raise(vm, vm.exc.TypeError,
            cat("__bytes__ returned non-bytes (type ", type_name(vm, *holder), ")"));
      return false;
    }
    data = static_cast<Bytes*>(holder.get().as_object())->view();
  }
  append_padded_bytes(f.out, data, spec);
  return true;
}

/// Formats one conversion whose spec is parsed; fetches its argument.
bool format_one(Formatter& f, std::string_view fmt, num::PercentSpec& spec) {
  VM& vm = f.vm;
  if (spec.width_from_arg) {
    if (!star_arg(f, &spec.width)) return false;
    if (spec.width < 0) {
      spec.left = true;
      spec.width = -spec.width;
    }
  }
  if (spec.precision_from_arg) {
    int64_t p;
    if (!star_arg(f, &p)) return false;
    if (p > INT32_MAX) {
      raise(vm, vm.exc.ValueError, "precision too big");
      return false;
    }
    spec.precision = p < 0 ? 0 : int(p);
  }
  Value v = f.next_arg();
  if (v.is_null()) return false;
  if (!f.bytes && spec.width == -1 && spec.precision == -1 && !spec.plus && !spec.blank) {
    // The plain %s of a str and %d of a small int go straight to the output.
    if (spec.type == 's' && vm.type_of(v) == vm.types.str) {
      f.out += as_str(v)->view();
      return true;
    }
    if ((spec.type == 'd' || spec.type == 'i' || spec.type == 'u') && v.is_small_int()) {
      char buf[24];
      f.out.append(buf, std::to_chars(buf, buf + sizeof buf, v.as_small_int()).ptr);
      return true;
    }
  }
  switch (spec.type) {
  case 's':
  case 'r':
  case 'a':
  case 'c': return f.bytes ? format_text_bytes(f, v, spec) : format_text_str(f, v, spec);
  case 'b':
    if (f.bytes) return format_text_bytes(f, v, spec);
    break;
  case 'd':
  case 'i':
  case 'u':
  case 'o':
  case 'x':
  case 'X': {
    num::BigInt n;
    if (!integer_operand(vm, v, spec.type, &n)) return false;
    auto r = num::percent_format_int(n, spec, vm.int_max_str_digits, f.out);
    if (!r) raise_num_error(vm, r.error());
    return r.ok();
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    double x;
    if (!real_arg(vm, v, &x)) return false;
    num::percent_format_float(x, spec, f.out);
    return true;
  }
  default: break;
  }
  raise_num_error(vm, num::unsupported_percent_type(fmt, spec));
  return false;
}

/// Runs the whole format into f.out.
bool run(Formatter& f, std::string_view fmt) {
  VM& vm = f.vm;
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t percent = fmt.find('%', i);
    if (percent == std::string_view::npos) percent = n;
    f.out.append(fmt, i, percent - i);
    if (percent == n) break;
    i = percent + 1;
    if (i < n && fmt[i] == '%') {
      f.out.push_back('%');
      ++i;
      continue;
    }
    if (i < n && fmt[i] == '(' && f.dict.is_null()) {
      raise(vm, vm.exc.TypeError, "format requires a mapping");
      return false;
    }
    auto parsed = num::parse_percent_spec(fmt, i);
    if (!parsed) {
      raise_num_error(vm, parsed.error());
      return false;
    }
    num::PercentSpec spec = std::move(parsed).value();
    if (spec.has_key) {
      Ref key = Ref::steal(f.bytes ? bytes_new(vm, spec.key) : str_new(vm, spec.key));
      if (!key) return false;
      f.keyed = Ref::steal(get_item(vm, f.dict, *key));
      if (!f.keyed) return false;
      f.arglen = -1;
      f.argidx = -2;
    }
    if (!format_one(f, fmt, spec)) return false;
  }
  if (f.argidx < f.arglen && f.dict.is_null()) {
    raise(vm, vm.exc.TypeError,
          f.bytes ? "not all arguments converted during bytes formatting"
                  : "not all arguments converted during string formatting");
    return false;
  }
  return true;
}

/// Sets up the argument state of a format call.
bool format_all(VM& vm, std::string_view fmt, Value args, bool bytes, std::string* out) {
  Formatter f{vm, bytes, args, Value(), -1, -2, Ref(), {}};
  if (vm.type_of(args)->has_flag(kTupleSubclass)) {
    f.arglen = int64_t(static_cast<Tuple*>(args.as_object())->size);
    f.argidx = 0;
  }
  if (is_mapping_argument(vm, args, bytes)) f.dict = args;
  f.out.reserve(fmt.size() + 16);
  if (!run(f, fmt)) return false;
  *out = std::move(f.out);
  return true;
}

} // namespace

Value str_printf(VM& vm, Str* format, Value args) {
  std::string out;
  if (!format_all(vm, format->view(), args, false, &out)) return {};
  return str_new(vm, out);
}

Value bytes_printf(VM& vm, std::string_view format, Value args) {
  std::string out;
  if (!format_all(vm, format, args, true, &out)) return {};
  return bytes_new(vm, out);
}

} // namespace py
