// cell: the box a closure shares with the frame that owns the variable.
#include "python/objects/cell.hpp"

#include "python/objects/init.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

Value cell_new(VM& vm, Value value) {
  Cell* c = vm.allocate<Cell>(vm.types.cell);
  if (!c) return {};
  c->value = newref(value);
  return Value::object(c);
}

namespace {

void cell_dealloc(Object* o) {
  decref(static_cast<Cell*>(o)->value);
  o->type->vm->free_object(o, object_size(o));
}

Value cell_get_contents(VM& vm, Value self) {
  Value v = static_cast<Cell*>(self.as_object())->value;
  if (v.is_null()) return raise(vm, vm.exc.ValueError, "Cell is empty");
  return newref(v);
}

bool cell_set_contents(VM& vm, Value self, Value value) {
  auto* c = static_cast<Cell*>(self.as_object());
  Value old = c->value;
  c->value = newref(value);
  decref(old);
  return true;
}

Value cell_repr(VM& vm, Value self) {
  Value v = static_cast<Cell*>(self.as_object())->value;
  if (v.is_null()) return str_new(vm, "<cell: empty>");
  return str_new(vm, cat("<cell: ", type_name(vm, v), " object>"));
}

} // namespace

void init_cell_type(VM& vm) {
  Type* t = vm.types.cell = new_builtin_type(vm, "cell", vm.types.object, sizeof(Cell), 0);
  t->dealloc = cell_dealloc;
  t->repr = cell_repr;
  t->new_ = nullptr;
  add_getsets(vm, t, {{"cell_contents", cell_get_contents, cell_set_contents}});
  finish_builtin_type(vm, t);
}

} // namespace py
