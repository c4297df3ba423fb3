// The symbol table's first pass: a walk over the tree recording, per scope,
// what each name does there (CPython 3.11's symtable_visit_* functions), and
// the errors found on the way. The second pass is in symtable_analyze.cpp.
#include "python/compile/symtable.hpp"

#include "python/compile/fold.hpp"

namespace py::bc {

namespace {

/// A span built from explicit coordinates.
ast::located span(int lineno, int col, int end_lineno, int end_col) {
  ast::located loc;
  loc.lineno = lineno;
  loc.col_offset = col;
  loc.end_lineno = end_lineno;
  loc.end_col_offset = end_col;
  return loc;
}

/// The "'yield' inside …" message of a comprehension kind.
const char* yield_inside(ComprehensionType type) {
  switch (type) {
  case ComprehensionType::list: return "'yield' inside list comprehension";
  case ComprehensionType::set: return "'yield' inside set comprehension";
  case ComprehensionType::dict: return "'yield' inside dict comprehension";
  default: return "'yield' inside generator expression";
  }
}

} // namespace

// ---- ScopeEntry -------------------------------------------------------------

const Symbol* ScopeEntry::find(std::string_view name) const {
  auto it = index.find(name);
  return it == index.end() ? nullptr : &symbols[it->second];
}

uint32_t ScopeEntry::flags_of(std::string_view name) const {
  const Symbol* s = find(name);
  return s ? s->flags : 0;
}

Scope ScopeEntry::scope_of(std::string_view name) const {
  const Symbol* s = find(name);
  return s ? s->scope : Scope::none;
}

// ---- mangling and futures ---------------------------------------------------

std::string_view mangle(ast::Arena& arena, std::string_view private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  // Not __dunder__ names (nor `__` or `___`), nor dotted module names.
  if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos) {
    return name;
  }
  size_t skip = private_name.find_first_not_of('_');
  if (skip == std::string_view::npos) return name;
  std::string mangled = "_";
  mangled += private_name.substr(skip);
  mangled += name;
  return arena.copy(mangled);
}

FutureFeatures parse_future(const ast::Module& module, CompileError* error) {
  FutureFeatures ff;
  const auto& body = module.body;
  size_t i = 0;
  if (!body.empty()) {
    if (const auto* e = body[0]->as<ast::Expr>()) {
      const auto* c = e->value->as<ast::Constant>();
      if (c && c->value.kind == ast::constant_kind::Str) i = 1;
    }
  }
  bool done = false;
  int prev_line = 0;
  auto fail = [&](std::string message, const ast::stmt* s, int offset) {
    *error = CompileError{
        CompileErrorKind::syntax_error, std::move(message), s->lineno, offset, s->lineno, -1};
    throw CompileAbort{};
  };
  for (; i < body.size(); ++i) {
    const ast::stmt* s = body[i];
    if (done && s->lineno > prev_line) break;
    prev_line = s->lineno;
    const auto* from = s->as<ast::ImportFrom>();
    if (!from || from->module != "__future__") {
      done = true;
      continue;
    }
    if (done)
      fail("from __future__ imports must occur at the beginning of the file", s, s->col_offset);
    for (const ast::alias* a : from->names) {
      std::string_view f = a->name;
      if (f == "annotations") {
        ff.annotations = true;
      } else if (f == "braces") {
        fail("not a chance", s, s->col_offset + 1);
      } else if (f != "nested_scopes" && f != "generators" && f != "division" &&
                 f != "absolute_import" && f != "with_statement" && f != "print_function" &&
                 f != "unicode_literals" && f != "barry_as_FLUFL" && f != "generator_stop") {
        fail("future feature " + std::string(f.substr(0, 100)) + " is not defined", s,
             s->col_offset + 1);
      }
    }
    ff.lineno = s->lineno;
  }
  return ff;
}

// ---- building ---------------------------------------------------------------

void SymbolTable::build(const ast::Module& module, const FutureFeatures& future,
                        CompileError* error) {
  error_ = error;
  future_ = future;
  enter_block("top", BlockType::module, &module, span(0, 0, 0, 0));
  top_ = cur_;
  visit_stmts(module.body);
  exit_block();
  analyze();
}

void SymbolTable::build(const ast::Expression& tree, CompileError* error) {
  error_ = error;
  enter_block("top", BlockType::module, &tree, span(0, 0, 0, 0));
  top_ = cur_;
  visit_expr(tree.body);
  exit_block();
  analyze();
}

ScopeEntry* SymbolTable::lookup(const void* key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : it->second;
}

void SymbolTable::fail(std::string message, const ast::located& loc) {
  fail(std::move(message), loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

void SymbolTable::fail(std::string message, int lineno, int col, int end_lineno, int end_col) {
  *error_ = CompileError{
      CompileErrorKind::syntax_error, std::move(message), lineno, col + 1, end_lineno, end_col + 1};
  throw CompileAbort{};
}

void SymbolTable::enter_block(std::string_view name, BlockType type, const void* key,
                              const ast::located& loc) {
  auto entry = std::make_unique<ScopeEntry>();
  ScopeEntry* ste = entry.get();
  ste->type = type;
  ste->name = name;
  ste->key = key;
  ste->lineno = loc.lineno;
  ste->col_offset = loc.col_offset;
  ste->end_lineno = loc.end_lineno;
  ste->end_col_offset = loc.end_col_offset;
  if (cur_ && (cur_->nested || cur_->type == BlockType::function)) ste->nested = true;
  if (cur_) {
    ste->comp_iter_expr = cur_->comp_iter_expr;
    if (type != BlockType::annotation) cur_->children.push_back(ste);
  }
  entries_.push_back(std::move(entry));
  by_key_[key] = ste;
  stack_.push_back(ste);
  cur_ = ste;
}

void SymbolTable::exit_block() {
  stack_.pop_back();
  cur_ = stack_.empty() ? nullptr : stack_.back();
}

void SymbolTable::add_def(std::string_view name, uint32_t flag, const ast::located& loc) {
  add_def_in(cur_, name, flag, loc);
}

void SymbolTable::add_def_in(ScopeEntry* ste, std::string_view name, uint32_t flag,
                             const ast::located& loc) {
  std::string_view mangled = mangle(strings_, private_, name);
  uint32_t val = flag;
  auto it = ste->index.find(mangled);
  if (it != ste->index.end()) {
    uint32_t old = ste->symbols[it->second].flags;
    if ((flag & kDefParam) && (old & kDefParam)) {
      fail("duplicate argument '" + std::string(name) + "' in function definition", loc);
    }
    val |= old;
  }
  if (ste->comp_iter_target) {
    // An iteration variable of a comprehension: it must not be a walrus target.
    if (val & (kDefGlobal | kDefNonlocal)) {
      fail("comprehension inner loop cannot rebind assignment expression target '" +
               std::string(name) + "'",
           loc);
    }
    val |= kDefCompIter;
  }
  if (it != ste->index.end()) {
    ste->symbols[it->second].flags = val;
  } else {
    ste->index.emplace(mangled, uint32_t(ste->symbols.size()));
    ste->symbols.push_back(Symbol{mangled, val, Scope::none});
  }
  if (flag & kDefParam) {
    ste->varnames.push_back(mangled);
  } else if ((flag & kDefGlobal) && top_ && ste != top_) {
    // Record the global in the module scope too (CPython's st_global).
    auto g = top_->index.find(mangled);
    if (g != top_->index.end()) {
      top_->symbols[g->second].flags |= flag;
    } else {
      top_->index.emplace(mangled, uint32_t(top_->symbols.size()));
      top_->symbols.push_back(Symbol{mangled, flag, Scope::none});
    }
  }
}

void SymbolTable::record_directive(std::string_view name, const ast::located& loc) {
  cur_->directives.push_back(Directive{mangle(strings_, private_, name), loc.lineno, loc.col_offset,
                                       loc.end_lineno, loc.end_col_offset});
}

void SymbolTable::visit_stmts(const ast::Seq<ast::stmt*>& body) {
  for (const ast::stmt* s : body) visit_stmt(s);
}

void SymbolTable::visit_exprs(const ast::Seq<ast::expr*>& list) {
  for (const ast::expr* e : list) {
    if (e) visit_expr(e);
  }
}

template <class FunctionNode>
void SymbolTable::visit_function(const FunctionNode* f, bool is_async) {
  add_def(f->name, kDefLocal, *f);
  visit_exprs(f->args->defaults);
  visit_exprs(f->args->kw_defaults);
  visit_annotations(f->args, f->returns);
  visit_exprs(f->decorator_list);
  enter_block(f->name, BlockType::function, f, *f);
  if (is_async) cur_->coroutine = true;
  visit_arguments(f->args);
  visit_stmts(f->body);
  exit_block();
}

void SymbolTable::visit_declaration(const ast::Seq<std::string_view>& names, const ast::stmt* s,
                                    bool global) {
  for (std::string_view name : names) {
    uint32_t cur = cur_->flags_of(mangle(strings_, private_, name));
    if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
      const char* what;
      if (cur & kDefParam) {
        what = global ? "is parameter and global" : "is parameter and nonlocal";
      } else if (cur & kUse) {
        what = global ? "is used prior to global declaration"
                      : "is used prior to nonlocal declaration";
      } else if (cur & kDefAnnot) {
        fail(std::string("annotated name '") + std::string(name) + "' can't be " +
                 (global ? "global" : "nonlocal"),
             *s);
      } else {
        what = global ? "is assigned to before global declaration"
                      : "is assigned to before nonlocal declaration";
      }
      fail("name '" + std::string(name) + "' " + what, *s);
    }
    add_def(name, global ? kDefGlobal : kDefNonlocal, *s);
    record_directive(name, *s);
  }
}

void SymbolTable::visit_alias(const ast::alias* a) {
  std::string_view name = a->asname.empty() ? a->name : a->asname;
  if (name == "*") {
    if (cur_->type != BlockType::module) fail("import * only allowed at module level", *a);
    return;
  }
  size_t dot = name.find('.');
  add_def(dot == std::string_view::npos ? name : name.substr(0, dot), kDefImport, *a);
}

void SymbolTable::visit_stmt(const ast::stmt* s) {
  if (++depth_ > ConstFolder::kMaxDepth) {
    *error_ = CompileError{CompileErrorKind::recursion_error,
                           "maximum recursion depth exceeded during compilation", s->lineno};
    throw CompileAbort{};
  }
  switch (s->tag) {
  case ast::stmt_kind::FunctionDef:
    visit_function(static_cast<const ast::FunctionDef*>(s), false);
    break;
  case ast::stmt_kind::AsyncFunctionDef:
    visit_function(static_cast<const ast::AsyncFunctionDef*>(s), true);
    break;
  case ast::stmt_kind::ClassDef: {
    const auto* c = static_cast<const ast::ClassDef*>(s);
    add_def(c->name, kDefLocal, *c);
    visit_exprs(c->bases);
    for (const ast::keyword* k : c->keywords) visit_expr(k->value);
    visit_exprs(c->decorator_list);
    enter_block(c->name, BlockType::class_, c, *c);
    std::string_view saved = private_;
    private_ = c->name;
    visit_stmts(c->body);
    private_ = saved;
    exit_block();
    break;
  }
  case ast::stmt_kind::Return:
    if (const ast::expr* v = static_cast<const ast::Return*>(s)->value) {
      visit_expr(v);
      cur_->returns_value = true;
    }
    break;
  case ast::stmt_kind::Delete: visit_exprs(static_cast<const ast::Delete*>(s)->targets); break;
  case ast::stmt_kind::Assign: {
    const auto* a = static_cast<const ast::Assign*>(s);
    visit_exprs(a->targets);
    visit_expr(a->value);
    break;
  }
  case ast::stmt_kind::AnnAssign: {
    const auto* a = static_cast<const ast::AnnAssign*>(s);
    if (const auto* target = a->target->as<ast::Name>()) {
      uint32_t cur = cur_->flags_of(mangle(strings_, private_, target->id));
      if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != top_ && a->simple) {
        fail(std::string("annotated name '") + std::string(target->id) + "' can't be " +
                 ((cur & kDefGlobal) ? "global" : "nonlocal"),
             *s);
      }
      if (a->simple) {
        add_def(target->id, kDefAnnot | kDefLocal, *target);
      } else if (a->value) {
        add_def(target->id, kDefLocal, *target);
      }
    } else {
      visit_expr(a->target);
    }
    visit_annotation(a->annotation);
    if (a->value) visit_expr(a->value);
    break;
  }
  case ast::stmt_kind::AugAssign: {
    const auto* a = static_cast<const ast::AugAssign*>(s);
    visit_expr(a->target);
    visit_expr(a->value);
    break;
  }
  case ast::stmt_kind::For:
  case ast::stmt_kind::AsyncFor: {
    const auto* f = s->as<ast::For>();
    const auto* af = s->as<ast::AsyncFor>();
    visit_expr(f ? f->target : af->target);
    visit_expr(f ? f->iter : af->iter);
    visit_stmts(f ? f->body : af->body);
    visit_stmts(f ? f->orelse : af->orelse);
    break;
  }
  case ast::stmt_kind::While: {
    const auto* w = static_cast<const ast::While*>(s);
    visit_expr(w->test);
    visit_stmts(w->body);
    visit_stmts(w->orelse);
    break;
  }
  case ast::stmt_kind::If: {
    const auto* i = static_cast<const ast::If*>(s);
    visit_expr(i->test);
    visit_stmts(i->body);
    visit_stmts(i->orelse);
    break;
  }
  case ast::stmt_kind::Match: {
    const auto* m = static_cast<const ast::Match*>(s);
    visit_expr(m->subject);
    for (const ast::match_case* c : m->cases) {
      visit_pattern(c->pattern);
      if (c->guard) visit_expr(c->guard);
      visit_stmts(c->body);
    }
    break;
  }
  case ast::stmt_kind::Raise: {
    const auto* r = static_cast<const ast::Raise*>(s);
    if (r->exc) {
      visit_expr(r->exc);
      if (r->cause) visit_expr(r->cause);
    }
    break;
  }
  case ast::stmt_kind::Try:
  case ast::stmt_kind::TryStar: {
    const auto* t = s->as<ast::Try>();
    const auto* ts = s->as<ast::TryStar>();
    visit_stmts(t ? t->body : ts->body);
    for (const ast::ExceptHandler* h : t ? t->handlers : ts->handlers) {
      if (h->type) visit_expr(h->type);
      if (!h->name.empty()) add_def(h->name, kDefLocal, *h);
      visit_stmts(h->body);
    }
    visit_stmts(t ? t->orelse : ts->orelse);
    visit_stmts(t ? t->finalbody : ts->finalbody);
    break;
  }
  case ast::stmt_kind::Assert: {
    const auto* a = static_cast<const ast::Assert*>(s);
    visit_expr(a->test);
    if (a->msg) visit_expr(a->msg);
    break;
  }
  case ast::stmt_kind::Import:
    for (const ast::alias* a : static_cast<const ast::Import*>(s)->names) visit_alias(a);
    break;
  case ast::stmt_kind::ImportFrom:
    for (const ast::alias* a : static_cast<const ast::ImportFrom*>(s)->names) visit_alias(a);
    break;
  case ast::stmt_kind::Global:
    visit_declaration(static_cast<const ast::Global*>(s)->names, s, true);
    break;
  case ast::stmt_kind::Nonlocal:
    visit_declaration(static_cast<const ast::Nonlocal*>(s)->names, s, false);
    break;
  case ast::stmt_kind::Expr: visit_expr(static_cast<const ast::Expr*>(s)->value); break;
  case ast::stmt_kind::Pass:
  case ast::stmt_kind::Break:
  case ast::stmt_kind::Continue: break;
  case ast::stmt_kind::With:
  case ast::stmt_kind::AsyncWith: {
    const auto* w = s->as<ast::With>();
    const auto* aw = s->as<ast::AsyncWith>();
    for (const ast::withitem* item : w ? w->items : aw->items) {
      visit_expr(item->context_expr);
      if (item->optional_vars) visit_expr(item->optional_vars);
    }
    visit_stmts(w ? w->body : aw->body);
    break;
  }
  }
  --depth_;
}

void SymbolTable::extend_namedexpr_scope(const ast::Name* target) {
  std::string_view name = target->id;
  for (size_t i = stack_.size(); i-- > 0;) {
    ScopeEntry* ste = stack_[i];
    if (ste->comprehension != ComprehensionType::none) {
      uint32_t in_scope = ste->flags_of(name);
      if ((in_scope & kDefCompIter) && (in_scope & kDefLocal)) {
        fail("assignment expression cannot rebind comprehension iteration variable '" +
                 std::string(name) + "'",
             *target);
      }
      continue;
    }
    if (ste->type == BlockType::function) {
      uint32_t in_scope = ste->flags_of(name);
      add_def(name, (in_scope & kDefGlobal) ? kDefGlobal : kDefNonlocal, *target);
      record_directive(name, *target);
      add_def_in(ste, name, kDefLocal, *target);
      return;
    }
    if (ste->type == BlockType::module) {
      add_def(name, kDefGlobal, *target);
      record_directive(name, *target);
      add_def_in(ste, name, kDefGlobal, *target);
      return;
    }
    fail("assignment expression within a comprehension cannot be used in a class body", *target);
  }
}

void SymbolTable::handle_namedexpr(const ast::NamedExpr* e) {
  if (cur_->comp_iter_expr > 0) {
    fail("assignment expression cannot be used in a comprehension iterable expression", *e);
  }
  if (cur_->comprehension != ComprehensionType::none) {
    extend_namedexpr_scope(static_cast<const ast::Name*>(e->target));
  }
  visit_expr(e->value);
  visit_expr(e->target);
}

void SymbolTable::visit_comprehension(const ast::expr* e,
                                      const ast::Seq<ast::comprehension*>& generators,
                                      const ast::expr* elt, const ast::expr* value,
                                      std::string_view name, ComprehensionType type) {
  bool is_generator = type == ComprehensionType::generator;
  const ast::comprehension* outermost = generators[0];
  ++cur_->comp_iter_expr;
  visit_expr(outermost->iter);
  --cur_->comp_iter_expr;
  enter_block(name, BlockType::function, e, *e);
  cur_->comprehension = type;
  if (outermost->is_async) cur_->coroutine = true;
  add_def(".0", kDefParam,
          span(cur_->lineno, cur_->col_offset, cur_->end_lineno, cur_->end_col_offset));
  cur_->comp_iter_target = true;
  visit_expr(outermost->target);
  cur_->comp_iter_target = false;
  visit_exprs(outermost->ifs);
  for (size_t i = 1; i < generators.size(); ++i) {
    const ast::comprehension* g = generators[i];
    cur_->comp_iter_target = true;
    visit_expr(g->target);
    cur_->comp_iter_target = false;
    ++cur_->comp_iter_expr;
    visit_expr(g->iter);
    --cur_->comp_iter_expr;
    visit_exprs(g->ifs);
    if (g->is_async) cur_->coroutine = true;
  }
  if (value) visit_expr(value);
  visit_expr(elt);
  cur_->generator = is_generator;
  bool is_async = cur_->coroutine && !is_generator;
  exit_block();
  if (is_async) cur_->coroutine = true;
}

void SymbolTable::visit_expr(const ast::expr* e) {
  if (++depth_ > ConstFolder::kMaxDepth) {
    *error_ = CompileError{CompileErrorKind::recursion_error,
                           "maximum recursion depth exceeded during compilation", e->lineno};
    throw CompileAbort{};
  }
  // Inside a `from __future__ import annotations` annotation, these are errors.
  auto check_annotation = [&](const char* what) {
    if (cur_->type == BlockType::annotation) {
      fail(std::string("'") + what + "' can not be used within an annotation", *e);
    }
  };
  switch (e->tag) {
  case ast::expr_kind::NamedExpr:
    check_annotation("named expression");
    handle_namedexpr(static_cast<const ast::NamedExpr*>(e));
    break;
  case ast::expr_kind::BoolOp: visit_exprs(static_cast<const ast::BoolOp*>(e)->values); break;
  case ast::expr_kind::BinOp: {
    const auto* b = static_cast<const ast::BinOp*>(e);
    visit_expr(b->left);
    visit_expr(b->right);
    break;
  }
  case ast::expr_kind::UnaryOp: visit_expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
  case ast::expr_kind::Lambda: {
    const auto* l = static_cast<const ast::Lambda*>(e);
    visit_exprs(l->args->defaults);
    visit_exprs(l->args->kw_defaults);
    enter_block("lambda", BlockType::function, e, *e);
    visit_arguments(l->args);
    visit_expr(l->body);
    exit_block();
    break;
  }
  case ast::expr_kind::IfExp: {
    const auto* i = static_cast<const ast::IfExp*>(e);
    visit_expr(i->test);
    visit_expr(i->body);
    visit_expr(i->orelse);
    break;
  }
  case ast::expr_kind::Dict: {
    const auto* d = static_cast<const ast::Dict*>(e);
    visit_exprs(d->keys);
    visit_exprs(d->values);
    break;
  }
  case ast::expr_kind::Set: visit_exprs(static_cast<const ast::Set*>(e)->elts); break;
  case ast::expr_kind::GeneratorExp: {
    const auto* c = static_cast<const ast::GeneratorExp*>(e);
    visit_comprehension(e, c->generators, c->elt, nullptr, "genexpr", ComprehensionType::generator);
    break;
  }
  case ast::expr_kind::ListComp: {
    const auto* c = static_cast<const ast::ListComp*>(e);
    visit_comprehension(e, c->generators, c->elt, nullptr, "listcomp", ComprehensionType::list);
    break;
  }
  case ast::expr_kind::SetComp: {
    const auto* c = static_cast<const ast::SetComp*>(e);
    visit_comprehension(e, c->generators, c->elt, nullptr, "setcomp", ComprehensionType::set);
    break;
  }
  case ast::expr_kind::DictComp: {
    const auto* c = static_cast<const ast::DictComp*>(e);
    visit_comprehension(e, c->generators, c->key, c->value, "dictcomp", ComprehensionType::dict);
    break;
  }
  case ast::expr_kind::Yield:
  case ast::expr_kind::YieldFrom: {
    check_annotation("yield expression");
    const ast::expr* value = e->is<ast::Yield>() ? static_cast<const ast::Yield*>(e)->value
                                                 : static_cast<const ast::YieldFrom*>(e)->value;
    if (value) visit_expr(value);
    cur_->generator = true;
    if (cur_->comprehension != ComprehensionType::none) fail(yield_inside(cur_->comprehension), *e);
    break;
  }
  case ast::expr_kind::Await:
    check_annotation("await expression");
    visit_expr(static_cast<const ast::Await*>(e)->value);
    cur_->coroutine = true;
    break;
  case ast::expr_kind::Compare: {
    const auto* c = static_cast<const ast::Compare*>(e);
    visit_expr(c->left);
    visit_exprs(c->comparators);
    break;
  }
  case ast::expr_kind::Call: {
    const auto* c = static_cast<const ast::Call*>(e);
    visit_expr(c->func);
    visit_exprs(c->args);
    for (const ast::keyword* k : c->keywords) visit_expr(k->value);
    break;
  }
  case ast::expr_kind::FormattedValue: {
    const auto* f = static_cast<const ast::FormattedValue*>(e);
    visit_expr(f->value);
    if (f->format_spec) visit_expr(f->format_spec);
    break;
  }
  case ast::expr_kind::JoinedStr: visit_exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
  case ast::expr_kind::Constant: break;
  case ast::expr_kind::Attribute: visit_expr(static_cast<const ast::Attribute*>(e)->value); break;
  case ast::expr_kind::Subscript: {
    const auto* s = static_cast<const ast::Subscript*>(e);
    visit_expr(s->value);
    visit_expr(s->slice);
    break;
  }
  case ast::expr_kind::Starred: visit_expr(static_cast<const ast::Starred*>(e)->value); break;
  case ast::expr_kind::Slice: {
    const auto* s = static_cast<const ast::Slice*>(e);
    if (s->lower) visit_expr(s->lower);
    if (s->upper) visit_expr(s->upper);
    if (s->step) visit_expr(s->step);
    break;
  }
  case ast::expr_kind::Name: {
    const auto* n = static_cast<const ast::Name*>(e);
    add_def(n->id, n->ctx == ast::expr_context::Load ? kUse : kDefLocal, *n);
    // super() reads __class__ implicitly.
    if (n->ctx == ast::expr_context::Load && cur_->type == BlockType::function &&
        n->id == "super") {
      add_def("__class__", kUse, *n);
    }
    break;
  }
  case ast::expr_kind::List: visit_exprs(static_cast<const ast::List*>(e)->elts); break;
  case ast::expr_kind::Tuple: visit_exprs(static_cast<const ast::Tuple*>(e)->elts); break;
  }
  --depth_;
}

void SymbolTable::visit_pattern(const ast::pattern* p) {
  switch (p->tag) {
  case ast::pattern_kind::MatchValue:
    visit_expr(static_cast<const ast::MatchValue*>(p)->value);
    break;
  case ast::pattern_kind::MatchSingleton: break;
  case ast::pattern_kind::MatchSequence:
    for (const ast::pattern* q : static_cast<const ast::MatchSequence*>(p)->patterns) {
      visit_pattern(q);
    }
    break;
  case ast::pattern_kind::MatchStar: {
    std::string_view name = static_cast<const ast::MatchStar*>(p)->name;
    if (!name.empty()) add_def(name, kDefLocal, *p);
    break;
  }
  case ast::pattern_kind::MatchMapping: {
    const auto* m = static_cast<const ast::MatchMapping*>(p);
    visit_exprs(m->keys);
    for (const ast::pattern* q : m->patterns) visit_pattern(q);
    if (!m->rest.empty()) add_def(m->rest, kDefLocal, *p);
    break;
  }
  case ast::pattern_kind::MatchClass: {
    const auto* m = static_cast<const ast::MatchClass*>(p);
    visit_expr(m->cls);
    for (const ast::pattern* q : m->patterns) visit_pattern(q);
    for (const ast::pattern* q : m->kwd_patterns) visit_pattern(q);
    break;
  }
  case ast::pattern_kind::MatchAs: {
    const auto* m = static_cast<const ast::MatchAs*>(p);
    if (m->pattern) visit_pattern(m->pattern);
    if (!m->name.empty()) add_def(m->name, kDefLocal, *p);
    break;
  }
  case ast::pattern_kind::MatchOr:
    for (const ast::pattern* q : static_cast<const ast::MatchOr*>(p)->patterns) visit_pattern(q);
    break;
  }
}

void SymbolTable::visit_arguments(const ast::arguments* a) {
  for (const ast::arg* p : a->posonlyargs) add_def(p->arg, kDefParam, *p);
  for (const ast::arg* p : a->args) add_def(p->arg, kDefParam, *p);
  for (const ast::arg* p : a->kwonlyargs) add_def(p->arg, kDefParam, *p);
  if (a->vararg) {
    add_def(a->vararg->arg, kDefParam, *a->vararg);
    cur_->varargs = true;
  }
  if (a->kwarg) {
    add_def(a->kwarg->arg, kDefParam, *a->kwarg);
    cur_->varkeywords = true;
  }
}

void SymbolTable::visit_annotation(const ast::expr* annotation) {
  if (!future_.annotations) {
    visit_expr(annotation);
    return;
  }
  // Kept as a string: the names in it are not uses of this scope.
  enter_block("_annotation", BlockType::annotation, annotation, *annotation);
  visit_expr(annotation);
  exit_block();
}

void SymbolTable::visit_annotations(const ast::arguments* a, const ast::expr* returns) {
  auto visit = [this](const ast::expr* annotation) {
    if (annotation) visit_annotation(annotation);
  };
  for (const ast::arg* p : a->posonlyargs) visit(p->annotation);
  for (const ast::arg* p : a->args) visit(p->annotation);
  if (a->vararg) visit(a->vararg->annotation);
  if (a->kwarg) visit(a->kwarg->annotation);
  for (const ast::arg* p : a->kwonlyargs) visit(p->annotation);
  visit(returns);
}

} // namespace py::bc
