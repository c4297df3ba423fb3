// str's methods that cut and rebuild text: split, rsplit, splitlines,
// join, strip, lstrip, rstrip and replace.
#include <cstring>
#include <vector>

#include "python/objects/list.hpp"
#include "python/objects/str.hpp"
#include "python/objects/str_methods.hpp"
#include "python/objects/text_args.hpp"
#include "python/objects/text_ops.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// Appends the str s[begin, end) to a list; false on MemoryError.
bool append_piece(VM& vm, List* list, Str* s, size_t begin, size_t end) {
  Value piece = str_substr(vm, s, begin, end);
  if (piece.is_null()) return false;
  bool ok = list_append(vm, list, piece);
  decref(piece);
  return ok;
}

/// Reverses a list in place (rsplit collects its pieces last first).
void reverse_items(List* list) {
  for (size_t i = 0, j = list->size; i + 1 < j; ++i, --j)
    std::swap(list->items[i], list->items[j - 1]);
}

template <bool reverse>
Value str_split_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig(reverse ? "rsplit(sep=None, maxsplit=-1)"
                                     : "split(sep=None, maxsplit=-1)");
  Value a[2];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  Str* s = as_str(args[0]);
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !ssize_arg(vm, a[1], &maxsplit)) return {};
  if (maxsplit < 0) maxsplit = -1;
  Str* sep = nullptr;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0])) {
      return raise(vm, vm.exc.TypeError, cat("must be str or None, not ", type_name(vm, a[0])));
    }
    sep = as_str(a[0]);
    if (sep->size == 0) return raise(vm, vm.exc.ValueError, "empty separator");
  }
  Ref result = Ref::steal(list_new(vm));
  if (!result) return {};
  auto* list = result.as<List>();
  auto emit = [&](size_t begin, size_t end) { return append_piece(vm, list, s, begin, end); };
  std::string_view text = s->view();
  bool ok;
  if (sep) {
    ok = reverse ? text::rsplit(text, sep->view(), maxsplit, emit)
                 : text::split(text, sep->view(), maxsplit, emit);
  } else {
    ok = reverse ? text::rsplit_space(text, maxsplit, true, emit)
                 : text::split_space(text, maxsplit, true, emit);
  }
  if (!ok) return {};
  if (reverse) reverse_items(list);
  return result.release();
}

/// A true/false argument taken as an int, as splitlines(keepends) does.
bool int_flag(VM& vm, Value v, bool* out) {
  if (v.is_null()) {
    *out = false;
    return true;
  }
  int64_t n;
  if (!index_int64(vm, v, &n)) return false;
  *out = n != 0;
  return true;
}

Value str_splitlines(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("splitlines(keepends=False)");
  Value a[1];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  bool keepends;
  if (!int_flag(vm, a[0], &keepends)) return {};
  Str* s = as_str(args[0]);
  Ref result = Ref::steal(list_new(vm));
  if (!result) return {};
  auto* list = result.as<List>();
  auto emit = [&](size_t begin, size_t end) { return append_piece(vm, list, s, begin, end); };
  // Unicode line boundaries include ASCII \x1c-\x1e, so even ASCII text is decoded as str.
  if (!text::split_lines(s->view(), keepends, true, emit)) return {};
  return result.release();
}

Value str_join_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "str.join", nargs - 1, kw, 1, 1)) return {};
  return str_join(vm, as_str(args[0]), args[1]);
}

/// Membership in the `chars` argument of strip(): a bitmap for ASCII, a list for the rest.
class CharSet {
public:
  explicit CharSet(std::string_view chars) {
    const char* p = chars.data();
    const char* end = p + chars.size();
    while (p < end) {
      uint32_t c = utf8_decode(p);
      if (c < 128) {
        ascii_[c >> 6] |= uint64_t(1) << (c & 63);
      } else {
        others_.push_back(c);
      }
    }
  }
  bool contains(uint32_t c) const {
    if (c < 128) return (ascii_[c >> 6] >> (c & 63)) & 1;
    for (uint32_t o : others_) {
      if (o == c) return true;
    }
    return false;
  }

private:
  uint64_t ascii_[2] = {0, 0};
  std::vector<uint32_t> others_;
};

template <text::StripSide side>
Value str_strip_impl(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr std::string_view qualified = side == text::StripSide::both   ? "str.strip"
                                                : side == text::StripSide::left ? "str.lstrip"
                                                                                : "str.rstrip";
  static constexpr std::string_view name = qualified.substr(4);
  if (!clinic_arity(vm, qualified, name, nargs - 1, kw, 0, 1)) return {};
  Str* s = as_str(args[0]);
  size_t begin, end;
  bool utf8 = true; // str whitespace includes ASCII \x1c-\x1f
  if (nargs == 1 || args[1].is_none()) {
    text::strip(
        s->view(), side, utf8, [&](uint32_t c) { return unicode::is_space(c); }, &begin, &end);
  } else if (is_str(args[1])) {
    CharSet set(as_str(args[1])->view());
    text::strip(
        s->view(), side, utf8, [&](uint32_t c) { return set.contains(c); }, &begin, &end);
  } else {
    return raise(vm, vm.exc.TypeError, cat(name, " arg must be None or str"));
  }
  return str_substr(vm, s, begin, end);
}

/// The str argument `position` of replace(): "replace() argument 1 must be str, not int".
Str* replace_operand(VM& vm, Value v, int position) {
  if (is_str(v)) return as_str(v);
  raise(vm, vm.exc.TypeError,
        cat("replace() argument ", position, " must be str, not ", type_name(vm, v)));
  return nullptr;
}

Value str_replace(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "str.replace", "replace", nargs - 1, kw, 2, 3)) return {};
  Str* s = as_str(args[0]);
  Str* old = replace_operand(vm, args[1], 1);
  if (!old) return {};
  Str* rep = replace_operand(vm, args[2], 2);
  if (!rep) return {};
  int64_t limit = -1;
  if (nargs > 3 && !ssize_arg(vm, args[3], &limit)) return {};
  size_t n = text::replace_count(s->view(), old->view(), limit, true);
  if (n == 0) return str_exact(vm, s);
  size_t size = s->size + n * rep->size - n * old->size;
  size_t length = s->length + n * rep->length - n * old->length;
  Str* r = str_alloc(vm, size, length, s->ascii && rep->ascii);
  if (!r) return {};
  text::replace_into(r->mutable_data(), s->view(), old->view(), rep->view(), n, true);
  if (!s->ascii && rep->ascii) utf8_length(r->view(), &r->ascii);
  return Value::object(r);
}

} // namespace

void add_str_split_methods(VM& vm, Type* type) {
  add_methods(vm, type,
              {{"split", str_split_impl<false>},
               {"rsplit", str_split_impl<true>},
               {"splitlines", str_splitlines},
               {"join", str_join_method},
               {"strip", str_strip_impl<text::StripSide::both>},
               {"lstrip", str_strip_impl<text::StripSide::left>},
               {"rstrip", str_strip_impl<text::StripSide::right>},
               {"replace", str_replace}});
}

} // namespace py
