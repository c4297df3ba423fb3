// str.format, str.format_map and str.__format__: CPython's
// Objects/stringlib/unicode_format.h (markup iteration, field names with
// attribute and index parts, automatic/manual numbering, !r/!s/!a,
// nested format specs two levels deep) over UTF-8 text. Every structural
// character is ASCII, so the parser works on bytes.
#include <string>

#include "python/numeric/format.hpp"
#include "python/objects/num_error.hpp"
#include "python/objects/str.hpp"
#include "python/objects/str_methods.hpp"
#include "python/objects/tuple.hpp"
#include "python/objects/unicode_db.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// Where replacement fields get their values: positional args (absent for
/// format_map) and keywords given either as kwnames/values or as a mapping.
struct FormatArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  bool has_args = false;
  Tuple* kwnames = nullptr;
  const Value* kwvalues = nullptr;
  Value mapping;
};

/// The automatic field numbering state ("{}" vs "{0}"), shared by nested specs.
struct AutoNumber {
  enum State { init, automatic, manual } state = init;
  int64_t next = 0;
};

/// The parsed digits of a field name part, -1 when it is not all decimal
/// digits; false with ValueError on overflow.
bool field_integer(VM& vm, std::string_view s, int64_t* out) {
  *out = -1;
  if (s.empty()) return true;
  int64_t acc = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    int d = unicode::decimal_value(utf8_decode(p));
    if (d < 0) return true;
    if (acc > (INT64_MAX - d) / 10) {
      raise(vm, vm.exc.ValueError, "Too many decimal digits in format string");
      return false;
    }
    acc = acc * 10 + d;
  }
  *out = acc;
  return true;
}

/// The keyword value named `key` (new reference), or null with KeyError.
Value keyword_value(VM& vm, const FormatArgs& fa, std::string_view key) {
  Ref name = Ref::steal(str_new(vm, key));
  if (!name) return {};
  if (!fa.mapping.is_null()) return get_item(vm, fa.mapping, *name);
  size_t n = fa.kwnames ? fa.kwnames->size : 0;
  for (size_t i = 0; i < n; ++i) {
    if (as_str(fa.kwnames->item(i))->view() == key) return newref(fa.kwvalues[i]);
  }
  return raise_key_error(vm, *name);
}

/// The object a field name designates: "0", "name", "" (auto-numbered),
/// followed by ".attr" and "[key]" parts.
Value field_object(VM& vm, std::string_view name, const FormatArgs& fa, AutoNumber* auto_number) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::string_view first = name.substr(0, i);
  int64_t index;
  if (!field_integer(vm, first, &index)) return {};
  bool empty = first.empty();
  if (empty || index != -1) {
    if (auto_number->state == AutoNumber::init) {
      auto_number->state = empty ? AutoNumber::automatic : AutoNumber::manual;
    }
    if (auto_number->state == AutoNumber::manual && empty) {
      return raise(vm, vm.exc.ValueError,
                   "cannot switch from manual field specification to automatic field numbering");
    }
    if (auto_number->state == AutoNumber::automatic && !empty) {
      return raise(vm, vm.exc.ValueError,
                   "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = auto_number->next++;
  }
  Ref obj;
  if (index == -1) {
    obj = Ref::steal(keyword_value(vm, fa, first));
  } else {
    if (!fa.has_args) {
      return raise(vm, vm.exc.ValueError, "Format string contains positional fields");
    }
    if (size_t(index) >= fa.nargs) {
      return raise(vm, vm.exc.IndexError,
                   cat("Replacement index ", index, " out of range for positional args tuple"));
    }
    obj = Ref::borrow(fa.args[index]);
  }
  if (!obj) return {};
  while (i < name.size()) {
    char kind = name[i++];
    size_t start = i;
    std::string_view part;
    if (kind == '.') {
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      part = name.substr(start, i - start);
    } else if (kind == '[') {
      while (i < name.size() && name[i] != ']') ++i;
      if (i == name.size()) return raise(vm, vm.exc.ValueError, "Missing ']' in format string");
      part = name.substr(start, i - start);
      ++i;
    } else {
      return raise(vm, vm.exc.ValueError,
                   "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.empty()) return raise(vm, vm.exc.ValueError, "Empty attribute in format string");
    Ref key = Ref::steal(str_new(vm, part));
    if (!key) return {};
    if (kind == '.') {
      Ref attr_name = Ref::steal(str_intern_value(vm, *key));
      if (!attr_name) return {};
      obj = Ref::steal(get_attr(vm, *obj, attr_name.as<Str>()));
    } else {
      int64_t item_index;
      if (!field_integer(vm, part, &item_index)) return {};
      obj = Ref::steal(get_item(vm, *obj, item_index == -1 ? *key : Value::small_int(item_index)));
    }
    if (!obj) return {};
  }
  return obj.release();
}

/// !r, !s, !a.
Value convert_field(VM& vm, Value v, uint32_t conversion) {
  switch (conversion) {
  case 'r': return repr(vm, v);
  case 's': return str(vm, v);
  case 'a': return ascii(vm, v);
  default: break;
  }
  if (conversion > 32 && conversion < 127) {
    return raise(vm, vm.exc.ValueError, cat("Unknown conversion specifier ", char(conversion)));
  }
  static const char hex[] = "0123456789abcdef";
  std::string digits;
  for (uint32_t c = conversion; c; c >>= 4) digits.insert(digits.begin(), hex[c & 15]);
  return raise(vm, vm.exc.ValueError, cat("Unknown conversion specifier \\x", digits));
}

bool build_string(VM& vm, std::string_view fmt, const FormatArgs& fa, int depth,
                  AutoNumber* auto_number, std::string* out);

/// Parses one replacement field starting just after its '{' (at *pos) and
/// appends its formatted value.
bool output_field(VM& vm, std::string_view fmt, size_t* pos, const FormatArgs& fa, int depth,
                  AutoNumber* auto_number, std::string* out) {
  size_t i = *pos, n = fmt.size();
  size_t name_start = i;
  char c = 0;
  while (i < n) {
    c = fmt[i++];
    if (c == '{') {
      raise(vm, vm.exc.ValueError, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (i < n && fmt[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  std::string_view name = fmt.substr(name_start, i - 1 - name_start);
  uint32_t conversion = 0;
  std::string_view spec;
  bool spec_nested = false;
  if (c == '!' || c == ':') {
    bool done = false;
    if (c == '!') {
      if (i >= n) {
        raise(vm, vm.exc.ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      const char* p = fmt.data() + i;
      conversion = utf8_decode(p);
      i = size_t(p - fmt.data());
      if (i < n) {
        char next = fmt[i++];
        if (next == '}') {
          done = true;
        } else if (next != ':') {
          raise(vm, vm.exc.ValueError, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    if (!done) {
      size_t spec_start = i;
      int count = 1;
      while (i < n) {
        char s = fmt[i++];
        if (s == '{') {
          spec_nested = true;
          ++count;
        } else if (s == '}' && --count == 0) {
          break;
        }
      }
      if (count != 0) {
        raise(vm, vm.exc.ValueError, "unmatched '{' in format spec");
        return false;
      }
      spec = fmt.substr(spec_start, i - 1 - spec_start);
    }
  } else if (c != '}') {
    raise(vm, vm.exc.ValueError, "expected '}' before end of string");
    return false;
  }
  *pos = i;

  Ref obj = Ref::steal(field_object(vm, name, fa, auto_number));
  if (!obj) return false;
  if (conversion) {
    obj = Ref::steal(convert_field(vm, *obj, conversion));
    if (!obj) return false;
  }
  std::string expanded;
  if (spec_nested) {
    if (!build_string(vm, spec, fa, depth - 1, auto_number, &expanded)) return false;
    spec = expanded;
  }
  return format_into(vm, *obj, spec, *out);
}

/// Appends fmt with its replacement fields formatted; `depth` counts the
/// nesting levels of format specs still allowed.
bool build_string(VM& vm, std::string_view fmt, const FormatArgs& fa, int depth,
                  AutoNumber* auto_number, std::string* out) {
  if (depth <= 0) {
    raise(vm, vm.exc.ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t start = i;
    char c = 0;
    while (i < n && (c = fmt[i]) != '{' && c != '}') ++i;
    out->append(fmt, start, i - start);
    if (i == n) break;
    ++i;
    bool doubled = i < n && fmt[i] == c;
    if (c == '}' && !doubled) {
      raise(vm, vm.exc.ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (c == '{' && i == n) {
      raise(vm, vm.exc.ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (doubled) {
      out->push_back(c);
      ++i;
      continue;
    }
    if (!output_field(vm, fmt, &i, fa, depth, auto_number, out)) return false;
  }
  return true;
}

Value format_with(VM& vm, Str* fmt, const FormatArgs& fa) {
  std::string out;
  out.reserve(fmt->size + 16);
  AutoNumber auto_number;
  if (!build_string(vm, fmt->view(), fa, 2, &auto_number, &out)) return {};
  return str_new(vm, out);
}

Value str_format_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  FormatArgs fa;
  fa.args = args + 1;
  fa.nargs = nargs - 1;
  fa.has_args = true;
  fa.kwnames = kwnames;
  fa.kwvalues = args + nargs;
  return format_with(vm, as_str(args[0]), fa);
}

Value str_format_map(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.format_map", nargs - 1, kw, 1, 1)) return {};
  FormatArgs fa;
  fa.mapping = args[1];
  return format_with(vm, as_str(args[0]), fa);
}

Value str_format_spec(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__format__", nargs - 1, kw, 1, 1)) return {};
  if (!is_str(args[1])) {
    return raise(vm, vm.exc.TypeError,
                 cat("__format__() argument must be str, not ", type_name(vm, args[1])));
  }
  Str* s = as_str(args[0]);
  std::string_view spec = as_str(args[1])->view();
  if (spec.empty()) return str_exact(vm, s);
  std::string out;
  auto r = num::format_str(s->view(), spec, type_name(vm, args[0]), out);
  if (!r) return raise_num_error(vm, r.error());
  return str_new(vm, out);
}

} // namespace

void add_str_format_methods(VM& vm, Type* type) {
  add_methods(vm, type,
              {{"format", str_format_method},
               {"format_map", str_format_map},
               {"__format__", str_format_spec}});
}

} // namespace py
