// The bytecode instruction set: the single source of truth for opcode names
// and numbers (the compiler emits them, the eval loop dispatches on them, the
// disassembler prints them).
//
// An instruction is one 32-bit word: the opcode in the low 8 bits, its
// argument in the high 24. Instructions marked "+cache" are followed by one
// more word: the index of their inline cache in the code object.
// Jump arguments are absolute instruction-word indexes.
//
// The design follows CPython 3.11's bytecode (same stack conventions for
// calls, exceptions, with and generators) so that the compiler can be checked
// against `dis`, without its adaptive specialization.
#pragma once

#include <cstdint>

namespace py {

// X(name, has_cache)
// clang-format off
#define PY_OPCODES(X)                                                                              \
  X(NOP, 0)                   /* nothing */                                                        \
  X(POP_TOP, 0)               /* x -- */                                                           \
  X(PUSH_NULL, 0)             /* -- null   (the "no self" marker of a call) */                     \
  X(COPY, 0)                  /* push a copy of the arg-th item (1 = top) */                       \
  X(SWAP, 0)                  /* swap the top with the arg-th item */                              \
  X(LOAD_CONST, 0)            /* -- consts[arg] */                                                 \
  X(RETURN_VALUE, 0)          /* value -- (returns from the frame) */                              \
  X(LOAD_FAST, 0)             /* -- local[arg] (UnboundLocalError if unset) */                     \
  X(STORE_FAST, 0)            /* value -- */                                                       \
  X(DELETE_FAST, 0)           /* -- */                                                             \
  X(LOAD_DEREF, 0)            /* -- cell[arg].value */                                             \
  X(STORE_DEREF, 0)           /* value -- */                                                       \
  X(DELETE_DEREF, 0)          /* -- */                                                             \
  X(LOAD_CLOSURE, 0)          /* -- cell[arg] itself */                                            \
  X(LOAD_CLASSDEREF, 0)       /* class body: locals dict first, then the cell */                   \
  X(LOAD_GLOBAL, 1)           /* -- globals/builtins[names[arg]]  +cache */                        \
  X(STORE_GLOBAL, 0)          /* value -- */                                                       \
  X(DELETE_GLOBAL, 0)         /* -- */                                                             \
  X(LOAD_NAME, 0)             /* -- locals/globals/builtins[names[arg]] */                         \
  X(STORE_NAME, 0)            /* value -- */                                                       \
  X(DELETE_NAME, 0)           /* -- */                                                             \
  X(LOAD_ATTR, 1)             /* obj -- obj.names[arg]  +cache */                                  \
  X(STORE_ATTR, 1)            /* value obj --  +cache */                                           \
  X(DELETE_ATTR, 0)           /* obj -- */                                                         \
  X(LOAD_METHOD, 1)           /* obj -- meth self | null attr  +cache */                           \
  X(KW_NAMES, 0)              /* the next CALL's keyword names are consts[arg] */                  \
  X(CALL, 0)                  /* m|null c|self args[arg] -- result */                              \
  X(CALL_FUNCTION_EX, 0)      /* null callable args(tuple) [kwargs(dict) if arg&1] -- result */    \
  X(MAKE_FUNCTION, 0)         /* [defaults][kwdefaults][annotations][closure] code -- function */  \
  X(BUILD_TUPLE, 0)           /* items[arg] -- tuple */                                            \
  X(BUILD_LIST, 0)            /* items[arg] -- list */                                             \
  X(BUILD_SET, 0)             /* items[arg] -- set */                                              \
  X(BUILD_MAP, 0)             /* k v … (arg pairs) -- dict */                                      \
  X(BUILD_CONST_KEY_MAP, 0)   /* values[arg] keys(tuple) -- dict */                                \
  X(BUILD_STRING, 0)          /* strs[arg] -- str (f-strings) */                                   \
  X(BUILD_SLICE, 0)           /* start stop [step if arg == 3] -- slice */                         \
  X(LIST_APPEND, 0)           /* … list … v -- … list …  (list at depth arg, after popping v) */   \
  X(SET_ADD, 0)               /* same shape, for sets */                                           \
  X(MAP_ADD, 0)               /* … dict … k v -- … dict … */                                       \
  X(LIST_EXTEND, 0)           /* … list … iterable -- … list … */                                  \
  X(SET_UPDATE, 0)            /* … set … iterable -- … set … */                                    \
  X(DICT_UPDATE, 0)           /* … dict … mapping -- … dict …  ({**a}) */                          \
  X(DICT_MERGE, 0)            /* like DICT_UPDATE, but duplicate keys are a TypeError (f(**a)) */  \
  X(LIST_TO_TUPLE, 0)         /* list -- tuple */                                                  \
  X(UNPACK_SEQUENCE, 0)       /* seq -- items[arg], the first item on top */           \
  X(UNPACK_EX, 0)             /* seq -- a*: arg = before | after << 8 */                           \
  X(FORMAT_VALUE, 0)          /* value [spec if arg&4] -- str; arg&3: 0 none 1 str 2 repr 3 ascii */ \
  X(BINARY_OP, 0)             /* a b -- a op b  (arg: BinaryOp) */                                 \
  X(UNARY_NEGATIVE, 0)        /* x -- -x */                                                        \
  X(UNARY_POSITIVE, 0)        /* x -- +x */                                                        \
  X(UNARY_NOT, 0)             /* x -- not x */                                                     \
  X(UNARY_INVERT, 0)          /* x -- ~x */                                                        \
  X(COMPARE_OP, 0)            /* a b -- a cmp b  (arg: CompareOp) */                               \
  X(IS_OP, 0)                 /* a b -- a is b  (arg 1: is not) */                                 \
  X(CONTAINS_OP, 0)           /* a b -- a in b  (arg 1: not in) */                                 \
  X(BINARY_SUBSCR, 0)         /* container key -- container[key] */                                \
  X(STORE_SUBSCR, 0)          /* value container key -- */                                         \
  X(DELETE_SUBSCR, 0)         /* container key -- */                                               \
  X(JUMP_FORWARD, 0)          /* jump to arg */                                                    \
  X(JUMP_BACKWARD, 0)         /* jump to arg (a loop: counts against the instruction budget) */    \
  X(POP_JUMP_IF_FALSE, 0)     /* x -- ; jump if falsy */                                           \
  X(POP_JUMP_IF_TRUE, 0)      /* x -- ; jump if truthy */                                          \
  X(POP_JUMP_IF_NONE, 0)      /* x -- ; jump if None */                                            \
  X(POP_JUMP_IF_NOT_NONE, 0)  /* x -- ; jump if not None */                                        \
  X(JUMP_IF_FALSE_OR_POP, 0)  /* x -- x (and jump) | -- */                                         \
  X(JUMP_IF_TRUE_OR_POP, 0)   /* x -- x (and jump) | -- */                                         \
  X(GET_ITER, 0)              /* iterable -- iterator */                                           \
  X(FOR_ITER, 0)              /* it -- it next | (exhausted: pop it, jump to arg) */               \
  X(GET_LEN, 0)               /* x -- x len(x)   (match) */                                        \
  X(MATCH_MAPPING, 0)         /* x -- x bool */                                                    \
  X(MATCH_SEQUENCE, 0)        /* x -- x bool */                                                    \
  X(MATCH_KEYS, 0)            /* x keys -- x keys values|None */                                   \
  X(MATCH_CLASS, 0)           /* x cls names -- attrs(tuple)|None  (arg positional count) */       \
  X(PUSH_EXC_INFO, 0)         /* exc -- previous_exc exc  (exc becomes the handled one) */         \
  X(POP_EXCEPT, 0)            /* previous_exc -- (restores the handled exception) */               \
  X(RERAISE, 0)               /* exc -- (raises it again, traceback kept) */                       \
  X(RAISE_VARARGS, 0)         /* [exc [cause]] -- (arg: how many) */                               \
  X(CHECK_EXC_MATCH, 0)       /* exc type -- exc bool */                                           \
  X(CHECK_EG_MATCH, 0)        /* eg type -- rest match|None (except*) */                           \
  X(PREP_RERAISE_STAR, 0)     /* orig raised(list) -- exc|None */                                  \
  X(BEFORE_WITH, 0)           /* mgr -- exit enter() */                                            \
  X(WITH_EXCEPT_START, 0)     /* exit prev exc -- exit prev exc exit(type, exc, tb) */             \
  X(LOAD_ASSERTION_ERROR, 0)  /* -- AssertionError */                                              \
  X(LOAD_BUILD_CLASS, 0)      /* -- __build_class__ */                                             \
  X(SETUP_ANNOTATIONS, 0)     /* creates __annotations__ in the locals dict if absent */           \
  X(IMPORT_NAME, 0)           /* level fromlist -- module */                                       \
  X(IMPORT_FROM, 0)           /* module -- module module.names[arg] */                             \
  X(IMPORT_STAR, 0)           /* module -- */                                                      \
  X(YIELD_VALUE, 0)           /* value -- sent  (suspends the generator) */                        \
  X(GET_YIELD_FROM_ITER, 0)   /* iterable -- iterator (generators and coroutines pass through) */  \
  X(SEND, 0)                  /* receiver value -- receiver yielded | (done: result, jump to arg) */ \
  X(GET_AWAITABLE, 0)         /* x -- awaitable's iterator (arg: 0 await, 1 aenter, 2 aexit) */    \
  X(GET_AITER, 0)             /* x -- x.__aiter__() */                                             \
  X(GET_ANEXT, 0)             /* aiter -- aiter awaitable(aiter.__anext__()) */                    \
  X(END_ASYNC_FOR, 0)         /* aiter exc -- (StopAsyncIteration ends the loop, else re-raise) */ \
  X(BEFORE_ASYNC_WITH, 0)     /* mgr -- aexit awaitable(aenter()) */                               \
  X(ASYNC_GEN_WRAP, 0)        /* value -- wrapped (marks an async generator's yield) */
// clang-format on

/// Opcode numbers.
enum class Op : uint8_t {
#define PY_OPCODE_ENUM(name, cache) name,
  PY_OPCODES(PY_OPCODE_ENUM)
#undef PY_OPCODE_ENUM
};

/// How many opcodes there are.
inline constexpr int kOpcodeCount = 0
#define PY_OPCODE_COUNT(name, cache) +1
    PY_OPCODES(PY_OPCODE_COUNT)
#undef PY_OPCODE_COUNT
    ;

/// The name of an opcode (for the disassembler and error messages).
const char* opcode_name(Op op);
/// True when the instruction is followed by an inline-cache word.
bool opcode_has_cache(Op op);

/// The operators of BINARY_OP, in CPython 3.11's NB_* order: the in-place
/// forms follow the plain ones.
enum class BinaryOp : uint8_t {
  add,
  and_,
  floor_divide,
  lshift,
  matrix_multiply,
  multiply,
  remainder,
  or_,
  power,
  rshift,
  subtract,
  true_divide,
  xor_,
  inplace_add,
  inplace_and,
  inplace_floor_divide,
  inplace_lshift,
  inplace_matrix_multiply,
  inplace_multiply,
  inplace_remainder,
  inplace_or,
  inplace_power,
  inplace_rshift,
  inplace_subtract,
  inplace_true_divide,
  inplace_xor,
};
/// Number of plain (not in-place) binary operators.
inline constexpr int kBinaryOpCount = 13;

/// Encodes an instruction word.
constexpr uint32_t encode(Op op, uint32_t arg = 0) { return uint32_t(op) | (arg << 8); }
constexpr Op opcode_of(uint32_t word) { return Op(word & 0xff); }
constexpr uint32_t arg_of(uint32_t word) { return word >> 8; }

} // namespace py
