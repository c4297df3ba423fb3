// try / except / finally, except*, with and async with, and the unwinding
// that return, break and continue do through them. The shapes are CPython
// 3.11's, except that our handlers get no `lasti` value: a handler's stack is
// the stack at its SETUP_* (below __enter__'s result for SETUP_WITH) plus the
// exception. So where CPython writes COPY 3 / POP_TOP (lasti) / LIST_APPEND 3,
// we write COPY 2 / nothing / LIST_APPEND 2.
#include <type_traits>

#include "python/compile/codegen.hpp"

namespace py::bc {

/// CPython's CO_MAXBLOCKS: the limit on statically nested blocks.
static constexpr size_t kMaxBlocks = 20;

void Codegen::push_fblock(FBlock block) {
  if (u().fblocks.size() >= kMaxBlocks) error("too many statically nested blocks");
  u().fblocks.push_back(block);
}

void Codegen::pop_fblock(FBlockType type) {
  (void)type;
  u().fblocks.pop_back();
}

void Codegen::call_exit_with_nones() {
  load_none();
  load_none();
  load_none();
  addop(Op::CALL, 2);
}

void Codegen::pop_except_and_reraise() {
  // [previous_exc, exc]: restore the previous handled exception, re-raise.
  addop(Op::COPY, 2);
  addop(Op::POP_EXCEPT);
  addop(Op::RERAISE, 0);
}

void Codegen::clear_handler_name(std::string_view name) {
  load_none();
  nameop(name, ast::expr_context::Store);
  nameop(name, ast::expr_context::Del);
}

void Codegen::unwind_fblock(const FBlock& info, bool preserve_tos) {
  switch (info.type) {
  case FBlockType::while_loop:
  case FBlockType::exception_handler:
  case FBlockType::exception_group_handler:
  case FBlockType::async_comprehension_generator: return;
  case FBlockType::for_loop:
    // Pop the iterator.
    if (preserve_tos) addop(Op::SWAP, 2);
    addop(Op::POP_TOP);
    return;
  case FBlockType::try_except: addop(kPopBlock); return;
  case FBlockType::finally_try:
    // Run the finally body; its POP_BLOCK has the unwinding statement's line.
    addop(kPopBlock);
    if (preserve_tos) push_fblock(FBlock{FBlockType::pop_value});
    visit_stmts(*info.finalbody);
    if (preserve_tos) pop_fblock(FBlockType::pop_value);
    unset_loc();
    return;
  case FBlockType::finally_end:
    if (preserve_tos) addop(Op::SWAP, 2);
    addop(Op::POP_TOP); // the exception
    if (preserve_tos) addop(Op::SWAP, 2);
    addop(kPopBlock);
    addop(Op::POP_EXCEPT);
    return;
  case FBlockType::with:
  case FBlockType::async_with:
    set_loc(*info.stmt);
    addop(kPopBlock);
    if (preserve_tos) addop(Op::SWAP, 2);
    call_exit_with_nones();
    if (info.type == FBlockType::async_with) await_result(2);
    addop(Op::POP_TOP);
    unset_loc();
    return;
  case FBlockType::handler_cleanup:
    if (info.has_name) addop(kPopBlock);
    if (preserve_tos) addop(Op::SWAP, 2);
    addop(kPopBlock);
    addop(Op::POP_EXCEPT);
    if (info.has_name) clear_handler_name(info.name);
    return;
  case FBlockType::pop_value:
    if (preserve_tos) addop(Op::SWAP, 2);
    addop(Op::POP_TOP);
    return;
  }
}

void Codegen::unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found) {
  std::vector<FBlock>& fblocks = u().fblocks;
  if (fblocks.empty()) return;
  FBlock top = fblocks.back();
  if (top.type == FBlockType::exception_group_handler) {
    error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (loop && (top.type == FBlockType::while_loop || top.type == FBlockType::for_loop)) {
    *loop = top;
    *found = true;
    return;
  }
  fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  unwind_fblock_stack(preserve_tos, loop, found);
  u().fblocks.push_back(top);
}

template <class TryNode>
void Codegen::try_finally(const TryNode* s) {
  int32_t body = new_block();
  int32_t end = new_block();
  int32_t exit = new_block();
  int32_t cleanup = new_block();
  // The try block.
  jump(kSetupFinally, end);
  use_next_block(body);
  FBlock fb{FBlockType::finally_try, body, end};
  fb.finalbody = &s->finalbody;
  push_fblock(fb);
  if (!s->handlers.empty()) {
    if constexpr (std::is_same_v<TryNode, ast::TryStar>) {
      try_star_except(s);
    } else {
      try_except(s);
    }
  } else {
    visit_stmts(s->body);
  }
  addop_noline(kPopBlock);
  pop_fblock(FBlockType::finally_try);
  visit_stmts(s->finalbody);
  jump_noline(kJump, exit);
  // The finally block, on the exception path.
  use_next_block(end);
  unset_loc();
  jump(kSetupCleanup, cleanup);
  addop(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::finally_end, end});
  visit_stmts(s->finalbody);
  pop_fblock(FBlockType::finally_end);
  addop(Op::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
}

template void Codegen::try_finally(const ast::Try*);
template void Codegen::try_finally(const ast::TryStar*);

void Codegen::try_prologue(const ast::Seq<ast::stmt*>& body, const ast::Seq<ast::stmt*>* orelse,
                           int32_t except, int32_t after, int32_t cleanup,
                           FBlockType handler_type) {
  int32_t body_block = new_block();
  jump(kSetupFinally, except);
  use_next_block(body_block);
  push_fblock(FBlock{FBlockType::try_except, body_block});
  visit_stmts(body);
  pop_fblock(FBlockType::try_except);
  addop_noline(kPopBlock);
  if (orelse) visit_stmts(*orelse);
  jump_noline(kJump, after);
  use_next_block(except);
  unset_loc();
  jump(kSetupCleanup, cleanup);
  addop(Op::PUSH_EXC_INFO);
  // [previous_exc, exc]
  push_fblock(FBlock{handler_type});
}

void Codegen::try_except(const ast::Try* s) {
  int32_t except = new_block();
  int32_t end = new_block();
  int32_t cleanup = new_block();
  try_prologue(s->body, &s->orelse, except, end, cleanup, FBlockType::exception_handler);
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; ++i) {
    const ast::ExceptHandler* handler = s->handlers[i];
    set_loc(*handler);
    if (!handler->type && i + 1 < n) error("default 'except:' must be last");
    except = new_block();
    if (handler->type) {
      visit_expr(handler->type);
      addop(Op::CHECK_EXC_MATCH);
      jump(Op::POP_JUMP_IF_FALSE, except);
    }
    if (!handler->name.empty()) {
      // except E as name: the body runs in a try/finally that deletes name.
      int32_t cleanup_end = new_block();
      int32_t cleanup_body = new_block();
      nameop(handler->name, ast::expr_context::Store);
      jump(kSetupCleanup, cleanup_end);
      use_next_block(cleanup_body);
      FBlock fb{FBlockType::handler_cleanup, cleanup_body};
      fb.name = handler->name;
      fb.has_name = true;
      push_fblock(fb);
      visit_stmts(handler->body);
      pop_fblock(FBlockType::handler_cleanup);
      unset_loc();
      addop(kPopBlock);
      addop(kPopBlock);
      addop(Op::POP_EXCEPT);
      clear_handler_name(handler->name);
      jump(kJump, end);
      // The body raised: delete name and re-raise.
      use_next_block(cleanup_end);
      unset_loc();
      clear_handler_name(handler->name);
      addop(Op::RERAISE, 1);
    } else {
      int32_t cleanup_body = new_block();
      addop(Op::POP_TOP); // the exception
      use_next_block(cleanup_body);
      push_fblock(FBlock{FBlockType::handler_cleanup, cleanup_body});
      visit_stmts(handler->body);
      pop_fblock(FBlockType::handler_cleanup);
      unset_loc();
      addop(kPopBlock);
      addop(Op::POP_EXCEPT);
      jump(kJump, end);
    }
    use_next_block(except);
  }
  // No handler matched: re-raise.
  unset_loc();
  pop_fblock(FBlockType::exception_handler);
  addop(Op::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(end);
}

void Codegen::try_star_except(const ast::TryStar* s) {
  int32_t except = new_block();
  int32_t orelse = new_block();
  int32_t end = new_block();
  int32_t cleanup = new_block();
  int32_t reraise_star = new_block();
  try_prologue(s->body, nullptr, except, orelse, cleanup, FBlockType::exception_group_handler);
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; ++i) {
    const ast::ExceptHandler* handler = s->handlers[i];
    set_loc(*handler);
    except = new_block();
    int32_t except_with_error = new_block();
    int32_t no_match = new_block();
    if (i == 0) {
      // [prev, exc] -> [prev, orig, [], exc]: the original group, and the
      // list of what the handlers raise or leave unhandled.
      addop(Op::COPY, 1);
      addop(Op::BUILD_LIST, 0);
      addop(Op::SWAP, 2);
    }
    if (handler->type) {
      visit_expr(handler->type);
      addop(Op::CHECK_EG_MATCH);
      addop(Op::COPY, 1);
      jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    int32_t cleanup_end = new_block();
    int32_t cleanup_body = new_block();
    if (!handler->name.empty()) {
      nameop(handler->name, ast::expr_context::Store);
    } else {
      addop(Op::POP_TOP); // match
    }
    // [prev, orig, res, rest]
    jump(kSetupCleanup, cleanup_end);
    use_next_block(cleanup_body);
    FBlock fb{FBlockType::handler_cleanup, cleanup_body};
    fb.name = handler->name;
    fb.has_name = !handler->name.empty();
    push_fblock(fb);
    visit_stmts(handler->body);
    pop_fblock(FBlockType::handler_cleanup);
    unset_loc();
    addop(kPopBlock);
    if (!handler->name.empty()) clear_handler_name(handler->name);
    jump(kJump, except);
    // The body raised: [prev, orig, res, rest, exc] -> add exc to res.
    use_next_block(cleanup_end);
    unset_loc();
    if (!handler->name.empty()) clear_handler_name(handler->name);
    addop(Op::LIST_APPEND, 2);
    jump(kJump, except_with_error);
    use_next_block(except);
    addop(Op::NOP); // holds a location
    jump(kJump, except_with_error);
    use_next_block(no_match);
    addop(Op::POP_TOP); // match (None)
    use_next_block(except_with_error);
    if (i + 1 == n) {
      // Add the unhandled rest (or None) to res.
      addop(Op::LIST_APPEND, 1);
      jump(kJump, reraise_star);
    }
  }
  unset_loc();
  pop_fblock(FBlockType::exception_group_handler);
  int32_t reraise = new_block();
  use_next_block(reraise_star);
  // [prev, orig, res] -> [prev, exc_or_None]
  addop(Op::PREP_RERAISE_STAR);
  addop(Op::COPY, 1);
  jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  addop(Op::POP_TOP);
  addop(kPopBlock);
  addop(Op::POP_EXCEPT);
  jump(kJump, end);
  use_next_block(reraise);
  addop(kPopBlock);
  addop(Op::SWAP, 2);
  addop(Op::POP_EXCEPT);
  addop(Op::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(orelse);
  visit_stmts(s->orelse);
  use_next_block(end);
}

void Codegen::with_except_finish(int32_t cleanup) {
  // [exit, prev, exc, exit_result]
  unset_loc();
  int32_t exit = new_block();
  jump(Op::POP_JUMP_IF_TRUE, exit);
  addop(Op::RERAISE, 2);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
  addop(Op::POP_TOP); // the exception
  addop(kPopBlock);
  addop(Op::POP_EXCEPT);
  addop(Op::POP_TOP); // __exit__
}

template <class WithNode>
void Codegen::with_stmt(const WithNode* s, size_t pos) {
  constexpr bool is_async = std::is_same_v<WithNode, ast::AsyncWith>;
  if constexpr (is_async) {
    if (top_level_await()) {
      u().ste->coroutine = true;
    } else if (u().kind != UnitKind::async_function) {
      error("'async with' outside async function");
    }
  }
  const ast::withitem* item = s->items[pos];
  int32_t block = new_block();
  int32_t final = new_block();
  int32_t exit = new_block();
  int32_t cleanup = new_block();
  visit_expr(item->context_expr);
  // [mgr] -> [exit, enter_result]
  if constexpr (is_async) {
    addop(Op::BEFORE_ASYNC_WITH);
    await_result(1);
  } else {
    addop(Op::BEFORE_WITH);
  }
  jump(kSetupWith, final);
  use_next_block(block);
  FBlock fb{is_async ? FBlockType::async_with : FBlockType::with, block, final};
  fb.stmt = s;
  push_fblock(fb);
  if (item->optional_vars) {
    visit_expr(item->optional_vars);
  } else {
    addop(Op::POP_TOP);
  }
  if (++pos == s->items.size()) {
    visit_stmts(s->body);
  } else {
    with_stmt(s, pos);
  }
  unset_loc();
  addop(kPopBlock);
  pop_fblock(fb.type);
  // Normal exit: exit(None, None, None).
  set_loc(*s);
  call_exit_with_nones();
  if (is_async) await_result(2);
  addop(Op::POP_TOP);
  jump(kJump, exit);
  // Exceptional exit: [exit, exc] -> [exit, prev, exc, exit(type, exc, tb)].
  use_next_block(final);
  jump(kSetupCleanup, cleanup);
  addop(Op::PUSH_EXC_INFO);
  addop(Op::WITH_EXCEPT_START);
  if (is_async) await_result(2);
  with_except_finish(cleanup);
  use_next_block(exit);
}

template void Codegen::with_stmt(const ast::With*, size_t);
template void Codegen::with_stmt(const ast::AsyncWith*, size_t);

template <class TryNode>
void Codegen::try_stmt(const TryNode* s) {
  if (!s->finalbody.empty()) {
    try_finally(s);
  } else if constexpr (std::is_same_v<TryNode, ast::TryStar>) {
    try_star_except(s);
  } else {
    try_except(s);
  }
}

template void Codegen::try_stmt(const ast::Try*);
template void Codegen::try_stmt(const ast::TryStar*);

} // namespace py::bc
