// str: creation, interning, UTF-8 helpers, slicing, joining, hashing and
// repr. The str type itself is made in str_type.cpp; its methods live in the
// str_*.cpp files by concern.
#include "python/objects/str.hpp"

#include <cstring>

#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/tuple.hpp"
#include "python/objects/unicode_db.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

size_t utf8_length(std::string_view text, bool* ascii) {
  // Most text is ASCII: skip it eight bytes at a time, then count the rest
  // (continuation bytes are not code points).
  constexpr uint64_t kHighBits = 0x8080808080808080u;
  size_t i = 0;
  for (uint64_t word; i + 8 <= text.size(); i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    if (word & kHighBits) break;
  }
  size_t n = i;
  bool all_ascii = true;
  for (unsigned char c : text.substr(i)) {
    if ((c & 0xC0) != 0x80) ++n;
    if (c >= 0x80) all_ascii = false;
  }
  if (ascii) *ascii = all_ascii;
  return n;
}

/// The most bytes a str holds (its sizes are 32-bit). CPython's limit is
/// PY_SSIZE_T_MAX; the heap's own limit is lower still.
constexpr size_t kMaxStrBytes = 0xFFFFFFF0u;

Str* str_alloc(VM& vm, size_t size, size_t length, bool ascii) {
  return str_alloc_typed(vm, vm.types.str, size, length, ascii);
}

Str* str_alloc_typed(VM& vm, Type* type, size_t size, size_t length, bool ascii) {
  if (size > kMaxStrBytes) {
    raise_memory_error(vm);
    return nullptr;
  }
  Str* s = vm.allocate<Str>(type, align8(size + 1), /*zero_extra=*/false);
  if (!s) return nullptr;
  s->hash = -1;
  s->length = uint32_t(length);
  s->size = uint32_t(size);
  s->ascii = ascii;
  s->interned = false;
  s->mutable_data()[size] = '\0';
  return s;
}

Value str_new(VM& vm, std::string_view text) {
  if (text.empty() && vm.empty_str) return newref(Value::object(vm.empty_str));
  bool ascii;
  size_t length = utf8_length(text, &ascii);
  Str* s = str_alloc(vm, text.size(), length, ascii);
  if (!s) return {};
  std::memcpy(s->mutable_data(), text.data(), text.size());
  return Value::object(s);
}

Str* str_append_in_place(VM& vm, Str* s, const Str* t) {
  size_t size = size_t(s->size) + t->size;
  if (size > kMaxStrBytes) {
    raise_memory_error(vm);
    return nullptr;
  }
  size_t bytes = s->type->basic_size + align8(size + 1);
  auto* r = static_cast<Str*>(vm.heap().reallocate(s, object_size(s), bytes));
  if (!r) {
    raise_memory_error(vm);
    return nullptr;
  }
  std::memcpy(r->mutable_data() + r->size, t->data(), t->size);
  r->mutable_data()[size] = '\0';
  r->size = uint32_t(size);
  r->length += t->length;
  r->ascii = r->ascii && t->ascii;
  r->hash = -1;
  return r;
}

Str* str_intern(VM& vm, std::string_view text) {
  auto found = vm.interned.find(text);
  if (found != vm.interned.end()) return found->second;
  bool ascii;
  size_t length = utf8_length(text, &ascii);
  Str* s = str_alloc(vm, text.size(), length, ascii);
  if (!s) return nullptr;
  std::memcpy(s->mutable_data(), text.data(), text.size());
  s->interned = true;
  s->flags |= kImmortal;
  vm.interned.emplace(s->view(), s);
  return s;
}

Value str_intern_value(VM& vm, Value v) {
  Str* s = static_cast<Str*>(v.as_object());
  if (s->interned) return newref(v);
  Str* canonical = str_intern(vm, s->view());
  if (!canonical) return {};
  return newref(Value::object(canonical));
}

uint32_t utf8_decode(const char*& p) {
  auto c = static_cast<unsigned char>(*p++);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> extra);
  for (int i = 0; i < extra; ++i) cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

size_t str_byte_offset(const Str* s, size_t index) {
  if (s->ascii) return index;
  const char* p = s->data();
  const char* end = p + s->size;
  size_t seen = 0;
  while (p < end && seen < index) {
    ++p;
    while (p < end && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) ++p;
    ++seen;
  }
  return size_t(p - s->data());
}

uint32_t str_code_point(const Str* s, size_t index) {
  if (s->ascii) return static_cast<unsigned char>(s->data()[index]);
  const char* p = s->data() + str_byte_offset(s, index);
  return utf8_decode(p);
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->size) == 0;
}

int64_t bytes_hash_text(std::string_view text) {
  // FNV-1a: CPython's str hash is randomized per process, so programs cannot
  // depend on its values; any good hash gives valid Python behaviour. The
  // empty text is the exception: CPython hashes it to 0 every time.
  if (text.empty()) return 0;
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  auto result = int64_t(h >> 1);
  return result == -1 ? -2 : result;
}

int64_t str_hash(Str* s) {
  if (s->hash == -1) s->hash = bytes_hash_text(s->view());
  return s->hash;
}

Value str_new_known(VM& vm, std::string_view text, size_t length, bool ascii) {
  if (text.empty()) return newref(Value::object(vm.empty_str));
  Str* s = str_alloc(vm, text.size(), length, ascii);
  if (!s) return {};
  std::memcpy(s->mutable_data(), text.data(), text.size());
  return Value::object(s);
}

Value str_from_code_point(VM& vm, uint32_t cp) {
  if (cp < 0x80) {
    char c = char(cp);
    return str_new_known(vm, std::string_view(&c, 1), 1, true);
  }
  std::string text;
  utf8_append(text, cp);
  return str_new_known(vm, text, 1, false);
}

Value str_exact(VM& vm, Str* s) {
  if (s->type == vm.types.str) return newref(Value::object(s));
  return str_new_known(vm, s->view(), s->length, s->ascii);
}

Value str_substr(VM& vm, Str* s, size_t begin, size_t end) {
  if (begin == 0 && end == s->size) return str_exact(vm, s);
  std::string_view text = s->view().substr(begin, end - begin);
  if (s->ascii) return str_new_known(vm, text, text.size(), true);
  bool ascii;
  size_t length = utf8_length(text, &ascii);
  return str_new_known(vm, text, length, ascii);
}

size_t str_index_at(const Str* s, size_t offset) {
  return s->ascii ? offset : utf8_length(s->view().substr(0, offset));
}

Value str_slice(VM& vm, Str* s, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return newref(Value::object(vm.empty_str));
  if (step == 1) {
    size_t begin = str_byte_offset(s, size_t(start));
    size_t end = begin;
    if (s->ascii) {
      end += size_t(count);
    } else {
      for (int64_t i = 0; i < count; ++i)
        end += utf8_sequence_size(static_cast<unsigned char>(s->data()[end]));
    }
    return str_substr(vm, s, begin, end);
  }
  const char* data = s->data();
  if (s->ascii) {
    Str* r = str_alloc(vm, size_t(count), size_t(count), true);
    if (!r) return {};
    char* out = r->mutable_data();
    for (int64_t i = 0; i < count; ++i) out[i] = data[start + i * step];
    return Value::object(r);
  }
  // Walk the UTF-8: forward over `step` code points, or backward over lead bytes.
  std::string out;
  const char* end = data + s->size;
  const char* p = data + str_byte_offset(s, size_t(start));
  bool ascii = true;
  for (int64_t i = 0; i < count; ++i) {
    size_t n = utf8_sequence_size(static_cast<unsigned char>(*p));
    if (n > 1) ascii = false;
    out.append(p, n);
    if (i + 1 == count) break;
    if (step > 0) {
      for (int64_t k = 0; k < step && p < end; ++k)
        p += utf8_sequence_size(static_cast<unsigned char>(*p));
    } else {
      for (int64_t k = 0; k < -step; ++k) {
        --p;
        while ((static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
      }
    }
  }
  return str_new_known(vm, out, size_t(count), ascii);
}

int str_compare_text(std::string_view a, std::string_view b) {
  size_t n = a.size() < b.size() ? a.size() : b.size();
  int c = n ? std::memcmp(a.data(), b.data(), n) : 0;
  if (c != 0) return c;
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

Value str_join(VM& vm, Str* sep, Value iterable) {
  Type* t = vm.type_of(iterable);
  Ref holder;
  const Value* items;
  size_t n;
  if (t == vm.types.list || t == vm.types.tuple) {
    holder = Ref::borrow(iterable);
  } else {
    Ref it = Ref::steal(get_iter(vm, iterable));
    if (!it) {
      if (pending_matches(vm, vm.exc.TypeError)) {
        clear_exception(vm);
        raise(vm, vm.exc.TypeError, "can only join an iterable");
      }
      return {};
    }
    holder = Ref::steal(list_from_iterable(vm, *it));
    if (!holder) return {};
  }
  if (vm.type_of(*holder) == vm.types.tuple) {
    items = holder.as<Tuple>()->items();
    n = holder.as<Tuple>()->size;
  } else {
    items = holder.as<List>()->items;
    n = holder.as<List>()->size;
  }
  if (n == 0) return newref(Value::object(vm.empty_str));
  if (n == 1 && vm.type_of(items[0]) == vm.types.str) return newref(items[0]);
  size_t size = sep->size * (n - 1), length = sep->length * (n - 1);
  bool ascii = sep->ascii;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      return raise(
          vm, vm.exc.TypeError,
          cat("sequence item ", i, ": expected str instance, ", type_name(vm, items[i]), " found"));
    }
    Str* item = as_str(items[i]);
    size += item->size;
    length += item->length;
    ascii = ascii && item->ascii;
  }
  Str* r = str_alloc(vm, size, length, ascii);
  if (!r) return {};
  char* out = r->mutable_data();
  for (size_t i = 0; i < n; ++i) {
    if (i && sep->size) {
      std::memcpy(out, sep->data(), sep->size);
      out += sep->size;
    }
    Str* item = as_str(items[i]);
    std::memcpy(out, item->data(), item->size);
    out += item->size;
  }
  return Value::object(r);
}

bool unicode_is_printable(uint32_t cp) { return unicode::is_printable(cp); }

std::string str_repr_text(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back(quote);
  static const char hex[] = "0123456789abcdef";
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    const char* start = p;
    uint32_t cp = utf8_decode(p);
    if (cp == uint32_t(quote) || cp == '\\') {
      out.push_back('\\');
      out.push_back(char(cp));
    } else if (cp == '\t') {
      out.append("\\t");
    } else if (cp == '\n') {
      out.append("\\n");
    } else if (cp == '\r') {
      out.append("\\r");
    } else if (cp < 0x20 || cp == 0x7F) {
      out.append("\\x");
      out.push_back(hex[cp >> 4]);
      out.push_back(hex[cp & 15]);
    } else if (cp < 0x7F) {
      out.push_back(char(cp));
    } else if (unicode::is_printable(cp)) {
      out.append(start, size_t(p - start));
    } else if (cp <= 0xFF) {
      out.append("\\x");
      out.push_back(hex[cp >> 4]);
      out.push_back(hex[cp & 15]);
    } else if (cp <= 0xFFFF) {
      out.append("\\u");
      for (int shift = 12; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 15]);
    } else {
      out.append("\\U");
      for (int shift = 28; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 15]);
    }
  }
  out.push_back(quote);
  return out;
}

} // namespace py
