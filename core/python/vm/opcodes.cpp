#include "python/vm/opcodes.hpp"

namespace py {

const char* opcode_name(Op op) {
  static constexpr const char* kNames[] = {
#define PY_OPCODE_NAME(name, cache) #name,
      PY_OPCODES(PY_OPCODE_NAME)
#undef PY_OPCODE_NAME
  };
  return int(op) < kOpcodeCount ? kNames[int(op)] : "<invalid>";
}

bool opcode_has_cache(Op op) {
  static constexpr bool kHasCache[] = {
#define PY_OPCODE_CACHE(name, cache) cache != 0,
      PY_OPCODES(PY_OPCODE_CACHE)
#undef PY_OPCODE_CACHE
  };
  return int(op) < kOpcodeCount && kHasCache[int(op)];
}

} // namespace py
