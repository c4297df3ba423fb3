#include "compile_support.hpp"

#include <bit>
#include <catch2/catch.hpp>

namespace compile_test {

using py::Op;
using py::bc::CodeUnit;

namespace {

/// Records the compiler's warnings, or turns them into errors.
class Sink : public py::bc::WarningSink {
public:
  Sink(Compiled& out, Warnings mode) : out_(out), mode_(mode) {}
  Outcome warn(std::string_view message, int lineno) override {
    out_.warnings.push_back({"SyntaxWarning", std::string(message), lineno});
    return mode_ == Warnings::as_errors ? Outcome::became_error : Outcome::ok;
  }

private:
  Compiled& out_;
  Warnings mode_;
};

/// The stack effect of an instruction, written from the comments of
/// vm/opcodes.hpp (independently of the compiler's own table). `jump` selects
/// the branch to the target.
int effect(Op op, uint32_t arg, bool jump) {
  switch (op) {
  case Op::POP_TOP:
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
  case Op::PREP_RERAISE_STAR:
  case Op::IMPORT_NAME:
  case Op::IMPORT_STAR:
  case Op::RETURN_VALUE:
  case Op::RERAISE: return -1;
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
  case Op::BEFORE_ASYNC_WITH:
  case Op::WITH_EXCEPT_START:
  case Op::LOAD_ASSERTION_ERROR:
  case Op::LOAD_BUILD_CLASS:
  case Op::IMPORT_FROM:
  case Op::GET_ANEXT: return 1;
  case Op::STORE_ATTR:
  case Op::MAP_ADD:
  case Op::DELETE_SUBSCR:
  case Op::MATCH_CLASS:
  case Op::END_ASYNC_FOR: return -2;
  case Op::STORE_SUBSCR: return -3;
  case Op::CALL: return -int(arg) - 1;
  case Op::CALL_FUNCTION_EX: return (arg & 1) ? -3 : -2;
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
  default: return 0;
  }
}

/// True for instructions after which execution does not continue in sequence.
bool ends_flow(Op op) {
  return op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS ||
         op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD;
}

bool is_jump(Op op) {
  switch (op) {
  case Op::JUMP_FORWARD:
  case Op::JUMP_BACKWARD:
  case Op::POP_JUMP_IF_FALSE:
  case Op::POP_JUMP_IF_TRUE:
  case Op::POP_JUMP_IF_NONE:
  case Op::POP_JUMP_IF_NOT_NONE:
  case Op::JUMP_IF_FALSE_OR_POP:
  case Op::JUMP_IF_TRUE_OR_POP:
  case Op::FOR_ITER:
  case Op::SEND: return true;
  default: return false;
  }
}

std::string verify_one(const CodeUnit& code) {
  const std::vector<uint32_t>& words = code.instructions;
  std::string where = code.qualname + ": ";
  if (words.empty()) return where + "no instructions";
  // Instruction starts (cache words are not).
  std::vector<bool> is_start(words.size(), false);
  std::vector<bool> used_cache(code.ncaches, false);
  size_t ncells = code.cellvars.size(), nderef = ncells + code.freevars.size();
  for (size_t pc = 0; pc < words.size(); ++pc) {
    is_start[pc] = true;
    Op op = py::opcode_of(words[pc]);
    uint32_t arg = py::arg_of(words[pc]);
    if (int(op) >= py::kOpcodeCount) return where + "bad opcode at " + std::to_string(pc);
    auto in_range = [&](size_t n, const char* what) {
      return arg < n ? std::string()
                     : where + what + " index out of range at " + std::to_string(pc);
    };
    std::string problem;
    switch (op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES: problem = in_range(code.consts.size(), "const"); break;
    case Op::LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST: problem = in_range(code.varnames.size(), "local"); break;
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF: problem = in_range(nderef, "cell"); break;
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM: problem = in_range(code.names.size(), "name"); break;
    case Op::SEND:
      if (pc + 1 >= words.size() || py::opcode_of(words[pc + 1]) != Op::YIELD_VALUE) {
        problem = where + "SEND not followed by YIELD_VALUE at " + std::to_string(pc);
      }
      break;
    default: break;
    }
    if (!problem.empty()) return problem;
    if (py::opcode_has_cache(op)) {
      if (++pc >= words.size()) return where + "missing cache word";
      uint32_t cache = words[pc];
      if (cache >= code.ncaches || used_cache[cache]) return where + "bad cache index";
      used_cache[cache] = true;
    }
  }
  // Stack depths by flow, exception edges included.
  std::vector<int> depth(words.size(), -1);
  std::vector<size_t> todo;
  int max_depth = 0;
  std::string problem;
  auto reach = [&](size_t target, int d, size_t from) {
    if (target >= words.size() || !is_start[target]) {
      problem = where + "jump from " + std::to_string(from) + " to a non-instruction";
      return;
    }
    if (d < 0) {
      problem = where + "negative stack depth at " + std::to_string(target);
      return;
    }
    if (depth[target] < 0) {
      depth[target] = d;
      todo.push_back(target);
    } else if (depth[target] != d) {
      problem = where + "inconsistent stack depth at " + std::to_string(target) + " (" +
                std::to_string(depth[target]) + " vs " + std::to_string(d) + ")";
    }
  };
  reach(0, 0, 0);
  while (!todo.empty() && problem.empty()) {
    size_t pc = todo.back();
    todo.pop_back();
    int d = depth[pc];
    Op op = py::opcode_of(words[pc]);
    uint32_t arg = py::arg_of(words[pc]);
    int after = d + effect(op, arg, false);
    max_depth = std::max({max_depth, d, after});
    for (const py::ExceptionHandlerEntry& h : code.handlers) {
      if (pc < h.start || pc >= h.end) continue;
      if (int(h.depth) > std::min(d, after) && !ends_flow(op)) {
        problem = where + "handler depth " + std::to_string(h.depth) + " above the stack at " +
                  std::to_string(pc);
      }
      reach(h.target, int(h.depth) + 1, pc);
      max_depth = std::max(max_depth, int(h.depth) + 1);
      break;
    }
    if (is_jump(op)) {
      int jumped = d + effect(op, arg, true);
      max_depth = std::max(max_depth, jumped);
      reach(arg, jumped, pc);
    }
    if (!ends_flow(op)) {
      size_t next = pc + 1 + (py::opcode_has_cache(op) ? 1 : 0);
      if (next >= words.size()) {
        problem = where + "runs off the end after " + std::to_string(pc);
      } else {
        reach(next, after, pc);
      }
    }
  }
  if (!problem.empty()) return problem;
  if (uint32_t(max_depth) != code.stacksize) {
    return where + "stacksize " + std::to_string(code.stacksize) + " but the deepest path needs " +
           std::to_string(max_depth);
  }
  for (const py::ExceptionHandlerEntry& h : code.handlers) {
    if (h.start >= h.end || h.end > words.size() || h.target >= words.size() ||
        !is_start[h.start] || !is_start[h.target]) {
      return where + "bad exception table entry";
    }
  }
  for (size_t i = 1; i < code.handlers.size(); ++i) {
    if (code.handlers[i].start < code.handlers[i - 1].end) return where + "overlapping handlers";
  }
  for (size_t i = 0; i < code.lines.size(); ++i) {
    const py::LineEntry& e = code.lines[i];
    if (e.start >= words.size() || (i && e.start <= code.lines[i - 1].start) || e.line < 1) {
      return where + "bad line table";
    }
  }
  if (code.lines.empty() || code.lines[0].start != 0)
    return where + "line table does not start at 0";
  if (code.cell_to_arg.size() != ncells) return where + "cell_to_arg size";
  return "";
}

} // namespace

Compiled compile_source(std::string_view source, Warnings mode, bool top_level_await) {
  Compiled out;
  py::ast::Arena arena;
  py::ParseResult r = py::parse(source, arena);
  for (const py::SyntaxWarning& w : r.warnings)
    out.warnings.push_back({w.category, w.message, w.lineno});
  out.parser_warnings = r.warnings.size();
  if (r.error) {
    out.parse_error = r.error;
    return out;
  }
  py::bc::CompilerOptions options;
  options.allow_top_level_await = top_level_await;
  Sink sink(out, mode);
  out.code = py::bc::compile_module(*r.module, options, sink, &out.error);
  return out;
}

std::shared_ptr<CodeUnit> compile_ok(std::string_view source) {
  Compiled c = compile_source(source);
  INFO(source);
  if (c.parse_error) FAIL("parse error: " << c.parse_error->msg);
  if (!c.code) FAIL("compile error: " << c.error.message << " line " << c.error.lineno);
  return c.code;
}

std::vector<const CodeUnit*> all_codes(const CodeUnit& module) {
  std::vector<const CodeUnit*> out{&module};
  for (size_t i = 0; i < out.size(); ++i) {
    // Depth first: children go right after their parent.
    std::vector<const CodeUnit*> children;
    for (const py::bc::ConstValue& c : out[i]->consts) {
      if (c.kind == py::bc::ConstKind::code) children.push_back(c.code.get());
    }
    out.insert(out.begin() + std::ptrdiff_t(i) + 1, children.begin(), children.end());
  }
  return out;
}

const CodeUnit* find_code(const CodeUnit& module, std::string_view qualname) {
  for (const CodeUnit* c : all_codes(module)) {
    if (c->qualname == qualname) return c;
  }
  return nullptr;
}

std::vector<Op> opcodes(const CodeUnit& code) {
  std::vector<Op> out;
  for (size_t pc = 0; pc < code.instructions.size(); ++pc) {
    Op op = py::opcode_of(code.instructions[pc]);
    out.push_back(op);
    if (py::opcode_has_cache(op)) ++pc;
  }
  return out;
}

std::string verify(const CodeUnit& code) {
  for (const CodeUnit* c : all_codes(code)) {
    std::string problem = verify_one(*c);
    if (!problem.empty()) return problem;
  }
  return "";
}

} // namespace compile_test
