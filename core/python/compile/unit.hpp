// The state of one code object being compiled (CPython's compiler_unit):
// its scope, its tables of constants and names, and its control-flow graph
// of basic blocks, which the assembler turns into a CodeUnit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "python/compile/const_value.hpp"
#include "python/compile/instr.hpp"
#include "python/compile/symtable.hpp"

namespace py::bc {

/// Hash and equality that let maps keyed by std::string be searched with a
/// string_view (no temporary strings).
struct StringHash {
  /// Marks the hash as accepting any string-like key.
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// An insertion-ordered set of names, each with its index.
class NameTable {
public:
  /// The index of name, adding it at the end if new.
  uint32_t add(std::string_view name);
  /// The index of name, or -1.
  int32_t find(std::string_view name) const;
  const std::vector<std::string>& items() const { return items_; }
  size_t size() const { return items_.size(); }

private:
  /// The names in order, and their indexes.
  std::vector<std::string> items_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> index_;
};

/// The constants of a unit, deduplicated as CPython does.
class ConstTable {
public:
  /// The index of the constant, adding it if new.
  uint32_t add(const ConstValue& value);
  const std::vector<ConstValue>& items() const { return items_; }
  std::vector<ConstValue>& items() { return items_; }

private:
  /// The constants in order, and their indexes by ConstValue::key().
  std::vector<ConstValue> items_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> index_;
};

/// A basic block: straight-line instructions; only the last may jump.
struct BasicBlock {
  /// The instructions, in order.
  std::vector<Instr> instrs;
  /// The next block in layout order (the fall-through successor), or -1.
  int32_t next = -1;
  // ---- filled in by the assembler
  /// Stack depth on entry (-1 until reached).
  int32_t start_depth = -1;
  /// Word offset of the block's first instruction.
  uint32_t offset = 0;
  /// Visited mark of the assembler's walks.
  bool visited = false;
  /// Reachable from the entry block.
  bool reachable = false;

  bool ends_unconditionally() const {
    return !instrs.empty() && is_unconditional(instrs.back().code);
  }
};

/// What kind of code a unit is (CPython's COMPILER_SCOPE_*).
enum class UnitKind : uint8_t { module, class_, function, async_function, lambda, comprehension };

/// The kinds of frame blocks: the enclosing constructs that break, continue
/// and return must unwind (CPython's fblocktype).
enum class FBlockType : uint8_t {
  while_loop,
  for_loop,
  try_except,
  finally_try,
  finally_end,
  with,
  async_with,
  handler_cleanup,
  pop_value,
  exception_handler,
  exception_group_handler,
  async_comprehension_generator,
};

/// One frame block.
struct FBlock {
  /// A frame block of a type, with the blocks it continues at and breaks to.
  FBlock() = default;
  explicit FBlock(FBlockType t, int32_t b = -1, int32_t e = -1) : type(t), block(b), exit(e) {}

  /// What construct it is.
  FBlockType type = FBlockType::while_loop;
  /// The block a loop continues at (loops), or the block that opened it.
  int32_t block = -1;
  /// The block a loop breaks to.
  int32_t exit = -1;
  /// finally_try: the finally body; with/async_with: the statement;
  /// handler_cleanup: the name bound by `except … as name` (may be empty).
  const ast::Seq<ast::stmt*>* finalbody = nullptr;
  const ast::stmt* stmt = nullptr;
  std::string_view name;
  bool has_name = false;
};

/// The compiler's state for one code object.
struct Unit {
  /// Its scope, kind, name and qualified name.
  ScopeEntry* ste = nullptr;
  UnitKind kind = UnitKind::module;
  std::string name;
  std::string qualname;
  /// The enclosing class name, for name mangling (empty outside classes).
  std::string_view private_name;
  /// Constants, co_names, locals, cells and free variables.
  ConstTable consts;
  NameTable names;
  NameTable varnames;
  NameTable cellvars;
  NameTable freevars;
  /// Argument counts (argcount includes the positional-only ones).
  uint32_t argcount = 0;
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;
  /// The control-flow graph (block 0 is the entry).
  std::vector<BasicBlock> blocks;
  /// The block instructions are appended to.
  int32_t current = -1;
  /// The last instruction ended a block: the next one starts a new block.
  bool need_new_block = false;
  /// The enclosing frame blocks, innermost last, and the code's first line.
  std::vector<FBlock> fblocks;
  int firstlineno = 1;
  /// The position new instructions get.
  Location loc;
};

} // namespace py::bc
