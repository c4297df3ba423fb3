// _sha512: CPython's internal SHA-512/SHA-384 module (the one random.py
// imports to turn str and bytes seeds into ints): sha512() and sha384()
// objects with update, digest, hexdigest and copy.
#include <array>

#include "python/modules/detail/sha512.hpp"
#include "python/modules/module_list.hpp"
#include "python/objects/bytes.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/module.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// A hash object of _sha512.sha512 or _sha512.sha384.
struct ShaObject : Object {
  detail::Sha512 hash;
};

/// The keys of the two types in VM::module_state.
constexpr const char* kSha512Key = "_sha512.sha512";
constexpr const char* kSha384Key = "_sha512.sha384";

ShaObject* as_sha(Value v) { return static_cast<ShaObject*>(v.as_object()); }

void sha_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

/// Feeds a bytes-like object; str and others are TypeErrors as in CPython.
bool feed(VM& vm, ShaObject* sha, Value data) {
  if (is_instance(vm, data, vm.types.bytes)) {
    sha->hash.update(static_cast<Bytes*>(data.as_object())->view());
    return true;
  }
  if (is_instance(vm, data, vm.types.bytearray)) {
    sha->hash.update(bytearray_view(static_cast<ByteArray*>(data.as_object())));
    return true;
  }
  raise(vm, vm.exc.TypeError,
        is_instance(vm, data, vm.types.str) ? "Strings must be encoded before hashing"
                                            : "object supporting the buffer API required");
  return false;
}

Value sha_update(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "update", nargs - 1, kw, 1, 1)) return {};
  if (!feed(vm, as_sha(args[0]), args[1])) return {};
  return Value::none();
}

Value sha_digest(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "digest", nargs - 1, kw, 0, 0)) return {};
  std::array<unsigned char, 64> out;
  return bytes_new(vm, as_sha(args[0])->hash.digest(&out));
}

Value sha_hexdigest(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "hexdigest", nargs - 1, kw, 0, 0)) return {};
  std::array<unsigned char, 64> out;
  std::string_view digest = as_sha(args[0])->hash.digest(&out);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  for (unsigned char c : digest) {
    text += kHex[c >> 4];
    text += kHex[c & 15];
  }
  return str_new(vm, text);
}

Value sha_copy(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "copy", nargs - 1, kw, 0, 0)) return {};
  auto* copy = vm.allocate<ShaObject>(vm.type_of(args[0]));
  if (!copy) return {};
  copy->hash = as_sha(args[0])->hash;
  return Value::object(copy);
}

Value sha_name(VM& vm, Value self) {
  return str_new(vm, as_sha(self)->hash.digest_size() == 64 ? "sha512" : "sha384");
}

Value sha_digest_size(VM& vm, Value self) {
  return Value::small_int(int64_t(as_sha(self)->hash.digest_size()));
}

Value sha_block_size(VM& vm, Value self) { return Value::small_int(128); }

Type* make_sha_type(VM& vm, const char* name) {
  Type* t = new_builtin_type(vm, name, vm.types.object, sizeof(ShaObject), 0);
  t->dealloc = sha_dealloc;
  add_methods(vm, t,
              {{"update", sha_update},
               {"digest", sha_digest},
               {"hexdigest", sha_hexdigest},
               {"copy", sha_copy}});
  add_getsets(
      vm, t,
      {{"name", sha_name}, {"digest_size", sha_digest_size}, {"block_size", sha_block_size}});
  dict_set_str(vm, t->dict, vm.names.module, Value::object(str_intern(vm, "_sha512")));
  finish_builtin_type(vm, t);
  return t;
}

/// sha512(string=b'', *, usedforsecurity=True) and sha384(…).
Value new_sha(VM& vm, const char* key, bool sha384, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig512("sha512(string=None, *, usedforsecurity=True)");
  static const Signature sig384("sha384(string=None, *, usedforsecurity=True)");
  Value a[2];
  if (!(sha384 ? sig384 : sig512).bind(vm, args, nargs, kw, a)) return {};
  auto found = vm.module_state.find(key);
  auto* sha = vm.allocate<ShaObject>(static_cast<Type*>(found->second.as_object()));
  if (!sha) return {};
  sha->hash = detail::Sha512(sha384);
  Ref result = Ref::steal(sha);
  if (!a[0].is_null() && !feed(vm, sha, a[0])) return {};
  return result.release();
}

Value sha512_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return new_sha(vm, kSha512Key, false, args, nargs, kw);
}

Value sha384_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return new_sha(vm, kSha384Key, true, args, nargs, kw);
}

} // namespace

Value init_module__sha512(VM& vm) {
  for (const char* key : {kSha512Key, kSha384Key}) {
    if (!vm.module_state.count(key)) {
      // The type is named by the key without its "_sha512." prefix.
      vm.module_state.emplace(key, Value::object(make_sha_type(vm, key + 8)));
    }
  }
  Value m = module_new(vm, "_sha512");
  if (m.is_null()) return {};
  add_functions(vm, static_cast<Module*>(m.as_object()),
                {{"sha512", sha512_new}, {"sha384", sha384_new}});
  return m;
}

} // namespace py
