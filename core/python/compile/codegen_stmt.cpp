// Statements other than try / with / match: control flow (if, loops, return,
// break, continue), assignments, imports, assert, and expression statements.
#include <type_traits>

#include "python/compile/codegen.hpp"

namespace py::bc {

namespace {

/// BINARY_OP's in-place argument for an augmented assignment operator.
uint32_t inplace_arg(ast::binop op) {
  static constexpr BinaryOp table[] = {
      BinaryOp::inplace_add,          BinaryOp::inplace_subtract,
      BinaryOp::inplace_multiply,     BinaryOp::inplace_matrix_multiply,
      BinaryOp::inplace_true_divide,  BinaryOp::inplace_remainder,
      BinaryOp::inplace_power,        BinaryOp::inplace_lshift,
      BinaryOp::inplace_rshift,       BinaryOp::inplace_or,
      BinaryOp::inplace_xor,          BinaryOp::inplace_and,
      BinaryOp::inplace_floor_divide,
  };
  return uint32_t(table[size_t(op)]);
}

} // namespace

void Codegen::visit_stmts(const ast::Seq<ast::stmt*>& stmts) {
  for (const ast::stmt* s : stmts) visit_stmt(s);
}

void Codegen::visit_stmt(const ast::stmt* s) {
  enter_recursion(s->lineno);
  set_loc(*s);
  switch (s->tag) {
  case ast::stmt_kind::FunctionDef:
    function_def(static_cast<const ast::FunctionDef*>(s), false);
    break;
  case ast::stmt_kind::AsyncFunctionDef:
    function_def(static_cast<const ast::AsyncFunctionDef*>(s), true);
    break;
  case ast::stmt_kind::ClassDef: class_def(static_cast<const ast::ClassDef*>(s)); break;
  case ast::stmt_kind::Return: return_stmt(static_cast<const ast::Return*>(s)); break;
  case ast::stmt_kind::Delete: visit_exprs(static_cast<const ast::Delete*>(s)->targets); break;
  case ast::stmt_kind::Assign: {
    const auto* a = static_cast<const ast::Assign*>(s);
    visit_expr(a->value);
    for (size_t i = 0; i < a->targets.size(); ++i) {
      if (i + 1 < a->targets.size()) addop(Op::COPY, 1);
      visit_expr(a->targets[i]);
    }
    break;
  }
  case ast::stmt_kind::AugAssign: augassign(static_cast<const ast::AugAssign*>(s)); break;
  case ast::stmt_kind::AnnAssign: annassign(static_cast<const ast::AnnAssign*>(s)); break;
  case ast::stmt_kind::For: for_stmt(static_cast<const ast::For*>(s)); break;
  case ast::stmt_kind::AsyncFor: for_stmt(static_cast<const ast::AsyncFor*>(s)); break;
  case ast::stmt_kind::While: while_stmt(static_cast<const ast::While*>(s)); break;
  case ast::stmt_kind::If: if_stmt(static_cast<const ast::If*>(s)); break;
  case ast::stmt_kind::Match: match_stmt(static_cast<const ast::Match*>(s)); break;
  case ast::stmt_kind::Raise: {
    const auto* r = static_cast<const ast::Raise*>(s);
    uint32_t n = 0;
    if (r->exc) {
      visit_expr(r->exc);
      ++n;
      if (r->cause) {
        visit_expr(r->cause);
        ++n;
      }
    }
    addop(Op::RAISE_VARARGS, n);
    break;
  }
  case ast::stmt_kind::Try: try_stmt(static_cast<const ast::Try*>(s)); break;
  case ast::stmt_kind::TryStar: try_stmt(static_cast<const ast::TryStar*>(s)); break;
  case ast::stmt_kind::Assert: assert_stmt(static_cast<const ast::Assert*>(s)); break;
  case ast::stmt_kind::Import: import_stmt(static_cast<const ast::Import*>(s)); break;
  case ast::stmt_kind::ImportFrom: import_from(static_cast<const ast::ImportFrom*>(s)); break;
  case ast::stmt_kind::Global:
  case ast::stmt_kind::Nonlocal: break;
  case ast::stmt_kind::Expr: stmt_expr(static_cast<const ast::Expr*>(s)); break;
  case ast::stmt_kind::Pass: addop(Op::NOP); break;
  case ast::stmt_kind::Break: break_or_continue(true); break;
  case ast::stmt_kind::Continue: break_or_continue(false); break;
  case ast::stmt_kind::With: with_stmt(static_cast<const ast::With*>(s), 0); break;
  case ast::stmt_kind::AsyncWith: with_stmt(static_cast<const ast::AsyncWith*>(s), 0); break;
  }
  --depth_;
}

void Codegen::stmt_expr(const ast::Expr* s) {
  const ast::expr* value = s->value;
  if (interactive_ && units_.size() <= 1) {
    // PRINT_EXPR: sys.displayhook(value).
    addop(Op::PUSH_NULL);
    load_const(ConstValue::of_int(num::BigInt(0)));
    load_none();
    addop(Op::IMPORT_NAME, u().names.add("sys"));
    addop(Op::LOAD_ATTR, u().names.add("displayhook"));
    visit_expr(value);
    addop(Op::CALL, 1);
    addop(Op::POP_TOP);
    return;
  }
  if (const_of(value)) {
    addop(Op::NOP);
    return;
  }
  visit_expr(value);
  unset_loc();
  addop(Op::POP_TOP);
}

void Codegen::return_stmt(const ast::Return* s) {
  const ast::expr* value = s->value;
  bool preserve_tos = value && !const_of(value);
  if (u().ste->type != BlockType::function) error("'return' outside function");
  if (value && u().ste->coroutine && u().ste->generator) {
    error("'return' with value in async generator");
  }
  if (preserve_tos) {
    visit_expr(value);
  } else if (value) {
    set_loc(*value);
    addop(Op::NOP);
  }
  if (!value || value->lineno != s->lineno) {
    set_loc(*s);
    addop(Op::NOP);
  }
  bool found = false;
  unwind_fblock_stack(preserve_tos, nullptr, &found);
  if (!value) {
    load_none();
  } else if (!preserve_tos) {
    load_const(*const_of(value));
  }
  addop(Op::RETURN_VALUE);
}

void Codegen::break_or_continue(bool is_break) {
  Location saved = u().loc;
  addop(Op::NOP);
  FBlock loop;
  bool found = false;
  unwind_fblock_stack(false, &loop, &found);
  if (!found) {
    u().loc = saved;
    error(is_break ? "'break' outside loop" : "'continue' not properly in loop");
  }
  if (is_break) {
    // Leaving the loop: pop a for loop's iterator.
    unwind_fblock(loop, false);
    jump(kJump, loop.exit);
  } else {
    jump(kJump, loop.block);
  }
}

void Codegen::if_stmt(const ast::If* s) {
  int32_t end = new_block();
  int32_t next = s->orelse.empty() ? end : new_block();
  jump_if(s->test, next, false);
  visit_stmts(s->body);
  if (!s->orelse.empty()) {
    jump_noline(kJump, end);
    use_next_block(next);
    visit_stmts(s->orelse);
  }
  use_next_block(end);
}

template <class ForNode>
void Codegen::for_stmt(const ForNode* s) {
  constexpr bool is_async = std::is_same_v<ForNode, ast::AsyncFor>;
  if constexpr (is_async) {
    if (top_level_await()) {
      u().ste->coroutine = true;
    } else if (u().kind != UnitKind::async_function) {
      error("'async for' outside async function");
    }
  }
  int32_t start = new_block();
  int32_t body = new_block();
  int32_t cleanup = new_block(); // the iterator is exhausted
  int32_t end = new_block();
  push_fblock(FBlock{FBlockType::for_loop, start, end});
  visit_expr(s->iter);
  addop(is_async ? Op::GET_AITER : Op::GET_ITER);
  use_next_block(start);
  if constexpr (is_async) {
    // The handler catches StopAsyncIteration from __anext__.
    jump(kSetupFinally, cleanup);
    anext_result();
    addop(kPopBlock);
  } else {
    jump(Op::FOR_ITER, cleanup);
  }
  use_next_block(body);
  visit_expr(s->target);
  visit_stmts(s->body);
  unset_loc();
  jump(kJump, start);
  pop_fblock(FBlockType::for_loop);
  use_next_block(cleanup);
  if constexpr (is_async) {
    // As the `for`, not the body.
    set_loc(*s->iter);
    addop(Op::END_ASYNC_FOR);
  }
  visit_stmts(s->orelse);
  use_next_block(end);
}

template void Codegen::for_stmt(const ast::For*);
template void Codegen::for_stmt(const ast::AsyncFor*);

void Codegen::while_stmt(const ast::While* s) {
  // The test stays at the top so that every iteration passes the
  // JUMP_BACKWARD that counts against the instruction budget (CPython 3.11
  // repeats the test at the bottom with a conditional backward jump).
  int32_t loop = new_block();
  int32_t body = new_block();
  int32_t anchor = new_block();
  int32_t end = new_block();
  use_next_block(loop);
  push_fblock(FBlock{FBlockType::while_loop, loop, end});
  jump_if(s->test, anchor, false);
  use_next_block(body);
  visit_stmts(s->body);
  unset_loc();
  jump(kJump, loop);
  pop_fblock(FBlockType::while_loop);
  use_next_block(anchor);
  visit_stmts(s->orelse);
  use_next_block(end);
}

// ---- imports ----------------------------------------------------------------

void Codegen::import_as(std::string_view name, std::string_view asname) {
  size_t dot = name.find('.');
  if (dot != std::string_view::npos) {
    // import a.b.c as d: take the attributes of the top package.
    while (true) {
      size_t pos = dot + 1;
      dot = name.find('.', pos);
      std::string_view attr =
          name.substr(pos, dot == std::string_view::npos ? name.npos : dot - pos);
      addop(Op::IMPORT_FROM, u().names.add(attr));
      if (dot == std::string_view::npos) break;
      addop(Op::SWAP, 2);
      addop(Op::POP_TOP);
    }
    nameop(asname, ast::expr_context::Store);
    addop(Op::POP_TOP);
    return;
  }
  nameop(asname, ast::expr_context::Store);
}

void Codegen::import_stmt(const ast::Import* s) {
  for (const ast::alias* a : s->names) {
    load_const(ConstValue::of_int(num::BigInt(0)));
    load_none();
    addop_name(Op::IMPORT_NAME, a->name);
    if (!a->asname.empty()) {
      import_as(a->name, a->asname);
    } else {
      size_t dot = a->name.find('.');
      nameop(dot == std::string_view::npos ? a->name : a->name.substr(0, dot),
             ast::expr_context::Store);
    }
  }
}

void Codegen::import_from(const ast::ImportFrom* s) {
  load_const(ConstValue::of_int(num::BigInt(int64_t(s->level))));
  std::vector<ConstValue> names;
  for (const ast::alias* a : s->names) names.push_back(ConstValue::of_str(a->name));
  if (s->lineno > future_.lineno && s->module == "__future__") {
    error("from __future__ imports must occur at the beginning of the file");
  }
  load_const(ConstValue::of_tuple(std::move(names)));
  addop_name(Op::IMPORT_NAME, s->module);
  for (size_t i = 0; i < s->names.size(); ++i) {
    const ast::alias* a = s->names[i];
    if (i == 0 && !a->name.empty() && a->name[0] == '*') {
      addop(Op::IMPORT_STAR);
      return;
    }
    addop_name(Op::IMPORT_FROM, a->name);
    nameop(a->asname.empty() ? a->name : a->asname, ast::expr_context::Store);
  }
  addop(Op::POP_TOP);
}

// ---- assert, assignments ------------------------------------------------------

void Codegen::assert_stmt(const ast::Assert* s) {
  const ast::expr* test = s->test;
  const ConstValue* v = const_of(test);
  const auto* tuple = test->as<ast::Tuple>();
  if ((tuple && !tuple->elts.empty()) || (v && v->kind == ConstKind::tuple && !v->items.empty())) {
    warn("assertion is always true, perhaps remove parentheses?");
  }
  int32_t end = new_block();
  jump_if(test, end, true);
  addop(Op::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    visit_expr(s->msg);
    addop(Op::CALL, 0);
  }
  set_loc(*test);
  addop(Op::RAISE_VARARGS, 1);
  use_next_block(end);
}

void Codegen::augassign(const ast::AugAssign* s) {
  const ast::expr* e = s->target;
  {
    LocationGuard guard(*this);
    set_loc(*e);
    if (const auto* attr = e->as<ast::Attribute>()) {
      visit_expr(attr->value);
      addop(Op::COPY, 1);
      update_start_location_to_match_attr(attr);
      addop_name(Op::LOAD_ATTR, attr->attr);
    } else if (const auto* sub = e->as<ast::Subscript>()) {
      visit_expr(sub->value);
      visit_expr(sub->slice);
      addop(Op::COPY, 2);
      addop(Op::COPY, 2);
      addop(Op::BINARY_SUBSCR);
    } else {
      nameop(static_cast<const ast::Name*>(e)->id, ast::expr_context::Load);
    }
  }
  visit_expr(s->value);
  addop(Op::BINARY_OP, inplace_arg(s->op));
  set_loc(*e);
  if (const auto* attr = e->as<ast::Attribute>()) {
    update_start_location_to_match_attr(attr);
    addop(Op::SWAP, 2);
    addop_name(Op::STORE_ATTR, attr->attr);
  } else if (e->is<ast::Subscript>()) {
    addop(Op::SWAP, 3);
    addop(Op::SWAP, 2);
    addop(Op::STORE_SUBSCR);
  } else {
    nameop(static_cast<const ast::Name*>(e)->id, ast::expr_context::Store);
  }
}

void Codegen::check_ann_expr(const ast::expr* e) {
  visit_expr(e);
  addop(Op::POP_TOP);
}

void Codegen::check_ann_subscr(const ast::expr* e) {
  if (const auto* s = e->as<ast::Slice>()) {
    if (s->lower) check_ann_expr(s->lower);
    if (s->upper) check_ann_expr(s->upper);
    if (s->step) check_ann_expr(s->step);
  } else if (const auto* t = e->as<ast::Tuple>()) {
    for (const ast::expr* elt : t->elts) check_ann_subscr(elt);
  } else {
    check_ann_expr(e);
  }
}

void Codegen::annassign(const ast::AnnAssign* s) {
  const ast::expr* target = s->target;
  if (s->value) {
    visit_expr(s->value);
    visit_expr(target);
  }
  bool module_or_class = u().kind == UnitKind::module || u().kind == UnitKind::class_;
  if (const auto* name = target->as<ast::Name>()) {
    check_forbidden(name->id, ast::expr_context::Store);
    if (s->simple && module_or_class) {
      if (future_.annotations) {
        annotation_string(s->annotation);
      } else {
        visit_expr(s->annotation);
      }
      addop_name(Op::LOAD_NAME, "__annotations__");
      load_const(ConstValue::of_str(mangle(name->id)));
      addop(Op::STORE_SUBSCR);
    }
  } else if (const auto* attr = target->as<ast::Attribute>()) {
    check_forbidden(attr->attr, ast::expr_context::Store);
    if (!s->value) check_ann_expr(attr->value);
  } else if (const auto* sub = target->as<ast::Subscript>()) {
    if (!s->value) {
      check_ann_expr(sub->value);
      check_ann_subscr(sub->slice);
    }
  }
  if (!s->simple && !future_.annotations && module_or_class) check_ann_expr(s->annotation);
}

} // namespace py::bc
