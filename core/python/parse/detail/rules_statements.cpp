// Statement rules of the grammar (python.gram: STARTING RULES, GENERAL STATEMENTS, SIMPLE
// STATEMENTS, COMPOUND STATEMENTS), in the grammar's order.
#include "python/parse/detail/parser.hpp"

namespace py::parsing {

using namespace ast;

// A Global or Nonlocal statement that started at start_mark.
template <class T>
T* Parser::names_node(int start_mark, const std::vector<std::string_view>& names) {
  auto* s = node<T>(start_mark);
  s->names = seq(names);
  return s;
}

// A Try or TryStar statement that started at start_mark.
template <class T>
T* Parser::try_node(int start_mark, Seq<stmt*> body, const std::vector<ExceptHandler*>& handlers,
                    Seq<stmt*> orelse, Seq<stmt*> finalbody) {
  auto* s = node<T>(start_mark);
  s->body = body;
  s->handlers = seq(handlers);
  s->orelse = orelse;
  s->finalbody = finalbody;
  return s;
}

// file: [statements] ENDMARKER
Module* Parser::file() {
  RuleGuard g(*this);
  int m = mark_;
  auto a = statements();
  if (!a) mark_ = m;
  if (!expect(Tok::EndMarker)) return nullptr;
  auto* mod = ctx_.arena.make<Module>();
  if (a) mod->body = seq(*a);
  return mod;
}

// eval: expressions NEWLINE* ENDMARKER
Expression* Parser::eval() {
  RuleGuard g(*this);
  expr* a = expressions();
  if (!a) return nullptr;
  while (expect(Tok::Newline)) {
  }
  if (!expect(Tok::EndMarker)) return nullptr;
  auto* e = ctx_.arena.make<Expression>();
  e->body = a;
  return e;
}

// statements: statement+
ListResult<stmt*> Parser::statements() {
  RuleGuard g(*this);
  std::vector<stmt*> out;
  if (!repeat([&] { return statement(out); }, true)) return std::nullopt;
  return out;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(std::vector<stmt*>& out) {
  RuleGuard g(*this);
  int m = mark_;
  if (stmt* s = compound_stmt()) {
    out.push_back(s);
    return true;
  }
  mark_ = m;
  return simple_stmts(out);
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
bool Parser::simple_stmts(std::vector<stmt*>& out) {
  RuleGuard g(*this);
  int m = mark_;
  if (stmt* a = simple_stmt()) {
    if (!at(Tok::Semi) && expect(Tok::Newline)) {
      out.push_back(a);
      return true;
    }
  }
  mark_ = m;
  auto items = gather(Tok::Semi, [&] { return simple_stmt(); });
  if (!items) return false;
  expect(Tok::Semi);
  if (!expect(Tok::Newline)) {
    mark_ = m;
    return false;
  }
  out.insert(out.end(), items->begin(), items->end());
  return true;
}

// simple_stmt (memo)
stmt* Parser::simple_stmt() {
  return memoized<stmt>(Memo::SimpleStmt, [&] { return simple_stmt_raw(); });
}

// simple_stmt: assignment | star_expressions | &'return' return_stmt | &('import' | 'from')
// import_stmt | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt |
// &'assert' assert_stmt | 'break' | 'continue' | &'global' global_stmt | &'nonlocal'
// nonlocal_stmt
stmt* Parser::simple_stmt_raw() {
  RuleGuard g(*this);
  int m = mark_;
  if (stmt* s = assignment()) return s;
  mark_ = m;
  if (expr* e = star_expressions()) {
    auto* s = node<Expr>(m);
    s->value = e;
    return s;
  }
  mark_ = m;
  Tok t = fill().type;
  stmt* s = nullptr;
  switch (t) {
  case Tok::KwReturn: s = return_stmt(); break;
  case Tok::KwImport:
  case Tok::KwFrom: s = import_stmt(); break;
  case Tok::KwRaise: s = raise_stmt(); break;
  case Tok::KwPass: ++mark_; return node<Pass>(m);
  case Tok::KwDel: s = del_stmt(); break;
  case Tok::KwYield: s = yield_stmt(); break;
  case Tok::KwAssert: s = assert_stmt(); break;
  case Tok::KwBreak: ++mark_; return node<Break>(m);
  case Tok::KwContinue: ++mark_; return node<Continue>(m);
  case Tok::KwGlobal: s = global_stmt(false); break;
  case Tok::KwNonlocal: s = global_stmt(true); break;
  default: break;
  }
  if (!s) mark_ = m;
  return s;
}

// compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@')
// class_def | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt |
// &'while' while_stmt | match_stmt
stmt* Parser::compound_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  Tok t = fill().type;
  auto attempt = [&](stmt* s) {
    if (!s) mark_ = m;
    return s;
  };
  stmt* s = nullptr;
  if ((t == Tok::KwDef || t == Tok::At || t == Tok::Async) && (s = attempt(function_def()))) {
    return s;
  }
  if (t == Tok::KwIf && (s = attempt(if_stmt(false)))) return s;
  if ((t == Tok::KwClass || t == Tok::At) && (s = attempt(class_def()))) return s;
  if ((t == Tok::KwWith || t == Tok::Async) && (s = attempt(with_stmt()))) return s;
  if ((t == Tok::KwFor || t == Tok::Async) && (s = attempt(for_stmt()))) return s;
  if (t == Tok::KwTry && (s = attempt(try_stmt()))) return s;
  if (t == Tok::KwWhile && (s = attempt(while_stmt()))) return s;
  return attempt(match_stmt());
}

// assignment:
//   | NAME ':' expression ['=' annotated_rhs]
//   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression
//     ['=' annotated_rhs]
//   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//   | single_target augassign ~ (yield_expr | star_expressions)
//   | invalid_assignment
stmt* Parser::assignment() {
  RuleGuard g(*this);
  int m = mark_;
  auto annotated = [&](expr* target, int simple) -> stmt* {
    expr* b = expression();
    if (!b) return nullptr;
    expr* c = nullptr;
    int before = mark_;
    if (expect(Tok::Equal)) {
      c = annotated_rhs();
      if (!c) mark_ = before;
    }
    auto* s = node<AnnAssign>(m);
    s->target = target;
    s->annotation = b;
    s->value = c;
    s->simple = simple;
    return s;
  };
  if (Name* a = name()) {
    if (expect(Tok::Colon)) {
      if (stmt* s = annotated(set_context(a, expr_context::Store), 1)) return s;
    }
  }
  mark_ = m;
  expr* target = nullptr;
  if (expect(Tok::LPar)) {
    expr* b = single_target();
    if (b && expect(Tok::RPar)) target = b;
  }
  if (!target) {
    mark_ = m;
    target = single_subscript_attribute_target();
  }
  if (target && expect(Tok::Colon)) {
    if (stmt* s = annotated(target, 0)) return s;
  }
  mark_ = m;
  {
    std::vector<expr*> targets;
    for (;;) {
      int before = mark_;
      expr* z = star_targets();
      if (!z || !expect(Tok::Equal)) {
        mark_ = before;
        break;
      }
      targets.push_back(z);
    }
    if (!targets.empty()) {
      int before = mark_;
      expr* b = yield_expr();
      if (!b) {
        mark_ = before;
        b = star_expressions();
      }
      if (b && !at(Tok::Equal)) {
        auto* s = node<Assign>(m);
        s->targets = seq(targets);
        s->value = b;
        return s;
      }
    }
  }
  mark_ = m;
  if (expr* a = single_target()) {
    if (auto op = augassign()) {
      // The cut: once the operator is seen, no other alternative is tried.
      int before = mark_;
      expr* c = yield_expr();
      if (!c) {
        mark_ = before;
        c = star_expressions();
      }
      if (!c) return nullptr;
      auto* s = node<AugAssign>(m);
      s->target = a;
      s->op = *op;
      s->value = c;
      return s;
    }
  }
  mark_ = m;
  if (invalid_rules_) {
    invalid_assignment();
    mark_ = m;
  }
  return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
expr* Parser::annotated_rhs() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* e = yield_expr()) return e;
  mark_ = m;
  return star_expressions();
}

// augassign: '+=' | '-=' | ... | '//='
std::optional<binop> Parser::augassign() {
  std::optional<binop> op;
  switch (fill().type) {
  case Tok::PlusEqual: op = binop::Add; break;
  case Tok::MinEqual: op = binop::Sub; break;
  case Tok::StarEqual: op = binop::Mult; break;
  case Tok::AtEqual: op = binop::MatMult; break;
  case Tok::SlashEqual: op = binop::Div; break;
  case Tok::PercentEqual: op = binop::Mod; break;
  case Tok::AmperEqual: op = binop::BitAnd; break;
  case Tok::VBarEqual: op = binop::BitOr; break;
  case Tok::CircumflexEqual: op = binop::BitXor; break;
  case Tok::LeftShiftEqual: op = binop::LShift; break;
  case Tok::RightShiftEqual: op = binop::RShift; break;
  case Tok::DoubleStarEqual: op = binop::Pow; break;
  case Tok::DoubleSlashEqual: op = binop::FloorDiv; break;
  default: return std::nullopt;
  }
  ++mark_;
  return op;
}

// return_stmt: 'return' [star_expressions]
stmt* Parser::return_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::KwReturn)) return nullptr;
  int before = mark_;
  expr* a = star_expressions();
  if (!a) mark_ = before;
  auto* s = node<Return>(m);
  s->value = a;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
stmt* Parser::raise_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::KwRaise)) return nullptr;
  if (expr* a = expression()) {
    expr* b = nullptr;
    int before = mark_;
    if (expect(Tok::KwFrom)) {
      b = expression();
      if (!b) mark_ = before;
    }
    auto* s = node<Raise>(m);
    s->exc = a;
    s->cause = b;
    return s;
  }
  mark_ = m + 1;
  return node<Raise>(m);
}

// global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
stmt* Parser::global_stmt(bool nonlocal) {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(nonlocal ? Tok::KwNonlocal : Tok::KwGlobal)) return nullptr;
  auto tokens = gather(Tok::Comma, [&] { return expect_name_token(); });
  if (!tokens) return nullptr;
  std::vector<std::string_view> names;
  for (Token* t : *tokens) names.push_back(identifier(*t));
  if (nonlocal) return names_node<Nonlocal>(m, names);
  return names_node<Global>(m, names);
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
stmt* Parser::del_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::KwDel)) {
    if (auto a = del_targets()) {
      if (at(Tok::Semi) || at(Tok::Newline)) {
        auto* s = node<Delete>(m);
        s->targets = seq(*a);
        return s;
      }
    }
  }
  mark_ = m;
  if (invalid_rules_) invalid_del_stmt();
  return nullptr;
}

// yield_stmt: yield_expr
stmt* Parser::yield_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  expr* y = yield_expr();
  if (!y) return nullptr;
  auto* s = node<Expr>(m);
  s->value = y;
  return s;
}

// assert_stmt: 'assert' expression [',' expression]
stmt* Parser::assert_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::KwAssert)) return nullptr;
  expr* a = expression();
  if (!a) return nullptr;
  expr* b = nullptr;
  int before = mark_;
  if (expect(Tok::Comma)) {
    b = expression();
    if (!b) mark_ = before;
  }
  auto* s = node<Assert>(m);
  s->test = a;
  s->msg = b;
  return s;
}

// import_stmt: import_name | import_from
stmt* Parser::import_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (stmt* s = import_name()) return s;
  mark_ = m;
  return import_from();
}

// import_name: 'import' dotted_as_names
stmt* Parser::import_name() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::KwImport)) return nullptr;
  auto a = dotted_as_names();
  if (!a) return nullptr;
  auto* s = node<Import>(m);
  s->names = seq(*a);
  return s;
}

// import_from:
//   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//   | 'from' ('.' | '...')+ 'import' import_from_targets
stmt* Parser::import_from() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::KwFrom)) return nullptr;
  int level = 0;
  for (;;) {
    if (expect(Tok::Dot)) {
      level += 1;
    } else if (expect(Tok::Ellipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  int after_dots = mark_;
  if (Name* b = dotted_name()) {
    if (expect(Tok::KwImport)) {
      if (auto c = import_from_targets()) {
        auto* s = node<ImportFrom>(m);
        s->module = b->id;
        s->names = seq(*c);
        s->level = level;
        return s;
      }
    }
  }
  mark_ = after_dots;
  if (level > 0 && expect(Tok::KwImport)) {
    if (auto b = import_from_targets()) {
      auto* s = node<ImportFrom>(m);
      s->names = seq(*b);
      s->level = level;
      return s;
    }
  }
  return nullptr;
}

// import_from_targets:
//   | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//   | invalid_import_from_targets
ListResult<alias*> Parser::import_from_targets() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::LPar)) {
    if (auto a = import_from_as_names()) {
      expect(Tok::Comma);
      if (expect(Tok::RPar)) return a;
    }
  }
  mark_ = m;
  if (auto a = import_from_as_names()) {
    if (!at(Tok::Comma)) return a;
  }
  mark_ = m;
  if (expect(Tok::Star)) {
    auto* star = node<alias>(m);
    star->name = "*";
    return std::vector<alias*>{star};
  }
  mark_ = m;
  if (invalid_rules_) invalid_import_from_targets();
  return std::nullopt;
}

// import_from_as_names: ','.import_from_as_name+
ListResult<alias*> Parser::import_from_as_names() {
  RuleGuard g(*this);
  return gather(Tok::Comma, [&] { return import_from_as_name(); });
}

// import_from_as_name: NAME ['as' NAME]
alias* Parser::import_from_as_name() {
  RuleGuard g(*this);
  int m = mark_;
  Token* a = expect_name_token();
  if (!a) return nullptr;
  return make_alias(m, identifier(*a));
}

// dotted_as_names: ','.dotted_as_name+
ListResult<alias*> Parser::dotted_as_names() {
  RuleGuard g(*this);
  return gather(Tok::Comma, [&] { return dotted_as_name(); });
}

// dotted_as_name: dotted_name ['as' NAME]
alias* Parser::dotted_as_name() {
  RuleGuard g(*this);
  int m = mark_;
  Name* a = dotted_name();
  if (!a) return nullptr;
  return make_alias(m, a->id);
}

// The alias `name ['as' NAME]` that started at start_mark, with `name` already read.
alias* Parser::make_alias(int start_mark, std::string_view name) {
  Token* b = optional_as_name();
  auto* al = node<alias>(start_mark);
  al->name = name;
  if (b) al->asname = identifier(*b);
  return al;
}

// ['as' NAME]
Token* Parser::optional_as_name() {
  int before = mark_;
  if (expect(Tok::KwAs)) {
    if (Token* t = expect_name_token()) return t;
  }
  mark_ = before;
  return nullptr;
}

// dotted_name: dotted_name '.' NAME | NAME (left-recursive: a loop)
Name* Parser::dotted_name() {
  return memoized<Name>(Memo::DottedName, [&]() -> Name* {
    RuleGuard g(*this);
    Name* a = name();
    if (!a) return nullptr;
    for (;;) {
      int before = mark_;
      Token* b;
      if (!expect(Tok::Dot) || !(b = expect_name_token())) {
        mark_ = before;
        return a;
      }
      std::string joined(a->id);
      joined += '.';
      joined += identifier(*b);
      Name* n = node_at<Name>(*a, *a);
      n->end_lineno = b->end_lineno;
      n->end_col_offset = b->end_col_offset;
      n->id = ctx_.arena.copy(joined);
      a = n;
    }
  });
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
Seq<stmt*>* Parser::block() {
  return memoized<Seq<stmt*>>(Memo::Block, [&] { return block_raw(); });
}

Seq<stmt*>* Parser::block_raw() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::Newline) && expect(Tok::Indent)) {
    if (auto a = statements()) {
      if (expect(Tok::Dedent)) {
        auto* s = ctx_.arena.make<Seq<stmt*>>();
        *s = seq(*a);
        return s;
      }
    }
  }
  mark_ = m;
  std::vector<stmt*> simple;
  if (simple_stmts(simple)) {
    auto* s = ctx_.arena.make<Seq<stmt*>>();
    *s = seq(simple);
    return s;
  }
  mark_ = m;
  if (invalid_rules_) invalid_block();
  return nullptr;
}

// decorators: ('@' named_expression NEWLINE)+
ListResult<expr*> Parser::decorators() {
  RuleGuard g(*this);
  return repeat(
      [&]() -> expr* {
        expr* f = nullptr;
        if (!expect(Tok::At) || !(f = named_expression()) || !expect(Tok::Newline)) return nullptr;
        return f;
      },
      true);
}

// class_def: decorators class_def_raw | class_def_raw
stmt* Parser::class_def() {
  RuleGuard g(*this);
  int m = mark_;
  if (auto a = decorators()) {
    if (stmt* b = class_def_raw()) {
      b->as<ClassDef>()->decorator_list = seq(*a);
      return b;
    }
  }
  mark_ = m;
  return class_def_raw();
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
stmt* Parser::class_def_raw() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_class_def_raw();
    mark_ = m;
  }
  if (!expect(Tok::KwClass)) return nullptr;
  Token* a = expect_name_token();
  if (!a) return nullptr;
  expr* b = nullptr;
  bool parens = false;
  int before = mark_;
  if (expect(Tok::LPar)) {
    int inner = mark_;
    b = arguments();
    if (!b) mark_ = inner;
    parens = expect(Tok::RPar) != nullptr;
    if (!parens) {
      mark_ = before;
      b = nullptr;
    }
  }
  if (!expect(Tok::Colon)) return nullptr;
  Seq<stmt*>* c = block();
  if (!c) return nullptr;
  auto* s = node<ClassDef>(m);
  s->name = identifier(*a);
  if (b) {
    s->bases = b->as<Call>()->args;
    s->keywords = b->as<Call>()->keywords;
  }
  s->body = *c;
  return s;
}

// function_def: decorators function_def_raw | function_def_raw
stmt* Parser::function_def() {
  RuleGuard g(*this);
  int m = mark_;
  if (auto d = decorators()) {
    if (stmt* f = function_def_raw()) {
      if (auto* fd = f->as<FunctionDef>()) {
        fd->decorator_list = seq(*d);
      } else {
        f->as<AsyncFunctionDef>()->decorator_list = seq(*d);
      }
      return f;
    }
  }
  mark_ = m;
  return function_def_raw();
}

// function_def_raw:
//   | invalid_def_raw
//   | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//   | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
stmt* Parser::function_def_raw() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_def_raw();
    mark_ = m;
  }
  for (bool is_async : {false, true}) {
    mark_ = m;
    if (is_async && !expect(Tok::Async)) return nullptr;
    if (!expect(Tok::KwDef)) continue;
    Token* n = expect_name_token();
    if (!n) continue;
    expect_forced(Tok::LPar, "(");
    int before = mark_;
    ast::arguments* params_ = params(false);
    if (!params_) mark_ = before;
    if (!expect(Tok::RPar)) continue;
    expr* returns = nullptr;
    before = mark_;
    if (expect(Tok::RArrow)) {
      returns = expression();
      if (!returns) mark_ = before;
    }
    expect_forced(Tok::Colon, ":");
    Seq<stmt*>* b = block();
    if (!b) continue;
    auto fill = [&](auto* s) -> stmt* {
      s->name = identifier(*n);
      s->args = params_ ? params_ : empty_arguments();
      s->body = *b;
      s->returns = returns;
      return s;
    };
    return is_async ? fill(node<AsyncFunctionDef>(m)) : fill(node<FunctionDef>(m));
  }
  return nullptr;
}

// if_stmt:
//   | invalid_if_stmt
//   | 'if' named_expression ':' block elif_stmt
//   | 'if' named_expression ':' block [else_block]
// elif_stmt: the same with 'elif'
stmt* Parser::if_stmt(bool elif) {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_if_stmt(elif);
    mark_ = m;
  }
  if (!expect(elif ? Tok::KwElif : Tok::KwIf)) return nullptr;
  expr* a = named_expression();
  if (!a || !expect(Tok::Colon)) return nullptr;
  Seq<stmt*>* b = block();
  if (!b) return nullptr;
  int after_block = mark_;
  if (stmt* c = if_stmt(true)) {
    auto* s = node<If>(m);
    s->test = a;
    s->body = *b;
    s->orelse = seq(std::vector<stmt*>{c});
    return s;
  }
  mark_ = after_block;
  Seq<stmt*>* c = else_block();
  if (!c) mark_ = after_block;
  auto* s = node<If>(m);
  s->test = a;
  s->body = *b;
  if (c) s->orelse = *c;
  return s;
}

// else_block: invalid_else_stmt | 'else' &&':' block
Seq<stmt*>* Parser::else_block() { return keyword_block(Tok::KwElse, "'else' statement"); }

// finally_block: invalid_finally_stmt | 'finally' &&':' block
Seq<stmt*>* Parser::finally_block() { return keyword_block(Tok::KwFinally, "'finally' statement"); }

// The shape of else_block and finally_block: `keyword &&':' block`, after the invalid rule
// `keyword ':' NEWLINE !INDENT` (invalid_else_stmt, invalid_finally_stmt) naming `what`.
Seq<stmt*>* Parser::keyword_block(Tok keyword, std::string_view what) {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    Token* a = expect(keyword);
    if (a && expect(Tok::Colon)) invalid_indented_block(*a, what);
    mark_ = m;
  }
  if (!expect(keyword)) return nullptr;
  expect_forced(Tok::Colon, ":");
  return block();
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
stmt* Parser::while_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_while_stmt();
    mark_ = m;
  }
  if (!expect(Tok::KwWhile)) return nullptr;
  expr* a = named_expression();
  if (!a || !expect(Tok::Colon)) return nullptr;
  Seq<stmt*>* b = block();
  if (!b) return nullptr;
  int after_block = mark_;
  Seq<stmt*>* c = else_block();
  if (!c) mark_ = after_block;
  auto* s = node<While>(m);
  s->test = a;
  s->body = *b;
  if (c) s->orelse = *c;
  return s;
}

// for_stmt:
//   | invalid_for_stmt
//   | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//   | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//   | invalid_for_target
stmt* Parser::for_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_for_stmt();
    mark_ = m;
  }
  for (bool is_async : {false, true}) {
    mark_ = m;
    if (is_async && !expect(Tok::Async)) break;
    if (!expect(Tok::KwFor)) continue;
    expr* t = star_targets();
    if (!t || !expect(Tok::KwIn)) continue;
    // The cut: past 'in', a failure fails the whole statement.
    expr* ex = star_expressions();
    if (!ex || !expect(Tok::Colon)) return nullptr;
    Seq<stmt*>* b = block();
    if (!b) return nullptr;
    int after_block = mark_;
    Seq<stmt*>* el = else_block();
    if (!el) mark_ = after_block;
    auto fill = [&](auto* s) -> stmt* {
      s->target = t;
      s->iter = ex;
      s->body = *b;
      if (el) s->orelse = *el;
      return s;
    };
    return is_async ? fill(node<AsyncFor>(m)) : fill(node<For>(m));
  }
  mark_ = m;
  if (invalid_rules_) invalid_for_target();
  return nullptr;
}

// with_stmt:
//   | invalid_with_stmt_indent
//   | 'with' '(' ','.with_item+ ','? ')' ':' block
//   | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//   | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//   | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//   | invalid_with_stmt
stmt* Parser::with_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_with_stmt_indent();
    mark_ = m;
  }
  auto items = [&] { return gather(Tok::Comma, [&] { return with_item(); }); };
  for (bool is_async : {false, true}) {
    for (bool parenthesized : {true, false}) {
      mark_ = m;
      if (is_async && !expect(Tok::Async)) break;
      if (!expect(Tok::KwWith)) continue;
      if (parenthesized && !expect(Tok::LPar)) continue;
      auto a = items();
      if (!a) continue;
      if (parenthesized) {
        expect(Tok::Comma);
        if (!expect(Tok::RPar)) continue;
      }
      if (!expect(Tok::Colon)) continue;
      Seq<stmt*>* b = block();
      if (!b) continue;
      auto fill = [&](auto* s) -> stmt* {
        s->items = seq(*a);
        s->body = *b;
        return s;
      };
      return is_async ? fill(node<AsyncWith>(m)) : fill(node<With>(m));
    }
  }
  mark_ = m;
  if (invalid_rules_) invalid_with_stmt();
  return nullptr;
}

// with_item:
//   | expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
withitem* Parser::with_item() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* e = expression()) {
    if (expect(Tok::KwAs)) {
      if (expr* t = star_target()) {
        if (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon)) {
          auto* w = ctx_.arena.make<withitem>();
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  mark_ = m;
  if (invalid_rules_) {
    invalid_with_item();
    mark_ = m;
  }
  expr* e = expression();
  if (!e) return nullptr;
  auto* w = ctx_.arena.make<withitem>();
  w->context_expr = e;
  return w;
}

// try_stmt:
//   | invalid_try_stmt
//   | 'try' &&':' block finally_block
//   | 'try' &&':' block except_block+ [else_block] [finally_block]
//   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
stmt* Parser::try_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_try_stmt();
    mark_ = m;
  }
  if (!expect(Tok::KwTry)) return nullptr;
  expect_forced(Tok::Colon, ":");
  Seq<stmt*>* b = block();
  if (!b) return nullptr;
  int after_block = mark_;
  if (Seq<stmt*>* f = finally_block()) return try_node<Try>(m, *b, {}, {}, *f);
  for (bool star : {false, true}) {
    mark_ = after_block;
    auto handlers = repeat([&] { return star ? except_star_block() : except_block(); }, true);
    if (!handlers) continue;
    int before = mark_;
    Seq<stmt*>* el = else_block();
    if (!el) mark_ = before;
    before = mark_;
    Seq<stmt*>* f = finally_block();
    if (!f) mark_ = before;
    Seq<stmt*> orelse = el ? *el : Seq<stmt*>{};
    Seq<stmt*> finalbody = f ? *f : Seq<stmt*>{};
    if (star) return try_node<TryStar>(m, *b, *handlers, orelse, finalbody);
    return try_node<Try>(m, *b, *handlers, orelse, finalbody);
  }
  return nullptr;
}

// except_block:
//   | invalid_except_stmt_indent
//   | 'except' expression ['as' NAME] ':' block
//   | 'except' ':' block
//   | invalid_except_stmt
ExceptHandler* Parser::except_block() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_except_stmt_indent();
    mark_ = m;
  }
  if (expect(Tok::KwExcept)) {
    if (ExceptHandler* h = typed_handler(m)) return h;
  }
  mark_ = m;
  if (expect(Tok::KwExcept) && expect(Tok::Colon)) {
    if (ExceptHandler* h = handler_body(m, nullptr, nullptr)) return h;
  }
  mark_ = m;
  if (invalid_rules_) invalid_except_stmt();
  return nullptr;
}

// except_star_block:
//   | invalid_except_star_stmt_indent
//   | 'except' '*' expression ['as' NAME] ':' block
//   | invalid_except_stmt
ExceptHandler* Parser::except_star_block() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_except_star_stmt_indent();
    mark_ = m;
  }
  if (expect(Tok::KwExcept) && expect(Tok::Star)) {
    if (ExceptHandler* h = typed_handler(m)) return h;
  }
  mark_ = m;
  if (invalid_rules_) invalid_except_stmt();
  return nullptr;
}

// The `expression ['as' NAME] ':' block` of a handler that started at start_mark.
ExceptHandler* Parser::typed_handler(int start_mark) {
  expr* e = expression();
  if (!e) return nullptr;
  Token* name_token = optional_as_name();
  if (!expect(Tok::Colon)) return nullptr;
  return handler_body(start_mark, e, name_token);
}

// The block of a handler that started at start_mark, and the handler.
ExceptHandler* Parser::handler_body(int start_mark, expr* type, Token* name_token) {
  Seq<stmt*>* b = block();
  if (!b) return nullptr;
  auto* h = node<ExceptHandler>(start_mark);
  h->type = type;
  if (name_token) h->name = identifier(*name_token);
  h->body = *b;
  return h;
}

// match_stmt:
//   | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//   | invalid_match_stmt
stmt* Parser::match_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect_soft_keyword("match")) {
    if (expr* subject = subject_expr()) {
      if (expect(Tok::Colon) && expect(Tok::Newline) && expect(Tok::Indent)) {
        std::vector<match_case*> cases;
        for (;;) {
          int before = mark_;
          match_case* c = case_block();
          if (!c) {
            mark_ = before;
            break;
          }
          cases.push_back(c);
        }
        if (!cases.empty() && expect(Tok::Dedent)) {
          auto* s = node<Match>(m);
          s->subject = subject;
          s->cases = seq(cases);
          return s;
        }
      }
    }
  }
  mark_ = m;
  if (invalid_rules_) invalid_match_stmt();
  return nullptr;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
expr* Parser::subject_expr() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* value = star_named_expression()) {
    if (expect(Tok::Comma)) {
      int before = mark_;
      auto values = star_named_expressions();
      if (!values) mark_ = before;
      return seq_insert_front(value, values ? *values : std::vector<expr*>{}, m,
                              expr_context::Load);
    }
  }
  mark_ = m;
  return named_expression();
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
match_case* Parser::case_block() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_case_block();
    mark_ = m;
  }
  if (!expect_soft_keyword("case")) return nullptr;
  ast::pattern* p = patterns();
  if (!p) return nullptr;
  int before = mark_;
  expr* gd = guard();
  if (!gd) mark_ = before;
  if (!expect(Tok::Colon)) return nullptr;
  Seq<stmt*>* body = block();
  if (!body) return nullptr;
  auto* c = ctx_.arena.make<match_case>();
  c->pattern = p;
  c->guard = gd;
  c->body = *body;
  return c;
}

// guard: 'if' named_expression
expr* Parser::guard() {
  RuleGuard g(*this);
  if (!expect(Tok::KwIf)) return nullptr;
  return named_expression();
}

} // namespace py::parsing
