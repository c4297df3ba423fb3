#include "python/vm/protocol.hpp"

#include <charconv>

#include "python/numeric/hash.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/float.hpp"
#include "python/objects/generic_alias.hpp"
#include "python/objects/int.hpp"
#include "python/objects/iterators.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/printf_format.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/objects/union_type.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/recursion.hpp"
#include "python/vm/vm.hpp"

namespace py {

// ----- repr, str, format, hash, truth ---------------------------------------

Value repr(VM& vm, Value v) {
  RecursionGuard guard(vm, " while getting the repr of an object");
  if (!guard) return {};
  return vm.type_of(v)->repr(vm, v);
}

std::string repr_text(VM& vm, Value v) {
  Ref r = Ref::steal(repr(vm, v));
  if (!r) {
    clear_exception(vm);
    return "<error>";
  }
  return std::string(r.as<Str>()->view());
}

Value str(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  if (t == vm.types.str) return newref(v);
  RecursionGuard guard(vm, " while getting the str of an object");
  if (!guard) return {};
  return t->str(vm, v);
}

Value ascii(VM& vm, Value v) {
  Ref r = Ref::steal(repr(vm, v));
  if (!r) return {};
  Str* s = r.as<Str>();
  if (s->ascii) return r.release();
  std::string out;
  static const char hex[] = "0123456789abcdef";
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) {
    uint32_t cp = utf8_decode(p);
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (cp <= 0xFF) {
      out += "\\x";
      out.push_back(hex[cp >> 4]);
      out.push_back(hex[cp & 15]);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 15]);
    } else {
      out += "\\U";
      for (int shift = 28; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 15]);
    }
  }
  return str_new(vm, out);
}

namespace {

/// format(value, spec) given the spec's text: exact ints, floats and strs
/// format straight from it, without a spec object.
Value format_text(VM& vm, Value v, std::string_view spec) {
  // The exact built-in types format without looking up and calling their
  // __format__ (the types are immutable; CPython's str.format does the same).
  Type* t = vm.type_of(v);
  if (t == vm.types.str && spec.empty()) return newref(v);
  if (t == vm.types.int_) return int_format_spec(vm, v, spec);
  if (t == vm.types.float_) return float_format_spec(vm, v, spec);
  Ref spec_value = Ref::steal(str_new(vm, spec));
  if (!spec_value) return {};
  return format(vm, v, *spec_value);
}

} // namespace

bool format_into(VM& vm, Value v, std::string_view spec, std::string& out) {
  Type* t = vm.type_of(v);
  if (spec.empty()) {
    if (t == vm.types.str) {
      out.append(static_cast<Str*>(v.as_object())->view());
      return true;
    }
    if (v.is_small_int()) {
      char buf[24];
      out.append(buf, std::to_chars(buf, buf + sizeof buf, v.as_small_int()).ptr);
      return true;
    }
  } else {
    if (t == vm.types.int_) return int_format_into(vm, v, spec, out);
    if (t == vm.types.float_) return float_format_into(vm, v, spec, out);
  }
  Ref text = Ref::steal(format_text(vm, v, spec));
  if (!text) return false;
  out.append(text.as<Str>()->view());
  return true;
}

Value format(VM& vm, Value v, Value spec) {
  Type* t = vm.type_of(v);
  std::string_view text = static_cast<Str*>(spec.as_object())->view();
  if (t == vm.types.int_ || t == vm.types.float_ || (t == vm.types.str && text.empty())) {
    return format_text(vm, v, text);
  }
  Value method = lookup_type(vm, t, vm.names.format);
  if (method.is_null()) return raise_no_attribute(vm, v, vm.names.format);
  Ref hold = Ref::borrow(method);
  Value args[2] = {v, spec};
  Value r = call(vm, method, args, 2);
  if (!r.is_null() && !is_instance(vm, r, vm.types.str)) {
    std::string_view tn = type_name(vm, r);
    decref(r);
    return raise(vm, vm.exc.TypeError, cat("__format__ must return a str, not ", tn));
  }
  return r;
}

int64_t hash(VM& vm, Value v) {
  if (v.is_small_int()) return num::hash_int(v.as_small_int());
  if (v.is_immediate()) {
    // bool hashes as its int; the other singletons get fixed values (CPython
    // hashes them by address, so no program can depend on their values).
    if (v.is_bool()) return v.is_true() ? 1 : 0;
    return int64_t(0x5f3759df) + v.immediate_index();
  }
  Type* t = vm.type_of(v);
  if (t == vm.types.str) return str_hash(static_cast<Str*>(v.as_object()));
  return t->hash(vm, v);
}

int truthy(VM& vm, Value v) {
  if (v.is_immediate()) return v.is_true() || v.is_not_implemented() || v == Value::ellipsis();
  if (v.is_small_int()) return v.as_small_int() != 0;
  Type* t = vm.type_of(v);
  if (t == vm.types.str) return static_cast<Str*>(v.as_object())->size != 0;
  if (t == vm.types.list) return static_cast<List*>(v.as_object())->size != 0;
  if (t == vm.types.tuple) return static_cast<Tuple*>(v.as_object())->size != 0;
  if (t == vm.types.dict) return static_cast<Dict*>(v.as_object())->used != 0;
  if (t == vm.types.float_) return float_value(v) != 0.0;
  if (t == vm.types.int_) return !static_cast<Int*>(v.as_object())->value.is_zero();
  Value method = lookup_type(vm, t, vm.names.bool_);
  if (!method.is_null()) {
    Ref hold = Ref::borrow(method);
    Ref r = Ref::steal(call(vm, method, {v}));
    if (!r) return -1;
    if (!r.get().is_bool()) {
      raise(vm, vm.exc.TypeError, cat("__bool__ should return bool, returned ", type_name(vm, *r)));
      return -1;
    }
    return r.get().is_true();
  }
  method = lookup_type(vm, t, vm.names.len);
  if (!method.is_null()) {
    int64_t n = length(vm, v);
    return n < 0 ? -1 : n != 0;
  }
  return 1;
}

// ----- attributes ------------------------------------------------------------

Value lookup_type(VM& vm, Type* type, Str* name) {
  auto walk = [&]() -> Value {
    Tuple* mro = type->mro;
    if (!mro) return dict_get_str(type->dict, name);
    for (size_t i = 0; i < mro->size; ++i) {
      Value v = dict_get_str(static_cast<Type*>(mro->item(i).as_object())->dict, name);
      if (!v.is_null()) return v;
    }
    return {};
  };
  if (!name->interned || type->version == 0) return walk();
  size_t slot = size_t((type->version * 0x9E3779B97F4A7C15ull) ^ (uintptr_t(name) >> 4)) &
                (VM::kMethodCacheSize - 1);
  VM::MethodCacheEntry& e = vm.method_cache[slot];
  if (e.version == type->version && e.name == name) return e.value;
  Value v = walk();
  e.version = type->version;
  e.name = name;
  e.value = v;
  return v;
}

Dict* instance_dict(VM& vm, Value obj) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.as_object();
  if (!o->type->dict_offset) return nullptr;
  Value* slot = object_dict_slot(o);
  if (slot->is_null()) {
    Value d = dict_new(vm);
    if (d.is_null()) return nullptr;
    *slot = d;
  }
  return static_cast<Dict*>(slot->as_object());
}

Value generic_get_attr(VM& vm, Value obj, Str* name) {
  return generic_get_attr_from(vm, obj, name, lookup_type(vm, vm.type_of(obj), name));
}

Value generic_get_attr_from(VM& vm, Value obj, Str* name, Value descr) {
  Type* type = vm.type_of(obj);
  DescrGetFn get = nullptr;
  Ref hold;
  if (!descr.is_null()) {
    hold = Ref::borrow(descr);
    Type* dt = vm.type_of(descr);
    get = dt->descr_get;
    if (get && dt->descr_set) return get(vm, descr, obj, type);
  }
  if (Dict* d = existing_instance_dict(obj)) {
    Value v = dict_get_str(d, name);
    if (!v.is_null()) return newref(v);
  }
  if (get) return get(vm, descr, obj, type);
  if (!descr.is_null()) return hold.release();
  return raise_no_attribute(vm, obj, name);
}

bool generic_set_attr(VM& vm, Value obj, Str* name, Value value) {
  return generic_set_attr_from(vm, obj, name, value, lookup_type(vm, vm.type_of(obj), name));
}

bool generic_set_attr_from(VM& vm, Value obj, Str* name, Value value, Value descr) {
  Type* type = vm.type_of(obj);
  if (!descr.is_null()) {
    Ref hold = Ref::borrow(descr);
    if (DescrSetFn set = vm.type_of(descr)->descr_set) return set(vm, descr, obj, value);
  }
  Dict* d = value.is_null() ? existing_instance_dict(obj) : instance_dict(vm, obj);
  if (!d) {
    if (error_pending(vm)) return false;
    if (!obj.is_object() || !obj.as_object()->type->dict_offset) {
      if (!descr.is_null()) {
        raise(vm, vm.exc.AttributeError,
              cat("'", type->name->view(), "' object attribute '", name->view(), "' is read-only"));
      } else {
        raise_no_attribute(vm, obj, name);
      }
      return false;
    }
    raise_no_attribute(vm, obj, name);
    return false;
  }
  if (value.is_null()) {
    Lookup r = dict_remove(vm, d, Value::object(name));
    if (r == Lookup::missing) raise_no_attribute(vm, obj, name);
    return r == Lookup::found;
  }
  return dict_set_str(vm, d, name, value);
}

Value get_attr(VM& vm, Value obj, Str* name) { return vm.type_of(obj)->getattr(vm, obj, name); }

Value get_attr_optional(VM& vm, Value obj, Str* name) {
  Value v = get_attr(vm, obj, name);
  if (v.is_null() && pending_matches(vm, vm.exc.AttributeError)) clear_exception(vm);
  return v;
}

bool set_attr(VM& vm, Value obj, Str* name, Value value) {
  return vm.type_of(obj)->setattr(vm, obj, name, value);
}

bool del_attr(VM& vm, Value obj, Str* name) { return set_attr(vm, obj, name, Value()); }

// ----- operators ---------------------------------------------------------------

namespace {

/// The dunders and symbol of each plain binary operator (BinaryOp order).
struct BinaryNames {
  Str* Names::*dunder;
  Str* Names::*reflected;
  Str* Names::*inplace;
  const char* symbol;
  const char* inplace_symbol;
};

constexpr BinaryNames kBinary[kBinaryOpCount] = {
    {&Names::add, &Names::radd, &Names::iadd, "+", "+="},
    {&Names::and_, &Names::rand, &Names::iand, "&", "&="},
    {&Names::floordiv, &Names::rfloordiv, &Names::ifloordiv, "//", "//="},
    {&Names::lshift, &Names::rlshift, &Names::ilshift, "<<", "<<="},
    {&Names::matmul, &Names::rmatmul, &Names::imatmul, "@", "@="},
    {&Names::mul, &Names::rmul, &Names::imul, "*", "*="},
    {&Names::mod, &Names::rmod, &Names::imod, "%", "%="},
    {&Names::or_, &Names::ror, &Names::ior, "|", "|="},
    {&Names::pow, &Names::rpow, &Names::ipow, "** or pow()", "**="},
    {&Names::rshift, &Names::rrshift, &Names::irshift, ">>", ">>="},
    {&Names::sub, &Names::rsub, &Names::isub, "-", "-="},
    {&Names::truediv, &Names::rtruediv, &Names::itruediv, "/", "/="},
    {&Names::xor_, &Names::rxor, &Names::ixor, "^", "^="},
};

/// Calls method(self, other); borrowed method.
Value call2(VM& vm, Value method, Value self, Value other) {
  Value args[2] = {self, other};
  // A built-in type's own method (dict.__delitem__…) runs through its pointer.
  if (NativeFn native = direct_native(vm, method, args, 2)) return native(vm, args, 2, nullptr);
  Ref hold = Ref::borrow(method);
  return call(vm, method, args, 2);
}

bool is_sequence_for_message(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return is_subtype(t, vm.types.str) || is_subtype(t, vm.types.list) ||
         is_subtype(t, vm.types.tuple) || is_subtype(t, vm.types.bytes) ||
         is_subtype(t, vm.types.bytearray);
}

/// The plain binary dispatch: a.__op__(b), then b.__rop__(a), a subclass's
/// reflected method first when it overrides it.
Value binary_dispatch(VM& vm, Value a, Value b, Str* name, Str* reflected) {
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  Value fa = lookup_type(vm, ta, name);
  Value fb = ta == tb ? Value() : lookup_type(vm, tb, reflected);
  if (!fb.is_null() && fb == lookup_type(vm, ta, reflected)) {
    // b inherits the same reflected method as a: it gets no second chance.
    if (!fa.is_null()) fb = Value();
  }
  if (!fa.is_null()) {
    if (!fb.is_null() && is_subtype(tb, ta)) {
      Value r = call2(vm, fb, b, a);
      if (r.is_null() || !r.is_not_implemented()) return r;
      fb = Value();
    }
    Value r = call2(vm, fa, a, b);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (!fb.is_null()) {
    Value r = call2(vm, fb, b, a);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  return Value::not_implemented();
}

} // namespace

std::string_view binary_op_symbol(BinaryOp op) {
  int i = int(op);
  return i < kBinaryOpCount ? kBinary[i].symbol : kBinary[i - kBinaryOpCount].inplace_symbol;
}

Value binary_op(VM& vm, Value a, Value b, BinaryOp op) {
  // printf-style str % args without the dunder dispatch (what str.__mod__
  // does); only a str subclass on the right could go first, by __rmod__.
  if ((op == BinaryOp::remainder || op == BinaryOp::inplace_remainder) &&
      vm.type_of(a) == vm.types.str && (!is_str(b) || vm.type_of(b) == vm.types.str)) {
    return str_printf(vm, as_str(a), b);
  }
  int i = int(op);
  bool inplace = i >= kBinaryOpCount;
  const BinaryNames& names = kBinary[inplace ? i - kBinaryOpCount : i];
  if (inplace) {
    Value method = lookup_type(vm, vm.type_of(a), vm.names.*names.inplace);
    if (!method.is_null()) {
      Value r = call2(vm, method, a, b);
      if (r.is_null() || !r.is_not_implemented()) return r;
    }
  }
  Value r = binary_dispatch(vm, a, b, vm.names.*names.dunder, vm.names.*names.reflected);
  if (!r.is_not_implemented()) return r;
  const char* symbol = inplace ? names.inplace_symbol : names.symbol;
  BinaryOp plain = BinaryOp(inplace ? i - kBinaryOpCount : i);
  if (plain == BinaryOp::add && is_sequence_for_message(vm, a)) {
    return raise(vm, vm.exc.TypeError,
                 cat("can only concatenate ", type_name(vm, a), " (not \"", type_name(vm, b),
                     "\") to ", type_name(vm, a)));
  }
  if (plain == BinaryOp::multiply &&
      (is_sequence_for_message(vm, a) || is_sequence_for_message(vm, b))) {
    Value other = is_sequence_for_message(vm, a) ? b : a;
    return raise(vm, vm.exc.TypeError,
                 cat("can't multiply sequence by non-int of type '", type_name(vm, other), "'"));
  }
  return raise(vm, vm.exc.TypeError,
               cat("unsupported operand type(s) for ", symbol, ": '", type_name(vm, a), "' and '",
                   type_name(vm, b), "'"));
}

Value binary_dunder(VM& vm, Value a, Value b, Str* name, Str* reflected, std::string_view symbol) {
  Value r = binary_dispatch(vm, a, b, name, reflected);
  if (!r.is_not_implemented()) return r;
  return raise(vm, vm.exc.TypeError,
               cat("unsupported operand type(s) for ", symbol, ": '", type_name(vm, a), "' and '",
                   type_name(vm, b), "'"));
}

namespace {

Value unary(VM& vm, Value v, Str* name, const char* symbol) {
  Value method = lookup_type(vm, vm.type_of(v), name);
  if (method.is_null()) {
    return raise(vm, vm.exc.TypeError,
                 cat("bad operand type for ", symbol, ": '", type_name(vm, v), "'"));
  }
  Ref hold = Ref::borrow(method);
  return call(vm, method, {v});
}

} // namespace

Value negative(VM& vm, Value v) { return unary(vm, v, vm.names.neg, "unary -"); }
Value positive(VM& vm, Value v) { return unary(vm, v, vm.names.pos, "unary +"); }
Value invert(VM& vm, Value v) { return unary(vm, v, vm.names.invert, "unary ~"); }
Value absolute(VM& vm, Value v) { return unary(vm, v, vm.names.abs, "abs()"); }

// ----- comparisons ---------------------------------------------------------------

namespace {

constexpr CompareOp kSwapped[] = {CompareOp::gt, CompareOp::ge, CompareOp::eq,
                                  CompareOp::ne, CompareOp::lt, CompareOp::le};
constexpr const char* kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

} // namespace

Value compare(VM& vm, Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    return Value::boolean(compare_numbers(a.as_small_int(), b.as_small_int(), op));
  }
  RecursionGuard guard(vm, " in comparison");
  if (!guard) return {};
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta) && tb->compare) {
    checked_reverse = true;
    Value r = tb->compare(vm, b, a, kSwapped[int(op)]);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (ta->compare) {
    Value r = ta->compare(vm, a, b, op);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (!checked_reverse && tb->compare) {
    Value r = tb->compare(vm, b, a, kSwapped[int(op)]);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (op == CompareOp::eq) return Value::boolean(a == b);
  if (op == CompareOp::ne) return Value::boolean(a != b);
  return raise(vm, vm.exc.TypeError,
               cat("'", kCompareSymbols[int(op)], "' not supported between instances of '",
                   type_name(vm, a), "' and '", type_name(vm, b), "'"));
}

int compare_bool(VM& vm, Value a, Value b, CompareOp op) {
  Value r = compare(vm, a, b, op);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true();
  int t = truthy(vm, r);
  decref(r);
  return t;
}

int equal(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  Type* ta = vm.type_of(a);
  if (ta == vm.types.str && vm.type_of(b) == vm.types.str) {
    return str_equal(static_cast<Str*>(a.as_object()), static_cast<Str*>(b.as_object()));
  }
  return compare_bool(vm, a, b, CompareOp::eq);
}

// ----- items, length, membership ----------------------------------------------------

Value get_item(VM& vm, Value container, Value key) {
  Type* t = vm.type_of(container);
  Value method = lookup_type(vm, t, vm.names.getitem);
  if (!method.is_null()) return call2(vm, method, container, key);
  if (is_instance(vm, container, vm.types.type)) {
    // type[int] is an alias, like CPython's special case in PyObject_GetItem.
    if (container.as_object() == vm.types.type) return generic_alias_new(vm, container, key);
    Ref class_getitem = Ref::steal(get_attr_optional(vm, container, vm.names.class_getitem));
    if (class_getitem) return call(vm, *class_getitem, {key});
    if (error_pending(vm)) return {};
    return raise(vm, vm.exc.TypeError,
                 cat("type '", static_cast<Type*>(container.as_object())->name->view(),
                     "' is not subscriptable"));
  }
  return raise(vm, vm.exc.TypeError, cat("'", t->name->view(), "' object is not subscriptable"));
}

bool set_item(VM& vm, Value container, Value key, Value value) {
  Type* t = vm.type_of(container);
  Value method = lookup_type(vm, t, vm.names.setitem);
  if (method.is_null()) {
    raise(vm, vm.exc.TypeError,
          cat("'", t->name->view(), "' object does not support item assignment"));
    return false;
  }
  Ref hold = Ref::borrow(method);
  Value args[3] = {container, key, value};
  Ref r = Ref::steal(call(vm, method, args, 3));
  return bool(r);
}

bool del_item(VM& vm, Value container, Value key) {
  Type* t = vm.type_of(container);
  Value method = lookup_type(vm, t, vm.names.delitem);
  if (method.is_null()) {
    raise(vm, vm.exc.TypeError,
          cat("'", t->name->view(), "' object doesn't support item deletion"));
    return false;
  }
  Ref r = Ref::steal(call2(vm, method, container, key));
  return bool(r);
}

int64_t length(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  if (t == vm.types.str) return static_cast<Str*>(v.as_object())->length;
  if (t == vm.types.list) return int64_t(static_cast<List*>(v.as_object())->size);
  if (t == vm.types.tuple) return int64_t(static_cast<Tuple*>(v.as_object())->size);
  if (t == vm.types.dict) return int64_t(static_cast<Dict*>(v.as_object())->used);
  Value method = lookup_type(vm, t, vm.names.len);
  if (method.is_null()) {
    raise(vm, vm.exc.TypeError, cat("object of type '", t->name->view(), "' has no len()"));
    return -1;
  }
  Ref hold = Ref::borrow(method);
  Ref r = Ref::steal(call(vm, method, {v}));
  if (!r) return -1;
  if (!is_int(vm, *r)) {
    raise(vm, vm.exc.TypeError,
          cat("'", type_name(vm, *r), "' object cannot be interpreted as an integer"));
    return -1;
  }
  int64_t n;
  if (!int_to_int64(*r, &n)) {
    raise(vm, vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    raise(vm, vm.exc.ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

int contains(VM& vm, Value container, Value item) {
  Type* t = vm.type_of(container);
  Value method = lookup_type(vm, t, vm.names.contains);
  if (!method.is_null()) {
    Ref r = Ref::steal(call2(vm, method, container, item));
    if (!r) return -1;
    return truthy(vm, *r);
  }
  if (!t->iter && lookup_type(vm, t, vm.names.getitem).is_null()) {
    raise(vm, vm.exc.TypeError, cat("argument of type '", t->name->view(), "' is not iterable"));
    return -1;
  }
  Ref it = Ref::steal(get_iter(vm, container));
  if (!it) return -1;
  while (true) {
    Ref x = Ref::steal(iter_next(vm, *it));
    if (!x) return error_pending(vm) ? -1 : 0;
    int eq = equal(vm, *x, item);
    if (eq != 0) return eq;
  }
}

// ----- iteration -------------------------------------------------------------------

Value get_iter(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  if (t->iter) return t->iter(vm, v);
  if (!lookup_type(vm, t, vm.names.getitem).is_null()) return seq_iterator_new(vm, v);
  return raise(vm, vm.exc.TypeError, cat("'", t->name->view(), "' object is not iterable"));
}

Value iter_next(VM& vm, Value it) {
  Type* t = vm.type_of(it);
  if (!t->next) {
    return raise(vm, vm.exc.TypeError, cat("'", t->name->view(), "' object is not an iterator"));
  }
  Value v = t->next(vm, it);
  // A StopIteration raised by the iterator also means "exhausted".
  if (v.is_null() && pending_matches(vm, vm.exc.StopIteration)) clear_exception(vm);
  return v;
}

// ----- isinstance and issubclass ------------------------------------------------------

bool is_subtype(const Type* sub, const Type* base) {
  if (sub == base) return true;
  if (Tuple* mro = sub->mro) {
    for (size_t i = 0; i < mro->size; ++i) {
      if (mro->item(i) == Value::object(const_cast<Type*>(base))) return true;
    }
    return false;
  }
  for (const Type* t = sub; t; t = t->base) {
    if (t == base) return true;
  }
  return false;
}

namespace {

/// Shared shape of isinstance/issubclass: tuples and unions (int | str)
/// recurse; a metaclass hook (__instancecheck__ / __subclasscheck__) decides
/// for classes whose metaclass defines one; otherwise the plain check.
/// `bad_arg2` is the TypeError message for a second argument that is no class.
int class_check(VM& vm, Value subject, Value cls, Str* hook, bool (*plain)(VM&, Value, Type*),
                const char* bad_arg2) {
  bool is_union = vm.type_of(cls) == vm.types.union_type;
  if (is_union || is_instance(vm, cls, vm.types.tuple)) {
    auto* t = is_union ? static_cast<Union*>(cls.as_object())->args
                       : static_cast<Tuple*>(cls.as_object());
    RecursionGuard guard(vm, " in __instancecheck__");
    if (!guard) return -1;
    for (size_t i = 0; i < t->size; ++i) {
      int r = class_check(vm, subject, t->item(i), hook, plain, bad_arg2);
      if (r != 0) return r;
    }
    return 0;
  }
  Type* meta = vm.type_of(cls);
  if (meta != vm.types.type) {
    // type's own hook is the plain check below; any other one (ABCMeta's,
    // GenericAlias's refusal) decides.
    Value method = lookup_type(vm, meta, hook);
    if (!method.is_null() && method != dict_get_str(vm.types.type->dict, hook)) {
      Ref r = Ref::steal(call2(vm, method, cls, subject));
      if (!r) return -1;
      return truthy(vm, *r);
    }
  }
  if (!is_instance(vm, cls, vm.types.type)) {
    raise(vm, vm.exc.TypeError, bad_arg2);
    return -1;
  }
  return plain(vm, subject, static_cast<Type*>(cls.as_object()));
}

bool plain_isinstance(VM& vm, Value obj, Type* cls) { return is_instance(vm, obj, cls); }

bool plain_issubclass(VM& vm, Value sub, Type* cls) {
  return is_subtype(static_cast<Type*>(sub.as_object()), cls);
}

} // namespace

int isinstance(VM& vm, Value obj, Value cls) {
  if (vm.type_of(cls) == vm.types.type)
    return is_instance(vm, obj, static_cast<Type*>(cls.as_object()));
  return class_check(vm, obj, cls, vm.names.instancecheck, plain_isinstance,
                     "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

int issubclass(VM& vm, Value cls, Value base) {
  if (!is_instance(vm, cls, vm.types.type)) {
    raise(vm, vm.exc.TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  return class_check(vm, cls, base, vm.names.subclasscheck, plain_issubclass,
                     "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

// ----- calling methods ----------------------------------------------------------------

Value call_method(VM& vm, Value obj, Str* name, const Value* args, size_t nargs) {
  Ref method = Ref::steal(get_attr(vm, obj, name));
  if (!method) return {};
  return call(vm, *method, args, nargs);
}

Value call_special(VM& vm, Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value method = lookup_type(vm, vm.type_of(obj), name);
  if (method.is_null()) return raise_no_attribute(vm, obj, name);
  Ref hold = Ref::borrow(method);
  // As CPython's lookup_maybe_method: functions and method descriptors take
  // obj directly; other descriptors bind through __get__; anything else
  // (a class stored as `__call__ = dict`, say) is called without obj.
  Type* mt = vm.type_of(method);
  if (mt == vm.types.function || mt == vm.types.method_descriptor ||
      mt == vm.types.wrapper_descriptor) {
    return call_with_self(vm, method, obj, args, nargs, kwnames);
  }
  if (!mt->descr_get) return call(vm, method, args, nargs, kwnames);
  Ref bound = Ref::steal(mt->descr_get(vm, method, obj, vm.type_of(obj)));
  if (!bound) return {};
  return call(vm, *bound, args, nargs, kwnames);
}

Value index(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  Type* t = vm.type_of(v);
  if (t == vm.types.int_) return newref(v);
  if (v.is_bool() || is_subtype(t, vm.types.int_)) return int_from_bigint(vm, int_to_bigint(v));
  Value method = lookup_type(vm, t, vm.names.index);
  if (method.is_null()) {
    return raise(vm, vm.exc.TypeError,
                 cat("'", t->name->view(), "' object cannot be interpreted as an integer"));
  }
  Ref hold = Ref::borrow(method);
  Value r = call(vm, method, {v});
  if (r.is_null()) return {};
  if (!is_int(vm, r)) {
    std::string_view tn = type_name(vm, r);
    decref(r);
    return raise(vm, vm.exc.TypeError, cat("__index__ returned non-int (type ", tn, ")"));
  }
  return r;
}

bool index_int64(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  if (!int_to_int64(*i, out)) {
    raise(vm, vm.exc.IndexError,
          cat("cannot fit '", type_name(vm, v), "' into an index-sized integer"));
    return false;
  }
  return true;
}

} // namespace py
