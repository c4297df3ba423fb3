// The descriptors built-in types put in their dicts: computed attributes
// (getset_descriptor) and __slots__ entries (member_descriptor).
#pragma once

#include "python/vm/builder.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Str;

/// An attribute of a built-in type computed by C++ getter/setter functions.
struct GetSetDescriptor : Object {
  Type* owner;
  Str* name;
  GetterFn get;
  SetterFn set;
  const char* doc;
};

/// Bits of MemberDescriptor::member_flags.
enum MemberFlag : uint32_t {
  /// Assignment and deletion raise AttributeError("readonly attribute").
  kMemberReadOnly = 1u << 0,
  /// `offset` is an item index of a tuple subclass (a struct sequence field).
  kMemberTupleItem = 1u << 1,
};

/// One name of a class's __slots__ (the value lives at `offset` in the
/// instance), or one named field of a struct sequence (sys.version_info.major).
struct MemberDescriptor : Object {
  Type* owner;
  Str* name;
  uint32_t offset;
  /// MemberFlag bits.
  uint32_t member_flags;
};

/// A new member descriptor (used when a class defines __slots__, and for
/// struct sequence fields with kMemberTupleItem | kMemberReadOnly).
Value member_descriptor_new(VM& vm, Type* owner, Str* name, uint32_t offset, uint32_t flags = 0);
/// Makes the descriptor types (called while the function types are made).
void init_descriptor_types(VM& vm);

} // namespace py
