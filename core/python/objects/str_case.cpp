// str's case methods (upper, lower, casefold, title, capitalize, swapcase,
// with Unicode's full multi-character mappings and the final-sigma rule)
// and the character-class predicates (isalpha, isdigit, istitle…), all from
// the Unicode database in unicode_db.hpp.
#include <cstring>
#include <string>

#include "python/objects/str.hpp"
#include "python/objects/str_methods.hpp"
#include "python/objects/unicode_db.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

using unicode::kMaxCaseMapping;

/// Lowercases one character of s (at byte `offset`), applying the final-sigma rule.
int lower_at(std::string_view s, size_t offset, uint32_t c, uint32_t* out) {
  if (c == 0x3A3) {
    out[0] = unicode::is_final_sigma_context(s, offset) ? 0x3C2 : 0x3C3;
    return 1;
  }
  return unicode::to_lower(c, out);
}

/// Maps every character through map(c, offset, index, out) -> count and
/// builds the result. ASCII text maps to ASCII one for one, so it is written
/// straight into the new str.
template <class Map>
Value case_map(VM& vm, Str* s, Map&& map) {
  std::string_view text = s->view();
  uint32_t out[kMaxCaseMapping];
  if (s->ascii) {
    if (s->size == 0) return newref(Value::object(vm.empty_str));
    Str* r = str_alloc(vm, s->size, s->length, true);
    if (!r) return {};
    char* dst = r->mutable_data();
    for (size_t i = 0; i < text.size(); ++i) {
      map(uint32_t(static_cast<unsigned char>(text[i])), i, i, out);
      dst[i] = char(out[0]);
    }
    return Value::object(r);
  }
  std::string result;
  result.reserve(text.size());
  const char* p = text.data();
  const char* end = p + text.size();
  for (size_t index = 0; p < end; ++index) {
    size_t offset = size_t(p - text.data());
    uint32_t c = utf8_decode(p);
    int n = map(c, offset, index, out);
    for (int k = 0; k < n; ++k) utf8_append(result, out[k]);
  }
  return str_new(vm, result);
}

/// ASCII-only upper/lower by arithmetic (the common case of s.lower()).
Value ascii_case(VM& vm, Str* s, char from, char to) {
  if (s->size == 0) return newref(Value::object(vm.empty_str));
  Str* r = str_alloc(vm, s->size, s->length, true);
  if (!r) return {};
  const char* src = s->data();
  char* dst = r->mutable_data();
  for (size_t i = 0; i < s->size; ++i) {
    char c = src[i];
    dst[i] = c >= from && c <= to ? char(c ^ 0x20) : c;
  }
  return Value::object(r);
}

Value str_upper(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.upper", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  if (s->ascii) return ascii_case(vm, s, 'a', 'z');
  return case_map(
      vm, s, [](uint32_t c, size_t, size_t, uint32_t* out) { return unicode::to_upper(c, out); });
}

Value str_lower(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.lower", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  if (s->ascii) return ascii_case(vm, s, 'A', 'Z');
  std::string_view text = s->view();
  return case_map(vm, s, [text](uint32_t c, size_t offset, size_t, uint32_t* out) {
    return lower_at(text, offset, c, out);
  });
}

Value str_casefold(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.casefold", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  if (s->ascii) return ascii_case(vm, s, 'A', 'Z');
  return case_map(
      vm, s, [](uint32_t c, size_t, size_t, uint32_t* out) { return unicode::casefold(c, out); });
}

Value str_swapcase(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.swapcase", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  std::string_view text = s->view();
  return case_map(vm, s, [text](uint32_t c, size_t offset, size_t, uint32_t* out) {
    if (unicode::is_upper(c)) return lower_at(text, offset, c, out);
    if (unicode::is_lower(c)) return unicode::to_upper(c, out);
    out[0] = c;
    return 1;
  });
}

Value str_title(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.title", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  std::string_view text = s->view();
  bool previous_is_cased = false;
  return case_map(vm, s, [&](uint32_t c, size_t offset, size_t, uint32_t* out) {
    int n = previous_is_cased ? lower_at(text, offset, c, out) : unicode::to_title(c, out);
    previous_is_cased = unicode::is_cased(c);
    return n;
  });
}

Value str_capitalize(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.capitalize", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  std::string_view text = s->view();
  return case_map(vm, s, [text](uint32_t c, size_t offset, size_t index, uint32_t* out) {
    return index == 0 ? unicode::to_title(c, out) : lower_at(text, offset, c, out);
  });
}

// ----- predicates ------------------------------------------------------------------

/// True when s is not empty and every character satisfies `pred`.
template <bool (*pred)(uint32_t)>
Value all_chars(VM& vm, const Value* args, size_t nargs, Tuple* kw, const char* name) {
  if (!check_arity(vm, name, nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  if (s->size == 0) return Value::false_();
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) {
    if (!pred(utf8_decode(p))) return Value::false_();
  }
  return Value::true_();
}

#define PY_STR_PREDICATE(method, pred)                                                             \
  Value str_##method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {                         \
    return all_chars<pred>(vm, args, nargs, kw, "str." #method);                                   \
  }
PY_STR_PREDICATE(isalpha, unicode::is_alpha)
PY_STR_PREDICATE(isalnum, unicode::is_alnum)
PY_STR_PREDICATE(isdecimal, unicode::is_decimal)
PY_STR_PREDICATE(isdigit, unicode::is_digit)
PY_STR_PREDICATE(isnumeric, unicode::is_numeric)
PY_STR_PREDICATE(isspace, unicode::is_space)
#undef PY_STR_PREDICATE

Value str_isprintable(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.isprintable", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) {
    if (!unicode::is_printable(utf8_decode(p))) return Value::false_();
  }
  return Value::true_();
}

Value str_isascii(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.isascii", nargs - 1, kw, 0, 0)) return {};
  return Value::boolean(as_str(args[0])->ascii);
}

Value str_isidentifier(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.isidentifier", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  if (s->size == 0) return Value::false_();
  const char* p = s->data();
  const char* end = p + s->size;
  if (!unicode::is_identifier_start(utf8_decode(p))) return Value::false_();
  while (p < end) {
    if (!unicode::is_identifier_continue(utf8_decode(p))) return Value::false_();
  }
  return Value::true_();
}

/// isupper (upper = true) and islower: some cased character, none of the other case or titlecase.
template <bool upper>
Value str_is_case(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, upper ? "str.isupper" : "str.islower", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  const char* p = s->data();
  const char* end = p + s->size;
  bool cased = false;
  while (p < end) {
    uint32_t c = utf8_decode(p);
    bool same = upper ? unicode::is_upper(c) : unicode::is_lower(c);
    bool other = upper ? unicode::is_lower(c) : unicode::is_upper(c);
    if (other || unicode::is_title(c)) return Value::false_();
    cased = cased || same;
  }
  return Value::boolean(cased);
}

Value str_istitle(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.istitle", nargs - 1, kw, 0, 0)) return {};
  Str* s = as_str(args[0]);
  const char* p = s->data();
  const char* end = p + s->size;
  bool cased = false, previous_is_cased = false;
  while (p < end) {
    uint32_t c = utf8_decode(p);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (previous_is_cased) return Value::false_();
      previous_is_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!previous_is_cased) return Value::false_();
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return Value::boolean(cased);
}

} // namespace

void add_str_case_methods(VM& vm, Type* type) {
  add_methods(vm, type,
              {{"upper", str_upper},
               {"lower", str_lower},
               {"casefold", str_casefold},
               {"swapcase", str_swapcase},
               {"title", str_title},
               {"capitalize", str_capitalize},
               {"isalpha", str_isalpha},
               {"isalnum", str_isalnum},
               {"isdecimal", str_isdecimal},
               {"isdigit", str_isdigit},
               {"isnumeric", str_isnumeric},
               {"isspace", str_isspace},
               {"isprintable", str_isprintable},
               {"isascii", str_isascii},
               {"isidentifier", str_isidentifier},
               {"isupper", str_is_case<true>},
               {"islower", str_is_case<false>},
               {"istitle", str_istitle}});
}

} // namespace py
