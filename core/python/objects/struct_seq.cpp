// Struct sequences: a tuple subclass with one read-only member descriptor
// per field (the tuple's items), the module-qualified repr, __match_args__
// and the n_fields counters CPython's structseq types carry.
#include "python/objects/struct_seq.hpp"

#include <string>
#include <vector>

#include "python/objects/descriptor.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// module.name(field=value, ...), the field names read from __match_args__.
Value struct_seq_repr(VM& vm, Value self) {
  auto* t = static_cast<Tuple*>(self.as_object());
  Type* type = vm.type_of(self);
  Value module = dict_get_str(type->dict, vm.names.module);
  Value names = dict_get_str(type->dict, vm.names.match_args);
  std::string text =
      cat(static_cast<Str*>(module.as_object())->view(), ".", type->name->view(), "(");
  auto* fields = static_cast<Tuple*>(names.as_object());
  for (size_t i = 0; i < t->size; ++i) {
    Ref r = Ref::steal(repr(vm, t->item(i)));
    if (!r) return {};
    if (i) text += ", ";
    text += static_cast<Str*>(fields->item(i).as_object())->view();
    text += '=';
    text += r.as<Str>()->view();
  }
  text += ')';
  return str_new(vm, text);
}

} // namespace

Type* struct_seq_type(VM& vm, std::string_view module, std::string_view name,
                      std::initializer_list<const char*> fields) {
  Type* t = new_builtin_type(vm, name, vm.types.tuple, sizeof(Tuple), 0);
  t->repr = struct_seq_repr;
  t->new_ = nullptr;
  std::vector<Value> names;
  for (const char* field : fields) {
    Str* key = str_intern(vm, field);
    names.push_back(Value::object(key));
    Ref member = Ref::steal(member_descriptor_new(vm, t, key, uint32_t(names.size() - 1),
                                                  kMemberReadOnly | kMemberTupleItem));
    dict_set_str(vm, t->dict, key, *member);
  }
  Ref module_name = Ref::steal(str_new(vm, module));
  dict_set_str(vm, t->dict, vm.names.module, *module_name);
  Ref match_args = Ref::steal(tuple_new(vm, names.data(), names.size()));
  dict_set_str(vm, t->dict, vm.names.match_args, *match_args);
  Value count = Value::small_int(int64_t(names.size()));
  dict_set_str(vm, t->dict, str_intern(vm, "n_sequence_fields"), count);
  dict_set_str(vm, t->dict, str_intern(vm, "n_fields"), count);
  dict_set_str(vm, t->dict, str_intern(vm, "n_unnamed_fields"), Value::small_int(0));
  finish_builtin_type(vm, t);
  return t;
}

Value struct_seq_new(VM& vm, Type* type, std::initializer_list<Value> values) {
  auto* t = vm.allocate<Tuple>(type, values.size() * sizeof(Value));
  if (!t) {
    for (Value v : values) decref(v);
    return {};
  }
  t->size = values.size();
  size_t i = 0;
  for (Value v : values) t->items()[i++] = v;
  return Value::object(t);
}

} // namespace py
