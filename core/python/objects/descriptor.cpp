#include "python/objects/descriptor.hpp"

#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// TypeError when a descriptor of `owner` is used on an unrelated object.
bool check_owner(VM& vm, Type* owner, Str* name, Value obj) {
  if (is_instance(vm, obj, owner)) return true;
  raise(vm, vm.exc.TypeError,
        cat("descriptor '", name->view(), "' for '", owner->name->view(),
            "' objects doesn't apply to a '", type_name(vm, obj), "' object"));
  return false;
}

GetSetDescriptor* as_getset(Value v) { return static_cast<GetSetDescriptor*>(v.as_object()); }

Value getset_get(VM& vm, Value descr, Value obj, Type* owner) {
  GetSetDescriptor* d = as_getset(descr);
  if (obj.is_null()) return newref(descr);
  if (!check_owner(vm, d->owner, d->name, obj)) return {};
  return d->get(vm, obj);
}

bool getset_set(VM& vm, Value descr, Value obj, Value value) {
  GetSetDescriptor* d = as_getset(descr);
  if (!check_owner(vm, d->owner, d->name, obj)) return false;
  if (!d->set) {
    raise(vm, vm.exc.AttributeError,
          cat("attribute '", d->name->view(), "' of '", d->owner->name->view(),
              "' objects is not writable"));
    return false;
  }
  return d->set(vm, obj, value);
}

Value getset_repr(VM& vm, Value self) {
  GetSetDescriptor* d = as_getset(self);
  return str_new(
      vm, cat("<attribute '", d->name->view(), "' of '", d->owner->name->view(), "' objects>"));
}

MemberDescriptor* as_member(Value v) { return static_cast<MemberDescriptor*>(v.as_object()); }

Value* member_slot(Value obj, MemberDescriptor* d) {
  Object* o = obj.as_object();
  if (d->member_flags & kMemberTupleItem) return &static_cast<Tuple*>(o)->items()[d->offset];
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + d->offset + var_bytes(o));
}

Value member_get(VM& vm, Value descr, Value obj, Type* owner) {
  MemberDescriptor* d = as_member(descr);
  if (obj.is_null()) return newref(descr);
  if (!check_owner(vm, d->owner, d->name, obj)) return {};
  Value v = *member_slot(obj, d);
  if (v.is_null()) return raise_no_attribute(vm, obj, d->name);
  return newref(v);
}

bool member_set(VM& vm, Value descr, Value obj, Value value) {
  MemberDescriptor* d = as_member(descr);
  if (!check_owner(vm, d->owner, d->name, obj)) return false;
  if (d->member_flags & kMemberReadOnly) {
    raise(vm, vm.exc.AttributeError, "readonly attribute");
    return false;
  }
  Value* slot = member_slot(obj, d);
  if (value.is_null() && slot->is_null()) {
    raise(vm, vm.exc.AttributeError, std::string(d->name->view()));
    return false;
  }
  Value old = *slot;
  *slot = newref(value);
  decref(old);
  return true;
}

Value member_repr(VM& vm, Value self) {
  MemberDescriptor* d = as_member(self);
  return str_new(vm,
                 cat("<member '", d->name->view(), "' of '", d->owner->name->view(), "' objects>"));
}

void descriptor_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

} // namespace

Value member_descriptor_new(VM& vm, Type* owner, Str* name, uint32_t offset, uint32_t flags) {
  auto* d = vm.allocate<MemberDescriptor>(vm.types.member_descriptor);
  if (!d) return {};
  d->owner = owner;
  d->name = name;
  d->offset = offset;
  d->member_flags = flags;
  return Value::object(d);
}

void init_descriptor_types(VM& vm) {
  Type* t = vm.types.getset_descriptor;
  setup_builtin_type(vm, t, "getset_descriptor", vm.types.object, sizeof(GetSetDescriptor), 0);
  t->dealloc = descriptor_dealloc;
  t->descr_get = getset_get;
  t->descr_set = getset_set;
  t->repr = getset_repr;
  t->new_ = nullptr;
  finish_builtin_type(vm, t);

  t = vm.types.member_descriptor =
      new_builtin_type(vm, "member_descriptor", vm.types.object, sizeof(MemberDescriptor), 0);
  t->dealloc = descriptor_dealloc;
  t->descr_get = member_get;
  t->descr_set = member_set;
  t->repr = member_repr;
  t->new_ = nullptr;
  finish_builtin_type(vm, t);
}

} // namespace py
