// The instructions of the compiler's control-flow graph: the real opcodes of
// vm/opcodes.hpp plus CPython 3.11's pseudo-instructions (JUMP, the SETUP_*
// block pushes and POP_BLOCK) that the assembler turns into jumps, exception
// table entries and nothing.
#pragma once

#include <cstdint>

#include "python/vm/opcodes.hpp"

namespace py::bc {

/// An instruction code of the CFG: a real Op (0..255) or a pseudo-op (256+).
using IOp = uint16_t;

/// The pseudo-instructions.
enum PseudoOp : IOp {
  /// Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD.
  kJump = 256,
  /// A jump that does not count against the budget (the await/yield-from loop).
  kJumpNoInterrupt,
  /// Protects the following instructions; on an exception the stack is cut
  /// to its depth here and the exception pushed (try bodies).
  kSetupFinally,
  /// The same for cleanup handlers (except bodies, finally re-raise paths).
  kSetupCleanup,
  /// The same for with bodies: the stack is cut below __enter__'s result.
  kSetupWith,
  /// Ends the innermost SETUP_* region.
  kPopBlock,
};

/// The IOp of a real opcode.
constexpr IOp op(Op o) { return IOp(o); }

/// True for an instruction whose target is another block (jumps, FOR_ITER, SEND).
bool is_jump(IOp code);
/// True for unconditional transfers (nothing falls through after them).
bool is_unconditional(IOp code);
/// True for SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH.
bool is_block_push(IOp code);
/// The stack effect of an instruction; `jump` selects the effect on the
/// branch to the target (for jumps and block pushes).
int stack_effect(IOp code, uint32_t arg, bool jump);
/// The name of an instruction code (real or pseudo), for messages.
const char* iop_name(IOp code);

/// A source span: 1-based lines, 0-based UTF-8 byte columns; lineno -1 means
/// "no location" (artificial instructions take their neighbours' location).
struct Location {
  /// Lines and columns of the span.
  int lineno = -1;
  int end_lineno = -1;
  int col = -1;
  int end_col = -1;
  bool operator==(const Location&) const = default;
};

/// One instruction of a basic block.
struct Instr {
  /// The instruction and its argument (a jump's is set by the assembler).
  IOp code = 0;
  uint32_t arg = 0;
  /// Index of the target block for jumps and block pushes, else -1.
  int32_t target = -1;
  Location loc;
  /// Index of the block handling exceptions raised here (-1: none); set by
  /// the assembler.
  int32_t handler = -1;
};

} // namespace py::bc
