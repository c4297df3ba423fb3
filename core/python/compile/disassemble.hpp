// The disassembler: a code object as text, in the spirit of Python's `dis`
// (line numbers, offsets, opcode names, arguments resolved to constants,
// names and jump targets), plus the tables `dis` does not show: the
// exception table with handler depths, the inline cache indexes and the
// layout of locals, cells and free variables. Nested code objects follow.
#pragma once

#include <string>

#include "python/compile/code_unit.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Code;

namespace bc {

/// The listing of a CodeUnit and of every code object nested in it.
std::string disassemble(const CodeUnit& code);

} // namespace bc

/// The listing of a VM code object (its constants must be the kinds the
/// compiler makes: None, bools, Ellipsis, numbers, str, bytes, tuples,
/// frozensets and code objects).
std::string disassemble(VM& vm, const Code* code);

} // namespace py
