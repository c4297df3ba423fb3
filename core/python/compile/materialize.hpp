// Between the compiler's plain C++ results and the VM's objects: a CodeUnit
// becomes a Code object (constants become ints, strs, tuples, frozensets and
// nested code objects; names are interned), and back (for the disassembler).
#pragma once

#include <memory>

#include "python/compile/code_unit.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Code;

namespace bc {

/// A new Code object made from a CodeUnit (and its nested units), or null
/// with MemoryError pending.
Value materialize(VM& vm, const CodeUnit& unit);

/// The CodeUnit view of a Code object (constants of other kinds than the
/// compiler makes show as their type name in a str).
std::shared_ptr<CodeUnit> unit_of_code(VM& vm, const Code* code);

} // namespace bc
} // namespace py
