// code objects: allocation, position and handler lookups, attributes.
#include "python/objects/code.hpp"

#include <algorithm>

#include "python/objects/init.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

Code* code_new(VM& vm) {
  Code* c = vm.allocate<Code>(vm.types.code);
  if (!c) return nullptr;
  for (Tuple** t : {&c->consts, &c->names, &c->varnames, &c->cellvars, &c->freevars}) {
    *t = vm.empty_tuple;
    incref(vm.empty_tuple);
  }
  c->name = c->qualname = c->filename = vm.empty_str;
  return c;
}

void code_finish(Code* code) {
  constexpr uint32_t kComplex =
      kCoVarargs | kCoVarKeywords | kCoGenerator | kCoCoroutine | kCoAsyncGenerator;
  code->plain_args =
      !(code->flags & kComplex) && !code->kwonlyargcount && !code->ncells() && !code->nfrees();
}

const LineEntry* code_position(const Code* code, uint32_t offset) {
  const auto& lines = code->lines;
  auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                             [](uint32_t off, const LineEntry& e) { return off < e.start; });
  if (it == lines.begin()) return nullptr;
  return &*(it - 1);
}

const ExceptionHandlerEntry* code_handler(const Code* code, uint32_t offset) {
  // Entries do not overlap and are sorted by start.
  const auto& handlers = code->handlers;
  auto it =
      std::upper_bound(handlers.begin(), handlers.end(), offset,
                       [](uint32_t off, const ExceptionHandlerEntry& e) { return off < e.start; });
  if (it == handlers.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

namespace {

void code_dealloc(Object* o) {
  auto* c = static_cast<Code*>(o);
  for (Tuple* t : {c->consts, c->names, c->varnames, c->cellvars, c->freevars}) decref(t);
  for (Str* s : {c->name, c->qualname, c->filename}) decref(s);
  c->~Code();
  o->type->vm->free_object(o, object_size(o));
}

Code* as_code(Value v) { return static_cast<Code*>(v.as_object()); }

Value code_repr(VM& vm, Value self) {
  Code* c = as_code(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(c));
  return str_new(vm, cat("<code object ", c->name->view(), " at ", address, ", file \"",
                         c->filename->view(), "\", line ", c->firstlineno, ">"));
}

template <Tuple* Code::*field>
Value get_tuple(VM& vm, Value self) {
  return newref(Value::object(as_code(self)->*field));
}
template <Str* Code::*field>
Value get_str(VM& vm, Value self) {
  return newref(Value::object(as_code(self)->*field));
}
Value get_firstlineno(VM& vm, Value self) { return Value::small_int(as_code(self)->firstlineno); }
Value get_argcount(VM& vm, Value self) { return Value::small_int(as_code(self)->argcount); }
Value get_posonly(VM& vm, Value self) { return Value::small_int(as_code(self)->posonlyargcount); }
Value get_kwonly(VM& vm, Value self) { return Value::small_int(as_code(self)->kwonlyargcount); }
Value get_flags(VM& vm, Value self) { return Value::small_int(as_code(self)->flags); }
Value get_nlocals(VM& vm, Value self) { return Value::small_int(as_code(self)->nlocals()); }
Value get_stacksize(VM& vm, Value self) { return Value::small_int(as_code(self)->stacksize); }

} // namespace

void init_code_type(VM& vm) {
  Type* t = vm.types.code = new_builtin_type(vm, "code", vm.types.object, sizeof(Code), 0);
  t->dealloc = code_dealloc;
  t->repr = code_repr;
  t->new_ = nullptr;
  add_getsets(vm, t,
              {{"co_consts", get_tuple<&Code::consts>},
               {"co_names", get_tuple<&Code::names>},
               {"co_varnames", get_tuple<&Code::varnames>},
               {"co_cellvars", get_tuple<&Code::cellvars>},
               {"co_freevars", get_tuple<&Code::freevars>},
               {"co_name", get_str<&Code::name>},
               {"co_qualname", get_str<&Code::qualname>},
               {"co_filename", get_str<&Code::filename>},
               {"co_firstlineno", get_firstlineno},
               {"co_argcount", get_argcount},
               {"co_posonlyargcount", get_posonly},
               {"co_kwonlyargcount", get_kwonly},
               {"co_flags", get_flags},
               {"co_nlocals", get_nlocals},
               {"co_stacksize", get_stacksize}});
  finish_builtin_type(vm, t);
}

} // namespace py
