// The code generator's core: the compilation pipeline, units (one per code
// object) and their qualified names, instruction emission, name resolution,
// and the code around function and class bodies.
#include "python/compile/codegen.hpp"

#include <algorithm>

#include "python/compile/unparse.hpp"
#include "python/objects/code.hpp"

namespace py::bc {

// ---- tables -----------------------------------------------------------------

uint32_t NameTable::add(std::string_view name) {
  auto it = index_.find(name);
  if (it != index_.end()) return it->second;
  uint32_t i = uint32_t(items_.size());
  items_.emplace_back(name);
  index_.emplace(std::string(name), i);
  return i;
}

int32_t NameTable::find(std::string_view name) const {
  auto it = index_.find(name);
  return it == index_.end() ? -1 : int32_t(it->second);
}

uint32_t ConstTable::add(const ConstValue& value) {
  std::string key = value.key();
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  uint32_t i = uint32_t(items_.size());
  items_.push_back(value);
  index_.emplace(std::move(key), i);
  return i;
}

// ---- the pipeline -----------------------------------------------------------

namespace {

/// True when a body (not entering functions or classes) has an annotated
/// assignment: module and class bodies then need __annotations__.
bool find_ann(const ast::Seq<ast::stmt*>& stmts) {
  for (const ast::stmt* s : stmts) {
    switch (s->tag) {
    case ast::stmt_kind::AnnAssign: return true;
    case ast::stmt_kind::For: {
      const auto* f = static_cast<const ast::For*>(s);
      if (find_ann(f->body) || find_ann(f->orelse)) return true;
      break;
    }
    case ast::stmt_kind::AsyncFor: {
      const auto* f = static_cast<const ast::AsyncFor*>(s);
      if (find_ann(f->body) || find_ann(f->orelse)) return true;
      break;
    }
    case ast::stmt_kind::While: {
      const auto* w = static_cast<const ast::While*>(s);
      if (find_ann(w->body) || find_ann(w->orelse)) return true;
      break;
    }
    case ast::stmt_kind::If: {
      const auto* i = static_cast<const ast::If*>(s);
      if (find_ann(i->body) || find_ann(i->orelse)) return true;
      break;
    }
    case ast::stmt_kind::With:
      if (find_ann(static_cast<const ast::With*>(s)->body)) return true;
      break;
    case ast::stmt_kind::AsyncWith:
      if (find_ann(static_cast<const ast::AsyncWith*>(s)->body)) return true;
      break;
    case ast::stmt_kind::Try:
    case ast::stmt_kind::TryStar: {
      const auto* t = s->as<ast::Try>();
      const auto* ts = s->as<ast::TryStar>();
      for (const ast::ExceptHandler* h : t ? t->handlers : ts->handlers) {
        if (find_ann(h->body)) return true;
      }
      if (find_ann(t ? t->body : ts->body) || find_ann(t ? t->finalbody : ts->finalbody) ||
          find_ann(t ? t->orelse : ts->orelse)) {
        return true;
      }
      break;
    }
    case ast::stmt_kind::Match:
      for (const ast::match_case* c : static_cast<const ast::Match*>(s)->cases) {
        if (find_ann(c->body)) return true;
      }
      break;
    default: break;
    }
  }
  return false;
}

} // namespace

Codegen::Codegen(const CompilerOptions& options, WarningSink& warnings, CompileError* error)
    : options_(options), warnings_(warnings), error_(error) {}

std::shared_ptr<CodeUnit> Codegen::compile(const ast::Module& module) {
  try {
    folder_.fold_module(module, error_);
    future_ = parse_future(module, error_);
    symtable_.build(module, future_, error_);
    enter_scope("<module>", UnitKind::module, &module, 1);
    u().loc.lineno = 1;
    if (options_.mode == SourceMode::single) {
      interactive_ = true;
      if (find_ann(module.body)) addop(Op::SETUP_ANNOTATIONS);
      visit_stmts(module.body);
    } else {
      body(module.body);
    }
    return exit_scope(true);
  } catch (const CompileAbort&) {
    return nullptr;
  }
}

std::shared_ptr<CodeUnit> Codegen::compile(const ast::Expression& tree) {
  try {
    folder_.fold_expression(tree, error_);
    symtable_.build(tree, error_);
    enter_scope("<module>", UnitKind::module, &tree, 1);
    u().loc.lineno = 1;
    visit_expr(tree.body);
    addop(Op::RETURN_VALUE);
    return exit_scope(false);
  } catch (const CompileAbort&) {
    return nullptr;
  }
}

std::shared_ptr<CodeUnit> compile_module(const ast::Module& module, const CompilerOptions& options,
                                         WarningSink& warnings, CompileError* error) {
  Codegen c(options, warnings, error);
  return c.compile(module);
}

std::shared_ptr<CodeUnit> compile_expression(const ast::Expression& tree,
                                             const CompilerOptions& options, WarningSink& warnings,
                                             CompileError* error) {
  Codegen c(options, warnings, error);
  return c.compile(tree);
}

// ---- units ------------------------------------------------------------------

void Codegen::enter_scope(std::string_view name, UnitKind kind, const void* key, int lineno) {
  auto unit = std::make_unique<Unit>();
  unit->ste = symtable_.lookup(key);
  unit->kind = kind;
  unit->name = std::string(name);
  for (std::string_view v : unit->ste->varnames) unit->varnames.add(v);
  // Cells: those of parameters first, in parameter order, then the others
  // sorted (the order of CPython's co_cellvars); free variables sorted.
  std::vector<std::string_view> cells, frees;
  for (const Symbol& s : unit->ste->symbols) {
    if (s.scope == Scope::cell && !(s.flags & kDefParam)) cells.push_back(s.name);
    if (s.scope == Scope::free || (s.flags & kDefFreeClass)) frees.push_back(s.name);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  for (std::string_view v : unit->ste->varnames) {
    if (unit->ste->scope_of(v) == Scope::cell) unit->cellvars.add(v);
  }
  if (unit->ste->needs_class_closure) unit->cellvars.add("__class__");
  for (std::string_view v : cells) unit->cellvars.add(v);
  for (std::string_view v : frees) unit->freevars.add(v);
  if (!units_.empty()) unit->private_name = units_.back()->private_name;
  unit->firstlineno = lineno;
  unit->loc = Location{lineno, lineno, 0, 0};
  unit->blocks.emplace_back();
  unit->current = 0;
  units_.push_back(std::move(unit));
  if (kind != UnitKind::module) set_qualname();
}

void Codegen::set_qualname() {
  Unit& unit = u();
  std::string base;
  bool has_base = false;
  if (units_.size() > 2) {
    const Unit& parent = *units_[units_.size() - 2];
    bool force_global = false;
    if (unit.kind == UnitKind::function || unit.kind == UnitKind::async_function ||
        unit.kind == UnitKind::class_) {
      ast::Arena& arena = symtable_.strings();
      std::string_view mangled = bc::mangle(arena, parent.private_name, unit.name);
      force_global = parent.ste->scope_of(mangled) == Scope::global_explicit;
    }
    if (!force_global) {
      has_base = true;
      base = parent.qualname;
      if (parent.kind == UnitKind::function || parent.kind == UnitKind::async_function ||
          parent.kind == UnitKind::lambda) {
        base += ".<locals>";
      }
    }
  }
  unit.qualname = has_base ? base + "." + unit.name : unit.name;
}

bool Codegen::top_level_await() const {
  return options_.allow_top_level_await && units_.back()->kind == UnitKind::module;
}

std::shared_ptr<CodeUnit> Codegen::exit_scope(bool add_none) {
  Unit& unit = u();
  const BasicBlock& last = unit.blocks[size_t(unit.current)];
  if (last.instrs.empty() || last.instrs.back().code != IOp(Op::RETURN_VALUE)) {
    unset_loc();
    if (add_none) load_none();
    addop(Op::RETURN_VALUE);
  }
  const ScopeEntry* ste = unit.ste;
  uint32_t flags = 0;
  if (ste->type == BlockType::function) {
    flags |= kCoNewLocals | kCoOptimized;
    if (ste->nested) flags |= kCoNested;
    if (ste->generator && !ste->coroutine) flags |= kCoGenerator;
    if (!ste->generator && ste->coroutine) flags |= kCoCoroutine;
    if (ste->generator && ste->coroutine) flags |= kCoAsyncGenerator;
    if (ste->varargs) flags |= kCoVarargs;
    if (ste->varkeywords) flags |= kCoVarKeywords;
  }
  if (unit.kind == UnitKind::module && options_.allow_top_level_await && ste->coroutine &&
      !ste->generator) {
    flags |= kCoCoroutine;
  }
  std::shared_ptr<CodeUnit> code = assemble(unit, options_.filename, flags);
  units_.pop_back();
  return code;
}

// ---- emission ---------------------------------------------------------------

int32_t Codegen::new_block() {
  u().blocks.emplace_back();
  return int32_t(u().blocks.size() - 1);
}

void Codegen::use_next_block(int32_t block) {
  Unit& unit = u();
  unit.blocks[size_t(unit.current)].next = block;
  unit.current = block;
  unit.need_new_block = false;
}

void Codegen::emit(IOp code, uint32_t arg, int32_t target, const Location& loc) {
  Unit& unit = u();
  if (unit.need_new_block) use_next_block(new_block());
  if (arg >= (1u << 24)) error("too many constants, names or locals in one code object");
  unit.blocks[size_t(unit.current)].instrs.push_back(Instr{code, arg, target, loc, -1});
  if (is_jump(code) || is_unconditional(code)) unit.need_new_block = true;
}

void Codegen::load_none() { load_const(ConstValue::none()); }

void Codegen::load_const(const ConstValue& value) { addop(Op::LOAD_CONST, add_const(value)); }

void Codegen::addop_name(Op code, std::string_view name) {
  addop(code, u().names.add(mangle(name)));
}

void Codegen::set_loc(const ast::located& node) {
  u().loc = Location{node.lineno, node.end_lineno, node.col_offset, node.end_col_offset};
}

// ---- diagnostics ------------------------------------------------------------

void Codegen::error(std::string message) {
  const Location& loc = u().loc;
  *error_ = CompileError{CompileErrorKind::syntax_error,
                         std::move(message),
                         loc.lineno,
                         loc.col + 1,
                         loc.end_lineno,
                         loc.end_col + 1};
  throw CompileAbort{};
}

void Codegen::warn(std::string message) {
  switch (warnings_.warn(message, u().loc.lineno)) {
  case WarningSink::Outcome::ok: return;
  case WarningSink::Outcome::became_error: error(std::move(message));
  case WarningSink::Outcome::failed: error_->kind = CompileErrorKind::pending; throw CompileAbort{};
  }
}

void Codegen::enter_recursion(int lineno) {
  if (++depth_ > ConstFolder::kMaxDepth) {
    *error_ = CompileError{CompileErrorKind::recursion_error,
                           "maximum recursion depth exceeded during compilation", lineno};
    throw CompileAbort{};
  }
}

// ---- names ------------------------------------------------------------------

std::string_view Codegen::mangle(std::string_view name) {
  return bc::mangle(symtable_.strings(), u().private_name, name);
}

void Codegen::check_forbidden(std::string_view name, ast::expr_context ctx) {
  if (name != "__debug__") return;
  if (ctx == ast::expr_context::Store) error("cannot assign to __debug__");
  if (ctx == ast::expr_context::Del) error("cannot delete __debug__");
}

Scope Codegen::ref_type(std::string_view name) {
  if (u().kind == UnitKind::class_ && name == "__class__") return Scope::cell;
  return u().ste->scope_of(name);
}

void Codegen::nameop(std::string_view name, ast::expr_context ctx) {
  check_forbidden(name, ctx);
  Unit& unit = u();
  std::string_view mangled = mangle(name);
  Scope scope = unit.ste->scope_of(mangled);
  bool in_function = unit.ste->type == BlockType::function;
  int ctx_index = ctx == ast::expr_context::Load ? 0 : ctx == ast::expr_context::Store ? 1 : 2;
  switch (scope) {
  case Scope::free:
  case Scope::cell: {
    uint32_t index = scope == Scope::cell
                         ? unit.cellvars.add(mangled)
                         : uint32_t(unit.cellvars.size()) + unit.freevars.add(mangled);
    static constexpr Op ops[] = {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF};
    Op code = ops[ctx_index];
    if (code == Op::LOAD_DEREF && unit.ste->type == BlockType::class_) code = Op::LOAD_CLASSDEREF;
    addop(code, index);
    return;
  }
  case Scope::local:
    if (in_function) {
      static constexpr Op ops[] = {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST};
      addop(ops[ctx_index], unit.varnames.add(mangled));
      return;
    }
    break;
  case Scope::global_implicit:
    if (in_function) {
      static constexpr Op ops[] = {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL};
      addop(ops[ctx_index], unit.names.add(mangled));
      return;
    }
    break;
  case Scope::global_explicit: {
    static constexpr Op ops[] = {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL};
    addop(ops[ctx_index], unit.names.add(mangled));
    return;
  }
  case Scope::none: break;
  }
  static constexpr Op ops[] = {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME};
  addop(ops[ctx_index], unit.names.add(mangled));
}

// ---- bodies, functions and classes ------------------------------------------

const ast::Constant* Codegen::docstring(const ast::Seq<ast::stmt*>& body) {
  if (body.empty()) return nullptr;
  const auto* e = body[0]->as<ast::Expr>();
  if (!e) return nullptr;
  const auto* c = e->value->as<ast::Constant>();
  return c && c->value.kind == ast::constant_kind::Str ? c : nullptr;
}

void Codegen::body(const ast::Seq<ast::stmt*>& stmts) {
  if (u().kind == UnitKind::module && !stmts.empty()) set_loc(*stmts[0]);
  if (find_ann(stmts)) addop(Op::SETUP_ANNOTATIONS);
  if (stmts.empty()) return;
  size_t i = 0;
  if (const ast::Constant* doc = docstring(stmts)) {
    i = 1;
    visit_expr(doc);
    unset_loc();
    nameop("__doc__", ast::expr_context::Store);
  }
  for (; i < stmts.size(); ++i) visit_stmt(stmts[i]);
}

void Codegen::check_debug_args(const ast::arguments* args) {
  auto check = [this](const ast::arg* a) {
    if (a) check_forbidden(a->arg, ast::expr_context::Store);
  };
  for (const ast::arg* a : args->posonlyargs) check(a);
  for (const ast::arg* a : args->args) check(a);
  check(args->vararg);
  for (const ast::arg* a : args->kwonlyargs) check(a);
  check(args->kwarg);
}

uint32_t Codegen::default_arguments(const ast::arguments* args) {
  uint32_t flags = 0;
  if (!args->defaults.empty()) {
    visit_exprs(args->defaults);
    addop(Op::BUILD_TUPLE, uint32_t(args->defaults.size()));
    flags |= 1;
  }
  std::vector<ConstValue> keys;
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    const ast::expr* dflt = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
    if (!dflt) continue;
    keys.push_back(ConstValue::of_str(mangle(args->kwonlyargs[i]->arg)));
    visit_expr(dflt);
  }
  if (!keys.empty()) {
    uint32_t n = uint32_t(keys.size());
    load_const(ConstValue::of_tuple(std::move(keys)));
    addop(Op::BUILD_CONST_KEY_MAP, n);
    flags |= 2;
  }
  return flags;
}

void Codegen::argannotation(std::string_view name, const ast::expr* annotation, uint32_t* count) {
  if (!annotation) return;
  load_const(ConstValue::of_str(mangle(name)));
  if (future_.annotations) {
    annotation_string(annotation);
  } else if (const auto* star = annotation->as<ast::Starred>()) {
    // *args: *Ts — the value is [*Ts] unpacked.
    visit_expr(star->value);
    addop(Op::UNPACK_SEQUENCE, 1);
  } else {
    visit_expr(annotation);
  }
  *count += 2;
}

bool Codegen::annotations(const ast::arguments* args, const ast::expr* returns) {
  uint32_t count = 0;
  for (const ast::arg* a : args->args) argannotation(a->arg, a->annotation, &count);
  for (const ast::arg* a : args->posonlyargs) argannotation(a->arg, a->annotation, &count);
  if (args->vararg) argannotation(args->vararg->arg, args->vararg->annotation, &count);
  for (const ast::arg* a : args->kwonlyargs) argannotation(a->arg, a->annotation, &count);
  if (args->kwarg) argannotation(args->kwarg->arg, args->kwarg->annotation, &count);
  argannotation("return", returns, &count);
  if (!count) return false;
  addop(Op::BUILD_TUPLE, count);
  return true;
}

void Codegen::annotation_string(const ast::expr* annotation) {
  load_const(ConstValue::of_str(unparse_annotation(annotation)));
}

void Codegen::make_closure(const std::shared_ptr<CodeUnit>& code, uint32_t flags) {
  if (!code->freevars.empty()) {
    Unit& unit = u();
    for (const std::string& name : code->freevars) {
      Scope scope = ref_type(name);
      int32_t index = scope == Scope::cell ? unit.cellvars.find(name) : -1;
      if (scope != Scope::cell) {
        int32_t f = unit.freevars.find(name);
        if (f >= 0) index = int32_t(unit.cellvars.size()) + f;
      }
      if (index < 0) error("internal compiler error: no cell for free variable '" + name + "'");
      addop(Op::LOAD_CLOSURE, uint32_t(index));
    }
    flags |= 8;
    addop(Op::BUILD_TUPLE, uint32_t(code->freevars.size()));
  }
  load_const(ConstValue::of_code(code));
  addop(Op::MAKE_FUNCTION, flags);
}

void Codegen::apply_decorators(const ast::Seq<ast::expr*>& decorators) {
  LocationGuard guard(*this);
  for (size_t i = decorators.size(); i-- > 0;) {
    set_loc(*decorators[i]);
    addop(Op::CALL, 0);
  }
}

template <class FunctionNode>
void Codegen::function_def(const FunctionNode* s, bool is_async) {
  const ast::arguments* args = s->args;
  check_debug_args(args);
  visit_exprs(s->decorator_list);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  uint32_t flags = default_arguments(args);
  if (annotations(args, s->returns)) flags |= 4;
  enter_scope(s->name, is_async ? UnitKind::async_function : UnitKind::function, s, firstlineno);
  const ast::Constant* doc = docstring(s->body);
  add_const(doc ? ConstValue::of_str(doc->value.text) : ConstValue::none());
  Unit& unit = u();
  unit.argcount = uint32_t(args->posonlyargs.size() + args->args.size());
  unit.posonlyargcount = uint32_t(args->posonlyargs.size());
  unit.kwonlyargcount = uint32_t(args->kwonlyargs.size());
  for (size_t i = doc ? 1 : 0; i < s->body.size(); ++i) visit_stmt(s->body[i]);
  std::shared_ptr<CodeUnit> code = exit_scope(true);
  make_closure(code, flags);
  apply_decorators(s->decorator_list);
  nameop(s->name, ast::expr_context::Store);
}

template void Codegen::function_def(const ast::FunctionDef*, bool);
template void Codegen::function_def(const ast::AsyncFunctionDef*, bool);

void Codegen::class_def(const ast::ClassDef* s) {
  visit_exprs(s->decorator_list);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  enter_scope(s->name, UnitKind::class_, s, firstlineno);
  u().private_name = s->name;
  nameop("__name__", ast::expr_context::Load);
  nameop("__module__", ast::expr_context::Store);
  load_const(ConstValue::of_str(u().qualname));
  nameop("__qualname__", ast::expr_context::Store);
  body(s->body);
  unset_loc();
  if (u().ste->needs_class_closure) {
    addop(Op::LOAD_CLOSURE, uint32_t(u().cellvars.find("__class__")));
    addop(Op::COPY, 1);
    nameop("__classcell__", ast::expr_context::Store);
  } else {
    load_none();
  }
  addop(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> code = exit_scope(true);
  addop(Op::PUSH_NULL);
  addop(Op::LOAD_BUILD_CLASS);
  make_closure(code, 0);
  load_const(ConstValue::of_str(s->name));
  call_helper(2, s->bases, s->keywords);
  apply_decorators(s->decorator_list);
  nameop(s->name, ast::expr_context::Store);
}

void Codegen::lambda(const ast::Lambda* e) {
  const ast::arguments* args = e->args;
  check_debug_args(args);
  uint32_t flags = default_arguments(args);
  enter_scope("<lambda>", UnitKind::lambda, e, e->lineno);
  add_const(ConstValue::none());
  Unit& unit = u();
  unit.argcount = uint32_t(args->posonlyargs.size() + args->args.size());
  unit.posonlyargcount = uint32_t(args->posonlyargs.size());
  unit.kwonlyargcount = uint32_t(args->kwonlyargs.size());
  visit_expr(e->body);
  std::shared_ptr<CodeUnit> code;
  if (unit.ste->generator) {
    // The value of the body (a yield expression) is the generator's return value.
    code = exit_scope(false);
  } else {
    addop(Op::RETURN_VALUE);
    code = exit_scope(true);
  }
  make_closure(code, flags);
}

} // namespace py::bc
