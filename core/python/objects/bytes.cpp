// bytes and bytearray: allocation, the helpers both types share (reading
// either as bytes, argument conversion, construction from a source) and the
// bytes type itself. The shared methods live in bytes_methods.cpp and
// bytes_text.cpp, the mutable bytearray in bytearray.cpp.
#include "python/objects/bytes.hpp"

#include <cstring>

#include "python/objects/bytes_methods.hpp"
#include "python/objects/codecs.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

Bytes* bytes_alloc_typed(VM& vm, Type* type, size_t size) {
  if (size > vm.options().memory_limit) {
    raise_memory_error(vm);
    return nullptr;
  }
  Bytes* b = vm.allocate<Bytes>(type, align8(size + 1));
  if (!b) return nullptr;
  b->hash = -1;
  b->size = size;
  return b;
}

Bytes* bytes_alloc(VM& vm, size_t size) { return bytes_alloc_typed(vm, vm.types.bytes, size); }

Value bytes_new(VM& vm, std::string_view data) {
  Bytes* b = bytes_alloc(vm, data.size());
  if (!b) return {};
  if (!data.empty()) std::memcpy(b->mutable_data(), data.data(), data.size());
  return Value::object(b);
}

bool bytearray_reserve(VM& vm, ByteArray* b, size_t capacity) {
  if (capacity <= b->capacity) return true;
  if (capacity > vm.options().memory_limit) {
    raise_memory_error(vm);
    return false;
  }
  // Growth over-allocates (like list) so that append is amortized O(1).
  size_t grown = b->capacity == 0 ? capacity : capacity + (capacity >> 3) + 8;
  auto* items = static_cast<uint8_t*>(vm.heap().allocate(grown));
  if (!items) {
    raise_memory_error(vm);
    return false;
  }
  if (b->size) std::memcpy(items, b->items, b->size);
  if (b->items) vm.heap().release(b->items, b->capacity);
  b->items = items;
  b->capacity = grown;
  return true;
}

Value bytearray_new(VM& vm, std::string_view data) {
  auto* b = vm.allocate<ByteArray>(vm.types.bytearray);
  if (!b) return {};
  Ref owner = Ref::steal(b);
  if (!bytearray_reserve(vm, b, data.size())) return {};
  if (!data.empty()) std::memcpy(b->items, data.data(), data.size());
  b->size = data.size();
  return owner.release();
}

bool bytes_like_view(VM& vm, Value v, std::string_view* out) {
  if (!v.is_object() || !v.as_object()->type->has_flag(kBytesSubclass)) return false;
  *out = byte_data(vm, v);
  return true;
}

std::string bytes_repr_text(std::string_view data) {
  bool single = data.find('\'') != std::string_view::npos;
  bool dbl = data.find('"') != std::string_view::npos;
  char quote = single && !dbl ? '"' : '\'';
  std::string out;
  out.reserve(data.size() + 3);
  out += 'b';
  out += quote;
  static const char hex[] = "0123456789abcdef";
  for (unsigned char c : data) {
    if (c == uint8_t(quote) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

std::string_view byte_data(VM& vm, Value self) {
  if (is_bytearray(vm, self)) return bytearray_view(static_cast<ByteArray*>(self.as_object()));
  return static_cast<Bytes*>(self.as_object())->view();
}

bool is_bytearray(VM& vm, Value self) {
  Type* t = self.as_object()->type;
  return t == vm.types.bytearray || (t != vm.types.bytes && is_subtype(t, vm.types.bytearray));
}

Value byte_result(VM& vm, Value self, std::string_view data) {
  return is_bytearray(vm, self) ? bytearray_new(vm, data) : bytes_new(vm, data);
}

bool bytes_arg(VM& vm, Value v, std::string_view* out) {
  if (bytes_like_view(vm, v, out)) return true;
  raise(vm, vm.exc.TypeError, cat("a bytes-like object is required, not '", type_name(vm, v), "'"));
  return false;
}

namespace {

/// An int in range(256) through __index__; `message` is the ValueError's text
/// (bytes() says "bytes must be…", everything else "byte must be…").
bool byte_value(VM& vm, Value v, const char* message, uint8_t* out) {
  int64_t n;
  if (v.is_small_int()) {
    n = v.as_small_int();
  } else {
    Ref i = Ref::steal(index(vm, v));
    if (!i) return false;
    if (!int_to_int64(*i, &n)) n = -1;
  }
  if (n < 0 || n > 255) {
    raise(vm, vm.exc.ValueError, message);
    return false;
  }
  *out = uint8_t(n);
  return true;
}

/// Appends the byte values an iterable of ints yields (lists and tuples read directly).
bool bytes_from_ints(VM& vm, Value source, const char* message, std::string* out) {
  Type* t = vm.type_of(source);
  if (t == vm.types.list || t == vm.types.tuple) {
    bool is_list = t == vm.types.list;
    // Re-read size and items each step: __index__ may resize the list.
    for (size_t i = 0;; ++i) {
      size_t size = is_list ? static_cast<List*>(source.as_object())->size
                            : static_cast<Tuple*>(source.as_object())->size;
      if (i >= size) return true;
      Value item = is_list ? static_cast<List*>(source.as_object())->items[i]
                           : static_cast<Tuple*>(source.as_object())->item(i);
      uint8_t b;
      if (!byte_value(vm, item, message, &b)) return false;
      out->push_back(char(b));
    }
  }
  Ref it = Ref::steal(get_iter(vm, source));
  if (!it) return false;
  for (;;) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) return !error_pending(vm);
    uint8_t b;
    if (!byte_value(vm, *item, message, &b)) return false;
    out->push_back(char(b));
  }
}

} // namespace

bool is_iterable_for_bytes(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t == vm.types.list || t == vm.types.tuple || t->iter != nullptr ||
         !lookup_type(vm, t, vm.names.getitem).is_null();
}

bool bytes_from_iterable(VM& vm, Value source, std::string* out) {
  return bytes_from_ints(vm, source, "byte must be in range(0, 256)", out);
}

bool byte_value_arg(VM& vm, Value v, uint8_t* out) {
  return byte_value(vm, v, "byte must be in range(0, 256)", out);
}

bool bytes_from_source(VM& vm, Value source, Value encoding, Value errors, std::string_view what,
                       std::string* out) {
  bool is_bytes = what == "bytes";
  if (source.is_null()) {
    if (encoding.is_null() && errors.is_null()) return true;
    raise(vm, vm.exc.TypeError,
          encoding.is_null() ? "errors without a string argument"
                             : "encoding without a string argument");
    return false;
  }
  if (!encoding.is_null() || !errors.is_null()) {
    if (!is_str(source)) {
      raise(vm, vm.exc.TypeError,
            encoding.is_null() ? "errors without a string argument"
                               : "encoding without a string argument");
      return false;
    }
    if (encoding.is_null()) {
      raise(vm, vm.exc.TypeError, "string argument without an encoding");
      return false;
    }
    Ref encoded = Ref::steal(str_encode(vm, as_str(source), encoding, errors, what));
    if (!encoded) return false;
    *out = byte_data(vm, *encoded);
    return true;
  }
  if (is_str(source)) {
    raise(vm, vm.exc.TypeError, "string argument without an encoding");
    return false;
  }
  std::string_view data;
  if (bytes_like_view(vm, source, &data)) {
    *out = data;
    return true;
  }
  if (is_index_like(vm, source)) {
    int64_t n;
    if (!repeat_count(vm, source, &n)) return false;
    if (n < 0) {
      raise(vm, vm.exc.ValueError, "negative count");
      return false;
    }
    if (n > int64_t(vm.options().memory_limit)) {
      raise_memory_error(vm);
      return false;
    }
    out->assign(size_t(n), '\0');
    return true;
  }
  if (!is_iterable_for_bytes(vm, source)) {
    raise(vm, vm.exc.TypeError,
          cat("cannot convert '", type_name(vm, source), "' object to ", what));
    return false;
  }
  return bytes_from_ints(
      vm, source, is_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)",
      out);
}

namespace {

Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_object()); }

void bytes_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

size_t bytes_var_size(const Object* o) { return static_cast<const Bytes*>(o)->size + 1; }

/// repr(b), also str(b) (CPython warns about that only under -b).
Value bytes_repr(VM& vm, Value self) {
  return str_new(vm, bytes_repr_text(as_bytes(self)->view()));
}

/// The hash of the bytes: the same function as str's, so b'a' and 'a' hash alike.
int64_t bytes_hash(VM& vm, Value self) {
  Bytes* b = as_bytes(self);
  if (b->hash == -1) b->hash = bytes_hash_text(b->view());
  return b->hash;
}

/// The result of __bytes__, checked to be bytes.
Value call_dunder_bytes(VM& vm, Value source, Value method) {
  Ref hold = Ref::borrow(method);
  Ref r = Ref::steal(call(vm, method, {source}));
  if (!r) return {};
  if (!is_instance(vm, *r, vm.types.bytes)) {
    return raise(vm, vm.exc.TypeError,
                 cat("__bytes__ returned non-bytes (type ", type_name(vm, *r), ")"));
  }
  return r.release();
}

/// bytes(source=b'', encoding=None, errors=None), for bytes and its subclasses.
Value bytes_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("bytes(source=b'', encoding='utf-8', errors='strict')");
  Value a[3];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return {};
  Ref made;
  std::string_view data;
  std::string buffer;
  if (!a[0].is_null() && a[1].is_null() && a[2].is_null()) {
    if (vm.type_of(a[0]) == vm.types.bytes && type == vm.types.bytes) return newref(a[0]);
    Value method = lookup_type(vm, vm.type_of(a[0]), vm.names.bytes_);
    if (!method.is_null()) {
      made = Ref::steal(call_dunder_bytes(vm, a[0], method));
      if (!made) return {};
      if (type == vm.types.bytes) return made.release();
      data = as_bytes(*made)->view();
    }
  }
  if (!made) {
    if (!bytes_from_source(vm, a[0], a[1], a[2], "bytes", &buffer)) return {};
    data = buffer;
  }
  Bytes* b = bytes_alloc_typed(vm, type, data.size());
  if (!b) return {};
  if (!data.empty()) std::memcpy(b->mutable_data(), data.data(), data.size());
  return Value::object(b);
}

Value bytes_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__getnewargs__", nargs - 1, kw, 0, 0)) return {};
  Ref copy = Ref::steal(bytes_new(vm, as_bytes(args[0])->view()));
  if (!copy) return {};
  return tuple_of(vm, {*copy});
}

Value bytes_bytes(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__bytes__", nargs - 1, kw, 0, 0)) return {};
  if (vm.type_of(args[0]) == vm.types.bytes) return newref(args[0]);
  return bytes_new(vm, as_bytes(args[0])->view());
}

} // namespace

void init_bytes_types(VM& vm) {
  Type* t = vm.types.bytes =
      new_builtin_type(vm, "bytes", vm.types.object, sizeof(Bytes), kBaseType | kBytesSubclass);
  t->dealloc = bytes_dealloc;
  t->var_size = bytes_var_size;
  t->repr = bytes_repr;
  t->str = bytes_repr;
  t->hash = bytes_hash;
  t->compare = bytes_compare;
  t->iter = bytes_iter;
  t->new_ = bytes_new_slot;
  add_methods(vm, t, {{"__getnewargs__", bytes_getnewargs}, {"__bytes__", bytes_bytes}});
  add_bytes_common_methods(vm, t);
  add_bytes_text_methods(vm, t);
  finish_builtin_type(vm, t);
  init_bytearray_type(vm);
  init_bytes_iterator_type(vm);
}

} // namespace py
