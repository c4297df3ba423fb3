// The traversal of constant folding: every expression of the tree, children
// first, in the order of CPython's astfold_* functions.
#include "python/compile/fold.hpp"

#include <charconv>

#include "python/numeric/int_text.hpp"
#include "python/objects/str.hpp"

namespace py::bc {

namespace {

/// CPython's message for a decimal int literal over the str digits limit.
std::string too_many_digits(size_t digits) {
  return "Exceeds the limit (" + std::to_string(num::kDefaultMaxStrDigits) +
         " digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
         "hexadecimal for huge integer literals to avoid decimal conversion limits.";
}

/// The code point at index i of UTF-8 text, as a str (text[i]).
bool str_index(std::string_view text, int64_t index, std::string* out) {
  int64_t n = int64_t(utf8_length(text));
  if (index < 0) index += n;
  if (index < 0 || index >= n) return false;
  size_t pos = 0;
  for (int64_t i = 0; i < index; ++i) {
    ++pos;
    while (pos < text.size() && (uint8_t(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  size_t end = pos + 1;
  while (end < text.size() && (uint8_t(text[end]) & 0xC0) == 0x80) ++end;
  *out = std::string(text.substr(pos, end - pos));
  return true;
}

/// container[index] for constants (fold_subscr); false when not folded.
bool fold_subscript(const ConstValue& container, const ConstValue& index, ConstValue* out) {
  if (!index.is_integral()) return false;
  num::BigInt big = index.as_bigint();
  if (!big.fits_int64()) return false;
  int64_t i = big.to_int64();
  switch (container.kind) {
  case ConstKind::tuple: {
    int64_t n = int64_t(container.items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return false;
    *out = container.items[size_t(i)];
    return true;
  }
  case ConstKind::bytes: {
    int64_t n = int64_t(container.text.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return false;
    *out = ConstValue::of_int(num::BigInt(int64_t(uint8_t(container.text[size_t(i)]))));
    return true;
  }
  case ConstKind::str: {
    std::string ch;
    if (!str_index(container.text, i, &ch)) return false;
    *out = ConstValue::of_str(ch);
    return true;
  }
  default: return false;
  }
}

} // namespace

void ConstFolder::fold_module(const ast::Module& module, CompileError* error) {
  error_ = error;
  stmts(module.body);
}

void ConstFolder::fold_expression(const ast::Expression& tree, CompileError* error) {
  error_ = error;
  expr(tree.body);
}

void ConstFolder::enter(int lineno) {
  if (++depth_ > kMaxDepth) {
    error_->kind = CompileErrorKind::recursion_error;
    error_->message = "maximum recursion depth exceeded during compilation";
    error_->lineno = lineno;
    throw CompileAbort{};
  }
}

ConstValue literal_value(const ast::constant& v) {
  switch (v.kind) {
  case ast::constant_kind::None: return ConstValue::none();
  case ast::constant_kind::True: return ConstValue::boolean(true);
  case ast::constant_kind::False: return ConstValue::boolean(false);
  case ast::constant_kind::Ellipsis: return ConstValue::ellipsis();
  case ast::constant_kind::Float: return ConstValue::of_float(v.number);
  case ast::constant_kind::Complex: return ConstValue::of_complex(0.0, v.number);
  case ast::constant_kind::Str: return ConstValue::of_str(v.text);
  case ast::constant_kind::Bytes: return ConstValue::of_bytes(v.text);
  case ast::constant_kind::Int: break;
  }
  std::string_view digits = v.text;
  if (v.int_base == 10 && digits.size() <= 18) {
    int64_t small = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), small);
    return ConstValue::of_int(num::BigInt(small));
  }
  auto parsed = num::parse_int(digits, v.int_base, 0);
  return ConstValue::of_int(parsed ? std::move(parsed).value() : num::BigInt(0));
}

ConstValue ConstFolder::literal(const ast::Constant* c) {
  const ast::constant& v = c->value;
  if (v.kind == ast::constant_kind::Int && v.int_base == 10 &&
      v.text.size() > num::kDefaultMaxStrDigits) {
    *error_ = CompileError{
        CompileErrorKind::syntax_error, too_many_digits(v.text.size()), c->lineno, 0, c->lineno, 0};
    throw CompileAbort{};
  }
  return literal_value(v);
}

bool ConstFolder::const_tuple(const ast::Seq<ast::expr*>& elts, ConstValue* out) const {
  std::vector<ConstValue> items;
  items.reserve(elts.size());
  for (const ast::expr* e : elts) {
    const ConstValue* v = value_of(e);
    if (!v) return false;
    items.push_back(*v);
  }
  *out = ConstValue::of_tuple(std::move(items));
  return true;
}

void ConstFolder::fold_iter(const ast::expr* e) {
  ConstValue v;
  if (const auto* list = e->as<ast::List>()) {
    for (const ast::expr* elt : list->elts) {
      if (elt->is<ast::Starred>()) return;
    }
    as_tuple_.insert(e);
    if (const_tuple(list->elts, &v)) set(e, std::move(v));
  } else if (const auto* s = e->as<ast::Set>()) {
    if (const_tuple(s->elts, &v)) {
      v.kind = ConstKind::frozenset;
      set(e, std::move(v));
    }
  }
}

void ConstFolder::exprs(const ast::Seq<ast::expr*>& list) {
  for (const ast::expr* e : list) {
    if (e) expr(e);
  }
}

void ConstFolder::expr(const ast::expr* e) {
  // Children first; the folding itself is in fold_node, out of this recursive
  // frame (which must stay small: nesting goes thousands deep).
  enter(e->lineno);
  switch (e->tag) {
  case ast::expr_kind::Constant: break;
  case ast::expr_kind::BoolOp: exprs(static_cast<const ast::BoolOp*>(e)->values); break;
  case ast::expr_kind::NamedExpr: expr(static_cast<const ast::NamedExpr*>(e)->value); break;
  case ast::expr_kind::BinOp: {
    const auto* b = static_cast<const ast::BinOp*>(e);
    expr(b->left);
    expr(b->right);
    break;
  }
  case ast::expr_kind::UnaryOp: expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
  case ast::expr_kind::Lambda: {
    const auto* l = static_cast<const ast::Lambda*>(e);
    arguments(l->args);
    expr(l->body);
    break;
  }
  case ast::expr_kind::IfExp: {
    const auto* i = static_cast<const ast::IfExp*>(e);
    expr(i->test);
    expr(i->body);
    expr(i->orelse);
    break;
  }
  case ast::expr_kind::Dict: {
    const auto* d = static_cast<const ast::Dict*>(e);
    exprs(d->keys);
    exprs(d->values);
    break;
  }
  case ast::expr_kind::Set: exprs(static_cast<const ast::Set*>(e)->elts); break;
  case ast::expr_kind::ListComp: {
    const auto* c = static_cast<const ast::ListComp*>(e);
    expr(c->elt);
    comprehensions(c->generators);
    break;
  }
  case ast::expr_kind::SetComp: {
    const auto* c = static_cast<const ast::SetComp*>(e);
    expr(c->elt);
    comprehensions(c->generators);
    break;
  }
  case ast::expr_kind::DictComp: {
    const auto* c = static_cast<const ast::DictComp*>(e);
    expr(c->key);
    expr(c->value);
    comprehensions(c->generators);
    break;
  }
  case ast::expr_kind::GeneratorExp: {
    const auto* c = static_cast<const ast::GeneratorExp*>(e);
    expr(c->elt);
    comprehensions(c->generators);
    break;
  }
  case ast::expr_kind::Await: expr(static_cast<const ast::Await*>(e)->value); break;
  case ast::expr_kind::Yield:
    if (const ast::expr* value = static_cast<const ast::Yield*>(e)->value) expr(value);
    break;
  case ast::expr_kind::YieldFrom: expr(static_cast<const ast::YieldFrom*>(e)->value); break;
  case ast::expr_kind::Compare: {
    const auto* c = static_cast<const ast::Compare*>(e);
    expr(c->left);
    exprs(c->comparators);
    ast::cmpop last = c->ops.back();
    if (last == ast::cmpop::In || last == ast::cmpop::NotIn) fold_iter(c->comparators.back());
    break;
  }
  case ast::expr_kind::Call: {
    const auto* c = static_cast<const ast::Call*>(e);
    expr(c->func);
    exprs(c->args);
    for (const ast::keyword* k : c->keywords) expr(k->value);
    break;
  }
  case ast::expr_kind::FormattedValue: {
    const auto* f = static_cast<const ast::FormattedValue*>(e);
    expr(f->value);
    if (f->format_spec) expr(f->format_spec);
    break;
  }
  case ast::expr_kind::JoinedStr: exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
  case ast::expr_kind::Attribute: expr(static_cast<const ast::Attribute*>(e)->value); break;
  case ast::expr_kind::Subscript: {
    const auto* s = static_cast<const ast::Subscript*>(e);
    expr(s->value);
    expr(s->slice);
    break;
  }
  case ast::expr_kind::Starred: expr(static_cast<const ast::Starred*>(e)->value); break;
  case ast::expr_kind::Slice: {
    const auto* s = static_cast<const ast::Slice*>(e);
    if (s->lower) expr(s->lower);
    if (s->upper) expr(s->upper);
    if (s->step) expr(s->step);
    break;
  }
  case ast::expr_kind::Name: break;
  case ast::expr_kind::List: exprs(static_cast<const ast::List*>(e)->elts); break;
  case ast::expr_kind::Tuple: exprs(static_cast<const ast::Tuple*>(e)->elts); break;
  }
  fold_node(e);
  --depth_;
}

void ConstFolder::fold_node(const ast::expr* e) {
  ConstValue v;
  switch (e->tag) {
  case ast::expr_kind::Constant: set(e, literal(e->as<ast::Constant>())); break;
  case ast::expr_kind::BinOp: {
    const auto* b = static_cast<const ast::BinOp*>(e);
    const ConstValue* l = value_of(b->left);
    const ConstValue* r = value_of(b->right);
    if (l && r && fold_binary(*l, b->op, *r, &v)) set(e, std::move(v));
    break;
  }
  case ast::expr_kind::UnaryOp: {
    const auto* u = static_cast<const ast::UnaryOp*>(e);
    const ConstValue* x = value_of(u->operand);
    if (x && fold_unary(u->op, *x, &v)) set(e, std::move(v));
    break;
  }
  case ast::expr_kind::Subscript: {
    const auto* s = static_cast<const ast::Subscript*>(e);
    const ConstValue* c = value_of(s->value);
    const ConstValue* i = value_of(s->slice);
    if (s->ctx == ast::expr_context::Load && c && i && fold_subscript(*c, *i, &v)) {
      set(e, std::move(v));
    }
    break;
  }
  case ast::expr_kind::Name: {
    const auto* n = static_cast<const ast::Name*>(e);
    if (n->ctx == ast::expr_context::Load && n->id == "__debug__") {
      set(e, ConstValue::boolean(true));
    }
    break;
  }
  case ast::expr_kind::Tuple: {
    const auto* t = static_cast<const ast::Tuple*>(e);
    if (t->ctx == ast::expr_context::Load && const_tuple(t->elts, &v)) set(e, std::move(v));
    break;
  }
  default: break;
  }
}

void ConstFolder::comprehensions(const ast::Seq<ast::comprehension*>& generators) {
  for (const ast::comprehension* g : generators) {
    expr(g->target);
    expr(g->iter);
    exprs(g->ifs);
    fold_iter(g->iter);
  }
}

void ConstFolder::arguments(const ast::arguments* a) {
  auto annotations = [this](const ast::Seq<ast::arg*>& args) {
    for (const ast::arg* p : args) {
      if (p->annotation) expr(p->annotation);
    }
  };
  annotations(a->posonlyargs);
  annotations(a->args);
  if (a->vararg && a->vararg->annotation) expr(a->vararg->annotation);
  annotations(a->kwonlyargs);
  exprs(a->kw_defaults);
  if (a->kwarg && a->kwarg->annotation) expr(a->kwarg->annotation);
  exprs(a->defaults);
}

void ConstFolder::pattern(const ast::pattern* p) {
  enter(p->lineno);
  switch (p->tag) {
  case ast::pattern_kind::MatchValue: expr(static_cast<const ast::MatchValue*>(p)->value); break;
  case ast::pattern_kind::MatchSingleton:
  case ast::pattern_kind::MatchStar: break;
  case ast::pattern_kind::MatchSequence:
    for (const ast::pattern* q : static_cast<const ast::MatchSequence*>(p)->patterns) pattern(q);
    break;
  case ast::pattern_kind::MatchMapping: {
    const auto* m = static_cast<const ast::MatchMapping*>(p);
    exprs(m->keys);
    for (const ast::pattern* q : m->patterns) pattern(q);
    break;
  }
  case ast::pattern_kind::MatchClass: {
    const auto* m = static_cast<const ast::MatchClass*>(p);
    expr(m->cls);
    for (const ast::pattern* q : m->patterns) pattern(q);
    for (const ast::pattern* q : m->kwd_patterns) pattern(q);
    break;
  }
  case ast::pattern_kind::MatchAs:
    if (const ast::pattern* q = static_cast<const ast::MatchAs*>(p)->pattern) pattern(q);
    break;
  case ast::pattern_kind::MatchOr:
    for (const ast::pattern* q : static_cast<const ast::MatchOr*>(p)->patterns) pattern(q);
    break;
  }
  --depth_;
}

template <class WithNode>
void ConstFolder::with_stmt(const WithNode* w) {
  for (const ast::withitem* item : w->items) {
    expr(item->context_expr);
    if (item->optional_vars) expr(item->optional_vars);
  }
  stmts(w->body);
}

template <class TryNode>
void ConstFolder::try_stmt(const TryNode* t) {
  stmts(t->body);
  for (const ast::ExceptHandler* h : t->handlers) {
    if (h->type) expr(h->type);
    stmts(h->body);
  }
  stmts(t->orelse);
  stmts(t->finalbody);
}

void ConstFolder::stmts(const ast::Seq<ast::stmt*>& body) {
  for (const ast::stmt* s : body) stmt(s);
}

void ConstFolder::stmt(const ast::stmt* s) {
  enter(s->lineno);
  switch (s->tag) {
  case ast::stmt_kind::FunctionDef: {
    const auto* f = static_cast<const ast::FunctionDef*>(s);
    arguments(f->args);
    stmts(f->body);
    exprs(f->decorator_list);
    if (f->returns) expr(f->returns);
    break;
  }
  case ast::stmt_kind::AsyncFunctionDef: {
    const auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
    arguments(f->args);
    stmts(f->body);
    exprs(f->decorator_list);
    if (f->returns) expr(f->returns);
    break;
  }
  case ast::stmt_kind::ClassDef: {
    const auto* c = static_cast<const ast::ClassDef*>(s);
    exprs(c->bases);
    for (const ast::keyword* k : c->keywords) expr(k->value);
    stmts(c->body);
    exprs(c->decorator_list);
    break;
  }
  case ast::stmt_kind::Return:
    if (const ast::expr* v = static_cast<const ast::Return*>(s)->value) expr(v);
    break;
  case ast::stmt_kind::Delete: exprs(static_cast<const ast::Delete*>(s)->targets); break;
  case ast::stmt_kind::Assign: {
    const auto* a = static_cast<const ast::Assign*>(s);
    exprs(a->targets);
    expr(a->value);
    break;
  }
  case ast::stmt_kind::AugAssign: {
    const auto* a = static_cast<const ast::AugAssign*>(s);
    expr(a->target);
    expr(a->value);
    break;
  }
  case ast::stmt_kind::AnnAssign: {
    const auto* a = static_cast<const ast::AnnAssign*>(s);
    expr(a->target);
    expr(a->annotation);
    if (a->value) expr(a->value);
    break;
  }
  case ast::stmt_kind::For: {
    const auto* f = static_cast<const ast::For*>(s);
    expr(f->target);
    expr(f->iter);
    stmts(f->body);
    stmts(f->orelse);
    fold_iter(f->iter);
    break;
  }
  case ast::stmt_kind::AsyncFor: {
    const auto* f = static_cast<const ast::AsyncFor*>(s);
    expr(f->target);
    expr(f->iter);
    stmts(f->body);
    stmts(f->orelse);
    break;
  }
  case ast::stmt_kind::While: {
    const auto* w = static_cast<const ast::While*>(s);
    expr(w->test);
    stmts(w->body);
    stmts(w->orelse);
    break;
  }
  case ast::stmt_kind::If: {
    const auto* i = static_cast<const ast::If*>(s);
    expr(i->test);
    stmts(i->body);
    stmts(i->orelse);
    break;
  }
  case ast::stmt_kind::With: with_stmt(static_cast<const ast::With*>(s)); break;
  case ast::stmt_kind::AsyncWith: with_stmt(static_cast<const ast::AsyncWith*>(s)); break;
  case ast::stmt_kind::Match: {
    const auto* m = static_cast<const ast::Match*>(s);
    expr(m->subject);
    for (const ast::match_case* c : m->cases) {
      pattern(c->pattern);
      if (c->guard) expr(c->guard);
      stmts(c->body);
    }
    break;
  }
  case ast::stmt_kind::Raise: {
    const auto* r = static_cast<const ast::Raise*>(s);
    if (r->exc) expr(r->exc);
    if (r->cause) expr(r->cause);
    break;
  }
  case ast::stmt_kind::Try: try_stmt(static_cast<const ast::Try*>(s)); break;
  case ast::stmt_kind::TryStar: try_stmt(static_cast<const ast::TryStar*>(s)); break;
  case ast::stmt_kind::Assert: {
    const auto* a = static_cast<const ast::Assert*>(s);
    expr(a->test);
    if (a->msg) expr(a->msg);
    break;
  }
  case ast::stmt_kind::Expr: expr(static_cast<const ast::Expr*>(s)->value); break;
  case ast::stmt_kind::Import:
  case ast::stmt_kind::ImportFrom:
  case ast::stmt_kind::Global:
  case ast::stmt_kind::Nonlocal:
  case ast::stmt_kind::Pass:
  case ast::stmt_kind::Break:
  case ast::stmt_kind::Continue: break;
  }
  --depth_;
}

} // namespace py::bc
