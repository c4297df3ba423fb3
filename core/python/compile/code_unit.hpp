// CodeUnit: a finished code object in plain C++ (instruction words, constants
// as ConstValues, names as strings, tables). The compiler produces these; the
// disassembler and the tests read them; materialize.cpp turns them into the
// VM's Code objects.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "python/compile/const_value.hpp"
#include "python/objects/code.hpp"

namespace py::bc {

/// One compiled code object (module, class body, function, lambda or comprehension).
struct CodeUnit {
  /// Instruction words (encode(op, arg), plus one cache-index word after
  /// LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR / LOAD_METHOD).
  std::vector<uint32_t> instructions;
  /// Constants (consts[0] of function code is its docstring or None).
  std::vector<ConstValue> consts;
  /// Names of *_NAME / *_GLOBAL / *_ATTR / LOAD_METHOD / IMPORT_* (interned by materialize).
  std::vector<std::string> names;
  /// Local variables (parameters first), cell variables, free variables.
  std::vector<std::string> varnames;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  /// Per cell variable: the index of the argument it starts as, or -1.
  std::vector<int32_t> cell_to_arg;
  /// Argument counts (argcount includes the positional-only ones).
  uint32_t argcount = 0;
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;
  /// CodeFlag bits.
  uint32_t flags = 0;
  /// The deepest value stack the code needs.
  uint32_t stacksize = 0;
  /// Number of inline caches (one per LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR / LOAD_METHOD).
  uint32_t ncaches = 0;
  /// Names, file and first line, as co_name, co_qualname, co_filename, co_firstlineno.
  std::string name;
  std::string qualname;
  std::string filename;
  int32_t firstlineno = 1;
  /// Positions (one entry per run of words with the same position) and the
  /// exception table (sorted, non-overlapping ranges).
  std::vector<LineEntry> lines;
  std::vector<ExceptionHandlerEntry> handlers;
  /// Equal for two code objects that CPython considers equal (its code
  /// objects compare by value): a finally body compiled twice makes one
  /// constant of each of its nested functions.
  std::string key;
};

} // namespace py::bc
