// Comprehensions and generator expressions (nested functions called with the
// iterator of their outermost iterable), and the suspension points: yield,
// yield from and await (the SEND / YIELD_VALUE loop).
#include "python/compile/codegen.hpp"

namespace py::bc {

void Codegen::addop_yield() {
  if (u().ste->generator && u().ste->coroutine) addop(Op::ASYNC_GEN_WRAP);
  addop(Op::YIELD_VALUE);
}

void Codegen::add_yield_from(bool await) {
  (void)await;
  // start: SEND exit; YIELD_VALUE; JUMP start; exit:
  // SEND is always immediately followed by YIELD_VALUE: the VM finds a
  // suspended generator's delegate by looking at the word before its yield.
  int32_t start = new_block();
  int32_t resume = new_block();
  int32_t exit = new_block();
  use_next_block(start);
  jump(Op::SEND, exit);
  use_next_block(resume);
  addop(Op::YIELD_VALUE);
  jump(kJumpNoInterrupt, start);
  use_next_block(exit);
}

void Codegen::yield_expr(const ast::expr* e) {
  if (u().ste->type != BlockType::function) error("'yield' outside function");
  if (const auto* y = e->as<ast::Yield>()) {
    if (y->value) {
      visit_expr(y->value);
    } else {
      load_none();
    }
    addop_yield();
    return;
  }
  if (u().kind == UnitKind::async_function) error("'yield from' inside async function");
  visit_expr(static_cast<const ast::YieldFrom*>(e)->value);
  addop(Op::GET_YIELD_FROM_ITER);
  load_none();
  add_yield_from(false);
}

void Codegen::await_expr(const ast::Await* e) {
  if (!top_level_await()) {
    if (u().ste->type != BlockType::function) error("'await' outside function");
    if (u().kind != UnitKind::async_function && u().kind != UnitKind::comprehension) {
      error("'await' outside async function");
    }
  }
  visit_expr(e->value);
  await_result(0);
}

void Codegen::await_result(uint32_t where) {
  addop(Op::GET_AWAITABLE, where);
  load_none();
  add_yield_from(true);
}

void Codegen::anext_result() {
  addop(Op::GET_ANEXT);
  load_none();
  add_yield_from(true);
}

void Codegen::comprehension(const ast::expr* e, CompKind kind, std::string_view name,
                            const ast::Seq<ast::comprehension*>& generators, const ast::expr* elt,
                            const ast::expr* value) {
  UnitKind scope_type = u().kind;
  bool is_top_level_await = top_level_await();
  const ast::comprehension* outermost = generators[0];
  enter_scope(name, UnitKind::comprehension, e, e->lineno);
  set_loc(*e);
  // consts[0] is the doc of every function-like code object (None here).
  add_const(ConstValue::none());
  bool is_async_generator = u().ste->coroutine;
  if (is_async_generator && kind != CompKind::genexp && scope_type != UnitKind::async_function &&
      scope_type != UnitKind::comprehension && !is_top_level_await) {
    error("asynchronous comprehension outside of an asynchronous function");
  }
  switch (kind) {
  case CompKind::listcomp: addop(Op::BUILD_LIST, 0); break;
  case CompKind::setcomp: addop(Op::BUILD_SET, 0); break;
  case CompKind::dictcomp: addop(Op::BUILD_MAP, 0); break;
  case CompKind::genexp: break;
  }
  comprehension_generator(generators, 0, 0, elt, value, kind);
  if (kind != CompKind::genexp) addop(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> code = exit_scope(true);
  if (is_top_level_await && is_async_generator) u().ste->coroutine = true;
  make_closure(code, 0);
  visit_expr(outermost->iter);
  addop(outermost->is_async ? Op::GET_AITER : Op::GET_ITER);
  addop(Op::CALL, 0);
  if (is_async_generator && kind != CompKind::genexp) await_result(0);
}

void Codegen::comprehension_generator(const ast::Seq<ast::comprehension*>& generators, size_t index,
                                      int depth, const ast::expr* elt, const ast::expr* value,
                                      CompKind kind) {
  if (generators[index]->is_async) {
    async_comprehension_generator(generators, index, depth, elt, value, kind);
  } else {
    sync_comprehension_generator(generators, index, depth, elt, value, kind);
  }
}

void Codegen::comprehension_element(const ast::expr* elt, const ast::expr* value, int depth,
                                    CompKind kind) {
  switch (kind) {
  case CompKind::genexp:
    visit_expr(elt);
    addop_yield();
    addop(Op::POP_TOP);
    break;
  case CompKind::listcomp:
    visit_expr(elt);
    addop(Op::LIST_APPEND, uint32_t(depth + 1));
    break;
  case CompKind::setcomp:
    visit_expr(elt);
    addop(Op::SET_ADD, uint32_t(depth + 1));
    break;
  case CompKind::dictcomp:
    // The key is evaluated before the value.
    visit_expr(elt);
    visit_expr(value);
    addop(Op::MAP_ADD, uint32_t(depth + 1));
    break;
  }
}

void Codegen::sync_comprehension_generator(const ast::Seq<ast::comprehension*>& generators,
                                           size_t index, int depth, const ast::expr* elt,
                                           const ast::expr* value, CompKind kind) {
  int32_t start = new_block();
  int32_t if_cleanup = new_block();
  int32_t anchor = new_block();
  const ast::comprehension* gen = generators[index];
  if (index == 0) {
    // The outermost iterator is the argument .0.
    u().argcount = 1;
    addop(Op::LOAD_FAST, 0);
  } else {
    // `for y in [f(x)]` binds y without a loop.
    const ast::Seq<ast::expr*>* elts = nullptr;
    if (!const_of(gen->iter)) {
      if (const auto* l = gen->iter->as<ast::List>()) elts = &l->elts;
      if (const auto* t = gen->iter->as<ast::Tuple>()) elts = &t->elts;
    }
    if (elts && elts->size() == 1 && !(*elts)[0]->is<ast::Starred>()) {
      visit_expr((*elts)[0]);
      start = -1;
    } else {
      visit_expr(gen->iter);
      addop(Op::GET_ITER);
    }
  }
  if (start >= 0) {
    ++depth;
    use_next_block(start);
    jump(Op::FOR_ITER, anchor);
  }
  visit_expr(gen->target);
  for (const ast::expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (++index < generators.size()) {
    comprehension_generator(generators, index, depth, elt, value, kind);
  } else {
    comprehension_element(elt, value, depth, kind);
  }
  use_next_block(if_cleanup);
  if (start >= 0) {
    jump(kJump, start);
    use_next_block(anchor);
  }
}

void Codegen::async_comprehension_generator(const ast::Seq<ast::comprehension*>& generators,
                                            size_t index, int depth, const ast::expr* elt,
                                            const ast::expr* value, CompKind kind) {
  int32_t start = new_block();
  int32_t except = new_block();
  int32_t if_cleanup = new_block();
  const ast::comprehension* gen = generators[index];
  if (index == 0) {
    u().argcount = 1;
    addop(Op::LOAD_FAST, 0);
  } else {
    visit_expr(gen->iter);
    addop(Op::GET_AITER);
  }
  use_next_block(start);
  push_fblock(FBlock{FBlockType::async_comprehension_generator, start});
  jump(kSetupFinally, except);
  anext_result();
  addop(kPopBlock);
  visit_expr(gen->target);
  for (const ast::expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  ++depth;
  if (++index < generators.size()) {
    comprehension_generator(generators, index, depth, elt, value, kind);
  } else {
    comprehension_element(elt, value, depth, kind);
  }
  use_next_block(if_cleanup);
  jump(kJump, start);
  pop_fblock(FBlockType::async_comprehension_generator);
  use_next_block(except);
  addop(Op::END_ASYNC_FOR);
}

} // namespace py::bc
