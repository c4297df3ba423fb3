// BaseException and the built-in hierarchy; the traceback and frame objects
// tracebacks are made of; exception groups (split, subgroup, derive).
#include "python/objects/exception.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/generator.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

BaseException* as_exc(Value v) { return static_cast<BaseException*>(v.as_object()); }

/// Sets one attribute in the exception's instance dict.
bool set_exc_attr(VM& vm, Value exc, std::string_view name, Value value) {
  Dict* d = instance_dict(vm, exc);
  return d && dict_set_str(vm, d, str_intern(vm, name), value);
}

/// Reads one attribute from the exception's instance dict (borrowed; None if unset).
Value exc_attr(VM& vm, Value exc, std::string_view name) {
  Value d = *object_dict_slot(exc.as_object());
  if (d.is_null()) return Value::none();
  Value v = dict_get_str(static_cast<Dict*>(d.as_object()), str_intern(vm, name));
  return v.is_null() ? Value::none() : v;
}

void exception_dealloc(Object* o) {
  auto* e = static_cast<BaseException*>(o);
  if (e->args) decref(e->args);
  decref(e->traceback);
  decref(e->context);
  decref(e->cause);
  decref(e->notes);
  if (e->dict) decref(e->dict);
  o->type->vm->free_object(o, object_size(o));
}

Value base_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* e = vm.allocate<BaseException>(type);
  if (!e) return {};
  e->traceback = Value::none();
  e->context = Value::none();
  e->cause = Value::none();
  e->args = static_cast<Tuple*>(tuple_new(vm, args, nargs).as_object());
  if (!e->args) {
    decref(e);
    return {};
  }
  return Value::object(e);
}

bool set_args(VM& vm, Value self, const Value* args, size_t nargs) {
  Value t = tuple_new(vm, args, nargs);
  if (t.is_null()) return false;
  Tuple* old = as_exc(self)->args;
  as_exc(self)->args = static_cast<Tuple*>(t.as_object());
  if (old) decref(old);
  return true;
}

bool base_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, cat(type_name(vm, self), "() takes no keyword arguments"));
    return false;
  }
  return set_args(vm, self, args, nargs);
}

Value base_str(VM& vm, Value self) {
  Tuple* args = as_exc(self)->args;
  if (args->size == 0) return newref(Value::object(vm.empty_str));
  if (args->size == 1) return str(vm, args->item(0));
  return str(vm, Value::object(args));
}

Value base_repr(VM& vm, Value self) {
  Tuple* args = as_exc(self)->args;
  std::string_view name = vm.type_of(self)->name->view();
  Ref inner = Ref::steal(repr(vm, args->size == 1 ? args->item(0) : Value::object(args)));
  if (!inner) return {};
  if (args->size == 1) return str_new(vm, cat(name, "(", inner.as<Str>()->view(), ")"));
  return str_new(vm, cat(name, inner.as<Str>()->view()));
}

Value get_args(VM& vm, Value self) { return newref(Value::object(as_exc(self)->args)); }
bool set_args_attr(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise(vm, vm.exc.TypeError, "args may not be deleted");
    return false;
  }
  Ref t = Ref::steal(tuple_from_iterable(vm, value));
  if (!t) return false;
  Tuple* old = as_exc(self)->args;
  as_exc(self)->args = static_cast<Tuple*>(t.release().as_object());
  if (old) decref(old);
  return true;
}

template <Value BaseException::*field>
Value get_field(VM& vm, Value self) {
  Value v = as_exc(self)->*field;
  return v.is_null() ? Value::none() : newref(v);
}

bool set_traceback(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise(vm, vm.exc.TypeError, "__traceback__ may not be deleted");
    return false;
  }
  if (!value.is_none() && vm.type_of(value) != vm.types.traceback) {
    raise(vm, vm.exc.TypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  Value old = as_exc(self)->traceback;
  as_exc(self)->traceback = newref(value);
  decref(old);
  return true;
}

/// __context__ / __cause__ setters: an exception or None.
template <Value BaseException::*field>
bool set_chain(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise(vm, vm.exc.TypeError, "exception context/cause may not be deleted");
    return false;
  }
  if (!value.is_none() && !is_instance(vm, value, vm.exc.BaseException)) {
    raise(vm, vm.exc.TypeError,
          field == &BaseException::cause
              ? "exception cause must be None or derive from BaseException"
              : "exception context must be None or derive from BaseException");
    return false;
  }
  Value old = as_exc(self)->*field;
  as_exc(self)->*field = newref(value);
  if (field == &BaseException::cause) as_exc(self)->suppress_context = true;
  decref(old);
  return true;
}

Value get_suppress(VM& vm, Value self) { return Value::boolean(as_exc(self)->suppress_context); }
bool set_suppress(VM& vm, Value self, Value value) {
  int t = value.is_null() ? 0 : truthy(vm, value);
  if (t < 0) return false;
  as_exc(self)->suppress_context = t;
  return true;
}

Value with_traceback(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "with_traceback", nargs - 1, kw, 1, 1)) return {};
  if (!set_traceback(vm, args[0], args[1])) return {};
  return newref(args[0]);
}

Value add_note(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "add_note", nargs - 1, kw, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("note must be a str, not '", type_name(vm, args[1]), "'"));
  }
  Dict* d = instance_dict(vm, args[0]);
  if (!d) return {};
  Value notes = dict_get_str(d, vm.names.notes);
  if (notes.is_null()) {
    Ref list = Ref::steal(list_new(vm));
    if (!list || !dict_set_str(vm, d, vm.names.notes, *list)) return {};
    notes = *list;
  }
  if (!is_instance(vm, notes, vm.types.list)) {
    return raise(vm, vm.exc.TypeError, "Cannot add note: __notes__ is not a list");
  }
  if (!list_append(vm, static_cast<List*>(notes.as_object()), args[1])) return {};
  return Value::none();
}

// ----- subclasses with their own attributes -------------------------------------------

bool stop_iteration_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, self, args, nargs, kw)) return false;
  return set_exc_attr(vm, self, "value", nargs ? args[0] : Value::none());
}

bool system_exit_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, self, args, nargs, kw)) return false;
  Value code = nargs == 0   ? Value::none()
               : nargs == 1 ? args[0]
                            : Value::object(as_exc(self)->args);
  return set_exc_attr(vm, self, "code", code);
}

/// Exceptions that take keyword-only attributes (NameError name=, …).
bool keyword_attrs_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw,
                        std::initializer_list<const char*> names) {
  if (!set_args(vm, self, args, nargs)) return false;
  for (const char* n : names) {
    if (!set_exc_attr(vm, self, n, Value::none())) return false;
  }
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view key = static_cast<Str*>(kw->item(i).as_object())->view();
    bool known = false;
    for (const char* n : names) known = known || key == n;
    if (!known) {
      raise(vm, vm.exc.TypeError,
            cat("'", key, "' is an invalid keyword argument for ", type_name(vm, self), "()"));
      return false;
    }
    if (!set_exc_attr(vm, self, key, args[nargs + i])) return false;
  }
  return true;
}

bool name_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return keyword_attrs_init(vm, self, args, nargs, kw, {"name"});
}
bool attribute_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return keyword_attrs_init(vm, self, args, nargs, kw, {"name", "obj"});
}
bool import_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!keyword_attrs_init(vm, self, args, nargs, kw, {"name", "path"})) return false;
  return set_exc_attr(vm, self, "msg", nargs == 1 ? args[0] : Value::none());
}

Value import_error_str(VM& vm, Value self) {
  Value msg = exc_attr(vm, self, "msg");
  if (!msg.is_none()) return str(vm, msg);
  return base_str(vm, self);
}

Value key_error_str(VM& vm, Value self) {
  Tuple* args = as_exc(self)->args;
  if (args->size == 1) return repr(vm, args->item(0));
  return base_str(vm, self);
}

/// OSError(errno, strerror, ...) makes the subclass for the errno, as CPython
/// on Linux does (the numbers are Linux's, whatever the host's errno.h says).
Value os_error_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == vm.exc.OSError && nargs >= 2 && nargs <= 5 && args[0].is_small_int()) {
    auto& e = vm.exc;
    const std::pair<int64_t, Type*> subclasses[] = {
        {11, e.BlockingIOError},         {114, e.BlockingIOError},
        {115, e.BlockingIOError},        {10, e.ChildProcessError},
        {32, e.BrokenPipeError},         {108, e.BrokenPipeError},
        {103, e.ConnectionAbortedError}, {111, e.ConnectionRefusedError},
        {104, e.ConnectionResetError},   {17, e.FileExistsError},
        {2, e.FileNotFoundError},        {21, e.IsADirectoryError},
        {20, e.NotADirectoryError},      {4, e.InterruptedError},
        {13, e.PermissionError},         {1, e.PermissionError},
        {3, e.ProcessLookupError},       {110, e.TimeoutError}};
    for (const auto& [code, subclass] : subclasses) {
      if (args[0].as_small_int() == code) {
        type = subclass;
        break;
      }
    }
  }
  return base_new(vm, type, args, nargs, kwnames);
}

bool os_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, self, args, nargs, kw)) return false;
  Value none = Value::none();
  bool two = nargs >= 2 && nargs <= 5;
  // With a filename, args keeps only (errno, strerror).
  if (two && nargs >= 3 && !args[2].is_none() && !set_args(vm, self, args, 2)) return false;
  return set_exc_attr(vm, self, "errno", two ? args[0] : none) &&
         set_exc_attr(vm, self, "strerror", two ? args[1] : none) &&
         set_exc_attr(vm, self, "filename", two && nargs >= 3 ? args[2] : none) &&
         set_exc_attr(vm, self, "filename2", two && nargs >= 5 ? args[4] : none);
}

Value os_error_str(VM& vm, Value self) {
  Value err = exc_attr(vm, self, "errno");
  Value msg = exc_attr(vm, self, "strerror");
  Value file = exc_attr(vm, self, "filename");
  if (!err.is_none() && !msg.is_none()) {
    Ref e = Ref::steal(str(vm, err));
    Ref m = Ref::steal(str(vm, msg));
    if (!e || !m) return {};
    if (!file.is_none()) {
      Ref f = Ref::steal(repr(vm, file));
      if (!f) return {};
      return str_new(vm, cat("[Errno ", e.as<Str>()->view(), "] ", m.as<Str>()->view(), ": ",
                             f.as<Str>()->view()));
    }
    return str_new(vm, cat("[Errno ", e.as<Str>()->view(), "] ", m.as<Str>()->view()));
  }
  return base_str(vm, self);
}

bool syntax_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, self, args, nargs, kw)) return false;
  const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  for (const char* f : fields) {
    if (!set_exc_attr(vm, self, f, Value::none())) return false;
  }
  if (!set_exc_attr(vm, self, "msg", nargs >= 1 ? args[0] : Value::none()) ||
      !set_exc_attr(vm, self, "print_file_and_line", Value::none())) {
    return false;
  }
  if (nargs == 2) {
    Ref info = Ref::steal(tuple_from_iterable(vm, args[1]));
    if (!info) return false;
    auto* t = info.as<Tuple>();
    if (t->size < 4 || t->size > 6) {
      raise(vm, vm.exc.IndexError, "tuple index out of range");
      return false;
    }
    for (size_t i = 0; i < t->size; ++i) {
      if (!set_exc_attr(vm, self, fields[i], t->item(i))) return false;
    }
  }
  return true;
}

Value syntax_error_str(VM& vm, Value self) {
  Value msg = exc_attr(vm, self, "msg");
  Ref text = Ref::steal(str(vm, msg));
  if (!text) return {};
  Value filename = exc_attr(vm, self, "filename");
  Value lineno = exc_attr(vm, self, "lineno");
  bool has_file = is_instance(vm, filename, vm.types.str);
  bool has_line = is_int(vm, lineno);
  std::string_view file = has_file ? static_cast<Str*>(filename.as_object())->view() : "";
  if (has_file)
    file = file.substr(file.rfind('/') == std::string_view::npos ? 0 : file.rfind('/') + 1);
  std::string line = has_line ? repr_text(vm, lineno) : "";
  if (has_file && has_line) {
    return str_new(vm, cat(text.as<Str>()->view(), " (", file, ", line ", line, ")"));
  }
  if (has_file) return str_new(vm, cat(text.as<Str>()->view(), " (", file, ")"));
  if (has_line) return str_new(vm, cat(text.as<Str>()->view(), " (line ", line, ")"));
  return text.release();
}

// ----- exception groups -------------------------------------------------------------------

Value group_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((kwnames && kwnames->size) || nargs != 2) {
    return raise(vm, vm.exc.TypeError,
                 cat("BaseExceptionGroup.__new__() takes exactly 2 arguments (", nargs, " given)"));
  }
  if (!is_instance(vm, args[0], vm.types.str)) {
    return raise(vm, vm.exc.TypeError, cat("argument 1 must be str, not ", type_name(vm, args[0])));
  }
  Type* seq_type = vm.type_of(args[1]);
  if (lookup_type(vm, seq_type, vm.names.getitem).is_null() || is_subtype(seq_type, vm.types.set) ||
      is_subtype(seq_type, vm.types.dict) || is_subtype(seq_type, vm.types.str)) {
    return raise(vm, vm.exc.TypeError, "second argument (exceptions) must be a sequence");
  }
  Ref excs = Ref::steal(tuple_from_iterable(vm, args[1]));
  if (!excs) return {};
  auto* t = excs.as<Tuple>();
  if (t->size == 0) {
    return raise(vm, vm.exc.ValueError,
                 "second argument (exceptions) must be a non-empty sequence");
  }
  bool all_exceptions = true;
  for (size_t i = 0; i < t->size; ++i) {
    if (!is_instance(vm, t->item(i), vm.exc.BaseException)) {
      return raise(vm, vm.exc.ValueError,
                   cat("Item ", i, " of second argument (exceptions) is not an exception"));
    }
    all_exceptions = all_exceptions && is_instance(vm, t->item(i), vm.exc.Exception);
  }
  if (type == vm.exc.BaseExceptionGroup && all_exceptions) {
    type = vm.exc.ExceptionGroup;
  } else if (type == vm.exc.ExceptionGroup && !all_exceptions) {
    return raise(vm, vm.exc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && is_subtype(type, vm.exc.Exception)) {
    return raise(vm, vm.exc.TypeError,
                 cat("Cannot nest BaseExceptions in '", type->name->view(), "'"));
  }
  Ref self = Ref::steal(base_new(vm, type, args, nargs, nullptr));
  if (!self || !set_exc_attr(vm, *self, "message", args[0]) ||
      !set_exc_attr(vm, *self, "exceptions", *excs)) {
    return {};
  }
  return self.release();
}

bool group_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return set_args(vm, self, args, nargs);
}

Value group_str(VM& vm, Value self) {
  Value message = exc_attr(vm, self, "message");
  Value excs = exc_attr(vm, self, "exceptions");
  size_t n =
      is_instance(vm, excs, vm.types.tuple) ? static_cast<Tuple*>(excs.as_object())->size : 0;
  Ref m = Ref::steal(str(vm, message));
  if (!m) return {};
  return str_new(vm, cat(m.as<Str>()->view(), " (", n, " sub-exception", n == 1 ? "" : "s", ")"));
}

/// Does `exc` match the split condition (a type, a tuple of types, or a predicate)?
int group_condition(VM& vm, Value condition, Value exc) {
  if (is_instance(vm, condition, vm.types.type) || is_instance(vm, condition, vm.types.tuple)) {
    return isinstance(vm, exc, condition);
  }
  Ref r = Ref::steal(call(vm, condition, {exc}));
  if (!r) return -1;
  return truthy(vm, *r);
}

/// Copies the metadata of `orig` (traceback, context, cause, notes) onto a derived group.
void copy_group_metadata(VM& vm, Value orig, Value derived) {
  BaseException* o = as_exc(orig);
  BaseException* d = as_exc(derived);
  for (Value BaseException::*f :
       {&BaseException::traceback, &BaseException::context, &BaseException::cause}) {
    Value old = d->*f;
    d->*f = newref(o->*f);
    decref(old);
  }
  d->suppress_context = o->suppress_context;
  Value notes = exc_attr(vm, orig, "__notes__");
  if (!notes.is_none()) set_exc_attr(vm, derived, "__notes__", notes);
}

Value derive(VM& vm, Value self, Value excs) {
  Value message = exc_attr(vm, self, "message");
  Ref list = Ref::steal(list_from_iterable(vm, excs));
  if (!list) return {};
  Value excs_arg = *list;
  Ref derived = Ref::steal(call_method(vm, self, str_intern(vm, "derive"), &excs_arg, 1));
  (void)message;
  if (!derived) return {};
  copy_group_metadata(vm, self, *derived);
  return derived.release();
}

/// Splits self by the condition into (match, rest); either may be None.
bool split_group(VM& vm, Value self, Value condition, bool want_rest, Value* match, Value* rest) {
  int whole = group_condition(vm, condition, self);
  if (whole < 0) return false;
  if (whole) {
    *match = newref(self);
    *rest = Value::none();
    return true;
  }
  Value excs = exc_attr(vm, self, "exceptions");
  auto* t = static_cast<Tuple*>(excs.as_object());
  std::vector<Ref> matched, remaining;
  for (size_t i = 0; i < t->size; ++i) {
    Value e = t->item(i);
    if (is_instance(vm, e, vm.exc.BaseExceptionGroup)) {
      Value m, r;
      if (!split_group(vm, e, condition, want_rest, &m, &r)) return false;
      Ref mh = Ref::steal(m), rh = Ref::steal(r);
      if (!m.is_none()) matched.push_back(mh);
      if (!r.is_none()) remaining.push_back(rh);
    } else {
      int c = group_condition(vm, condition, e);
      if (c < 0) return false;
      (c ? matched : remaining).push_back(Ref::borrow(e));
    }
  }
  auto build = [&](std::vector<Ref>& parts) -> Value {
    if (parts.empty()) return Value::none();
    std::vector<Value> values;
    for (Ref& r : parts) values.push_back(*r);
    Ref tuple = Ref::steal(tuple_new(vm, values.data(), values.size()));
    if (!tuple) return {};
    return derive(vm, self, *tuple);
  };
  *match = build(matched);
  if (match->is_null()) return false;
  *rest = want_rest ? build(remaining) : Value::none();
  if (rest->is_null()) {
    decref(*match);
    return false;
  }
  return true;
}

Value group_split(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "split", nargs - 1, kw, 1, 1)) return {};
  Value match, rest;
  if (!split_group(vm, args[0], args[1], true, &match, &rest)) return {};
  Value pair[2] = {match, rest};
  Value result = tuple_new(vm, pair, 2);
  decref(match);
  decref(rest);
  return result;
}

Value group_subgroup(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "subgroup", nargs - 1, kw, 1, 1)) return {};
  Value match, rest;
  if (!split_group(vm, args[0], args[1], false, &match, &rest)) return {};
  decref(rest);
  return match;
}

Value group_derive(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "derive", nargs - 1, kw, 1, 1)) return {};
  Value ctor_args[2] = {exc_attr(vm, args[0], "message"), args[1]};
  return call(vm, Value::object(vm.exc.BaseExceptionGroup), ctor_args, 2);
}

// ----- traceback and frame objects -----------------------------------------------------------

void traceback_dealloc(Object* o) {
  auto* tb = static_cast<Traceback*>(o);
  decref(tb->next);
  decref(tb->frame);
  o->type->vm->free_object(o, object_size(o));
}

void frame_dealloc(Object* o) {
  auto* f = static_cast<FrameObject*>(o);
  VM& vm = *o->type->vm;
  if (f->live) f->live->object = nullptr;
  for (uint32_t i = 0; i < f->nlocals; ++i) decref(f->locals[i]);
  if (f->locals) vm.heap().release(f->locals, f->nlocals * sizeof(Value));
  decref(f->code);
  decref(f->globals);
  decref(f->back);
  vm.free_object(o, object_size(o));
}

Traceback* as_tb(Value v) { return static_cast<Traceback*>(v.as_object()); }
FrameObject* as_frame(Value v) { return static_cast<FrameObject*>(v.as_object()); }

Value tb_next(VM& vm, Value self) { return newref(as_tb(self)->next); }
Value tb_frame(VM& vm, Value self) { return newref(Value::object(as_tb(self)->frame)); }
Value tb_lineno(VM& vm, Value self) { return Value::small_int(as_tb(self)->line); }
Value tb_lasti(VM& vm, Value self) { return Value::small_int(as_tb(self)->lasti * 2); }

Value frame_code(VM& vm, Value self) { return newref(Value::object(as_frame(self)->code)); }
Value frame_globals(VM& vm, Value self) { return newref(Value::object(as_frame(self)->globals)); }
Value frame_lineno(VM& vm, Value self) {
  FrameObject* f = as_frame(self);
  if (!f->live) return Value::small_int(f->line);
  // A generator that has not started is at its def line, as in CPython.
  Generator* gen = f->live->generator;
  if (gen && gen->state == GenState::created) return Value::small_int(f->code->firstlineno);
  const LineEntry* pos = code_position(f->code, f->live->offset());
  return Value::small_int(pos ? pos->line : f->code->firstlineno);
}
Value frame_back(VM& vm, Value self) {
  FrameObject* f = as_frame(self);
  if (f->live) return f->live->previous ? frame_object_new(vm, f->live->previous) : Value::none();
  return f->back.is_null() ? Value::none() : newref(f->back);
}
Value frame_locals(VM& vm, Value self) {
  FrameObject* f = as_frame(self);
  Code* code = f->code;
  if (f->live && f->live->locals) return newref(Value::object(f->live->locals));
  if (!(code->flags & kCoOptimized)) return newref(Value::object(f->globals));
  const Value* values = f->live ? f->live->localsplus() : f->locals;
  uint32_t count = f->live ? code->nlocals() : std::min(code->nlocals(), f->nlocals);
  Ref d = Ref::steal(dict_new(vm));
  if (!d) return {};
  for (uint32_t i = 0; i < count; ++i) {
    if (!values[i].is_null() && !dict_set(vm, d.as<Dict>(), code->varnames->item(i), values[i])) {
      return {};
    }
  }
  return d.release();
}

} // namespace

Value exception_new_args(VM& vm, Type* type, Value args) {
  auto* t = static_cast<Tuple*>(args.as_object());
  return call(vm, Value::object(type), t->items(), t->size);
}

Value exception_new(VM& vm, Type* type, std::string_view message) {
  if (message.empty()) return call(vm, Value::object(type), nullptr, 0);
  Ref msg = Ref::steal(str_new(vm, message));
  if (!msg) return {};
  return call(vm, Value::object(type), {*msg});
}

Value raise_syntax_error(VM& vm, Type* type, const SyntaxErrorInfo& info) {
  Ref msg = Ref::steal(str_new(vm, info.message));
  Ref filename = Ref::steal(str_new(vm, info.filename));
  Ref text = info.text.empty() && info.lineno == 0 ? Ref::borrow(Value::none())
                                                   : Ref::steal(str_new(vm, info.text));
  if (!msg || !filename || !text) return {};
  if (info.text.empty()) text = Ref::borrow(Value::none());
  Value details[6] = {
      *filename, Value::small_int(info.lineno),     Value::small_int(info.offset),
      *text,     Value::small_int(info.end_lineno), Value::small_int(info.end_offset)};
  Ref tuple = Ref::steal(tuple_new(vm, details, 6));
  if (!tuple) return {};
  Value args[2] = {*msg, *tuple};
  Value exc = call(vm, Value::object(type), args, 2);
  if (exc.is_null()) return {};
  restore_exception(vm, exc);
  return {};
}

namespace {

/// Gives the classes with their own behaviour their slots and methods.
void configure_exception(VM& vm, Type* t) {
  auto& e = vm.exc;
  if (t == e.StopIteration) {
    t->init = stop_iteration_init;
  } else if (t == e.SystemExit) {
    t->init = system_exit_init;
  } else if (t == e.NameError) {
    t->init = name_error_init;
  } else if (t == e.AttributeError) {
    t->init = attribute_error_init;
  } else if (t == e.ImportError) {
    t->init = import_error_init;
    t->str = import_error_str;
  } else if (t == e.KeyError) {
    t->str = key_error_str;
  } else if (t == e.OSError) {
    t->new_ = os_error_new;
    t->init = os_error_init;
    t->str = os_error_str;
  } else if (t == e.SyntaxError) {
    t->init = syntax_error_init;
    t->str = syntax_error_str;
  } else if (t == e.BaseExceptionGroup) {
    t->new_ = group_new;
    t->init = group_init;
    t->str = group_str;
    add_methods(vm, t,
                {{"split", group_split}, {"subgroup", group_subgroup}, {"derive", group_derive}});
  }
}

} // namespace

void init_exception_types(VM& vm) {
  Type* base = new_builtin_type(vm, "BaseException", vm.types.object, sizeof(BaseException));
  vm.exc.BaseException = base;
  base->type_flags |= kExceptionSubclass;
  base->dealloc = exception_dealloc;
  base->new_ = base_new;
  base->init = base_init;
  base->str = base_str;
  base->repr = base_repr;
  base->dict_offset = offsetof(BaseException, dict);
  add_getsets(
      vm, base,
      {{"args", get_args, set_args_attr},
       {"__traceback__", get_field<&BaseException::traceback>, set_traceback},
       {"__context__", get_field<&BaseException::context>, set_chain<&BaseException::context>},
       {"__cause__", get_field<&BaseException::cause>, set_chain<&BaseException::cause>},
       {"__suppress_context__", get_suppress, set_suppress}});
  add_methods(vm, base, {{"with_traceback", with_traceback}, {"add_note", add_note}});
  finish_builtin_type(vm, base);

#define PY_MAKE_EXCEPTION(name, parent)                                                            \
  if (!vm.exc.name) {                                                                              \
    vm.exc.name = new_builtin_type(vm, #name, vm.exc.parent, sizeof(BaseException));               \
    configure_exception(vm, vm.exc.name);                                                          \
    finish_builtin_type(vm, vm.exc.name);                                                          \
  }
  PY_EXCEPTION_TYPES(PY_MAKE_EXCEPTION)
#undef PY_MAKE_EXCEPTION

  // ExceptionGroup(BaseExceptionGroup, Exception): the one built-in class with two bases.
  Type* group = vm.exc.ExceptionGroup;
  decref(group->bases);
  group->bases = static_cast<Tuple*>(
      tuple_of(vm, {Value::object(vm.exc.BaseExceptionGroup), Value::object(vm.exc.Exception)})
          .as_object());
  decref(group->mro);
  Value mro[] = {Value::object(group), Value::object(vm.exc.BaseExceptionGroup),
                 Value::object(vm.exc.Exception), Value::object(vm.exc.BaseException),
                 Value::object(vm.types.object)};
  group->mro = static_cast<Tuple*>(tuple_new(vm, mro, 5).as_object());

  vm.memory_error = call(vm, Value::object(vm.exc.MemoryError), nullptr, 0);

  Type* t = vm.types.traceback =
      new_builtin_type(vm, "traceback", vm.types.object, sizeof(Traceback), 0);
  t->dealloc = traceback_dealloc;
  t->new_ = nullptr;
  add_getsets(vm, t,
              {{"tb_next", tb_next},
               {"tb_frame", tb_frame},
               {"tb_lineno", tb_lineno},
               {"tb_lasti", tb_lasti}});
  finish_builtin_type(vm, t);

  t = vm.types.frame = new_builtin_type(vm, "frame", vm.types.object, sizeof(FrameObject), 0);
  t->dealloc = frame_dealloc;
  t->new_ = nullptr;
  add_getsets(vm, t,
              {{"f_code", frame_code},
               {"f_globals", frame_globals},
               {"f_lineno", frame_lineno},
               {"f_back", frame_back},
               {"f_locals", frame_locals}});
  finish_builtin_type(vm, t);
}

} // namespace py
