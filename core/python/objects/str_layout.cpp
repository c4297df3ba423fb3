// str's layout and mapping methods: center, ljust, rjust, zfill,
// expandtabs, translate and the static maketrans.
#include <algorithm>
#include <cstring>
#include <string>

#include "python/objects/dict.hpp"
#include "python/objects/int.hpp"
#include "python/objects/str.hpp"
#include "python/objects/str_methods.hpp"
#include "python/objects/text_args.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// s with `left` and `right` copies of the character `fill` (UTF-8) around it.
Value pad(VM& vm, Str* s, size_t left, size_t right, std::string_view fill) {
  size_t n = left + right;
  bool fill_ascii = fill.size() == 1;
  Str* r = str_alloc(vm, s->size + n * fill.size(), s->length + n, s->ascii && fill_ascii);
  if (!r) return {};
  char* out = r->mutable_data();
  auto put_fill = [&](size_t count) {
    if (fill_ascii) {
      std::memset(out, fill[0], count);
      out += count;
      return;
    }
    for (size_t i = 0; i < count; ++i, out += fill.size())
      std::memcpy(out, fill.data(), fill.size());
  };
  put_fill(left);
  std::memcpy(out, s->data(), s->size);
  out += s->size;
  put_fill(right);
  return Value::object(r);
}

enum class Justify { left, right, center };

template <Justify how>
Value str_justify(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr std::string_view qualified = how == Justify::left    ? "str.ljust"
                                                : how == Justify::right ? "str.rjust"
                                                                        : "str.center";
  static constexpr std::string_view name = qualified.substr(4);
  if (!clinic_arity(vm, qualified, name, nargs - 1, kw, 1, 2)) return {};
  Str* s = as_str(args[0]);
  int64_t width;
  if (!ssize_arg(vm, args[1], &width)) return {};
  std::string_view fill = " ";
  if (nargs > 2) {
    if (!is_str(args[2])) {
      return raise(
          vm, vm.exc.TypeError,
          cat("The fill character must be a unicode character, not ", type_name(vm, args[2])));
    }
    if (as_str(args[2])->length != 1) {
      return raise(vm, vm.exc.TypeError, "The fill character must be exactly one character long");
    }
    fill = as_str(args[2])->view();
  }
  if (width <= int64_t(s->length)) return str_exact(vm, s);
  size_t margin = size_t(width) - s->length;
  switch (how) {
  case Justify::left: return pad(vm, s, 0, margin, fill);
  case Justify::right: return pad(vm, s, margin, 0, fill);
  default: {
    // CPython's split of an odd margin: the extra column goes left when width is odd.
    size_t left = margin / 2 + (margin & size_t(width) & 1);
    return pad(vm, s, left, margin - left, fill);
  }
  }
}

Value str_zfill(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.zfill", nargs - 1, kw, 1, 1)) return {};
  Str* s = as_str(args[0]);
  int64_t width;
  if (!ssize_arg(vm, args[1], &width)) return {};
  if (width <= int64_t(s->length)) return str_exact(vm, s);
  size_t fill = size_t(width) - s->length;
  Value r = pad(vm, s, fill, 0, "0");
  if (r.is_null()) return {};
  char* data = as_str(r)->mutable_data();
  if (data[fill] == '+' || data[fill] == '-') {
    data[0] = data[fill];
    data[fill] = '0';
  }
  return r;
}

Value str_expandtabs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("expandtabs(tabsize=8)");
  Value a[1];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  int64_t tabsize = 8;
  if (!a[0].is_null() && !index_int64(vm, a[0], &tabsize)) return {};
  Str* s = as_str(args[0]);
  if (std::memchr(s->data(), '\t', s->size) == nullptr) return str_exact(vm, s);
  std::string out;
  size_t length = 0;
  int64_t column = 0;
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) {
    size_t n = utf8_sequence_size(static_cast<unsigned char>(*p));
    if (*p == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(size_t(spaces), ' ');
        column += spaces;
        length += size_t(spaces);
      }
    } else {
      out.append(p, n);
      ++length;
      column = *p == '\n' || *p == '\r' ? 0 : column + 1;
    }
    p += n;
  }
  return str_new_known(vm, out, length, s->ascii);
}

// ----- translate and maketrans -----------------------------------------------------

/// What the table says about one character: keep it, drop it, or replace it with text.
enum class Mapping { keep, drop, text };

/// Looks up code point c in a translate table: table[c] (LookupError means
/// "keep"). On Mapping::text the replacement's UTF-8 is appended to *out.
bool translate_one(VM& vm, Value table, uint32_t c, Mapping* result, std::string* out) {
  Ref r = Ref::steal(get_item(vm, table, Value::small_int(c)));
  if (!r) {
    if (!pending_matches(vm, vm.exc.LookupError)) return false;
    clear_exception(vm);
    *result = Mapping::keep;
    return true;
  }
  Value v = *r;
  if (v.is_none()) {
    *result = Mapping::drop;
    return true;
  }
  if (is_int(vm, v)) {
    int64_t cp;
    if (!int_to_int64(v, &cp) || cp < 0 || cp > 0x10FFFF) {
      raise(vm, vm.exc.ValueError, "character mapping must be in range(0x110000)");
      return false;
    }
    utf8_append(*out, uint32_t(cp));
  } else if (is_str(v)) {
    out->append(as_str(v)->view());
  } else {
    raise(vm, vm.exc.TypeError, "character mapping must return integer, None or str");
    return false;
  }
  *result = Mapping::text;
  return true;
}

Value str_translate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.translate", nargs - 1, kw, 1, 1)) return {};
  Str* s = as_str(args[0]);
  Value table = args[1];
  // ASCII characters repeat: their lookups are cached (offset -1: not looked
  // up yet, -2: dropped, else where the replacement starts in `cached`).
  int cache_offset[128];
  uint32_t cache_size[128];
  std::fill(cache_offset, cache_offset + 128, -1);
  std::string cached;
  std::string out;
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) {
    const char* start = p;
    uint32_t c = utf8_decode(p);
    if (c < 128 && cache_offset[c] != -1) {
      if (cache_offset[c] >= 0) out.append(cached, size_t(cache_offset[c]), cache_size[c]);
      continue;
    }
    Mapping m;
    size_t before = out.size();
    if (!translate_one(vm, table, c, &m, &out)) return {};
    if (m == Mapping::keep) out.append(start, size_t(p - start));
    if (c < 128) {
      cache_offset[c] = m == Mapping::drop ? -2 : int(cached.size());
      cache_size[c] = uint32_t(out.size() - before);
      cached.append(out, before, out.size() - before);
    }
  }
  return str_new(vm, out);
}

/// str.maketrans(x[, y[, z]]).
Value str_maketrans(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "maketrans", nargs, kw, 1, 3)) return {};
  for (size_t i = 1; i < nargs; ++i) {
    if (!is_str(args[i])) {
      return raise(
          vm, vm.exc.TypeError,
          cat("maketrans() argument ", i + 1, " must be str, not ", type_name(vm, args[i])));
    }
  }
  Ref result = Ref::steal(dict_new(vm));
  if (!result) return {};
  auto* d = result.as<Dict>();
  if (nargs == 1) {
    if (!is_instance(vm, args[0], vm.types.dict)) {
      return raise(vm, vm.exc.TypeError,
                   "if you give only one argument to maketrans it must be a dict");
    }
    size_t pos = 0;
    DictEntry* e;
    while (dict_next(static_cast<Dict*>(args[0].as_object()), &pos, &e)) {
      Value key = e->key;
      if (is_str(key)) {
        if (as_str(key)->length != 1) {
          return raise(vm, vm.exc.ValueError, "string keys in translate table must be of length 1");
        }
        key = Value::small_int(str_code_point(as_str(key), 0));
      } else if (!is_int(vm, key)) {
        return raise(vm, vm.exc.TypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(vm, d, key, e->value)) return {};
    }
    return result.release();
  }
  if (!is_str(args[0])) {
    return raise(vm, vm.exc.TypeError,
                 "first maketrans argument must be a string if there is a second argument");
  }
  Str* from = as_str(args[0]);
  Str* to = as_str(args[1]);
  if (from->length != to->length) {
    return raise(vm, vm.exc.ValueError, "the first two maketrans arguments must have equal length");
  }
  const char* p = from->data();
  const char* q = to->data();
  for (uint32_t i = 0; i < from->length; ++i) {
    Value key = Value::small_int(utf8_decode(p));
    if (!dict_set(vm, d, key, Value::small_int(utf8_decode(q)))) return {};
  }
  if (nargs == 3) {
    Str* drop = as_str(args[2]);
    const char* r = drop->data();
    for (uint32_t i = 0; i < drop->length; ++i) {
      if (!dict_set(vm, d, Value::small_int(utf8_decode(r)), Value::none())) return {};
    }
  }
  return result.release();
}

} // namespace

void add_str_layout_methods(VM& vm, Type* type) {
  add_methods(vm, type,
              {{"ljust", str_justify<Justify::left>},
               {"rjust", str_justify<Justify::right>},
               {"center", str_justify<Justify::center>},
               {"zfill", str_zfill},
               {"expandtabs", str_expandtabs},
               {"translate", str_translate},
               {"maketrans", str_maketrans, NativeKind::static_method}});
}

} // namespace py
