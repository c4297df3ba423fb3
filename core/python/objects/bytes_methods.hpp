// What bytes and bytearray share: reading either as bytes, making a result
// of the receiver's family, argument conversion, and the read-only methods
// (added to both types). Internal to the bytes implementation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "python/vm/object.hpp"
#include "python/vm/type.hpp"

namespace py {

struct Type;
struct Tuple;

/// The bytes of a bytes or bytearray instance (valid until a bytearray is resized).
std::string_view byte_data(VM& vm, Value self);
/// Whether self is a bytearray (or subclass) rather than bytes.
bool is_bytearray(VM& vm, Value self);
/// "bytes" or "bytearray", the family of self, for messages.
const char* byte_owner_name(VM& vm, Value self);
/// check_arity for a method of self; `qualified` names it "bytes.name" (the
/// methods CPython declares METH_O or METH_NOARGS) in every message, else
/// only keywords are refused under that name and counts use the bare one
/// (clinic_arity's Argument Clinic methods).
bool check_byte_arity(VM& vm, Value self, const char* name, size_t nargs, Tuple* kwnames,
                      size_t min, size_t max, bool qualified);
/// byte_result for self's bytes [begin, end): self itself when that is all
/// of an exact bytes.
Value byte_slice_result(VM& vm, Value self, size_t begin, size_t end);
/// A new bytes, or bytearray when self is one, holding `data` (methods of
/// subclasses return the base type, as in CPython).
Value byte_result(VM& vm, Value self, std::string_view data);
/// A bytes-like argument; false with TypeError "a bytes-like object is
/// required, not 'int'".
bool bytes_arg(VM& vm, Value v, std::string_view* out);
/// An int argument in range(256) through __index__; false with ValueError
/// "byte must be in range(0, 256)" or the conversion's TypeError.
bool byte_value_arg(VM& vm, Value v, uint8_t* out);
/// Whether bytes(v) / bytearray.extend(v) may iterate v (it has __iter__ or __getitem__).
bool is_iterable_for_bytes(VM& vm, Value v);
/// Appends the byte values an iterable of ints yields (ValueError "byte must
/// be in range(0, 256)").
bool bytes_from_iterable(VM& vm, Value source, std::string* out);
/// The bytes of bytes(source, encoding, errors) / bytearray(...): `what` is
/// "bytes" or "bytearray" for the messages. Arguments may be null.
bool bytes_from_source(VM& vm, Value source, Value encoding, Value errors, std::string_view what,
                       std::string* out);

/// Adds the shared sequence operators and read-only methods to bytes or bytearray.
void add_bytes_common_methods(VM& vm, Type* type);
/// Adds the case, predicate, layout, translate, hex and decode methods.
void add_bytes_text_methods(VM& vm, Type* type);
/// Iteration over bytes or bytearray: ints (the iter slot of both types).
Value bytes_iter(VM& vm, Value self);
/// Rich comparison of bytes-like values (the compare slot of both types).
Value bytes_compare(VM& vm, Value self, Value other, CompareOp op);
/// Makes the bytes iterator type (once, for both types).
void init_bytes_iterator_type(VM& vm);
/// Makes the bytearray type (bytearray.cpp; init_bytes_types calls it).
void init_bytearray_type(VM& vm);

} // namespace py
