// str: immutable text stored as UTF-8, with code-point semantics for len,
// indexing and slicing. ASCII strings (the common case) index in O(1); other
// strings walk the bytes, which is fine for the sizes learners use.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "python/vm/object.hpp"
#include "python/vm/type.hpp"

namespace py {

/// A str object. The bytes follow the header inline and end with a NUL.
struct Str : Object {
  /// Cached hash, -1 until computed.
  int64_t hash;
  /// Length in code points.
  uint32_t length;
  /// Length in bytes (UTF-8).
  uint32_t size;
  /// True when every byte is ASCII (then code point i is byte i).
  bool ascii;
  /// True when this is the VM's canonical copy of its text (compare by pointer).
  bool interned;

  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* mutable_data() { return reinterpret_cast<char*>(this + 1); }
  std::string_view view() const { return {data(), size}; }
};

/// A new str holding `text` (which must be valid UTF-8).
Value str_new(VM& vm, std::string_view text);
/// s + t made by growing s itself, for `s += t` when nothing but the caller
/// holds s (exact, not interned): the block grows in place when the heap can,
/// so building a string in a loop stays linear, as CPython's
/// unicode_concatenate makes it. The (maybe moved) s, or null with
/// MemoryError and s untouched.
Str* str_append_in_place(VM& vm, Str* s, const Str* t);
/// The canonical (interned) str for `text`: equal texts give the same object.
/// Returns a borrowed reference owned by the VM's intern table.
Str* str_intern(VM& vm, std::string_view text);
/// Interns an existing str (returns a new reference to the canonical copy).
Value str_intern_value(VM& vm, Value s);
/// A str made of `length` code points whose UTF-8 the caller writes into the
/// returned object's mutable_data() (size bytes) before anyone else sees it.
Str* str_alloc(VM& vm, size_t size, size_t length, bool ascii);
/// Counts the code points of UTF-8 text and tells whether it is pure ASCII.
size_t utf8_length(std::string_view text, bool* ascii = nullptr);
/// Byte offset of code point `index` in s.
size_t str_byte_offset(const Str* s, size_t index);
/// The code point at `index` (0 <= index < length).
uint32_t str_code_point(const Str* s, size_t index);
/// Appends the UTF-8 encoding of a code point.
void utf8_append(std::string& out, uint32_t code_point);
/// Decodes the code point at `p` (valid UTF-8) and advances p.
uint32_t utf8_decode(const char*& p);
/// Equality of two strs (by pointer first).
bool str_equal(const Str* a, const Str* b);
/// The hash of a str (cached).
int64_t str_hash(Str* s);
/// Python's repr() of text: quotes chosen as CPython does, escapes for
/// non-printable characters; printable non-ASCII text is kept.
std::string str_repr_text(std::string_view text);
/// Whether a code point is printable in the sense of str.isprintable().
bool unicode_is_printable(uint32_t cp);

/// The Str of a str or str-subclass value (the caller checked the type).
inline Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }
/// Whether v is a str or an instance of a str subclass (the fast flag check).
inline bool is_str(Value v) { return v.is_object() && v.as_object()->type->has_flag(kStrSubclass); }
/// Bytes of the UTF-8 sequence that starts with lead byte `c` (1 for ASCII
/// and for stray continuation bytes).
inline size_t utf8_sequence_size(unsigned char c) {
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}
/// A str of type `type` (str or a subclass) whose UTF-8 the caller writes,
/// as str_alloc does for exact strs.
Str* str_alloc_typed(VM& vm, Type* type, size_t size, size_t length, bool ascii);
/// A new str of known code-point length and ASCII-ness (skips the scan str_new does).
Value str_new_known(VM& vm, std::string_view text, size_t length, bool ascii);
/// The one-character str of a code point.
Value str_from_code_point(VM& vm, uint32_t cp);
/// The text of s as an exact str: s itself for an exact str, else a copy
/// (what str() returns for instances of str subclasses).
Value str_exact(VM& vm, Str* s);
/// The str of s's bytes [begin, end) (code-point boundaries); s itself when
/// that is all of an exact str.
Value str_substr(VM& vm, Str* s, size_t begin, size_t end);
/// Number of code points in the first `offset` bytes of s.
size_t str_index_at(const Str* s, size_t offset);
/// s[start:stop:step] for indices already resolved by slice_indices
/// (`count` code points).
Value str_slice(VM& vm, Str* s, int64_t start, int64_t step, int64_t count);
/// sep.join(iterable), with CPython's errors for items that are not str.
Value str_join(VM& vm, Str* sep, Value iterable);
/// Compares two texts in code-point order (UTF-8 byte order is code-point
/// order): negative, zero or positive.
int str_compare_text(std::string_view a, std::string_view b);
/// The hash of str text or bytes (the same function for both types).
int64_t bytes_hash_text(std::string_view text);

} // namespace py
