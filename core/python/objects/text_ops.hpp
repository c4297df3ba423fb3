// Byte-level text algorithms shared by str (applied to its UTF-8, which is
// valid because UTF-8 is self-synchronizing: a match of valid UTF-8 in valid
// UTF-8 always starts and ends on character boundaries) and by bytes and
// bytearray. Positions are byte offsets; `utf8` selects whether a
// "character" is a code point (str) or a byte (bytes), which matters for
// whitespace, line breaks, stripped character sets and empty-pattern
// replacement. Splitters report pieces through a callback so that callers
// build their result objects without intermediate containers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "python/objects/str.hpp"
#include "python/objects/unicode_db.hpp"

namespace py::text {

/// "Not found".
constexpr size_t npos = std::string_view::npos;

/// Whitespace as bytes methods see it (CPython's Py_ISSPACE): \t \n \v \f \r and space.
inline bool is_ascii_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// The character at s[i] and its size in bytes (*n).
inline uint32_t char_at(std::string_view s, size_t i, bool utf8, size_t* n) {
  auto c = static_cast<unsigned char>(s[i]);
  if (!utf8 || c < 0x80) {
    *n = 1;
    return c;
  }
  const char* p = s.data() + i;
  uint32_t cp = utf8_decode(p);
  *n = size_t(p - (s.data() + i));
  return cp;
}

/// Offset of the character that ends at offset i (i > 0).
inline size_t char_before(std::string_view s, size_t i, bool utf8) {
  --i;
  if (utf8) {
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return i;
}

/// Whitespace for the mode: Unicode White_Space for str, ASCII for bytes.
inline bool is_space(uint32_t c, bool utf8) {
  return utf8 ? unicode::is_space(c) : is_ascii_space(c);
}

/// Line boundaries for the mode: str.splitlines() knows more than \n and \r.
inline bool is_linebreak(uint32_t c, bool utf8) {
  return utf8 ? unicode::is_linebreak(c) : c == '\n' || c == '\r';
}

/// First occurrence of `needle` inside s[begin, end), or npos.
inline size_t find(std::string_view s, std::string_view needle, size_t begin, size_t end) {
  if (end < begin || end - begin < needle.size()) return npos;
  if (needle.size() == 1) {
    const void* p = std::memchr(s.data() + begin, needle[0], end - begin);
    return p ? size_t(static_cast<const char*>(p) - s.data()) : npos;
  }
  size_t r = s.substr(begin, end - begin).find(needle);
  return r == npos ? npos : begin + r;
}

/// Last occurrence of `needle` inside s[begin, end), or npos.
inline size_t rfind(std::string_view s, std::string_view needle, size_t begin, size_t end) {
  if (end < begin || end - begin < needle.size()) return npos;
  size_t r = s.substr(begin, end - begin).rfind(needle);
  return r == npos ? npos : begin + r;
}

/// Non-overlapping occurrences of a non-empty needle in s[begin, end), at most `limit`.
inline size_t count(std::string_view s, std::string_view needle, size_t begin, size_t end,
                    size_t limit = npos) {
  size_t n = 0;
  while (n < limit) {
    size_t at = find(s, needle, begin, end);
    if (at == npos) break;
    ++n;
    begin = at + needle.size();
  }
  return n;
}

/// Number of characters of s (code points or bytes).
inline size_t char_count(std::string_view s, bool utf8) { return utf8 ? utf8_length(s) : s.size(); }

/// s.split(sep, maxsplit) for a non-empty sep: emit(begin, end) per piece,
/// in order; emit returns false to stop with an error (then so does split).
template <class Emit>
bool split(std::string_view s, std::string_view sep, int64_t maxsplit, Emit&& emit) {
  size_t i = 0;
  for (; maxsplit != 0; --maxsplit) {
    size_t at = find(s, sep, i, s.size());
    if (at == npos) break;
    if (!emit(i, at)) return false;
    i = at + sep.size();
  }
  return emit(i, s.size());
}

/// s.rsplit(sep, maxsplit) for a non-empty sep: pieces emitted last first.
template <class Emit>
bool rsplit(std::string_view s, std::string_view sep, int64_t maxsplit, Emit&& emit) {
  size_t j = s.size();
  for (; maxsplit != 0; --maxsplit) {
    size_t at = rfind(s, sep, 0, j);
    if (at == npos) break;
    if (!emit(at + sep.size(), j)) return false;
    j = at;
  }
  return emit(0, j);
}

/// s.split(None, maxsplit): runs of non-whitespace, in order.
template <class Emit>
bool split_space(std::string_view s, int64_t maxsplit, bool utf8, Emit&& emit) {
  size_t i = 0, n = s.size(), k;
  auto skip_space = [&] {
    while (i < n && is_space(char_at(s, i, utf8, &k), utf8)) i += k;
  };
  for (; maxsplit != 0; --maxsplit) {
    skip_space();
    if (i == n) return true;
    size_t j = i;
    while (i < n && !is_space(char_at(s, i, utf8, &k), utf8)) i += k;
    if (!emit(j, i)) return false;
  }
  skip_space();
  return i == n || emit(i, n);
}

/// s.rsplit(None, maxsplit): runs of non-whitespace, last first.
template <class Emit>
bool rsplit_space(std::string_view s, int64_t maxsplit, bool utf8, Emit&& emit) {
  size_t i = s.size(), k;
  auto space_before = [&](size_t at) {
    size_t b = char_before(s, at, utf8);
    return is_space(char_at(s, b, utf8, &k), utf8);
  };
  auto skip_space = [&] {
    while (i > 0 && space_before(i)) i = char_before(s, i, utf8);
  };
  for (; maxsplit != 0; --maxsplit) {
    skip_space();
    if (i == 0) return true;
    size_t j = i;
    while (i > 0 && !space_before(i)) i = char_before(s, i, utf8);
    if (!emit(i, j)) return false;
  }
  skip_space();
  return i == 0 || emit(0, i);
}

/// s.splitlines(keepends): lines without (or with) their \n, \r, \r\n or
/// other Unicode line boundary; no empty last piece after a final break.
template <class Emit>
bool split_lines(std::string_view s, bool keepends, bool utf8, Emit&& emit) {
  size_t i = 0, n = s.size(), k;
  while (i < n) {
    size_t j = i;
    uint32_t c = 0;
    while (i < n && !is_linebreak(c = char_at(s, i, utf8, &k), utf8)) i += k;
    size_t eol = i;
    if (i < n) {
      i += k;
      if (c == '\r' && i < n && s[i] == '\n') ++i;
      if (keepends) eol = i;
    }
    if (!emit(j, eol)) return false;
  }
  return true;
}

/// Which ends strip() works on.
enum class StripSide { left = 1, right = 2, both = 3 };

/// The [begin, end) that remains after stripping characters for which
/// `strip(c)` is true from the chosen ends.
template <class Pred>
void strip(std::string_view s, StripSide side, bool utf8, Pred&& strip_char, size_t* begin,
           size_t* end) {
  size_t i = 0, j = s.size(), k;
  if (int(side) & int(StripSide::left)) {
    while (i < j && strip_char(char_at(s, i, utf8, &k))) i += k;
  }
  if (int(side) & int(StripSide::right)) {
    while (j > i) {
      size_t b = char_before(s, j, utf8);
      if (!strip_char(char_at(s, b, utf8, &k))) break;
      j = b;
    }
  }
  *begin = i;
  *end = j;
}

/// How many replacements s.replace(old, new, limit) makes (limit < 0: all).
/// An empty `old` matches before every character and at the end.
inline size_t replace_count(std::string_view s, std::string_view old, int64_t limit, bool utf8) {
  size_t max = limit < 0 ? npos : size_t(limit);
  if (old.empty()) {
    size_t n = char_count(s, utf8) + 1;
    return n < max ? n : max;
  }
  return count(s, old, 0, s.size(), max);
}

/// Writes s with its first `n` matches of `old` replaced by `rep` into out,
/// which has room for s.size() + n * (rep.size() - old.size()) bytes.
inline void replace_into(char* out, std::string_view s, std::string_view old, std::string_view rep,
                         size_t n, bool utf8) {
  size_t i = 0;
  auto put = [&](const char* p, size_t size) {
    if (size) std::memcpy(out, p, size);
    out += size;
  };
  for (size_t done = 0; done < n; ++done) {
    if (old.empty()) {
      put(rep.data(), rep.size());
      if (i < s.size()) {
        size_t k = utf8 ? utf8_sequence_size(static_cast<unsigned char>(s[i])) : 1;
        put(s.data() + i, k);
        i += k;
      }
      continue;
    }
    size_t at = find(s, old, i, s.size());
    put(s.data() + i, at - i);
    put(rep.data(), rep.size());
    i = at + old.size();
  }
  put(s.data() + i, s.size() - i);
}

} // namespace py::text
