#include "python/compile/unparse.hpp"

#include "python/compile/const_value.hpp"
#include "python/compile/fold.hpp"

namespace py::bc {

namespace {

/// Operator precedences, lowest first (ast_unparse.c's PR_*).
enum Precedence : int {
  kTuple,
  kTest, // if-else, lambda
  kOr,
  kAnd,
  kNot,
  kCmp,
  kExpr,
  kBor = kExpr,
  kBxor,
  kBand,
  kShift,
  kArith,
  kTerm,
  kFactor, // unary + - ~
  kPower,
  kAwait,
  kAtom,
};

/// Replaces every "inf" with "1e309" (so the text reads back as infinity).
std::string replace_inf(std::string text) {
  for (size_t pos = text.find("inf"); pos != std::string::npos; pos = text.find("inf", pos)) {
    text.replace(pos, 3, "1e309");
    pos += 5;
  }
  return text;
}

/// The unparser (one expression at a time, appending to out).
class Unparser {
public:
  std::string out;

  void expr(const ast::expr* e, int level);

private:
  void exprs(const ast::Seq<ast::expr*>& list, const char* sep, int level) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += sep;
      expr(list[i], level);
    }
  }
  void constant(const ast::Constant* c);
  void args(const ast::arguments* a);
  void arg(const ast::arg* a);
  void comprehensions(const ast::Seq<ast::comprehension*>& generators);
  void call(const ast::Call* c);
  void fstring_element(const ast::expr* e, bool is_format_spec);
  void formatted_value(const ast::FormattedValue* f);
  void joined_str(const ast::JoinedStr* j, bool is_format_spec);
  std::string fstring_body(const ast::Seq<ast::expr*>& values, bool is_format_spec);
  void open(bool paren) {
    if (paren) out += '(';
  }
  void close(bool paren) {
    if (paren) out += ')';
  }
};

void Unparser::constant(const ast::Constant* c) {
  if (c->value.kind == ast::constant_kind::Ellipsis) {
    out += "...";
    return;
  }
  out += c->kind;
  ConstValue v = literal_value(c->value);
  if (v.kind == ConstKind::float_ || v.kind == ConstKind::complex) {
    out += replace_inf(v.repr());
  } else {
    out += v.repr();
  }
}

void Unparser::arg(const ast::arg* a) {
  out += a->arg;
  if (a->annotation) {
    out += ": ";
    expr(a->annotation, kTest);
  }
}

void Unparser::args(const ast::arguments* a) {
  bool first = true;
  auto sep = [&] {
    if (!first) out += ", ";
    first = false;
  };
  size_t posonly = a->posonlyargs.size(), nargs = a->args.size(), ndefaults = a->defaults.size();
  for (size_t i = 0; i < posonly + nargs; ++i) {
    sep();
    arg(i < posonly ? a->posonlyargs[i] : a->args[i - posonly]);
    int64_t di = int64_t(i) - int64_t(posonly + nargs) + int64_t(ndefaults);
    if (di >= 0) {
      out += "=";
      expr(a->defaults[size_t(di)], kTest);
    }
    if (posonly && i + 1 == posonly) out += ", /";
  }
  if (a->vararg || !a->kwonlyargs.empty()) {
    sep();
    out += "*";
    if (a->vararg) arg(a->vararg);
  }
  size_t nkw = a->kwonlyargs.size(), nkwdefaults = a->kw_defaults.size();
  for (size_t i = 0; i < nkw; ++i) {
    sep();
    arg(a->kwonlyargs[i]);
    int64_t di = int64_t(i) - int64_t(nkw) + int64_t(nkwdefaults);
    if (di >= 0 && a->kw_defaults[size_t(di)]) {
      out += "=";
      expr(a->kw_defaults[size_t(di)], kTest);
    }
  }
  if (a->kwarg) {
    sep();
    out += "**";
    arg(a->kwarg);
  }
}

void Unparser::comprehensions(const ast::Seq<ast::comprehension*>& generators) {
  for (const ast::comprehension* g : generators) {
    out += g->is_async ? " async for " : " for ";
    expr(g->target, kTuple);
    out += " in ";
    expr(g->iter, kTest + 1);
    for (const ast::expr* cond : g->ifs) {
      out += " if ";
      expr(cond, kTest + 1);
    }
  }
}

void Unparser::call(const ast::Call* c) {
  expr(c->func, kAtom);
  if (c->args.size() == 1 && c->keywords.empty()) {
    if (const auto* g = c->args[0]->as<ast::GeneratorExp>()) {
      // A single generator argument needs no parentheses of its own.
      out += "(";
      expr(g->elt, kTest);
      comprehensions(g->generators);
      out += ")";
      return;
    }
  }
  out += "(";
  bool first = true;
  for (const ast::expr* a : c->args) {
    if (!first) out += ", ";
    first = false;
    expr(a, kTest);
  }
  for (const ast::keyword* k : c->keywords) {
    if (!first) out += ", ";
    first = false;
    if (k->arg.empty()) {
      out += "**";
    } else {
      out += k->arg;
      out += "=";
    }
    expr(k->value, kTest);
  }
  out += ")";
}

std::string Unparser::fstring_body(const ast::Seq<ast::expr*>& values, bool is_format_spec) {
  Unparser body;
  for (const ast::expr* v : values) body.fstring_element(v, is_format_spec);
  return body.out;
}

void Unparser::fstring_element(const ast::expr* e, bool is_format_spec) {
  if (const auto* c = e->as<ast::Constant>()) {
    // Literal text: braces are doubled.
    for (char ch : c->value.text) {
      out += ch;
      if (ch == '{' || ch == '}') out += ch;
    }
  } else if (const auto* j = e->as<ast::JoinedStr>()) {
    joined_str(j, is_format_spec);
  } else if (const auto* f = e->as<ast::FormattedValue>()) {
    formatted_value(f);
  }
}

void Unparser::joined_str(const ast::JoinedStr* j, bool is_format_spec) {
  std::string body = fstring_body(j->values, is_format_spec);
  if (is_format_spec) {
    out += body;
  } else {
    out += "f";
    out += repr_text(body);
  }
}

void Unparser::formatted_value(const ast::FormattedValue* f) {
  Unparser value;
  value.expr(f->value, kTest + 1);
  out += !value.out.empty() && value.out[0] == '{' ? "{ " : "{";
  out += value.out;
  if (f->conversion > 0) {
    out += "!";
    out += char(f->conversion);
  }
  if (f->format_spec) {
    out += ":";
    fstring_element(f->format_spec, true);
  }
  out += "}";
}

void Unparser::expr(const ast::expr* e, int level) {
  switch (e->tag) {
  case ast::expr_kind::BoolOp: {
    const auto* b = static_cast<const ast::BoolOp*>(e);
    int pr = b->op == ast::boolop::And ? kAnd : kOr;
    open(level > pr);
    exprs(b->values, b->op == ast::boolop::And ? " and " : " or ", pr + 1);
    close(level > pr);
    break;
  }
  case ast::expr_kind::NamedExpr: {
    const auto* n = static_cast<const ast::NamedExpr*>(e);
    open(level > kTuple);
    expr(n->target, kAtom);
    out += " := ";
    expr(n->value, kAtom);
    close(level > kTuple);
    break;
  }
  case ast::expr_kind::BinOp: {
    const auto* b = static_cast<const ast::BinOp*>(e);
    const char* op = " + ";
    int pr = kArith;
    bool rassoc = false;
    switch (b->op) {
    case ast::binop::Add:
      op = " + ";
      pr = kArith;
      break;
    case ast::binop::Sub:
      op = " - ";
      pr = kArith;
      break;
    case ast::binop::Mult:
      op = " * ";
      pr = kTerm;
      break;
    case ast::binop::MatMult:
      op = " @ ";
      pr = kTerm;
      break;
    case ast::binop::Div:
      op = " / ";
      pr = kTerm;
      break;
    case ast::binop::Mod:
      op = " % ";
      pr = kTerm;
      break;
    case ast::binop::LShift:
      op = " << ";
      pr = kShift;
      break;
    case ast::binop::RShift:
      op = " >> ";
      pr = kShift;
      break;
    case ast::binop::BitOr:
      op = " | ";
      pr = kBor;
      break;
    case ast::binop::BitXor:
      op = " ^ ";
      pr = kBxor;
      break;
    case ast::binop::BitAnd:
      op = " & ";
      pr = kBand;
      break;
    case ast::binop::FloorDiv:
      op = " // ";
      pr = kTerm;
      break;
    case ast::binop::Pow:
      op = " ** ";
      pr = kPower;
      rassoc = true;
      break;
    }
    open(level > pr);
    expr(b->left, pr + (rassoc ? 1 : 0));
    out += op;
    expr(b->right, pr + (rassoc ? 0 : 1));
    close(level > pr);
    break;
  }
  case ast::expr_kind::UnaryOp: {
    const auto* u = static_cast<const ast::UnaryOp*>(e);
    const char* op = "-";
    int pr = kFactor;
    switch (u->op) {
    case ast::unaryop::Invert: op = "~"; break;
    case ast::unaryop::Not:
      op = "not ";
      pr = kNot;
      break;
    case ast::unaryop::UAdd: op = "+"; break;
    case ast::unaryop::USub: op = "-"; break;
    }
    open(level > pr);
    out += op;
    expr(u->operand, pr);
    close(level > pr);
    break;
  }
  case ast::expr_kind::Lambda: {
    const auto* l = static_cast<const ast::Lambda*>(e);
    open(level > kTest);
    out += l->args->args.empty() && l->args->posonlyargs.empty() ? "lambda" : "lambda ";
    args(l->args);
    out += ": ";
    expr(l->body, kTest);
    close(level > kTest);
    break;
  }
  case ast::expr_kind::IfExp: {
    const auto* i = static_cast<const ast::IfExp*>(e);
    open(level > kTest);
    expr(i->body, kTest + 1);
    out += " if ";
    expr(i->test, kTest + 1);
    out += " else ";
    expr(i->orelse, kTest);
    close(level > kTest);
    break;
  }
  case ast::expr_kind::Dict: {
    const auto* d = static_cast<const ast::Dict*>(e);
    out += "{";
    for (size_t i = 0; i < d->values.size(); ++i) {
      if (i) out += ", ";
      if (d->keys[i]) {
        expr(d->keys[i], kTest);
        out += ": ";
        expr(d->values[i], kTest);
      } else {
        out += "**";
        expr(d->values[i], kExpr);
      }
    }
    out += "}";
    break;
  }
  case ast::expr_kind::Set: {
    const auto* s = static_cast<const ast::Set*>(e);
    if (s->elts.empty()) {
      out += "{*()}";
      break;
    }
    out += "{";
    exprs(s->elts, ", ", kTest);
    out += "}";
    break;
  }
  case ast::expr_kind::ListComp: {
    const auto* c = static_cast<const ast::ListComp*>(e);
    out += "[";
    expr(c->elt, kTest);
    comprehensions(c->generators);
    out += "]";
    break;
  }
  case ast::expr_kind::SetComp: {
    const auto* c = static_cast<const ast::SetComp*>(e);
    out += "{";
    expr(c->elt, kTest);
    comprehensions(c->generators);
    out += "}";
    break;
  }
  case ast::expr_kind::DictComp: {
    const auto* c = static_cast<const ast::DictComp*>(e);
    out += "{";
    expr(c->key, kTest);
    out += ": ";
    expr(c->value, kTest);
    comprehensions(c->generators);
    out += "}";
    break;
  }
  case ast::expr_kind::GeneratorExp: {
    const auto* c = static_cast<const ast::GeneratorExp*>(e);
    out += "(";
    expr(c->elt, kTest);
    comprehensions(c->generators);
    out += ")";
    break;
  }
  case ast::expr_kind::Await:
    open(level > kAwait);
    out += "await ";
    expr(static_cast<const ast::Await*>(e)->value, kAtom);
    close(level > kAwait);
    break;
  case ast::expr_kind::Yield: {
    const ast::expr* value = static_cast<const ast::Yield*>(e)->value;
    if (!value) {
      out += "(yield)";
      break;
    }
    out += "(yield ";
    expr(value, kTest);
    out += ")";
    break;
  }
  case ast::expr_kind::YieldFrom:
    out += "(yield from ";
    expr(static_cast<const ast::YieldFrom*>(e)->value, kTest);
    out += ")";
    break;
  case ast::expr_kind::Compare: {
    const auto* c = static_cast<const ast::Compare*>(e);
    open(level > kCmp);
    expr(c->left, kCmp + 1);
    for (size_t i = 0; i < c->ops.size(); ++i) {
      static const char* const names[] = {" == ", " != ", " < ",      " <= ", " > ",
                                          " >= ", " is ", " is not ", " in ", " not in "};
      out += names[size_t(c->ops[i])];
      expr(c->comparators[i], kCmp + 1);
    }
    close(level > kCmp);
    break;
  }
  case ast::expr_kind::Call: call(static_cast<const ast::Call*>(e)); break;
  case ast::expr_kind::FormattedValue:
    formatted_value(static_cast<const ast::FormattedValue*>(e));
    break;
  case ast::expr_kind::JoinedStr: joined_str(static_cast<const ast::JoinedStr*>(e), false); break;
  case ast::expr_kind::Constant: constant(static_cast<const ast::Constant*>(e)); break;
  case ast::expr_kind::Attribute: {
    const auto* a = static_cast<const ast::Attribute*>(e);
    expr(a->value, kAtom);
    // `1 .real`: an int needs a space before the dot.
    const auto* c = a->value->as<ast::Constant>();
    out += c && c->value.kind == ast::constant_kind::Int ? " ." : ".";
    out += a->attr;
    break;
  }
  case ast::expr_kind::Subscript: {
    const auto* s = static_cast<const ast::Subscript*>(e);
    expr(s->value, kAtom);
    out += "[";
    expr(s->slice, kTuple);
    out += "]";
    break;
  }
  case ast::expr_kind::Starred:
    out += "*";
    expr(static_cast<const ast::Starred*>(e)->value, kExpr);
    break;
  case ast::expr_kind::Name: out += static_cast<const ast::Name*>(e)->id; break;
  case ast::expr_kind::List:
    out += "[";
    exprs(static_cast<const ast::List*>(e)->elts, ", ", kTest);
    out += "]";
    break;
  case ast::expr_kind::Tuple: {
    const auto* t = static_cast<const ast::Tuple*>(e);
    if (t->elts.empty()) {
      out += "()";
      break;
    }
    open(level > kTuple);
    exprs(t->elts, ", ", kTest);
    if (t->elts.size() == 1) out += ",";
    close(level > kTuple);
    break;
  }
  case ast::expr_kind::Slice: {
    const auto* s = static_cast<const ast::Slice*>(e);
    if (s->lower) expr(s->lower, kTest);
    out += ":";
    if (s->upper) expr(s->upper, kTest);
    if (s->step) {
      out += ":";
      expr(s->step, kTest);
    }
    break;
  }
  }
}

} // namespace

std::string unparse_annotation(const ast::expr* e) {
  Unparser u;
  u.expr(e, kTest);
  return u.out;
}

} // namespace py::bc
