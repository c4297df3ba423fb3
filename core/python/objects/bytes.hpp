// bytes and bytearray: byte strings (immutable inline storage / growable array).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "python/vm/object.hpp"

namespace py {

/// A bytes object; its bytes follow the header inline (NUL-terminated).
struct Bytes : Object {
  /// Cached hash, -1 until computed.
  int64_t hash;
  /// Number of bytes.
  size_t size;
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  uint8_t* mutable_data() { return reinterpret_cast<uint8_t*>(this + 1); }
  std::string_view view() const { return {reinterpret_cast<const char*>(this + 1), size}; }
};

/// A bytearray object; its bytes live in a heap array it owns.
struct ByteArray : Object {
  /// The heap array (null while capacity is 0), its used and allocated bytes.
  uint8_t* items;
  size_t size;
  size_t capacity;
};

/// A new bytes object holding a copy of `data`.
Value bytes_new(VM& vm, std::string_view data);
/// A bytes object of `size` uninitialized bytes the caller fills in.
Bytes* bytes_alloc(VM& vm, size_t size);
/// The same for a bytes subclass (`type` is bytes or derives from it).
Bytes* bytes_alloc_typed(VM& vm, Type* type, size_t size);
/// A new bytearray holding a copy of `data`.
Value bytearray_new(VM& vm, std::string_view data);
/// Makes room for `capacity` bytes in a bytearray. False on MemoryError.
bool bytearray_reserve(VM& vm, ByteArray* b, size_t capacity);
/// The bytes of a bytes-like object (bytes, bytearray and their subclasses);
/// false, with no exception, for anything else.
bool bytes_like_view(VM& vm, Value v, std::string_view* out);
/// The bytes of a bytearray as a view (valid until it is resized).
inline std::string_view bytearray_view(const ByteArray* b) {
  return {reinterpret_cast<const char*>(b->items), b->size};
}
/// repr() text of bytes data as a b'...' literal (CPython's quote choice and escapes).
std::string bytes_repr_text(std::string_view data);

} // namespace py
