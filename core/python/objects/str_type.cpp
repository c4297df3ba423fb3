// The str type: its slots (repr, str, hash, comparison, iteration,
// construction, the variable size of subclass instances), the sequence
// operators (+ * % [] len in) and the str iterator. The named methods live
// in the str_*.cpp files listed in str_methods.hpp.
#include <cstring>

#include "python/objects/bytes.hpp"
#include "python/objects/codecs.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/iterators.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/printf_format.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/slice.hpp"
#include "python/objects/str.hpp"
#include "python/objects/str_methods.hpp"
#include "python/objects/text_ops.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

// ----- slots -------------------------------------------------------------------------

void str_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

size_t str_var_size(const Object* o) { return static_cast<const Str*>(o)->size + 1; }

Value str_repr(VM& vm, Value self) { return str_new(vm, str_repr_text(as_str(self)->view())); }

Value str_str(VM& vm, Value self) { return str_exact(vm, as_str(self)); }

int64_t str_hash_slot(VM& vm, Value self) { return str_hash(as_str(self)); }

Value str_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_str(other)) return Value::not_implemented();
  Str* a = as_str(self);
  Str* b = as_str(other);
  if (op == CompareOp::eq) return Value::boolean(str_equal(a, b));
  if (op == CompareOp::ne) return Value::boolean(!str_equal(a, b));
  int c = str_compare_text(a->view(), b->view());
  switch (op) {
  case CompareOp::lt: return Value::boolean(c < 0);
  case CompareOp::le: return Value::boolean(c <= 0);
  case CompareOp::gt: return Value::boolean(c > 0);
  default: return Value::boolean(c >= 0);
  }
}

Value str_iter(VM& vm, Value self) { return str_iterator_new(vm, self); }

/// str(object='') and str(object=b'', encoding='utf-8', errors='strict').
Value str_construct(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 1 && !kwnames) return str(vm, args[0]);
  static const Signature sig("str(object=, encoding=, errors=)");
  Value a[3];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return {};
  if (a[0].is_null() && a[1].is_null() && a[2].is_null()) {
    return newref(Value::object(vm.empty_str));
  }
  if (a[1].is_null() && a[2].is_null()) return str(vm, a[0]);
  if (a[0].is_null()) return newref(Value::object(vm.empty_str));
  std::string_view data;
  if (!bytes_like_view(vm, a[0], &data)) {
    if (is_str(a[0])) return raise(vm, vm.exc.TypeError, "decoding str is not supported");
    return raise(vm, vm.exc.TypeError,
                 cat("decoding to str: need a bytes-like object, ", type_name(vm, a[0]), " found"));
  }
  return bytes_decode(vm, data, a[1], a[2], "str");
}

Value str_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref s = Ref::steal(str_construct(vm, args, nargs, kwnames));
  if (!s || type == vm.types.str) return s.release();
  Str* text = s.as<Str>();
  Str* r = str_alloc_typed(vm, type, text->size, text->length, text->ascii);
  if (!r) return {};
  std::memcpy(r->mutable_data(), text->data(), text->size);
  return Value::object(r);
}

// ----- operators ---------------------------------------------------------------------

Value str_add(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__add__", nargs - 1, kw, 1, 1)) return {};
  if (!is_str(args[1])) return Value::not_implemented();
  Value items[2] = {args[0], args[1]};
  Str* a = as_str(items[0]);
  Str* b = as_str(items[1]);
  if (b->size == 0) return str_exact(vm, a);
  if (a->size == 0) return str_exact(vm, b);
  Str* r =
      str_alloc(vm, size_t(a->size) + b->size, size_t(a->length) + b->length, a->ascii && b->ascii);
  if (!r) return {};
  std::memcpy(r->mutable_data(), a->data(), a->size);
  std::memcpy(r->mutable_data() + a->size, b->data(), b->size);
  return Value::object(r);
}

/// s * n for __mul__ and __rmul__: NotImplemented unless n has __index__.
Value str_repeat(VM& vm, Value self, Value count) {
  if (!count.is_small_int() && !is_int(vm, count) &&
      lookup_type(vm, vm.type_of(count), vm.names.index).is_null()) {
    return Value::not_implemented();
  }
  int64_t n;
  if (count.is_small_int()) {
    n = count.as_small_int();
  } else {
    Ref i = Ref::steal(index(vm, count));
    if (!i) return {};
    if (!int_to_int64(*i, &n)) {
      return raise(vm, vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
  }
  Str* s = as_str(self);
  if (n <= 0 || s->size == 0) return newref(Value::object(vm.empty_str));
  if (n == 1) return str_exact(vm, s);
  if (uint64_t(n) > uint64_t(INT64_MAX) / s->size) {
    return raise(vm, vm.exc.OverflowError, "repeated string is too long");
  }
  if (!repeat_fits(vm, s->size, n)) return {};
  size_t total = s->size * size_t(n);
  Str* r = str_alloc(vm, total, size_t(s->length) * size_t(n), s->ascii);
  if (!r) return {};
  char* out = r->mutable_data();
  if (s->size == 1) {
    std::memset(out, s->data()[0], total);
  } else {
    // Doubling copies: log2(n) memcpy calls.
    std::memcpy(out, s->data(), s->size);
    size_t done = s->size;
    while (done < total) {
      size_t chunk = done < total - done ? done : total - done;
      std::memcpy(out + done, out, chunk);
      done += chunk;
    }
  }
  return Value::object(r);
}

Value str_mul(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__mul__", nargs - 1, kw, 1, 1)) return {};
  return str_repeat(vm, args[0], args[1]);
}

Value str_rmul(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__rmul__", nargs - 1, kw, 1, 1)) return {};
  return str_repeat(vm, args[0], args[1]);
}

Value str_mod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__mod__", nargs - 1, kw, 1, 1)) return {};
  return str_printf(vm, as_str(args[0]), args[1]);
}

Value str_rmod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__rmod__", nargs - 1, kw, 1, 1)) return {};
  if (!is_str(args[1])) return Value::not_implemented();
  return str_printf(vm, as_str(args[1]), args[0]);
}

Value str_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__len__", nargs - 1, kw, 0, 0)) return {};
  return Value::small_int(as_str(args[0])->length);
}

Value str_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__getitem__", nargs - 1, kw, 1, 1)) return {};
  Str* s = as_str(args[0]);
  Value key = args[1];
  if (vm.type_of(key) == vm.types.slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_object()), s->length, &start, &stop, &step,
                       &count)) {
      return {};
    }
    return str_slice(vm, s, start, step, count);
  }
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (is_int(vm, key) || !lookup_type(vm, vm.type_of(key), vm.names.index).is_null()) {
    if (!index_int64(vm, key, &i)) return {};
  } else {
    return raise(vm, vm.exc.TypeError,
                 cat("string indices must be integers, not '", type_name(vm, key), "'"));
  }
  if (!normalize_index(&i, s->length)) {
    return raise(vm, vm.exc.IndexError, "string index out of range");
  }
  if (s->ascii) return str_new_known(vm, std::string_view(s->data() + i, 1), 1, true);
  return str_from_code_point(vm, str_code_point(s, size_t(i)));
}

Value str_contains(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__contains__", nargs - 1, kw, 1, 1)) return {};
  if (!is_str(args[1])) {
    return raise(
        vm, vm.exc.TypeError,
        cat("'in <string>' requires string as left operand, not ", type_name(vm, args[1])));
  }
  std::string_view hay = as_str(args[0])->view();
  std::string_view needle = as_str(args[1])->view();
  return Value::boolean(text::find(hay, needle, 0, hay.size()) != text::npos);
}

Value str_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__getnewargs__", nargs - 1, kw, 0, 0)) return {};
  Ref copy = Ref::steal(
      str_new_known(vm, as_str(args[0])->view(), as_str(args[0])->length, as_str(args[0])->ascii));
  if (!copy) return {};
  return tuple_of(vm, {*copy});
}

Value str_sizeof(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__sizeof__", nargs - 1, kw, 0, 0)) return {};
  return int_from_int64(vm, int64_t(object_size(args[0].as_object())));
}

Value str_encode_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("encode(encoding=, errors=)");
  Value a[2];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  return str_encode(vm, as_str(args[0]), a[0], a[1], "encode");
}

// ----- the iterator ------------------------------------------------------------------

/// iter(str): walks the UTF-8 by byte offset, so each step is O(1).
struct StrIterator : Object {
  /// The str (owned), null once exhausted.
  Str* str;
  /// Byte offset of the next character.
  size_t offset;
};

void str_iterator_dealloc(Object* o) {
  auto* it = static_cast<StrIterator*>(o);
  if (it->str) decref(it->str);
  o->type->vm->free_object(o, object_size(o));
}

Value str_iterator_next(VM& vm, Value self) {
  auto* it = static_cast<StrIterator*>(self.as_object());
  Str* s = it->str;
  if (!s) return {};
  if (it->offset >= s->size) {
    it->str = nullptr;
    decref(s);
    return {};
  }
  const char* p = s->data() + it->offset;
  size_t n = utf8_sequence_size(static_cast<unsigned char>(*p));
  it->offset += n;
  return str_new_known(vm, std::string_view(p, n), 1, n == 1);
}

Value str_iterator_self(VM& vm, Value self) { return newref(self); }

Value str_iterator_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kw, 0, 0)) return {};
  auto* it = static_cast<StrIterator*>(args[0].as_object());
  if (!it->str) return Value::small_int(0);
  size_t rest = it->str->length - str_index_at(it->str, it->offset);
  return Value::small_int(int64_t(rest));
}

void init_str_iterator_type(VM& vm) {
  Type* t = vm.types.str_iterator =
      new_builtin_type(vm, "str_ascii_iterator", vm.types.object, sizeof(StrIterator), 0);
  t->dealloc = str_iterator_dealloc;
  t->iter = str_iterator_self;
  t->next = str_iterator_next;
  t->new_ = nullptr;
  add_methods(vm, t, {{"__length_hint__", str_iterator_length_hint}});
  finish_builtin_type(vm, t);
}

} // namespace

Value str_iterator_new(VM& vm, Value s) {
  auto* it = vm.allocate<StrIterator>(vm.types.str_iterator);
  if (!it) return {};
  it->str = static_cast<Str*>(newref(s).as_object());
  it->offset = 0;
  return Value::object(it);
}

void init_str_type(VM& vm) {
  Type* t = vm.types.str;
  setup_builtin_type(vm, t, "str", vm.types.object, sizeof(Str));
  t->type_flags |= kStrSubclass;
  t->dealloc = str_dealloc;
  t->var_size = str_var_size;
  t->repr = str_repr;
  t->str = str_str;
  t->hash = str_hash_slot;
  t->compare = str_compare;
  t->iter = str_iter;
  t->new_ = str_new_slot;
  add_methods(vm, t,
              {{"__add__", str_add},
               {"__mul__", str_mul},
               {"__rmul__", str_rmul},
               {"__mod__", str_mod},
               {"__rmod__", str_rmod},
               {"__len__", str_len},
               {"__getitem__", str_getitem},
               {"__contains__", str_contains},
               {"__getnewargs__", str_getnewargs},
               {"__sizeof__", str_sizeof},
               {"encode", str_encode_method}});
  add_str_search_methods(vm, t);
  add_str_split_methods(vm, t);
  add_str_case_methods(vm, t);
  add_str_layout_methods(vm, t);
  add_str_format_methods(vm, t);
  finish_builtin_type(vm, t);
  init_str_iterator_type(vm);
}

} // namespace py
