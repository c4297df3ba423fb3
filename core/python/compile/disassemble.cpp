#include "python/compile/disassemble.hpp"

#include <cstdio>

#include "python/compile/materialize.hpp"
#include "python/objects/code.hpp"
#include "python/vm/opcodes.hpp"

namespace py {

namespace bc {

namespace {

/// BINARY_OP's operator symbols, in BinaryOp order.
const char* binary_op_symbol(uint32_t arg) {
  static const char* const symbols[] = {
      "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  return arg < sizeof symbols / sizeof symbols[0] ? symbols[arg] : "?";
}

/// The name of a cell or free variable by LOAD_DEREF index.
std::string deref_name(const CodeUnit& code, uint32_t arg) {
  if (arg < code.cellvars.size()) return code.cellvars[arg];
  arg -= uint32_t(code.cellvars.size());
  return arg < code.freevars.size() ? code.freevars[arg] : "?";
}

/// What an instruction's argument means, for the comment column.
std::string describe(const CodeUnit& code, Op op, uint32_t arg) {
  auto name = [&](const std::vector<std::string>& table) {
    return arg < table.size() ? table[arg] : std::string("?");
  };
  switch (op) {
  case Op::LOAD_CONST:
  case Op::KW_NAMES: return arg < code.consts.size() ? code.consts[arg].repr() : "?";
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
  case Op::IMPORT_FROM: return name(code.names);
  case Op::LOAD_FAST:
  case Op::STORE_FAST:
  case Op::DELETE_FAST: return name(code.varnames);
  case Op::LOAD_DEREF:
  case Op::STORE_DEREF:
  case Op::DELETE_DEREF:
  case Op::LOAD_CLOSURE:
  case Op::LOAD_CLASSDEREF: return deref_name(code, arg);
  case Op::COMPARE_OP: {
    static const char* const ops[] = {"<", "<=", "==", "!=", ">", ">="};
    return arg < 6 ? ops[arg] : "?";
  }
  case Op::IS_OP: return arg ? "is not" : "is";
  case Op::CONTAINS_OP: return arg ? "not in" : "in";
  case Op::BINARY_OP: return binary_op_symbol(arg);
  case Op::JUMP_FORWARD:
  case Op::JUMP_BACKWARD:
  case Op::POP_JUMP_IF_FALSE:
  case Op::POP_JUMP_IF_TRUE:
  case Op::POP_JUMP_IF_NONE:
  case Op::POP_JUMP_IF_NOT_NONE:
  case Op::JUMP_IF_FALSE_OR_POP:
  case Op::JUMP_IF_TRUE_OR_POP:
  case Op::FOR_ITER:
  case Op::SEND: return "to " + std::to_string(arg);
  case Op::MAKE_FUNCTION: {
    std::string out;
    static const char* const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
    for (int bit = 0; bit < 4; ++bit) {
      if (arg & (1u << bit)) out += std::string(out.empty() ? "" : ", ") + flags[bit];
    }
    return out;
  }
  case Op::FORMAT_VALUE: {
    static const char* const conv[] = {"", "str", "repr", "ascii"};
    std::string out = conv[arg & 3];
    if (arg & 4) out += out.empty() ? "with format" : ", with format";
    return out;
  }
  case Op::UNPACK_EX:
    return std::to_string(arg & 0xff) + " before, " + std::to_string(arg >> 8) + " after";
  default: return "";
  }
}

/// True for opcodes whose argument is meaningful.
bool has_arg(Op op) {
  switch (op) {
  case Op::NOP:
  case Op::POP_TOP:
  case Op::PUSH_NULL:
  case Op::RETURN_VALUE:
  case Op::LIST_TO_TUPLE:
  case Op::UNARY_NEGATIVE:
  case Op::UNARY_POSITIVE:
  case Op::UNARY_NOT:
  case Op::UNARY_INVERT:
  case Op::BINARY_SUBSCR:
  case Op::STORE_SUBSCR:
  case Op::DELETE_SUBSCR:
  case Op::GET_ITER:
  case Op::GET_LEN:
  case Op::MATCH_MAPPING:
  case Op::MATCH_SEQUENCE:
  case Op::MATCH_KEYS:
  case Op::PUSH_EXC_INFO:
  case Op::POP_EXCEPT:
  case Op::CHECK_EXC_MATCH:
  case Op::CHECK_EG_MATCH:
  case Op::PREP_RERAISE_STAR:
  case Op::BEFORE_WITH:
  case Op::WITH_EXCEPT_START:
  case Op::LOAD_ASSERTION_ERROR:
  case Op::LOAD_BUILD_CLASS:
  case Op::SETUP_ANNOTATIONS:
  case Op::IMPORT_STAR:
  case Op::YIELD_VALUE:
  case Op::GET_YIELD_FROM_ITER:
  case Op::GET_AITER:
  case Op::GET_ANEXT:
  case Op::END_ASYNC_FOR:
  case Op::BEFORE_ASYNC_WITH:
  case Op::ASYNC_GEN_WRAP: return false;
  default: return true;
  }
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

void listing(const CodeUnit& code, std::string& out) {
  char buf[256];
  out += "Disassembly of " + code.qualname + " (" + code.filename + ", line " +
         std::to_string(code.firstlineno) + ")\n";
  std::snprintf(buf, sizeof buf,
                "  flags=0x%04x stacksize=%u argcount=%u posonly=%u kwonly=%u caches=%u\n",
                code.flags, code.stacksize, code.argcount, code.posonlyargcount,
                code.kwonlyargcount, code.ncaches);
  out += buf;
  if (!code.varnames.empty()) out += "  varnames: " + join(code.varnames) + "\n";
  if (!code.cellvars.empty()) {
    std::string cells;
    for (size_t i = 0; i < code.cellvars.size(); ++i) {
      cells += (i ? ", " : "") + code.cellvars[i];
      if (i < code.cell_to_arg.size() && code.cell_to_arg[i] >= 0) {
        cells += " (arg " + std::to_string(code.cell_to_arg[i]) + ")";
      }
    }
    out += "  cellvars: " + cells + "\n";
  }
  if (!code.freevars.empty()) out += "  freevars: " + join(code.freevars) + "\n";
  size_t line_index = 0;
  int last_line = -2;
  for (uint32_t offset = 0; offset < code.instructions.size(); ++offset) {
    while (line_index + 1 < code.lines.size() && code.lines[line_index + 1].start <= offset) {
      ++line_index;
    }
    int line = line_index < code.lines.size() ? code.lines[line_index].line : -1;
    uint32_t word = code.instructions[offset];
    Op op = opcode_of(word);
    uint32_t arg = arg_of(word);
    std::string line_col = line != last_line ? std::to_string(line) : "";
    if (line != last_line && offset) out += "\n";
    last_line = line;
    std::snprintf(buf, sizeof buf, "%4s %6u %-22s", line_col.c_str(), offset, opcode_name(op));
    out += buf;
    if (has_arg(op)) {
      std::snprintf(buf, sizeof buf, " %5u", arg);
      out += buf;
      std::string what = describe(code, op, arg);
      if (!what.empty()) out += " (" + what + ")";
    }
    if (opcode_has_cache(op) && offset + 1 < code.instructions.size()) {
      out += " [cache " + std::to_string(code.instructions[++offset]) + "]";
    }
    out += "\n";
  }
  if (!code.handlers.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionHandlerEntry& h : code.handlers) {
      std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]\n", h.start, h.end, h.target, h.depth);
      out += buf;
    }
  }
  for (const ConstValue& c : code.consts) {
    if (c.kind == ConstKind::code && c.code) {
      out += "\n";
      listing(*c.code, out);
    }
  }
}

} // namespace

std::string disassemble(const CodeUnit& code) {
  std::string out;
  listing(code, out);
  return out;
}

} // namespace bc

std::string disassemble(VM& vm, const Code* code) {
  return bc::disassemble(*bc::unit_of_code(vm, code));
}

} // namespace py
