#include "python/builtins/io.hpp"

#include <string>

#include "python/objects/dict.hpp"
#include "python/objects/module.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// A text stream of the host: 1 stdout, 2 stderr, 0 stdin.
struct TextOutput : Object {
  int fd;
  Str* name;
  bool closed;
};

TextOutput* as_stream(Value v) { return static_cast<TextOutput*>(v.as_object()); }

void stream_dealloc(Object* o) {
  decref(static_cast<TextOutput*>(o)->name);
  o->type->vm->free_object(o, object_size(o));
}

void host_write(VM& vm, int fd, std::string_view text) {
  if (fd == 2) {
    vm.host().write_stderr(text);
  } else {
    vm.host().write_stdout(text);
  }
}

Value stream_write(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "write", nargs - 1, kw, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("write() argument must be str, not ", type_name(vm, args[1])));
  }
  TextOutput* s = as_stream(args[0]);
  if (s->closed) return raise(vm, vm.exc.ValueError, "I/O operation on closed file.");
  if (s->fd == 0) return raise(vm, vm.exc.OSError, "not writable");
  auto* text = static_cast<Str*>(args[1].as_object());
  host_write(vm, s->fd, text->view());
  return Value::small_int(text->length);
}

Value stream_flush(VM& vm, const Value* args, size_t nargs, Tuple* kw) { return Value::none(); }

Value stream_readline(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  std::string line;
  if (!vm.host().read_line(line)) return newref(Value::object(vm.empty_str));
  line.push_back('\n');
  return str_new(vm, line);
}

Value stream_false(VM& vm, const Value* args, size_t nargs, Tuple* kw) { return Value::false_(); }
Value stream_true(VM& vm, const Value* args, size_t nargs, Tuple* kw) { return Value::true_(); }
Value stream_fileno(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return Value::small_int(as_stream(args[0])->fd);
}

Value stream_repr(VM& vm, Value self) {
  TextOutput* s = as_stream(self);
  return str_new(vm, cat("<_io.TextIOWrapper name='", s->name->view(), "' mode='",
                         s->fd == 0 ? "r" : "w", "' encoding='utf-8'>"));
}

Value stream_name(VM& vm, Value self) { return newref(Value::object(as_stream(self)->name)); }
Value stream_encoding(VM& vm, Value self) { return str_new(vm, "utf-8"); }
Value stream_closed(VM& vm, Value self) { return Value::boolean(as_stream(self)->closed); }

/// The stream sys.<name> currently names (borrowed), or null with RuntimeError.
Value sys_stream(VM& vm, Str* name) {
  Value v = dict_get_str(vm.sys->dict, name);
  if (v.is_null()) {
    raise(vm, vm.exc.RuntimeError, cat("lost sys.", name->view()));
    return {};
  }
  return v;
}

/// str() of a print() argument as text appended to out.
bool append_str(VM& vm, Value v, std::string& out) {
  if (vm.type_of(v) == vm.types.str) {
    out.append(static_cast<Str*>(v.as_object())->view());
    return true;
  }
  Ref s = Ref::steal(str(vm, v));
  if (!s) return false;
  out.append(s.as<Str>()->view());
  return true;
}

/// The text of a sep/end argument: None means the default.
bool separator(VM& vm, Value v, const char* fallback, const char* which, std::string& out) {
  if (v.is_null() || v.is_none()) {
    out = fallback;
    return true;
  }
  if (!is_instance(vm, v, vm.types.str)) {
    raise(vm, vm.exc.TypeError, cat(which, " must be None or a string, not ", type_name(vm, v)));
    return false;
  }
  out = static_cast<Str*>(v.as_object())->view();
  return true;
}

} // namespace

Value text_output_new(VM& vm, int fd, std::string_view name) {
  auto* s = vm.allocate<TextOutput>(vm.types.text_output);
  if (!s) return {};
  s->fd = fd;
  s->name = str_intern(vm, name);
  incref(s->name);
  return Value::object(s);
}

bool write_to(VM& vm, Value file, std::string_view text) {
  if (vm.type_of(file) == vm.types.text_output && as_stream(file)->fd != 0 &&
      !as_stream(file)->closed) {
    host_write(vm, as_stream(file)->fd, text);
    return true;
  }
  Ref s = Ref::steal(str_new(vm, text));
  if (!s) return false;
  Value arg = *s;
  Ref r = Ref::steal(call_method(vm, file, vm.names.write, &arg, 1));
  return bool(r);
}

Value builtin_print(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value sep_v, end_v, file, flush;
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view key = static_cast<Str*>(kwnames->item(i).as_object())->view();
    Value v = args[nargs + i];
    if (key == "sep")
      sep_v = v;
    else if (key == "end")
      end_v = v;
    else if (key == "file")
      file = v;
    else if (key == "flush")
      flush = v;
    else
      return raise(vm, vm.exc.TypeError,
                   cat("'", key, "' is an invalid keyword argument for print()"));
  }
  std::string sep, end;
  if (!separator(vm, sep_v, " ", "sep", sep) || !separator(vm, end_v, "\n", "end", end)) return {};
  if (file.is_null() || file.is_none()) {
    file = sys_stream(vm, vm.names.stdout_);
    if (file.is_null()) return {};
    if (file.is_none()) return Value::none();
  }
  Ref file_hold = Ref::borrow(file);
  std::string out;
  for (size_t i = 0; i < nargs; ++i) {
    if (i) out += sep;
    if (!append_str(vm, args[i], out)) return {};
  }
  out += end;
  if (vm.type_of(file) == vm.types.text_output) {
    if (!write_to(vm, file, out)) return {};
  } else {
    // A file-like object sees each piece written separately, as CPython does.
    for (size_t i = 0; i < nargs; ++i) {
      std::string piece;
      if (i && !write_to(vm, file, sep)) return {};
      if (!append_str(vm, args[i], piece) || !write_to(vm, file, piece)) return {};
    }
    if (!write_to(vm, file, end)) return {};
  }
  if (!flush.is_null()) {
    int f = truthy(vm, flush);
    if (f < 0) return {};
    if (f) {
      Ref r = Ref::steal(call_method(vm, file, vm.names.flush, nullptr, 0));
      if (!r) return {};
    }
  }
  return Value::none();
}

Value builtin_input(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "input", nargs, kwnames, 0, 1)) return {};
  if (nargs == 1) {
    Value out = sys_stream(vm, vm.names.stdout_);
    if (out.is_null()) return {};
    std::string prompt;
    if (!append_str(vm, args[0], prompt) || !write_to(vm, out, prompt)) return {};
  }
  std::string line;
  if (!vm.host().read_line(line)) return raise(vm, vm.exc.EOFError, "EOF when reading a line");
  return str_new(vm, line);
}

void init_text_output_type(VM& vm) {
  Type* t = vm.types.text_output =
      new_builtin_type(vm, "TextIOWrapper", vm.types.object, sizeof(TextOutput), 0);
  t->dealloc = stream_dealloc;
  t->repr = stream_repr;
  t->new_ = nullptr;
  add_methods(vm, t,
              {{"write", stream_write},
               {"flush", stream_flush},
               {"readline", stream_readline},
               {"isatty", stream_false},
               {"writable", stream_true},
               {"readable", stream_false},
               {"fileno", stream_fileno}});
  add_getsets(vm, t,
              {{"name", stream_name}, {"encoding", stream_encoding}, {"closed", stream_closed}});
  finish_builtin_type(vm, t);
}

} // namespace py
