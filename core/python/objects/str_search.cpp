// str's searching methods: find, rfind, index, rindex, count, startswith,
// endswith, partition, rpartition, removeprefix, removesuffix. They search
// the UTF-8 bytes (see text_ops.hpp) and convert between code-point and byte
// positions only at the edges, and not at all for ASCII strings.
#include "python/objects/str.hpp"
#include "python/objects/str_methods.hpp"
#include "python/objects/text_args.hpp"
#include "python/objects/text_ops.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// The str argument of find(), count(), partition()…: TypeError "must be str, not int".
Str* str_operand(VM& vm, Value v) {
  if (is_str(v)) return as_str(v);
  raise(vm, vm.exc.TypeError, cat("must be str, not ", type_name(vm, v)));
  return nullptr;
}

/// The part of a str that find(sub, start, end) and friends look at: code
/// points [start, end) as bytes [begin, finish). `valid` is false when the
/// clamped end lies before the start (nothing can match, not even "").
struct Window {
  bool valid;
  int64_t start;
  size_t begin, finish;
};

/// Resolves the optional start/end arguments (args[first], args[first + 1]
/// when present) of a method called with nargs values.
bool window_args(VM& vm, Str* s, const Value* args, size_t nargs, size_t first, Window* w) {
  Value start = nargs > first ? args[first] : Value();
  Value end = nargs > first + 1 ? args[first + 1] : Value();
  int64_t a, b;
  if (!range_args(vm, start, end, s->length, &a, &b)) return false;
  w->valid = a <= b;
  w->start = a;
  if (!w->valid) return true;
  if (s->ascii) {
    w->begin = size_t(a);
    w->finish = size_t(b);
    return true;
  }
  w->begin = str_byte_offset(s, size_t(a));
  size_t at = w->begin;
  for (int64_t i = a; i < b; ++i)
    at += utf8_sequence_size(static_cast<unsigned char>(s->data()[at]));
  w->finish = at;
  return true;
}

/// The code-point index of byte offset `at` inside a window.
int64_t window_index(const Str* s, const Window& w, size_t at) {
  if (s->ascii) return int64_t(at);
  return w.start + int64_t(utf8_length(s->view().substr(w.begin, at - w.begin)));
}

/// find/rfind/index/rindex share everything but the direction and the miss.
template <bool reverse, bool raises>
Value str_find_impl(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name =
      reverse ? (raises ? "rindex" : "rfind") : (raises ? "index" : "find");
  if (!check_tuple_arity(vm, "str", name, nargs - 1, kw, 1, 3)) return {};
  Str* s = as_str(args[0]);
  Str* sub = str_operand(vm, args[1]);
  if (!sub) return {};
  Window w;
  if (!window_args(vm, s, args, nargs, 2, &w)) return {};
  size_t at = text::npos;
  if (w.valid) {
    at = reverse ? text::rfind(s->view(), sub->view(), w.begin, w.finish)
                 : text::find(s->view(), sub->view(), w.begin, w.finish);
  }
  if (at == text::npos) {
    if (raises) return raise(vm, vm.exc.ValueError, "substring not found");
    return Value::small_int(-1);
  }
  return Value::small_int(window_index(s, w, at));
}

Value str_count(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_tuple_arity(vm, "str", "count", nargs - 1, kw, 1, 3)) return {};
  Str* s = as_str(args[0]);
  Str* sub = str_operand(vm, args[1]);
  if (!sub) return {};
  Window w;
  if (!window_args(vm, s, args, nargs, 2, &w)) return {};
  if (!w.valid) return Value::small_int(0);
  if (sub->size == 0) {
    return Value::small_int(
        int64_t(text::char_count(s->view().substr(w.begin, w.finish - w.begin), true)) + 1);
  }
  return Value::small_int(int64_t(text::count(s->view(), sub->view(), w.begin, w.finish)));
}

/// Whether s[window] starts (or ends) with `affix`.
bool affix_match(const Str* s, const Window& w, std::string_view affix, bool suffix) {
  if (!w.valid) return false;
  if (w.finish - w.begin < affix.size()) return false;
  size_t at = suffix ? w.finish - affix.size() : w.begin;
  return s->view().compare(at, affix.size(), affix) == 0;
}

template <bool suffix>
Value str_affix(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name = suffix ? "endswith" : "startswith";
  if (!check_tuple_arity(vm, "str", name, nargs - 1, kw, 1, 3)) return {};
  Str* s = as_str(args[0]);
  Window w;
  if (!window_args(vm, s, args, nargs, 2, &w)) return {};
  Value affix = args[1];
  if (is_str(affix)) return Value::boolean(affix_match(s, w, as_str(affix)->view(), suffix));
  if (!is_instance(vm, affix, vm.types.tuple)) {
    return raise(vm, vm.exc.TypeError,
                 cat(name, " first arg must be str or a tuple of str, not ", type_name(vm, affix)));
  }
  auto* options = static_cast<Tuple*>(affix.as_object());
  for (size_t i = 0; i < options->size; ++i) {
    Value item = options->item(i);
    if (!is_str(item)) {
      return raise(vm, vm.exc.TypeError,
                   cat("tuple for ", name, " must only contain str, not ", type_name(vm, item)));
    }
    if (affix_match(s, w, as_str(item)->view(), suffix)) return Value::true_();
  }
  return Value::false_();
}

template <bool reverse>
Value str_partition(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, reverse ? "str.rpartition" : "str.partition", nargs - 1, kw, 1, 1)) {
    return {};
  }
  Str* s = as_str(args[0]);
  Str* sep = str_operand(vm, args[1]);
  if (!sep) return {};
  if (sep->size == 0) return raise(vm, vm.exc.ValueError, "empty separator");
  size_t at = reverse ? text::rfind(s->view(), sep->view(), 0, s->size)
                      : text::find(s->view(), sep->view(), 0, s->size);
  Ref parts[3];
  if (at == text::npos) {
    Ref whole = Ref::steal(str_exact(vm, s));
    Ref empty = Ref::borrow(Value::object(vm.empty_str));
    if (!whole) return {};
    Value items[3] = {reverse ? *empty : *whole, *empty, reverse ? *whole : *empty};
    return tuple_new(vm, items, 3);
  }
  parts[0] = Ref::steal(str_substr(vm, s, 0, at));
  parts[1] = Ref::steal(str_exact(vm, sep));
  parts[2] = Ref::steal(str_substr(vm, s, at + sep->size, s->size));
  if (!parts[0] || !parts[1] || !parts[2]) return {};
  return tuple_of(vm, {*parts[0], *parts[1], *parts[2]});
}

template <bool suffix>
Value str_remove_affix(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name = suffix ? "removesuffix" : "removeprefix";
  if (!check_arity(vm, suffix ? "str.removesuffix" : "str.removeprefix", nargs - 1, kw, 1, 1)) {
    return {};
  }
  Str* s = as_str(args[0]);
  if (!is_str(args[1])) {
    return raise(vm, vm.exc.TypeError,
                 cat(name, "() argument must be str, not ", type_name(vm, args[1])));
  }
  std::string_view affix = as_str(args[1])->view();
  std::string_view text = s->view();
  if (affix.empty() || affix.size() > text.size()) return str_exact(vm, s);
  if (suffix ? text.substr(text.size() - affix.size()) != affix
             : text.substr(0, affix.size()) != affix) {
    return str_exact(vm, s);
  }
  return suffix ? str_substr(vm, s, 0, text.size() - affix.size())
                : str_substr(vm, s, affix.size(), text.size());
}

} // namespace

void add_str_search_methods(VM& vm, Type* type) {
  add_methods(vm, type,
              {{"find", str_find_impl<false, false>},
               {"rfind", str_find_impl<true, false>},
               {"index", str_find_impl<false, true>},
               {"rindex", str_find_impl<true, true>},
               {"count", str_count},
               {"startswith", str_affix<false>},
               {"endswith", str_affix<true>},
               {"partition", str_partition<false>},
               {"rpartition", str_partition<true>},
               {"removeprefix", str_remove_affix<false>},
               {"removesuffix", str_remove_affix<true>}});
}

} // namespace py
