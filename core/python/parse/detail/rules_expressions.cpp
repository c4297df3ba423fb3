// Expression rules of the grammar (python.gram: EXPRESSIONS through FUNCTION CALL ARGUMENTS),
// in the grammar's order. `bitwise_or` down to `term` are one precedence-climbing method.
#include "python/parse/detail/parser.hpp"

namespace py::parsing {

using namespace ast;

namespace {

// Precedence of a binary operator token from '|' (1) to '*' (6), or 0.
int binary_precedence(Tok t, binop& op) {
  switch (t) {
  case Tok::VBar: op = binop::BitOr; return 1;
  case Tok::Circumflex: op = binop::BitXor; return 2;
  case Tok::Amper: op = binop::BitAnd; return 3;
  case Tok::LeftShift: op = binop::LShift; return 4;
  case Tok::RightShift: op = binop::RShift; return 4;
  case Tok::Plus: op = binop::Add; return 5;
  case Tok::Minus: op = binop::Sub; return 5;
  case Tok::Star: op = binop::Mult; return 6;
  case Tok::Slash: op = binop::Div; return 6;
  case Tok::DoubleSlash: op = binop::FloorDiv; return 6;
  case Tok::Percent: op = binop::Mod; return 6;
  case Tok::At: op = binop::MatMult; return 6;
  default: return 0;
  }
}

} // namespace

// `','.item+ [',']`: the items.
ListResult<expr*> Parser::comma_list(expr* (Parser::*item)()) {
  RuleGuard g(*this);
  auto items = gather(Tok::Comma, [&] { return (this->*item)(); });
  if (items) expect(Tok::Comma);
  return items;
}

// `item (',' item)* [',']`: a Tuple in context ctx when there is a comma, else the lone item.
expr* Parser::comma_tuple(expr* (Parser::*item)(), expr_context ctx) {
  RuleGuard g(*this);
  int m = mark_;
  auto items = gather(Tok::Comma, [&] { return (this->*item)(); });
  if (!items) return nullptr;
  bool comma = expect(Tok::Comma);
  if (items->size() == 1 && !comma) return items->front();
  auto* t = node<Tuple>(m);
  t->elts = seq(*items);
  t->ctx = ctx;
  return t;
}

// expressions: expression (',' expression)+ [','] | expression ',' | expression
expr* Parser::expressions() { return comma_tuple(&Parser::expression, expr_context::Load); }

// expression (memo)
expr* Parser::expression() {
  return memoized<expr>(Memo::Expression, [&] { return expression_raw(); });
}

// expression:
//   | invalid_expression | invalid_legacy_expression
//   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
expr* Parser::expression_raw() {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_expression();
    mark_ = m;
    invalid_legacy_expression();
    mark_ = m;
  }
  return expression_valid();
}

// expression_without_invalid: expression, with no invalid_* rule tried under it
expr* Parser::expression_without_invalid() {
  bool saved = invalid_rules_;
  invalid_rules_ = false;
  struct Restore {
    bool& flag;
    bool value;
    ~Restore() { flag = value; }
  } restore{invalid_rules_, saved};
  RuleGuard g(*this);
  return expression_valid();
}

// The valid alternatives of expression:
//   disjunction 'if' disjunction 'else' expression | disjunction | lambdef
expr* Parser::expression_valid() {
  int m = mark_;
  if (expr* a = disjunction()) {
    if (expect(Tok::KwIf)) {
      if (expr* b = disjunction()) {
        if (expect(Tok::KwElse)) {
          if (expr* c = expression()) {
            auto* e = node<IfExp>(m);
            e->test = b;
            e->body = a;
            e->orelse = c;
            return e;
          }
        }
      }
    }
  }
  mark_ = m;
  if (expr* a = disjunction()) return a;
  mark_ = m;
  return lambdef();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
expr* Parser::yield_expr() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::KwYield)) return nullptr;
  if (expect(Tok::KwFrom)) {
    if (expr* a = expression()) {
      auto* e = node<YieldFrom>(m);
      e->value = a;
      return e;
    }
  }
  mark_ = m + 1;
  expr* a = star_expressions();
  if (!a) mark_ = m + 1;
  auto* e = node<Yield>(m);
  e->value = a;
  return e;
}

// star_expressions:
//   | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
expr* Parser::star_expressions() {
  return comma_tuple(&Parser::star_expression, expr_context::Load);
}

// star_expression (memo): '*' bitwise_or | expression
expr* Parser::star_expression() {
  return memoized<expr>(Memo::StarExpression, [&]() -> expr* {
    RuleGuard g(*this);
    if (expr* a = starred_bitwise_or()) return a;
    return expression();
  });
}

// star_named_expressions: ','.star_named_expression+ [',']
ListResult<expr*> Parser::star_named_expressions() {
  return comma_list(&Parser::star_named_expression);
}

// star_named_expression: '*' bitwise_or | named_expression
expr* Parser::star_named_expression() {
  RuleGuard g(*this);
  if (expr* a = starred_bitwise_or()) return a;
  return named_expression();
}

// The '*' bitwise_or alternative shared by star_expression and star_named_expression: a
// Starred, or nullptr with the mark unmoved.
expr* Parser::starred_bitwise_or() {
  int m = mark_;
  if (expect(Tok::Star)) {
    if (expr* a = bitwise_or()) {
      auto* e = node<Starred>(m);
      e->value = a;
      return e;
    }
  }
  mark_ = m;
  return nullptr;
}

// assignment_expression: NAME ':=' ~ expression
expr* Parser::assignment_expression() {
  RuleGuard g(*this);
  int m = mark_;
  Name* a = name();
  if (!a || !expect(Tok::ColonEqual)) {
    mark_ = m;
    return nullptr;
  }
  expr* b = expression();
  if (!b) return nullptr; // the cut: nothing else is tried by callers either way
  auto* e = node<NamedExpr>(m);
  e->target = set_context(a, expr_context::Store);
  e->value = b;
  return e;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
expr* Parser::named_expression() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* a = assignment_expression()) return a;
  mark_ = m;
  if (invalid_rules_) {
    invalid_named_expression();
    mark_ = m;
  }
  if (expr* a = expression()) {
    if (!at(Tok::ColonEqual)) return a;
  }
  mark_ = m;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
expr* Parser::disjunction() {
  return memoized<expr>(Memo::Disjunction,
                        [&] { return bool_op(boolop::Or, Tok::KwOr, &Parser::conjunction); });
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
expr* Parser::conjunction() {
  return memoized<expr>(Memo::Conjunction,
                        [&] { return bool_op(boolop::And, Tok::KwAnd, &Parser::inversion); });
}

// The body of disjunction and conjunction: `operand (keyword operand)+` as a BoolOp, or a
// lone operand as itself.
expr* Parser::bool_op(boolop op, Tok keyword, expr* (Parser::*operand)()) {
  RuleGuard g(*this);
  int m = mark_;
  auto values = gather(keyword, [&] { return (this->*operand)(); });
  if (!values) return nullptr;
  if (values->size() == 1) return values->front();
  auto* e = node<BoolOp>(m);
  e->op = op;
  e->values = seq(*values);
  return e;
}

// inversion (memo): 'not' inversion | comparison
// A run of 'not's is read in a loop rather than by recursion (this rule's frames are large:
// some thousands of them overflow the JavaScript engine's native stack under wasm), each
// counting one level of nesting as its recursion would. When the operand fails, the rule fails
// as the recursion would ('not' starts no comparison).
expr* Parser::inversion() {
  return memoized<expr>(Memo::Inversion, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    std::vector<int> nots; // where each 'not' starts
    for (int at = mark_; expect(Tok::KwNot); at = mark_) nots.push_back(at);
    RuleGuard nesting(*this, int(nots.size()));
    expr* a = comparison();
    if (!a) {
      mark_ = m;
      return nots.empty() ? nullptr : comparison();
    }
    for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
      auto* e = node<UnaryOp>(*it);
      e->op = unaryop::Not;
      e->operand = a;
      a = e;
    }
    return a;
  });
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
expr* Parser::comparison() {
  RuleGuard g(*this);
  int m = mark_;
  expr* a = bitwise_or();
  if (!a) return nullptr;
  std::vector<cmpop> ops;
  std::vector<expr*> comparators;
  for (;;) {
    int before = mark_;
    auto pair = compare_op_bitwise_or_pair();
    if (!pair) {
      mark_ = before;
      break;
    }
    ops.push_back(pair->op);
    comparators.push_back(pair->expr);
  }
  if (ops.empty()) return a;
  auto* e = node<Compare>(m);
  e->left = a;
  e->ops = seq(ops);
  e->comparators = seq(comparators);
  return e;
}

// compare_op_bitwise_or_pair: '==' bitwise_or | '!=' bitwise_or | '<=' ... | 'not' 'in'
// bitwise_or | 'in' bitwise_or | 'is' 'not' bitwise_or | 'is' bitwise_or
std::optional<CmpopExprPair> Parser::compare_op_bitwise_or_pair() {
  RuleGuard g(*this);
  int m = mark_;
  Token& t = fill();
  cmpop op;
  switch (t.type) {
  case Tok::EqEqual: op = cmpop::Eq; break;
  case Tok::NotEqual:
    // '<>' is NOTEQUAL too, but only accepted under `from __future__ import barry_as_FLUFL`.
    if (token_text(t) != "!=") return std::nullopt;
    op = cmpop::NotEq;
    break;
  case Tok::LessEqual: op = cmpop::LtE; break;
  case Tok::Less: op = cmpop::Lt; break;
  case Tok::GreaterEqual: op = cmpop::GtE; break;
  case Tok::Greater: op = cmpop::Gt; break;
  case Tok::KwNot:
    ++mark_;
    if (!expect(Tok::KwIn)) return std::nullopt;
    --mark_;
    op = cmpop::NotIn;
    break;
  case Tok::KwIn: op = cmpop::In; break;
  case Tok::KwIs:
    ++mark_;
    if (expect(Tok::KwNot)) {
      if (expr* a = bitwise_or()) return CmpopExprPair{cmpop::IsNot, a};
    }
    mark_ = m;
    op = cmpop::Is;
    break;
  default: return std::nullopt;
  }
  mark_ = m + (op == cmpop::NotIn ? 2 : 1);
  expr* a = bitwise_or();
  if (!a) return std::nullopt;
  return CmpopExprPair{op, a};
}

// bitwise_or (memo) .. term: the binary operators '|', '^', '&', '<<' '>>', '+' '-',
// '*' '/' '//' '%' '@', all left-associative, by precedence climbing over factor.
expr* Parser::bitwise_or() {
  return memoized<expr>(Memo::BitwiseOr, [&] { return binary_operators(1); });
}

expr* Parser::binary_operators(int min_precedence) {
  RuleGuard g(*this);
  int m = mark_;
  expr* left = factor();
  if (!left) return nullptr;
  for (;;) {
    int before = mark_;
    binop op;
    int prec = binary_precedence(fill().type, op);
    if (prec < min_precedence || prec == 0) break;
    ++mark_;
    expr* right = prec == 6 ? factor() : binary_operators(prec + 1);
    if (!right) {
      mark_ = before;
      break;
    }
    auto* e = node<BinOp>(m);
    e->left = left;
    e->op = op;
    e->right = right;
    left = e;
  }
  return left;
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
expr* Parser::factor() {
  return memoized<expr>(Memo::Factor, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    unaryop op;
    switch (fill().type) {
    case Tok::Plus: op = unaryop::UAdd; break;
    case Tok::Minus: op = unaryop::USub; break;
    case Tok::Tilde: op = unaryop::Invert; break;
    default: return power();
    }
    ++mark_;
    if (expr* a = factor()) {
      auto* e = node<UnaryOp>(m);
      e->op = op;
      e->operand = a;
      return e;
    }
    mark_ = m;
    return power();
  });
}

// power: await_primary '**' factor | await_primary
expr* Parser::power() {
  RuleGuard g(*this);
  int m = mark_;
  expr* a = await_primary();
  if (!a) return nullptr;
  int before = mark_;
  if (expect(Tok::DoubleStar)) {
    if (expr* b = factor()) {
      auto* e = node<BinOp>(m);
      e->left = a;
      e->op = binop::Pow;
      e->right = b;
      return e;
    }
  }
  mark_ = before;
  return a;
}

// await_primary (memo): AWAIT primary | primary
expr* Parser::await_primary() {
  return memoized<expr>(Memo::AwaitPrimary, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    if (expect(Tok::Await)) {
      if (expr* a = primary()) {
        auto* e = node<Await>(m);
        e->value = a;
        return e;
      }
    }
    mark_ = m;
    return primary();
  });
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' |
// primary '[' slices ']' | atom   (left-recursive: an atom, then trailers in a loop)
expr* Parser::primary() {
  return memoized<expr>(Memo::Primary, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    expr* a = atom();
    if (!a) return nullptr;
    while (expr* b = primary_step(a, m, false)) a = b;
    return a;
  });
}

// One trailer after `a` (which started at start_mark): '.' NAME, genexp, '(' [arguments] ')'
// or '[' slices ']'. With `targets` (t_primary), the trailer must be followed by '(', '['
// or '.'. Returns the longer expression, or nullptr (and the mark unchanged).
expr* Parser::primary_step(expr* a, int start_mark, bool targets) {
  int m = mark_;
  auto done = [&](expr* e) -> expr* {
    if (targets && !t_lookahead()) {
      mark_ = m;
      return nullptr;
    }
    return e;
  };
  if (expect(Tok::Dot)) {
    if (Token* b = expect_name_token()) {
      auto* e = node<Attribute>(start_mark);
      e->value = a;
      e->attr = identifier(*b);
      if (expr* r = done(e)) return r;
    }
  }
  mark_ = m;
  if (expect(Tok::LSqb)) {
    if (expr* b = slices()) {
      if (expect(Tok::RSqb)) {
        auto* e = node<Subscript>(start_mark);
        e->value = a;
        e->slice = b;
        if (expr* r = done(e)) return r;
      }
    }
  }
  mark_ = m;
  if (at(Tok::LPar)) {
    if (expr* b = genexp()) {
      auto* e = node<Call>(start_mark);
      e->func = a;
      e->args = seq(std::vector<expr*>{b});
      if (expr* r = done(e)) return r;
    }
    mark_ = m;
    if (expect(Tok::LPar)) {
      int inner = mark_;
      expr* b = arguments();
      if (!b) mark_ = inner;
      if (expect(Tok::RPar)) {
        auto* e = node<Call>(start_mark);
        e->func = a;
        if (b) {
          e->args = b->as<Call>()->args;
          e->keywords = b->as<Call>()->keywords;
        }
        if (expr* r = done(e)) return r;
      }
    }
  }
  mark_ = m;
  return nullptr;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
expr* Parser::slices() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* a = slice()) {
    if (!at(Tok::Comma)) return a;
  }
  mark_ = m;
  auto item = [&]() -> expr* {
    int before = mark_;
    if (expr* e = slice()) return e;
    mark_ = before;
    return starred_expression();
  };
  expr* first = item();
  if (!first) return nullptr;
  std::vector<expr*> items{first};
  for (;;) {
    int before = mark_;
    expr* e = nullptr;
    if (!expect(Tok::Comma) || !(e = item())) {
      mark_ = before;
      break;
    }
    items.push_back(e);
  }
  expect(Tok::Comma);
  auto* t = node<Tuple>(m);
  t->elts = seq(items);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
expr* Parser::slice() {
  RuleGuard g(*this);
  int m = mark_;
  auto optional_expression = [&]() -> expr* {
    int before = mark_;
    expr* e = expression();
    if (!e) mark_ = before;
    return e;
  };
  expr* a = optional_expression();
  if (expect(Tok::Colon)) {
    expr* b = optional_expression();
    expr* c = nullptr;
    int before = mark_;
    if (expect(Tok::Colon)) {
      c = optional_expression();
    } else {
      mark_ = before;
    }
    auto* e = node<Slice>(m);
    e->lower = a;
    e->upper = b;
    e->step = c;
    return e;
  }
  mark_ = m;
  return named_expression();
}

// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER | &'(' (tuple | group |
// genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
expr* Parser::atom() {
  RuleGuard g(*this);
  int m = mark_;
  Token& t = fill();
  auto constant = [&](constant_kind kind) {
    ++mark_;
    auto* e = node<Constant>(m);
    e->value.kind = kind;
    return e;
  };
  auto first_of = [&](std::initializer_list<expr* (Parser::*)()> rules) -> expr* {
    for (auto rule : rules) {
      mark_ = m;
      if (expr* e = (this->*rule)()) return e;
    }
    mark_ = m;
    return nullptr;
  };
  switch (t.type) {
  case Tok::Name: return name();
  case Tok::KwTrue: return constant(constant_kind::True);
  case Tok::KwFalse: return constant(constant_kind::False);
  case Tok::KwNone: return constant(constant_kind::None);
  case Tok::String: return strings();
  case Tok::Number: return number_token();
  case Tok::LPar: return first_of({&Parser::tuple, &Parser::group, &Parser::genexp});
  case Tok::LSqb: return first_of({&Parser::list, &Parser::listcomp});
  case Tok::LBrace:
    return first_of({&Parser::dict, &Parser::set, &Parser::dictcomp, &Parser::setcomp});
  case Tok::Ellipsis: return constant(constant_kind::Ellipsis);
  default: return nullptr;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
expr* Parser::group() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::LPar)) {
    int inner = mark_;
    expr* a = yield_expr();
    if (!a) {
      mark_ = inner;
      a = named_expression();
    }
    if (a && expect(Tok::RPar)) return a;
  }
  mark_ = m;
  if (invalid_rules_) invalid_group();
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
expr* Parser::lambdef() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::KwLambda)) return nullptr;
  int before = mark_;
  ast::arguments* a = params(true);
  if (!a) mark_ = before;
  if (!expect(Tok::Colon)) return nullptr;
  expr* b = expression();
  if (!b) return nullptr;
  auto* e = node<Lambda>(m);
  e->args = a ? a : empty_arguments();
  e->body = b;
  return e;
}

// strings (memo): STRING+
expr* Parser::strings() {
  return memoized<expr>(Memo::Strings, [&]() -> expr* {
    RuleGuard g(*this);
    int first = mark_;
    while (expect(Tok::String)) {
    }
    if (mark_ == first) return nullptr;
    return concatenate_strings(first, mark_ - 1);
  });
}

// list: '[' [star_named_expressions] ']'
expr* Parser::list() {
  return bracketed<List>(Tok::LSqb, Tok::RSqb, &Parser::star_named_expressions, expr_context::Load);
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
expr* Parser::tuple() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::LPar)) return nullptr;
  std::vector<expr*> items;
  int before = mark_;
  if (expr* y = star_named_expression()) {
    if (expect(Tok::Comma)) {
      items.push_back(y);
      int rest_start = mark_;
      if (auto z = star_named_expressions()) {
        items.insert(items.end(), z->begin(), z->end());
      } else {
        mark_ = rest_start;
      }
    }
  }
  if (items.empty()) mark_ = before;
  if (!expect(Tok::RPar)) return nullptr;
  auto* e = node<Tuple>(m);
  e->elts = seq(items);
  return e;
}

// set: '{' star_named_expressions '}'
expr* Parser::set() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::LBrace)) return nullptr;
  auto a = star_named_expressions();
  if (!a || !expect(Tok::RBrace)) return nullptr;
  auto* e = node<Set>(m);
  e->elts = seq(*a);
  return e;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
expr* Parser::dict() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::LBrace)) {
    int before = mark_;
    auto a = double_starred_kvpairs();
    if (!a) mark_ = before;
    if (expect(Tok::RBrace)) {
      std::vector<expr*> keys, values;
      if (a) {
        for (const KeyValuePair& kv : *a) {
          keys.push_back(kv.key);
          values.push_back(kv.value);
        }
      }
      auto* e = node<Dict>(m);
      e->keys = seq(keys);
      e->values = seq(values);
      return e;
    }
  }
  mark_ = m;
  if (invalid_rules_ && expect(Tok::LBrace)) {
    invalid_double_starred_kvpairs();
    mark_ = m;
  }
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
ListResult<KeyValuePair> Parser::double_starred_kvpairs() {
  RuleGuard g(*this);
  auto first = double_starred_kvpair();
  if (!first) return std::nullopt;
  std::vector<KeyValuePair> out{*first};
  for (;;) {
    int before = mark_;
    std::optional<KeyValuePair> kv;
    if (!expect(Tok::Comma) || !(kv = double_starred_kvpair())) {
      mark_ = before;
      break;
    }
    out.push_back(*kv);
  }
  expect(Tok::Comma);
  return out;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
std::optional<KeyValuePair> Parser::double_starred_kvpair() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::DoubleStar)) {
    if (expr* a = bitwise_or()) return KeyValuePair{nullptr, a};
  }
  mark_ = m;
  return kvpair();
}

// kvpair: expression ':' expression
std::optional<KeyValuePair> Parser::kvpair() {
  RuleGuard g(*this);
  expr* a = expression();
  if (!a || !expect(Tok::Colon)) return std::nullopt;
  expr* b = expression();
  if (!b) return std::nullopt;
  return KeyValuePair{a, b};
}

// for_if_clauses: for_if_clause+
ListResult<comprehension*> Parser::for_if_clauses() {
  RuleGuard g(*this);
  return repeat([&] { return for_if_clause(); }, true);
}

// for_if_clause:
//   | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | invalid_for_target
comprehension* Parser::for_if_clause() {
  RuleGuard g(*this);
  int m = mark_;
  for (bool is_async : {true, false}) {
    mark_ = m;
    if (is_async && !expect(Tok::Async)) continue;
    if (!expect(Tok::KwFor)) continue;
    expr* a = star_targets();
    if (!a || !expect(Tok::KwIn)) continue;
    // The cut: past 'in', a failure fails the clause.
    expr* b = disjunction();
    if (!b) return nullptr;
    auto ifs = repeat([&] { return expect(Tok::KwIf) ? disjunction() : nullptr; }, false);
    auto* c = ctx_.arena.make<comprehension>();
    c->target = a;
    c->iter = b;
    c->ifs = seq(*ifs);
    c->is_async = is_async ? 1 : 0;
    return c;
  }
  mark_ = m;
  if (invalid_rules_) invalid_for_target();
  return nullptr;
}

// The comprehensions with one element: `open element for_if_clauses close` as a T
// (ListComp, SetComp or GeneratorExp), else invalid_comprehension.
template <class T>
expr* Parser::comprehension_node(Tok open, Tok close, expr* (Parser::*element)()) {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(open)) {
    if (expr* a = (this->*element)()) {
      if (auto b = for_if_clauses()) {
        if (expect(close)) {
          auto* e = node<T>(m);
          e->elt = a;
          e->generators = seq(*b);
          return e;
        }
      }
    }
  }
  mark_ = m;
  if (invalid_rules_) invalid_comprehension();
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
expr* Parser::listcomp() {
  return comprehension_node<ListComp>(Tok::LSqb, Tok::RSqb, &Parser::named_expression);
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
expr* Parser::setcomp() {
  return comprehension_node<SetComp>(Tok::LBrace, Tok::RBrace, &Parser::named_expression);
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
//   | invalid_comprehension
expr* Parser::genexp() {
  return comprehension_node<GeneratorExp>(Tok::LPar, Tok::RPar, &Parser::assignment_or_expression);
}

// assignment_expression | expression !':=' (a genexp's element, a positional argument)
expr* Parser::assignment_or_expression() {
  int m = mark_;
  if (expr* a = assignment_expression()) return a;
  mark_ = m;
  expr* a = expression();
  return a && !at(Tok::ColonEqual) ? a : nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
expr* Parser::dictcomp() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::LBrace)) {
    if (auto a = kvpair()) {
      if (auto b = for_if_clauses()) {
        if (expect(Tok::RBrace)) {
          auto* e = node<DictComp>(m);
          e->key = a->key;
          e->value = a->value;
          e->generators = seq(*b);
          return e;
        }
      }
    }
  }
  mark_ = m;
  if (invalid_rules_) invalid_dict_comprehension();
  return nullptr;
}

// arguments (memo): args [','] &')' | invalid_arguments
expr* Parser::arguments() {
  return memoized<expr>(Memo::Arguments, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    if (expr* a = args()) {
      expect(Tok::Comma);
      if (at(Tok::RPar)) return a;
    }
    mark_ = m;
    if (invalid_rules_) invalid_arguments();
    return nullptr;
  });
}

// args:
//   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//     [',' kwargs]
//   | kwargs
expr* Parser::args() {
  RuleGuard g(*this);
  int m = mark_;
  if (auto a = positional_arguments()) {
    int before = mark_;
    ListResult<KeywordOrStarred> b;
    if (expect(Tok::Comma)) b = kwargs();
    if (!b) mark_ = before;
    return collect_call(*a, b ? *b : std::vector<KeywordOrStarred>{}, m);
  }
  mark_ = m;
  if (auto a = kwargs()) return collect_call({}, *a, m);
  return nullptr;
}

// ','.(starred_expression | (assignment_expression | expression !':=') !'=')+, the
// positional arguments that start `args`.
ListResult<expr*> Parser::positional_arguments() {
  RuleGuard g(*this);
  return gather(Tok::Comma, [&]() -> expr* {
    int before = mark_;
    if (expr* e = starred_expression()) return e;
    mark_ = before;
    expr* e = assignment_or_expression();
    return e && !at(Tok::Equal) ? e : nullptr;
  });
}

// kwargs:
//   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//   | ','.kwarg_or_starred+
//   | ','.kwarg_or_double_starred+
ListResult<KeywordOrStarred> Parser::kwargs() {
  RuleGuard g(*this);
  int m = mark_;
  auto kwarg_list = [&](bool double_starred) {
    return gather(Tok::Comma, [&] { return kwarg_or_starred(double_starred); });
  };
  if (auto a = kwarg_list(false)) {
    int after_a = mark_;
    if (expect(Tok::Comma)) {
      if (auto b = kwarg_list(true)) {
        a->insert(a->end(), b->begin(), b->end());
        return a;
      }
    }
    mark_ = after_a;
    return a;
  }
  mark_ = m;
  return kwarg_list(true);
}

// starred_expression: '*' expression
expr* Parser::starred_expression() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::Star)) return nullptr;
  expr* a = expression();
  if (!a) return nullptr;
  auto* e = node<Starred>(m);
  e->value = a;
  return e;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
// kwarg_or_double_starred (double_starred): invalid_kwarg | NAME '=' expression
//   | '**' expression
std::optional<KeywordOrStarred> Parser::kwarg_or_starred(bool double_starred) {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_kwarg();
    mark_ = m;
  }
  if (Token* a = expect_name_token()) {
    if (expect(Tok::Equal)) {
      if (expr* b = expression()) {
        auto* k = node<keyword>(m);
        k->arg = identifier(*a);
        k->value = b;
        return KeywordOrStarred{k, true};
      }
    }
  }
  mark_ = m;
  if (!double_starred) {
    if (expr* a = starred_expression()) return KeywordOrStarred{a, false};
    return std::nullopt;
  }
  if (expect(Tok::DoubleStar)) {
    if (expr* a = expression()) {
      auto* k = node<keyword>(m);
      k->value = a;
      return KeywordOrStarred{k, true};
    }
  }
  mark_ = m;
  return std::nullopt;
}

// _PyPegen_collect_call_seqs: a Call (with no func yet) of the positional arguments, the
// starred ones among the rest, and the keywords.
Call* Parser::collect_call(const std::vector<expr*>& positional,
                           const std::vector<KeywordOrStarred>& rest, int start_mark) {
  std::vector<expr*> args = positional;
  std::vector<keyword*> keywords;
  for (const KeywordOrStarred& k : rest) {
    if (k.is_keyword) {
      keywords.push_back(static_cast<keyword*>(k.element));
    } else {
      args.push_back(static_cast<expr*>(k.element));
    }
  }
  auto* call = node<Call>(start_mark);
  call->args = seq(args);
  call->keywords = seq(keywords);
  return call;
}

} // namespace py::parsing
