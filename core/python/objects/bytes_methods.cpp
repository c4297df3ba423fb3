// What bytes and bytearray share: the sequence operators (len, [], in, +, *,
// %), comparison, iteration, and the searching and splitting methods, which
// run the byte-level algorithms of text_ops.hpp. Results have the receiver's
// family (bytes or bytearray), never a subclass.
#include "python/objects/bytes_methods.hpp"

#include <algorithm>
#include <cstring>

#include "python/objects/bytes.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/printf_format.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/slice.hpp"
#include "python/objects/text_args.hpp"
#include "python/objects/text_ops.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

const char* byte_owner_name(VM& vm, Value self) {
  return is_bytearray(vm, self) ? "bytearray" : "bytes";
}

bool check_byte_arity(VM& vm, Value self, const char* name, size_t nargs, Tuple* kwnames,
                      size_t min, size_t max, bool qualified) {
  if ((!kwnames || kwnames->size == 0) && nargs >= min && nargs <= max) return true;
  std::string qualified_name = cat(byte_owner_name(vm, self), ".", name);
  if (!qualified) return clinic_arity(vm, qualified_name, name, nargs, kwnames, min, max);
  return check_arity(vm, qualified_name, nargs, kwnames, min, max);
}

Value byte_slice_result(VM& vm, Value self, size_t begin, size_t end) {
  if (vm.type_of(self) == vm.types.bytes && begin == 0 &&
      end == static_cast<Bytes*>(self.as_object())->size) {
    return newref(self);
  }
  return byte_result(vm, self, byte_data(vm, self).substr(begin, end - begin));
}

namespace {

// ----- operators ---------------------------------------------------------------------

Value bytes_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__len__", nargs - 1, kw, 0, 0)) return {};
  return Value::small_int(int64_t(byte_data(vm, args[0]).size()));
}

Value bytes_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__getitem__", nargs - 1, kw, 1, 1)) return {};
  Value self = args[0], key = args[1];
  bool mutable_ = is_bytearray(vm, self);
  if (vm.type_of(key) == vm.types.slice) {
    int64_t start, stop, step;
    if (!slice_unpack(vm, static_cast<Slice*>(key.as_object()), &start, &stop, &step)) return {};
    std::string_view data = byte_data(vm, self);
    int64_t count = slice_adjust(int64_t(data.size()), &start, &stop, step);
    if (step == 1) return byte_slice_result(vm, self, size_t(start), size_t(stop));
    std::string out(size_t(count), '\0');
    for (int64_t k = 0, j = start; k < count; ++k, j += step) out[size_t(k)] = data[size_t(j)];
    return byte_result(vm, self, out);
  }
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (is_index_like(vm, key)) {
    if (!ssize_arg(vm, key, &i)) return {};
  } else {
    return bad_subscript(vm, mutable_ ? "bytearray" : "byte", key);
  }
  std::string_view data = byte_data(vm, self);
  if (!normalize_index(&i, int64_t(data.size()))) {
    return raise(vm, vm.exc.IndexError,
                 mutable_ ? "bytearray index out of range" : "index out of range");
  }
  return Value::small_int(static_cast<unsigned char>(data[size_t(i)]));
}

/// The needle of find(), count(), index() and `in`: bytes-like, or an int
/// taken as one byte (stored in *byte, which the view then points to).
bool search_operand(VM& vm, Value v, char* byte, std::string_view* out) {
  if (bytes_like_view(vm, v, out)) return true;
  if (!is_index_like(vm, v)) {
    raise(vm, vm.exc.TypeError,
          cat("argument should be integer or bytes-like object, not '", type_name(vm, v), "'"));
    return false;
  }
  uint8_t b;
  if (!byte_value_arg(vm, v, &b)) return false;
  *byte = char(b);
  *out = std::string_view(byte, 1);
  return true;
}

Value bytes_contains(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__contains__", nargs - 1, kw, 1, 1)) return {};
  std::string_view needle;
  char byte;
  if (is_index_like(vm, args[1])) {
    if (!search_operand(vm, args[1], &byte, &needle)) return {};
  } else if (!bytes_arg(vm, args[1], &needle)) {
    return {};
  }
  std::string_view hay = byte_data(vm, args[0]);
  return Value::boolean(text::find(hay, needle, 0, hay.size()) != text::npos);
}

Value bytes_add(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__add__", nargs - 1, kw, 1, 1)) return {};
  std::string_view b;
  if (!bytes_like_view(vm, args[1], &b)) {
    // Like CPython's sq_concat, which runs after the other operand's __radd__ declined.
    if (!lookup_type(vm, vm.type_of(args[1]), vm.names.radd).is_null()) {
      return Value::not_implemented();
    }
    return raise(
        vm, vm.exc.TypeError,
        cat("can't concat ", type_name(vm, args[1]), " to ", byte_owner_name(vm, args[0])));
  }
  std::string_view a = byte_data(vm, args[0]);
  if (is_bytearray(vm, args[0])) {
    std::string joined;
    joined.reserve(a.size() + b.size());
    joined.append(a).append(b);
    return bytearray_new(vm, joined);
  }
  if (b.empty() && vm.type_of(args[0]) == vm.types.bytes) return newref(args[0]);
  Bytes* r = bytes_alloc(vm, a.size() + b.size());
  if (!r) return {};
  if (!a.empty()) std::memcpy(r->mutable_data(), a.data(), a.size());
  if (!b.empty()) std::memcpy(r->mutable_data() + a.size(), b.data(), b.size());
  return Value::object(r);
}

Value bytes_mul(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__mul__", nargs - 1, kw, 1, 1)) return {};
  int64_t n;
  if (!repeat_count(vm, args[1], &n)) return error_pending(vm) ? Value() : Value::not_implemented();
  std::string_view data = byte_data(vm, args[0]);
  if (n <= 0 || data.empty()) return byte_result(vm, args[0], {});
  if (n == 1 && vm.type_of(args[0]) == vm.types.bytes) return newref(args[0]);
  if (!repeat_fits(vm, data.size(), n)) return {};
  std::string out;
  out.reserve(data.size() * size_t(n));
  for (int64_t k = 0; k < n; ++k) out.append(data);
  return byte_result(vm, args[0], out);
}

/// format % args: a bytes, or a bytearray for a bytearray format.
Value bytes_format(VM& vm, Value format, Value values) {
  Ref r = Ref::steal(bytes_printf(vm, byte_data(vm, format), values));
  if (!r || !is_bytearray(vm, format)) return r.release();
  return bytearray_new(vm, static_cast<Bytes*>(r.get().as_object())->view());
}

Value bytes_mod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__mod__", nargs - 1, kw, 1, 1)) return {};
  return bytes_format(vm, args[0], args[1]);
}

Value bytes_rmod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__rmod__", nargs - 1, kw, 1, 1)) return {};
  std::string_view unused;
  if (!bytes_like_view(vm, args[1], &unused)) return Value::not_implemented();
  return bytes_format(vm, args[1], args[0]);
}

// ----- searching ---------------------------------------------------------------------

/// The bytes [begin, end) that find(sub, start, end) looks at; `valid` is
/// false when the clamped end lies before the start.
struct Window {
  bool valid;
  size_t begin, end;
};

/// Resolves the optional start/end (args[first], args[first + 1]).
bool window_args(VM& vm, size_t length, const Value* args, size_t nargs, size_t first, Window* w) {
  int64_t a, b;
  if (!range_args(vm, nargs > first ? args[first] : Value(),
                  nargs > first + 1 ? args[first + 1] : Value(), int64_t(length), &a, &b)) {
    return false;
  }
  w->valid = a <= b;
  w->begin = size_t(a);
  w->end = w->valid ? size_t(b) : size_t(a);
  return true;
}

/// find/rfind/index/rindex share everything but the direction and the miss.
template <bool reverse, bool raises>
Value bytes_find_impl(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name =
      reverse ? (raises ? "rindex" : "rfind") : (raises ? "index" : "find");
  if (!check_tuple_arity(vm, byte_owner_name(vm, args[0]), name, nargs - 1, kw, 1, 3)) return {};
  std::string_view sub;
  char byte;
  if (!search_operand(vm, args[1], &byte, &sub)) return {};
  Window w;
  if (!window_args(vm, byte_data(vm, args[0]).size(), args, nargs, 2, &w)) return {};
  std::string_view data = byte_data(vm, args[0]);
  size_t at = text::npos;
  if (w.valid) {
    at = reverse ? text::rfind(data, sub, w.begin, w.end) : text::find(data, sub, w.begin, w.end);
  }
  if (at == text::npos) {
    if (raises) return raise(vm, vm.exc.ValueError, "subsection not found");
    return Value::small_int(-1);
  }
  return Value::small_int(int64_t(at));
}

Value bytes_count(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_tuple_arity(vm, byte_owner_name(vm, args[0]), "count", nargs - 1, kw, 1, 3)) {
    return {};
  }
  std::string_view sub;
  char byte;
  if (!search_operand(vm, args[1], &byte, &sub)) return {};
  Window w;
  if (!window_args(vm, byte_data(vm, args[0]).size(), args, nargs, 2, &w)) return {};
  if (!w.valid) return Value::small_int(0);
  if (sub.empty()) return Value::small_int(int64_t(w.end - w.begin) + 1);
  return Value::small_int(int64_t(text::count(byte_data(vm, args[0]), sub, w.begin, w.end)));
}

template <bool suffix>
Value bytes_affix(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name = suffix ? "endswith" : "startswith";
  if (!check_tuple_arity(vm, byte_owner_name(vm, args[0]), name, nargs - 1, kw, 1, 3)) return {};
  Window w;
  if (!window_args(vm, byte_data(vm, args[0]).size(), args, nargs, 2, &w)) return {};
  auto matches = [&](std::string_view affix) {
    std::string_view data = byte_data(vm, args[0]);
    if (!w.valid || w.end - w.begin < affix.size()) return false;
    size_t at = suffix ? w.end - affix.size() : w.begin;
    return data.compare(at, affix.size(), affix) == 0;
  };
  std::string_view affix;
  if (bytes_like_view(vm, args[1], &affix)) return Value::boolean(matches(affix));
  if (!is_instance(vm, args[1], vm.types.tuple)) {
    return raise(
        vm, vm.exc.TypeError,
        cat(name, " first arg must be bytes or a tuple of bytes, not ", type_name(vm, args[1])));
  }
  auto* options = static_cast<Tuple*>(args[1].as_object());
  for (size_t i = 0; i < options->size; ++i) {
    if (!bytes_arg(vm, options->item(i), &affix)) return {};
    if (matches(affix)) return Value::true_();
  }
  return Value::false_();
}

template <bool reverse>
Value bytes_partition(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_byte_arity(vm, args[0], reverse ? "rpartition" : "partition", nargs - 1, kw, 1, 1,
                        true)) {
    return {};
  }
  std::string_view sep;
  if (!bytes_arg(vm, args[1], &sep)) return {};
  if (sep.empty()) return raise(vm, vm.exc.ValueError, "empty separator");
  std::string_view data = byte_data(vm, args[0]);
  size_t at =
      reverse ? text::rfind(data, sep, 0, data.size()) : text::find(data, sep, 0, data.size());
  size_t n = data.size();
  Ref parts[3];
  if (at == text::npos) {
    parts[reverse ? 2 : 0] = Ref::steal(byte_slice_result(vm, args[0], 0, n));
    parts[1] = Ref::steal(byte_result(vm, args[0], {}));
    parts[reverse ? 0 : 2] = Ref::steal(byte_result(vm, args[0], {}));
  } else {
    parts[0] = Ref::steal(byte_slice_result(vm, args[0], 0, at));
    parts[1] = Ref::steal(byte_result(vm, args[0], sep));
    parts[2] = Ref::steal(byte_slice_result(vm, args[0], at + sep.size(), n));
  }
  if (!parts[0] || !parts[1] || !parts[2]) return {};
  return tuple_of(vm, {*parts[0], *parts[1], *parts[2]});
}

template <bool suffix>
Value bytes_remove_affix(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_byte_arity(vm, args[0], suffix ? "removesuffix" : "removeprefix", nargs - 1, kw, 1, 1,
                        true)) {
    return {};
  }
  std::string_view affix;
  if (!bytes_arg(vm, args[1], &affix)) return {};
  std::string_view data = byte_data(vm, args[0]);
  size_t n = data.size();
  if (affix.empty() || affix.size() > n) return byte_slice_result(vm, args[0], 0, n);
  if (suffix ? data.substr(n - affix.size()) != affix : data.substr(0, affix.size()) != affix) {
    return byte_slice_result(vm, args[0], 0, n);
  }
  return suffix ? byte_slice_result(vm, args[0], 0, n - affix.size())
                : byte_slice_result(vm, args[0], affix.size(), n);
}

// ----- splitting and joining ---------------------------------------------------------

/// Appends data[begin, end) to a list as the receiver's family.
bool append_piece(VM& vm, List* list, Value self, size_t begin, size_t end) {
  Value piece = byte_slice_result(vm, self, begin, end);
  if (piece.is_null()) return false;
  bool ok = list_append(vm, list, piece);
  decref(piece);
  return ok;
}

template <bool reverse>
Value bytes_split_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig(reverse ? "rsplit(sep=None, maxsplit=-1)"
                                     : "split(sep=None, maxsplit=-1)");
  Value a[2];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !index_int64(vm, a[1], &maxsplit)) return {};
  if (maxsplit < 0) maxsplit = -1;
  std::string_view sep;
  bool by_space = a[0].is_null() || a[0].is_none();
  if (!by_space) {
    if (!bytes_arg(vm, a[0], &sep)) return {};
    if (sep.empty()) return raise(vm, vm.exc.ValueError, "empty separator");
  }
  Ref result = Ref::steal(list_new(vm));
  if (!result) return {};
  auto* list = result.as<List>();
  auto emit = [&](size_t begin, size_t end) { return append_piece(vm, list, args[0], begin, end); };
  // A bytearray separator may be the receiver itself: copy it before pieces are made.
  std::string sep_copy(sep);
  std::string_view data = byte_data(vm, args[0]);
  bool ok;
  if (!by_space) {
    ok = reverse ? text::rsplit(data, sep_copy, maxsplit, emit)
                 : text::split(data, sep_copy, maxsplit, emit);
  } else {
    ok = reverse ? text::rsplit_space(data, maxsplit, false, emit)
                 : text::split_space(data, maxsplit, false, emit);
  }
  if (!ok) return {};
  if (reverse) std::reverse(list->items, list->items + list->size);
  return result.release();
}

Value bytes_splitlines(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("splitlines(keepends=False)");
  Value a[1];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  int64_t keepends = 0;
  if (!a[0].is_null() && !index_int64(vm, a[0], &keepends)) return {};
  Ref result = Ref::steal(list_new(vm));
  if (!result) return {};
  auto* list = result.as<List>();
  auto emit = [&](size_t begin, size_t end) { return append_piece(vm, list, args[0], begin, end); };
  if (!text::split_lines(byte_data(vm, args[0]), keepends != 0, false, emit)) return {};
  return result.release();
}

Value bytes_join(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_byte_arity(vm, args[0], "join", nargs - 1, kw, 1, 1, true)) return {};
  Ref items = Ref::steal(list_from_iterable(vm, args[1]));
  if (!items) return {};
  auto* list = items.as<List>();
  std::string sep(byte_data(vm, args[0]));
  std::string out;
  for (size_t i = 0; i < list->size; ++i) {
    std::string_view piece;
    if (!bytes_like_view(vm, list->items[i], &piece)) {
      return raise(vm, vm.exc.TypeError,
                   cat("sequence item ", i, ": expected a bytes-like object, ",
                       type_name(vm, list->items[i]), " found"));
    }
    if (i) out.append(sep);
    out.append(piece);
  }
  return byte_result(vm, args[0], out);
}

template <text::StripSide side>
Value bytes_strip_impl(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name = side == text::StripSide::both   ? "strip"
                                      : side == text::StripSide::left ? "lstrip"
                                                                      : "rstrip";
  if (!check_byte_arity(vm, args[0], name, nargs - 1, kw, 0, 1, false)) return {};
  std::string_view data = byte_data(vm, args[0]);
  size_t begin, end;
  if (nargs == 1 || args[1].is_none()) {
    text::strip(data, side, false, text::is_ascii_space, &begin, &end);
  } else {
    std::string_view chars;
    if (!bytes_arg(vm, args[1], &chars)) return {};
    bool set[256] = {};
    for (unsigned char c : chars) set[c] = true;
    text::strip(
        data, side, false, [&](uint32_t c) { return set[c]; }, &begin, &end);
  }
  return byte_slice_result(vm, args[0], begin, end);
}

Value bytes_replace(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_byte_arity(vm, args[0], "replace", nargs - 1, kw, 2, 3, false)) return {};
  std::string_view old, rep;
  if (!bytes_arg(vm, args[1], &old) || !bytes_arg(vm, args[2], &rep)) return {};
  int64_t limit = -1;
  if (nargs > 3 && !index_int64(vm, args[3], &limit)) return {};
  std::string old_copy(old), rep_copy(rep);
  std::string_view data = byte_data(vm, args[0]);
  size_t n = text::replace_count(data, old_copy, limit, false);
  if (n == 0) return byte_slice_result(vm, args[0], 0, data.size());
  std::string out(data.size() + n * rep_copy.size() - n * old_copy.size(), '\0');
  text::replace_into(out.data(), data, old_copy, rep_copy, n, false);
  return byte_result(vm, args[0], out);
}

// ----- comparison and iteration ------------------------------------------------------

/// iter(bytes) and iter(bytearray): yields ints, reading a bytearray's live size.
struct BytesIterator : Object {
  /// The bytes or bytearray (owned), null once exhausted.
  Value seq;
  /// Index of the next byte.
  size_t index;
};

void bytes_iterator_dealloc(Object* o) {
  decref(static_cast<BytesIterator*>(o)->seq);
  o->type->vm->free_object(o, object_size(o));
}

Value bytes_iterator_next(VM& vm, Value self) {
  auto* it = static_cast<BytesIterator*>(self.as_object());
  if (it->seq.is_null()) return {};
  std::string_view data = byte_data(vm, it->seq);
  if (it->index < data.size())
    return Value::small_int(static_cast<unsigned char>(data[it->index++]));
  decref(it->seq);
  it->seq = Value();
  return {};
}

Value bytes_iterator_self(VM& vm, Value self) { return newref(self); }

Value bytes_iterator_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kw, 0, 0)) return {};
  auto* it = static_cast<BytesIterator*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  size_t size = byte_data(vm, it->seq).size();
  return Value::small_int(size > it->index ? int64_t(size - it->index) : 0);
}

} // namespace

Value bytes_iter(VM& vm, Value self) {
  auto* it = vm.allocate<BytesIterator>(vm.types.bytes_iterator);
  if (!it) return {};
  it->seq = newref(self);
  it->index = 0;
  return Value::object(it);
}

Value bytes_compare(VM& vm, Value self, Value other, CompareOp op) {
  std::string_view b;
  if (!bytes_like_view(vm, other, &b)) return Value::not_implemented();
  std::string_view a = byte_data(vm, self);
  if (op == CompareOp::eq || op == CompareOp::ne) {
    return Value::boolean((a == b) == (op == CompareOp::eq));
  }
  int c = a.compare(b);
  switch (op) {
  case CompareOp::lt: return Value::boolean(c < 0);
  case CompareOp::le: return Value::boolean(c <= 0);
  case CompareOp::gt: return Value::boolean(c > 0);
  default: return Value::boolean(c >= 0);
  }
}

void init_bytes_iterator_type(VM& vm) {
  Type* t = vm.types.bytes_iterator =
      new_builtin_type(vm, "bytes_iterator", vm.types.object, sizeof(BytesIterator), 0);
  t->dealloc = bytes_iterator_dealloc;
  t->iter = bytes_iterator_self;
  t->next = bytes_iterator_next;
  t->new_ = nullptr;
  add_methods(vm, t, {{"__length_hint__", bytes_iterator_length_hint}});
  finish_builtin_type(vm, t);
}

void add_bytes_common_methods(VM& vm, Type* type) {
  add_methods(vm, type,
              {{"__len__", bytes_len},
               {"__getitem__", bytes_getitem},
               {"__contains__", bytes_contains},
               {"__add__", bytes_add},
               {"__mul__", bytes_mul},
               {"__rmul__", bytes_mul},
               {"__mod__", bytes_mod},
               {"__rmod__", bytes_rmod},
               {"find", bytes_find_impl<false, false>},
               {"rfind", bytes_find_impl<true, false>},
               {"index", bytes_find_impl<false, true>},
               {"rindex", bytes_find_impl<true, true>},
               {"count", bytes_count},
               {"startswith", bytes_affix<false>},
               {"endswith", bytes_affix<true>},
               {"partition", bytes_partition<false>},
               {"rpartition", bytes_partition<true>},
               {"removeprefix", bytes_remove_affix<false>},
               {"removesuffix", bytes_remove_affix<true>},
               {"split", bytes_split_impl<false>},
               {"rsplit", bytes_split_impl<true>},
               {"splitlines", bytes_splitlines},
               {"join", bytes_join},
               {"strip", bytes_strip_impl<text::StripSide::both>},
               {"lstrip", bytes_strip_impl<text::StripSide::left>},
               {"rstrip", bytes_strip_impl<text::StripSide::right>},
               {"replace", bytes_replace}});
}

} // namespace py
