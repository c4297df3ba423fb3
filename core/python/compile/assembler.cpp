// The assembler: a unit's basic blocks to a CodeUnit. It drops unreachable
// blocks, computes the stack depth at every block (and so the code's
// stacksize and each handler's depth), works out which handler protects each
// instruction from the SETUP_* / POP_BLOCK pseudo-instructions, gives
// artificial instructions a position, removes NOPs and redundant jumps,
// lays the words out and builds the line and exception tables.
#include <algorithm>

#include "python/compile/codegen.hpp"

namespace py::bc {

namespace {

/// True for conditional jumps whose condition can be inverted.
bool invertible_jump(IOp code, IOp* inverse) {
  switch (code) {
  case IOp(Op::POP_JUMP_IF_FALSE): *inverse = IOp(Op::POP_JUMP_IF_TRUE); return true;
  case IOp(Op::POP_JUMP_IF_TRUE): *inverse = IOp(Op::POP_JUMP_IF_FALSE); return true;
  case IOp(Op::POP_JUMP_IF_NONE): *inverse = IOp(Op::POP_JUMP_IF_NOT_NONE); return true;
  case IOp(Op::POP_JUMP_IF_NOT_NONE): *inverse = IOp(Op::POP_JUMP_IF_NONE); return true;
  default: return false;
  }
}

bool is_plain_jump(IOp code) { return code == kJump || code == kJumpNoInterrupt; }

/// CodeUnit::key: everything code objects compare by, in one string.
std::string code_key(const CodeUnit& code) {
  std::string key;
  auto append_words = [&](const void* data, size_t bytes) {
    key.append(static_cast<const char*>(data), bytes);
    key.push_back('\0');
  };
  append_words(code.name.data(), code.name.size());
  append_words(code.qualname.data(), code.qualname.size());
  uint32_t counts[] = {code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags,
                       uint32_t(code.firstlineno)};
  append_words(counts, sizeof counts);
  append_words(code.instructions.data(), code.instructions.size() * sizeof(uint32_t));
  append_words(code.lines.data(), code.lines.size() * sizeof(LineEntry));
  append_words(code.handlers.data(), code.handlers.size() * sizeof(ExceptionHandlerEntry));
  for (const ConstValue& c : code.consts) {
    std::string k = c.key();
    append_words(k.data(), k.size());
  }
  for (const auto* names : {&code.names, &code.varnames, &code.cellvars, &code.freevars}) {
    for (const std::string& n : *names) append_words(n.data(), n.size());
    key.push_back('\1');
  }
  return key;
}

/// The assembly of one unit.
class Assembler {
public:
  explicit Assembler(Unit& unit) : unit_(unit), blocks_(unit.blocks) {}

  std::shared_ptr<CodeUnit> run(const std::string& filename, uint32_t flags);

private:
  void mark_reachable();
  /// Constants past the last one reachable code loads were only used by dead
  /// code: they are dropped (CPython's trim_unused_consts; the first, a
  /// docstring, always stays). Handlers count as reachable here, as in CPython.
  void count_used_consts();
  void compute_stack_depth();
  void label_handlers();
  void propagate_locations();
  void remove_nops();
  void thread_jumps();
  void fix_backward_conditional_jumps();
  /// Recomputes depths and reachability on the final graph, where an
  /// instruction's handler is an edge: handlers that protect nothing (their
  /// try body cannot raise) are dropped, and stacksize is exact.
  void final_flow();
  void compute_layout();
  /// The block a jump to `b` really lands on (skipping empty blocks).
  int32_t landing(int32_t b) const;
  void emit(CodeUnit& code);
  void push_depth(std::vector<int32_t>& todo, int32_t block, int32_t depth);

  Unit& unit_;
  std::vector<BasicBlock>& blocks_;
  /// The reachable blocks in layout order.
  std::vector<int32_t> order_;
  /// Position of each block in order_ (-1: unreachable).
  std::vector<int32_t> position_;
  int32_t max_depth_ = 0;
  /// How many constants the code keeps (see count_used_consts).
  size_t used_consts_ = 1;
  /// Per handler block: the stack depth its exceptions unwind to.
  std::vector<int32_t> handler_depth_;
};

void Assembler::mark_reachable() {
  std::vector<int32_t> todo{0};
  blocks_[0].reachable = true;
  while (!todo.empty()) {
    int32_t b = todo.back();
    todo.pop_back();
    auto visit = [&](int32_t target) {
      if (target < 0) return;
      if (!blocks_[size_t(target)].reachable) {
        blocks_[size_t(target)].reachable = true;
        todo.push_back(target);
      }
    };
    const BasicBlock& block = blocks_[size_t(b)];
    for (const Instr& i : block.instrs) {
      if (is_jump(i.code) || is_block_push(i.code)) visit(i.target);
    }
    if (!block.ends_unconditionally()) visit(block.next);
  }
  position_.assign(blocks_.size(), -1);
  for (int32_t b = 0; b >= 0; b = blocks_[size_t(b)].next) {
    if (!blocks_[size_t(b)].reachable) continue;
    position_[size_t(b)] = int32_t(order_.size());
    order_.push_back(b);
  }
}

void Assembler::count_used_consts() {
  used_consts_ = 1;
  for (int32_t b : order_) {
    for (const Instr& i : blocks_[size_t(b)].instrs) {
      if (i.code == IOp(Op::LOAD_CONST) || i.code == IOp(Op::KW_NAMES)) {
        used_consts_ = std::max(used_consts_, size_t(i.arg) + 1);
      }
    }
  }
}

void Assembler::push_depth(std::vector<int32_t>& todo, int32_t block, int32_t depth) {
  BasicBlock& b = blocks_[size_t(block)];
  if (b.start_depth < 0) {
    b.start_depth = depth;
    todo.push_back(block);
  }
}

void Assembler::compute_stack_depth() {
  std::vector<int32_t> todo;
  push_depth(todo, 0, 0);
  while (!todo.empty()) {
    int32_t b = todo.back();
    todo.pop_back();
    const BasicBlock& block = blocks_[size_t(b)];
    int32_t depth = block.start_depth;
    bool falls_through = true;
    for (const Instr& i : block.instrs) {
      int32_t new_depth = depth + stack_effect(i.code, i.arg, false);
      max_depth_ = std::max(max_depth_, new_depth);
      if (is_jump(i.code) || is_block_push(i.code)) {
        int32_t target_depth = depth + stack_effect(i.code, i.arg, true);
        max_depth_ = std::max(max_depth_, target_depth);
        push_depth(todo, i.target, target_depth);
      }
      depth = new_depth;
      if (is_unconditional(i.code)) {
        falls_through = false;
        break;
      }
    }
    if (falls_through && block.next >= 0) push_depth(todo, block.next, depth);
  }
}

void Assembler::label_handlers() {
  // A DFS carrying the stack of active handlers (CPython's label_exception_targets).
  struct Item {
    int32_t block;
    std::vector<int32_t> handlers;
  };
  for (BasicBlock& b : blocks_) b.visited = false;
  std::vector<Item> todo;
  todo.push_back(Item{0, {}});
  blocks_[0].visited = true;
  while (!todo.empty()) {
    Item item = std::move(todo.back());
    todo.pop_back();
    BasicBlock& block = blocks_[size_t(item.block)];
    std::vector<int32_t>& stack = item.handlers;
    auto schedule = [&](int32_t target) {
      if (target < 0 || blocks_[size_t(target)].visited) return;
      blocks_[size_t(target)].visited = true;
      todo.push_back(Item{target, stack});
    };
    for (Instr& i : block.instrs) {
      if (is_block_push(i.code)) {
        schedule(i.target);
        stack.push_back(i.target);
      } else if (i.code == kPopBlock) {
        if (!stack.empty()) stack.pop_back();
      } else {
        i.handler = stack.empty() ? -1 : stack.back();
        if (is_jump(i.code)) schedule(i.target);
      }
    }
    if (!block.ends_unconditionally()) schedule(block.next);
  }
}

void Assembler::propagate_locations() {
  std::vector<int32_t> predecessors(blocks_.size(), 0);
  for (int32_t b : order_) {
    const BasicBlock& block = blocks_[size_t(b)];
    for (const Instr& i : block.instrs) {
      if (is_jump(i.code) || is_block_push(i.code)) ++predecessors[size_t(i.target)];
    }
    if (!block.ends_unconditionally() && block.next >= 0) ++predecessors[size_t(block.next)];
  }
  for (int32_t b : order_) {
    BasicBlock& block = blocks_[size_t(b)];
    if (block.instrs.empty()) continue;
    Location prev;
    for (Instr& i : block.instrs) {
      if (i.loc.lineno < 0) {
        i.loc = prev;
      } else {
        prev = i.loc;
      }
    }
    auto give = [&](int32_t target) {
      if (target < 0 || predecessors[size_t(target)] != 1) return;
      BasicBlock& t = blocks_[size_t(target)];
      if (!t.instrs.empty() && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = prev;
    };
    const Instr& last = block.instrs.back();
    if (!block.ends_unconditionally()) give(block.next);
    if (is_jump(last.code)) give(last.target);
  }
}

void Assembler::remove_nops() {
  for (int32_t b : order_) {
    std::vector<Instr>& instrs = blocks_[size_t(b)].instrs;
    instrs.erase(std::remove_if(instrs.begin(), instrs.end(),
                                [](const Instr& i) {
                                  return i.code == IOp(Op::NOP) || is_block_push(i.code) ||
                                         i.code == kPopBlock;
                                }),
                 instrs.end());
  }
}

int32_t Assembler::landing(int32_t b) const {
  while (b >= 0 && blocks_[size_t(b)].instrs.empty()) b = blocks_[size_t(b)].next;
  return b;
}

void Assembler::thread_jumps() {
  // A jump to an unconditional jump goes straight to its target; a jump to
  // the block that follows anyway disappears.
  for (int32_t b : order_) {
    BasicBlock& block = blocks_[size_t(b)];
    if (block.instrs.empty()) continue;
    Instr& last = block.instrs.back();
    if (!is_jump(last.code)) continue;
    for (int hops = 0; hops < 8; ++hops) {
      int32_t target = landing(last.target);
      if (target < 0) break;
      const Instr& first = blocks_[size_t(target)].instrs[0];
      int32_t final_target = is_plain_jump(first.code) ? landing(first.target) : -1;
      if (final_target < 0 || final_target == target) break;
      // Conditional jumps only ever go forward (see fix_backward_conditional_jumps).
      if (!is_plain_jump(last.code) && position_[size_t(final_target)] <= position_[size_t(b)]) {
        break;
      }
      last.target = first.target;
    }
    size_t pos = size_t(position_[size_t(b)]);
    int32_t layout_next = pos + 1 < order_.size() ? landing(order_[pos + 1]) : -1;
    if (is_plain_jump(last.code) && landing(last.target) == layout_next) block.instrs.pop_back();
  }
}

void Assembler::fix_backward_conditional_jumps() {
  // A loop must go through a JUMP_BACKWARD (which counts against the
  // instruction budget): `POP_JUMP_IF_X back` becomes
  // `POP_JUMP_IF_NOT_X next; JUMP back`.
  std::vector<int32_t> order = order_;
  for (int32_t b : order) {
    BasicBlock& block = blocks_[size_t(b)];
    if (block.instrs.empty()) continue;
    Instr& last = block.instrs.back();
    IOp inverse;
    if (!invertible_jump(last.code, &inverse)) continue;
    int32_t target = landing(last.target);
    if (target < 0 || position_[size_t(target)] > position_[size_t(b)]) continue;
    Instr jump_back{kJump, 0, last.target, last.loc, last.handler};
    int32_t next = blocks_[size_t(b)].next;
    last.code = inverse;
    last.target = next;
    BasicBlock extra;
    extra.instrs.push_back(jump_back);
    extra.next = next;
    extra.reachable = true;
    blocks_.push_back(std::move(extra));
    int32_t added = int32_t(blocks_.size() - 1);
    blocks_[size_t(b)].next = added;
    position_.push_back(-1);
    auto it = std::find(order_.begin(), order_.end(), b);
    order_.insert(it + 1, added);
  }
  for (size_t i = 0; i < order_.size(); ++i) position_[size_t(order_[i])] = int32_t(i);
}

void Assembler::final_flow() {
  handler_depth_.assign(blocks_.size(), 0);
  for (size_t b = 0; b < blocks_.size(); ++b) {
    handler_depth_[b] = blocks_[b].start_depth - 1;
    blocks_[b].start_depth = -1;
  }
  max_depth_ = 0;
  std::vector<int32_t> todo;
  push_depth(todo, order_[0], 0);
  while (!todo.empty()) {
    int32_t b = todo.back();
    todo.pop_back();
    const BasicBlock& block = blocks_[size_t(b)];
    int32_t depth = block.start_depth;
    max_depth_ = std::max(max_depth_, depth);
    bool falls_through = true;
    for (const Instr& i : block.instrs) {
      int32_t new_depth = depth + stack_effect(i.code, i.arg, false);
      max_depth_ = std::max(max_depth_, new_depth);
      if (is_jump(i.code)) {
        int32_t target_depth = depth + stack_effect(i.code, i.arg, true);
        max_depth_ = std::max(max_depth_, target_depth);
        push_depth(todo, i.target, target_depth);
      }
      if (i.handler >= 0) {
        int32_t handler_depth = handler_depth_[size_t(i.handler)] + 1;
        max_depth_ = std::max(max_depth_, handler_depth);
        push_depth(todo, i.handler, handler_depth);
      }
      depth = new_depth;
      if (is_unconditional(i.code)) {
        falls_through = false;
        break;
      }
    }
    size_t pos = size_t(position_[size_t(b)]);
    if (falls_through && pos + 1 < order_.size()) push_depth(todo, order_[pos + 1], depth);
  }
  std::vector<int32_t> kept;
  for (int32_t b : order_) {
    if (blocks_[size_t(b)].start_depth >= 0) kept.push_back(b);
  }
  order_ = std::move(kept);
  position_.assign(blocks_.size(), -1);
  for (size_t i = 0; i < order_.size(); ++i) position_[size_t(order_[i])] = int32_t(i);
}

void Assembler::compute_layout() {
  uint32_t offset = 0;
  for (int32_t b : order_) {
    BasicBlock& block = blocks_[size_t(b)];
    block.offset = offset;
    for (const Instr& i : block.instrs) {
      offset += 1 + (i.code < 256 && opcode_has_cache(Op(i.code)) ? 1 : 0);
    }
  }
}

void Assembler::emit(CodeUnit& code) {
  uint32_t ncaches = 0;
  // The line table: one entry per run of words with the same position.
  auto add_line = [&](uint32_t start, const Location& loc) {
    if (!code.lines.empty()) {
      const LineEntry& e = code.lines.back();
      if (e.line == loc.lineno && e.end_line == loc.end_lineno && e.col == loc.col &&
          e.end_col == loc.end_col) {
        return;
      }
    }
    code.lines.push_back(LineEntry{start, loc.lineno, loc.end_lineno, loc.col, loc.end_col});
  };
  // The exception table: one entry per run of words with the same handler.
  int32_t handler = -1;
  uint32_t handler_start = 0;
  auto close_handler = [&](uint32_t end) {
    if (handler < 0) return;
    const BasicBlock& h = blocks_[size_t(landing(handler))];
    code.handlers.push_back(ExceptionHandlerEntry{handler_start, end, h.offset,
                                                  uint32_t(handler_depth_[size_t(handler)])});
  };
  Location last_loc{code.firstlineno, code.firstlineno, -1, -1};
  for (int32_t b : order_) {
    const BasicBlock& block = blocks_[size_t(b)];
    for (const Instr& i : block.instrs) {
      uint32_t here = uint32_t(code.instructions.size());
      if (i.handler != handler) {
        close_handler(here);
        handler = i.handler;
        handler_start = here;
      }
      Location loc = i.loc.lineno >= 0 ? i.loc : last_loc;
      last_loc = loc;
      add_line(here, loc);
      IOp c = i.code;
      uint32_t arg = i.arg;
      if (is_jump(c)) {
        uint32_t target = blocks_[size_t(landing(i.target))].offset;
        arg = target;
        if (is_plain_jump(c)) c = IOp(target > here ? Op::JUMP_FORWARD : Op::JUMP_BACKWARD);
      }
      code.instructions.push_back(encode(Op(c), arg));
      if (opcode_has_cache(Op(c))) code.instructions.push_back(ncaches++);
    }
  }
  close_handler(uint32_t(code.instructions.size()));
  code.ncaches = ncaches;
}

std::shared_ptr<CodeUnit> Assembler::run(const std::string& filename, uint32_t flags) {
  mark_reachable();
  count_used_consts();
  compute_stack_depth();
  label_handlers();
  propagate_locations();
  remove_nops();
  thread_jumps();
  fix_backward_conditional_jumps();
  final_flow();
  compute_layout();

  auto code = std::make_shared<CodeUnit>();
  code->firstlineno = unit_.firstlineno;
  emit(*code);
  code->consts = std::move(unit_.consts.items());
  if (code->consts.size() > used_consts_) code->consts.resize(used_consts_);
  code->names = unit_.names.items();
  code->varnames = unit_.varnames.items();
  code->cellvars = unit_.cellvars.items();
  code->freevars = unit_.freevars.items();
  for (const std::string& cell : code->cellvars) {
    code->cell_to_arg.push_back(unit_.varnames.find(cell));
  }
  code->argcount = unit_.argcount;
  code->posonlyargcount = unit_.posonlyargcount;
  code->kwonlyargcount = unit_.kwonlyargcount;
  code->flags = flags;
  code->stacksize = uint32_t(max_depth_);
  code->name = unit_.name;
  code->qualname = unit_.qualname.empty() ? unit_.name : unit_.qualname;
  code->filename = filename;
  code->key = code_key(*code);
  return code;
}

} // namespace

std::shared_ptr<CodeUnit> assemble(Unit& unit, const std::string& filename, uint32_t flags) {
  Assembler a(unit);
  return a.run(filename, flags);
}

} // namespace py::bc
