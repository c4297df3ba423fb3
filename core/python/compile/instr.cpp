#include "python/compile/instr.hpp"

#include <bit>

namespace py::bc {

bool is_jump(IOp code) {
  switch (code) {
  case kJump:
  case kJumpNoInterrupt:
  case op(Op::JUMP_FORWARD):
  case op(Op::JUMP_BACKWARD):
  case op(Op::POP_JUMP_IF_FALSE):
  case op(Op::POP_JUMP_IF_TRUE):
  case op(Op::POP_JUMP_IF_NONE):
  case op(Op::POP_JUMP_IF_NOT_NONE):
  case op(Op::JUMP_IF_FALSE_OR_POP):
  case op(Op::JUMP_IF_TRUE_OR_POP):
  case op(Op::FOR_ITER):
  case op(Op::SEND): return true;
  default: return false;
  }
}

bool is_unconditional(IOp code) {
  switch (code) {
  case kJump:
  case kJumpNoInterrupt:
  case op(Op::JUMP_FORWARD):
  case op(Op::JUMP_BACKWARD):
  case op(Op::RETURN_VALUE):
  case op(Op::RAISE_VARARGS):
  case op(Op::RERAISE): return true;
  default: return false;
  }
}

bool is_block_push(IOp code) {
  return code == kSetupFinally || code == kSetupCleanup || code == kSetupWith;
}

int stack_effect(IOp code, uint32_t arg, bool jump) {
  switch (code) {
  case kJump:
  case kJumpNoInterrupt:
  case kPopBlock: return 0;
  // A handler starts with the stack cut to the SETUP's depth plus the
  // exception; SETUP_WITH cuts below __enter__'s result, which the exception
  // replaces. (CPython's SETUP_CLEANUP / SETUP_WITH also push lasti; ours do not.)
  case kSetupFinally:
  case kSetupCleanup: return jump ? 1 : 0;
  case kSetupWith: return 0;
  }
  switch (Op(code)) {
  case Op::NOP:
  case Op::SWAP:
  case Op::DELETE_FAST:
  case Op::DELETE_DEREF:
  case Op::DELETE_GLOBAL:
  case Op::DELETE_NAME:
  case Op::LOAD_ATTR:
  case Op::KW_NAMES:
  case Op::LIST_TO_TUPLE:
  case Op::UNARY_NEGATIVE:
  case Op::UNARY_POSITIVE:
  case Op::UNARY_NOT:
  case Op::UNARY_INVERT:
  case Op::JUMP_FORWARD:
  case Op::JUMP_BACKWARD:
  case Op::GET_ITER:
  case Op::CHECK_EXC_MATCH:
  case Op::CHECK_EG_MATCH:
  case Op::SETUP_ANNOTATIONS:
  case Op::YIELD_VALUE:
  case Op::GET_YIELD_FROM_ITER:
  case Op::GET_AWAITABLE:
  case Op::GET_AITER:
  case Op::ASYNC_GEN_WRAP: return 0;
  case Op::POP_TOP:
  case Op::RETURN_VALUE:
  case Op::STORE_FAST:
  case Op::STORE_DEREF:
  case Op::STORE_GLOBAL:
  case Op::STORE_NAME:
  case Op::DELETE_ATTR:
  case Op::LIST_APPEND:
  case Op::SET_ADD:
  case Op::LIST_EXTEND:
  case Op::SET_UPDATE:
  case Op::DICT_UPDATE:
  case Op::DICT_MERGE:
  case Op::BINARY_OP:
  case Op::COMPARE_OP:
  case Op::IS_OP:
  case Op::CONTAINS_OP:
  case Op::BINARY_SUBSCR:
  case Op::POP_JUMP_IF_FALSE:
  case Op::POP_JUMP_IF_TRUE:
  case Op::POP_JUMP_IF_NONE:
  case Op::POP_JUMP_IF_NOT_NONE:
  case Op::POP_EXCEPT:
  case Op::RERAISE:
  case Op::PREP_RERAISE_STAR:
  case Op::IMPORT_NAME:
  case Op::IMPORT_STAR: return -1;
  case Op::PUSH_NULL:
  case Op::COPY:
  case Op::LOAD_CONST:
  case Op::LOAD_FAST:
  case Op::LOAD_DEREF:
  case Op::LOAD_CLOSURE:
  case Op::LOAD_CLASSDEREF:
  case Op::LOAD_GLOBAL:
  case Op::LOAD_NAME:
  case Op::LOAD_METHOD:
  case Op::GET_LEN:
  case Op::MATCH_MAPPING:
  case Op::MATCH_SEQUENCE:
  case Op::MATCH_KEYS:
  case Op::PUSH_EXC_INFO:
  case Op::BEFORE_WITH:
  case Op::WITH_EXCEPT_START:
  case Op::LOAD_ASSERTION_ERROR:
  case Op::LOAD_BUILD_CLASS:
  case Op::IMPORT_FROM:
  case Op::GET_ANEXT:
  case Op::BEFORE_ASYNC_WITH: return 1;
  case Op::STORE_ATTR:
  case Op::MAP_ADD:
  case Op::DELETE_SUBSCR:
  case Op::MATCH_CLASS:
  case Op::END_ASYNC_FOR: return -2;
  case Op::STORE_SUBSCR: return -3;
  case Op::CALL: return -int(arg) - 1;
  case Op::CALL_FUNCTION_EX: return -2 - int(arg & 1);
  case Op::MAKE_FUNCTION: return -std::popcount(arg & 15u);
  case Op::BUILD_TUPLE:
  case Op::BUILD_LIST:
  case Op::BUILD_SET:
  case Op::BUILD_STRING: return 1 - int(arg);
  case Op::BUILD_MAP: return 1 - 2 * int(arg);
  case Op::BUILD_CONST_KEY_MAP: return -int(arg);
  case Op::BUILD_SLICE: return arg == 3 ? -2 : -1;
  case Op::UNPACK_SEQUENCE: return int(arg) - 1;
  case Op::UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
  case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
  case Op::JUMP_IF_FALSE_OR_POP:
  case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
  case Op::FOR_ITER: return jump ? -1 : 1;
  case Op::SEND: return jump ? -1 : 0;
  case Op::RAISE_VARARGS: return -int(arg);
  }
  return 0;
}

const char* iop_name(IOp code) {
  switch (code) {
  case kJump: return "JUMP";
  case kJumpNoInterrupt: return "JUMP_NO_INTERRUPT";
  case kSetupFinally: return "SETUP_FINALLY";
  case kSetupCleanup: return "SETUP_CLEANUP";
  case kSetupWith: return "SETUP_WITH";
  case kPopBlock: return "POP_BLOCK";
  }
  return opcode_name(Op(code));
}

} // namespace py::bc
