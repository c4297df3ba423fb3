#include "python/vm/call.hpp"

#include <cstring>
#include <string>
#include <vector>

#include "python/objects/cell.hpp"
#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/function.hpp"
#include "python/objects/generator.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/eval.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

std::string_view qualname_of(const Function* fn) { return fn->qualname->view(); }

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" — CPython's list of missing names.
std::string name_list(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += cat("'", names[i], "'");
  }
  return out;
}

Value raise_missing(VM& vm, const Function* fn, const std::vector<std::string_view>& names,
                    const char* kind) {
  return raise(vm, vm.exc.TypeError,
               cat(qualname_of(fn), "() missing ", names.size(), " required ", kind,
                   names.size() == 1 ? " argument: " : " arguments: ", name_list(names)));
}

Value raise_too_many_positional(VM& vm, const Function* fn, size_t given, size_t kwonly_given,
                                Value* locals) {
  const Code* co = fn->code;
  size_t argcount = co->argcount;
  size_t defaults = fn->defaults ? fn->defaults->size : 0;
  std::string takes;
  if (defaults) {
    takes = cat("from ", argcount - defaults, " to ", argcount, " positional arguments");
  } else {
    takes = cat(argcount, argcount == 1 ? " positional argument" : " positional arguments");
  }
  std::string extra;
  if (kwonly_given) {
    extra = cat(" positional argument", given == 1 ? "" : "s", " (and ", kwonly_given,
                " keyword-only argument", kwonly_given == 1 ? "" : "s", ")");
  }
  std::string msg = cat(qualname_of(fn), "() takes ", takes, " but ", given);
  if (kwonly_given) {
    msg += cat(extra, " were given");
  } else {
    msg += given == 1 ? " was given" : " were given";
  }
  (void)locals;
  return raise(vm, vm.exc.TypeError, msg);
}

/// Index of parameter `name` among varnames[start, end), or -1.
int64_t find_parameter(const Code* co, Str* name, size_t start, size_t end) {
  for (size_t i = start; i < end; ++i) {
    auto* v = static_cast<Str*>(co->varnames->item(i).as_object());
    if (v == name) return int64_t(i);
  }
  for (size_t i = start; i < end; ++i) {
    if (str_equal(static_cast<Str*>(co->varnames->item(i).as_object()), name)) return int64_t(i);
  }
  return -1;
}

/// Binds arguments to parameters in `locals` (zeroed, nlocals long). False with TypeError.
bool bind_arguments(VM& vm, Function* fn, Value* locals, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  Code* co = fn->code;
  size_t argcount = co->argcount;
  size_t total = argcount + co->kwonlyargcount;
  bool has_varargs = co->flags & kCoVarargs;
  Dict* kwdict = nullptr;
  if (co->flags & kCoVarKeywords) {
    Value d = dict_new(vm);
    if (d.is_null()) return false;
    kwdict = static_cast<Dict*>(d.as_object());
    locals[total + (has_varargs ? 1 : 0)] = d;
  }
  size_t npos = nargs < argcount ? nargs : argcount;
  for (size_t i = 0; i < npos; ++i) locals[i] = newref(args[i]);
  if (has_varargs) {
    size_t extra = nargs > argcount ? nargs - argcount : 0;
    Value t = tuple_new(vm, args + npos, extra);
    if (t.is_null()) return false;
    locals[total] = t;
  }
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < nkw; ++k) {
    Value key = kwnames->item(k);
    Value value = args[nargs + k];
    auto* name = static_cast<Str*>(key.as_object());
    int64_t j = find_parameter(co, name, co->posonlyargcount, total);
    if (j < 0) {
      if (kwdict) {
        if (!dict_set(vm, kwdict, key, value)) return false;
        continue;
      }
      // CPython names every positional-only parameter passed by keyword.
      std::string names;
      for (size_t m = 0; m < nkw; ++m) {
        auto* other = static_cast<Str*>(kwnames->item(m).as_object());
        if (find_parameter(co, other, 0, co->posonlyargcount) < 0) continue;
        names += names.empty() ? "" : ", ";
        names += other->view();
      }
      if (!names.empty()) {
        raise(vm, vm.exc.TypeError,
              cat(qualname_of(fn),
                  "() got some positional-only arguments passed as keyword arguments: '", names,
                  "'"));
      } else {
        raise(vm, vm.exc.TypeError,
              cat(qualname_of(fn), "() got an unexpected keyword argument '", name->view(), "'"));
      }
      return false;
    }
    if (!locals[j].is_null()) {
      raise(vm, vm.exc.TypeError,
            cat(qualname_of(fn), "() got multiple values for argument '", name->view(), "'"));
      return false;
    }
    locals[j] = newref(value);
  }
  if (nargs > argcount && !has_varargs) {
    size_t kwonly_given = 0;
    for (size_t i = argcount; i < total; ++i) kwonly_given += !locals[i].is_null();
    raise_too_many_positional(vm, fn, nargs, kwonly_given, locals);
    return false;
  }
  // Defaults of positional parameters fill the trailing ones.
  size_t ndefaults = fn->defaults ? fn->defaults->size : 0;
  size_t first_default = argcount - ndefaults;
  std::vector<std::string_view> missing;
  for (size_t i = nargs < argcount ? nargs : argcount; i < argcount; ++i) {
    if (!locals[i].is_null()) continue;
    if (i >= first_default) {
      locals[i] = newref(fn->defaults->item(i - first_default));
    } else {
      missing.push_back(static_cast<Str*>(co->varnames->item(i).as_object())->view());
    }
  }
  if (!missing.empty()) {
    raise_missing(vm, fn, missing, "positional");
    return false;
  }
  for (size_t i = argcount; i < total; ++i) {
    if (!locals[i].is_null()) continue;
    auto* name = static_cast<Str*>(co->varnames->item(i).as_object());
    Value dflt = fn->kwdefaults ? dict_get_str(fn->kwdefaults, name) : Value();
    if (!dflt.is_null()) {
      locals[i] = newref(dflt);
    } else {
      missing.push_back(name->view());
    }
  }
  if (!missing.empty()) {
    raise_missing(vm, fn, missing, "keyword-only");
    return false;
  }
  return true;
}

/// Creates the cells of a frame and copies in its closure.
bool setup_cells(VM& vm, Function* fn, Frame* frame) {
  Code* co = fn->code;
  Value* lp = frame->localsplus();
  uint32_t nlocals = co->nlocals();
  uint32_t ncells = co->ncells();
  for (uint32_t i = 0; i < ncells; ++i) {
    int32_t arg = co->cell_to_arg.empty() ? -1 : co->cell_to_arg[i];
    Value initial = arg >= 0 ? lp[arg] : Value();
    Value cell = cell_new(vm, initial);
    if (cell.is_null()) return false;
    lp[nlocals + i] = cell;
  }
  uint32_t nfrees = co->nfrees();
  for (uint32_t i = 0; i < nfrees; ++i) {
    lp[nlocals + ncells + i] = newref(fn->closure->item(i));
  }
  return true;
}

/// self followed by `total` argument values (positional, then keyword values),
/// on the C++ stack for the usual small calls.
class SelfAndArgs {
public:
  SelfAndArgs(Value self, const Value* args, size_t total) {
    if (total + 1 > kSmall) {
      big_.resize(total + 1);
      all_ = big_.data();
    }
    all_[0] = self;
    if (total) std::memcpy(all_ + 1, args, total * sizeof(Value));
  }
  SelfAndArgs(const SelfAndArgs&) = delete;
  SelfAndArgs& operator=(const SelfAndArgs&) = delete;
  const Value* data() const { return all_; }

private:
  static constexpr size_t kSmall = 8;
  Value small_[kSmall];
  std::vector<Value> big_;
  Value* all_ = small_;
};

Value call_native(VM& vm, NativeFunction* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  auto invoke = [&](const Value* a, size_t n) -> Value {
    if (fn->wrapper) return fn->wrapper(vm, fn->owner, a, n, kwnames);
    return fn->fn(vm, a, n, kwnames);
  };
  if (fn->self.is_null() || fn->kind == NativeKind::function ||
      fn->kind == NativeKind::static_method) {
    if ((fn->kind == NativeKind::method || fn->kind == NativeKind::slot_wrapper) &&
        fn->self.is_null()) {
      // An unbound method descriptor: the first argument is self.
      if (nargs == 0) {
        return raise(vm, vm.exc.TypeError,
                     cat("unbound method ", fn->owner->name->view(), ".", fn->name->view(),
                         "() needs an argument"));
      }
      if (!is_instance(vm, args[0], fn->owner)) {
        return raise(vm, vm.exc.TypeError,
                     cat("descriptor '", fn->name->view(), "' for '", fn->owner->name->view(),
                         "' objects doesn't apply to a '", type_name(vm, args[0]), "' object"));
      }
    }
    return invoke(args, nargs);
  }
  // Bound: prepend self.
  SelfAndArgs all(fn->self, args, nargs + nkw);
  return invoke(all.data(), nargs + 1);
}

Value call_python_function(VM& vm, Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Frame* frame = make_frame(vm, fn, args, nargs, kwnames);
  if (!frame) return {};
  if (fn->code->is_generator_like()) return generator_new(vm, frame);
  return run_frame(vm, frame);
}

} // namespace

Frame* make_frame(VM& vm, Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!kwnames && simple_call(fn, nargs)) return make_simple_frame(vm, fn, args, nargs, false);
  Code* co = fn->code;
  size_t bytes = Frame::size_for(co);
  bool on_heap = co->is_generator_like();
  void* memory = on_heap ? vm.allocate_bytes(bytes) : vm.frames.push(bytes);
  if (!memory) {
    if (!on_heap) raise_memory_error(vm);
    return nullptr;
  }
  std::memset(memory, 0, sizeof(Frame) + sizeof(Value) * co->nlocalsplus());
  auto* frame = static_cast<Frame*>(memory);
  frame->code = co;
  frame->function = fn;
  incref(fn);
  frame->globals = fn->globals;
  frame->builtins = fn->builtins;
  frame->ip = co->instructions.data();
  frame->stack_top = frame->stack_base();
  if (!bind_arguments(vm, fn, frame->localsplus(), args, nargs, kwnames) ||
      !setup_cells(vm, fn, frame)) {
    release_frame(vm, frame);
    return nullptr;
  }
  return frame;
}

void release_frame(VM& vm, Frame* frame) {
  release_frame_values(vm, frame);
  Function* fn = frame->function;
  Dict* locals = frame->locals;
  if (frame->generator || frame->code->is_generator_like()) {
    vm.heap().release(frame, Frame::size_for(frame->code));
  } else {
    vm.frames.pop(frame);
  }
  if (locals) decref(locals);
  if (fn) decref(fn);
}

Value call(VM& vm, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = vm.type_of(callable);
  if (t == vm.types.function) {
    return call_python_function(vm, static_cast<Function*>(callable.as_object()), args, nargs,
                                kwnames);
  }
  if (t == vm.types.builtin_function || t == vm.types.method_descriptor ||
      t == vm.types.wrapper_descriptor || t == vm.types.classmethod_descriptor) {
    return call_native(vm, static_cast<NativeFunction*>(callable.as_object()), args, nargs,
                       kwnames);
  }
  if (t == vm.types.method) {
    auto* m = static_cast<BoundMethod*>(callable.as_object());
    Ref hold = Ref::borrow(callable);
    return call_with_self(vm, m->function, m->self, args, nargs, kwnames);
  }
  if (t->call) return t->call(vm, callable, args, nargs, kwnames);
  return raise(vm, vm.exc.TypeError, cat("'", t->name->view(), "' object is not callable"));
}

Value call_with_self(VM& vm, Value callable, Value self, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  SelfAndArgs all(self, args, nargs + (kwnames ? kwnames->size : 0));
  return call(vm, callable, all.data(), nargs + 1, kwnames);
}

Value call_ex(VM& vm, Value callable, Value args_tuple, Value kwargs_dict) {
  auto* args = args_tuple.is_null() ? vm.empty_tuple : static_cast<Tuple*>(args_tuple.as_object());
  if (kwargs_dict.is_null() || static_cast<Dict*>(kwargs_dict.as_object())->used == 0) {
    return call(vm, callable, args->items(), args->size);
  }
  auto* kw = static_cast<Dict*>(kwargs_dict.as_object());
  Tuple* names = tuple_alloc(vm, kw->used);
  if (!names) return {};
  Ref names_ref = Ref::steal(names);
  std::vector<Value> all(args->items(), args->items() + args->size);
  size_t pos = 0, k = 0;
  DictEntry* e;
  while (dict_next(kw, &pos, &e)) {
    if (!is_instance(vm, e->key, vm.types.str)) {
      return raise(vm, vm.exc.TypeError, "keywords must be strings");
    }
    names->items()[k++] = newref(e->key);
    all.push_back(e->value);
  }
  return call(vm, callable, all.data(), args->size, names);
}

} // namespace py
