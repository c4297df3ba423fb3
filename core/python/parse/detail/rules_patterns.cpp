// Pattern rules of the match statement (python.gram: Match statement), in the grammar's order.
#include "python/parse/detail/parser.hpp"

namespace py::parsing {

using namespace ast;

// patterns: open_sequence_pattern | pattern
pattern* Parser::patterns() {
  RuleGuard g(*this);
  int m = mark_;
  if (auto p = open_sequence_pattern()) {
    auto* s = node<MatchSequence>(m);
    s->patterns = seq(*p);
    return s;
  }
  mark_ = m;
  return pattern();
}

// pattern: as_pattern | or_pattern
pattern* Parser::pattern() {
  RuleGuard g(*this);
  int m = mark_;
  if (ast::pattern* p = as_pattern()) return p;
  mark_ = m;
  return or_pattern();
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
pattern* Parser::as_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  if (ast::pattern* p = or_pattern()) {
    if (expect(Tok::KwAs)) {
      if (Name* target = pattern_capture_target()) {
        auto* a = node<MatchAs>(m);
        a->pattern = p;
        a->name = target->id;
        return a;
      }
    }
  }
  mark_ = m;
  if (invalid_rules_) invalid_as_pattern();
  return nullptr;
}

// or_pattern: '|'.closed_pattern+
pattern* Parser::or_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  auto items = gather(Tok::VBar, [&] { return closed_pattern(); });
  if (!items) return nullptr;
  if (items->size() == 1) return items->front();
  auto* o = node<MatchOr>(m);
  o->patterns = seq(*items);
  return o;
}

// closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern |
// value_pattern | group_pattern | sequence_pattern | mapping_pattern | class_pattern
pattern* Parser::closed_pattern() {
  return memoized<ast::pattern>(Memo::ClosedPattern, [&]() -> ast::pattern* {
    RuleGuard g(*this);
    int m = mark_;
    for (auto rule : {&Parser::literal_pattern, &Parser::capture_pattern, &Parser::wildcard_pattern,
                      &Parser::value_pattern, &Parser::group_pattern, &Parser::sequence_pattern,
                      &Parser::mapping_pattern, &Parser::class_pattern}) {
      mark_ = m;
      if (ast::pattern* p = (this->*rule)()) return p;
    }
    return nullptr;
  });
}

// literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' |
// 'False'   (literal_expr as a MatchSingleton for the keywords, else a MatchValue)
pattern* Parser::literal_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  expr* value = literal_expr();
  if (!value) return nullptr;
  Tok first = tokens_[m].type;
  if (first == Tok::KwNone || first == Tok::KwTrue || first == Tok::KwFalse) {
    auto* p = node<MatchSingleton>(m);
    p->value = value->as<Constant>()->value;
    return p;
  }
  auto* p = node<MatchValue>(m);
  p->value = value;
  return p;
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' |
// 'False'
expr* Parser::literal_expr() {
  RuleGuard g(*this);
  int m = mark_;
  expr* value = signed_number();
  if (value && !(at(Tok::Plus) || at(Tok::Minus))) return value;
  mark_ = m;
  if ((value = complex_number())) return value;
  mark_ = m;
  if (at(Tok::String)) {
    if ((value = strings())) return value;
  }
  mark_ = m;
  constant_kind kind;
  switch (fill().type) {
  case Tok::KwNone: kind = constant_kind::None; break;
  case Tok::KwTrue: kind = constant_kind::True; break;
  case Tok::KwFalse: kind = constant_kind::False; break;
  default: return nullptr;
  }
  ++mark_;
  auto* c = node<Constant>(m);
  c->value.kind = kind;
  return c;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
expr* Parser::complex_number() {
  RuleGuard g(*this);
  int m = mark_;
  expr* real = signed_real_number();
  if (!real) return nullptr;
  binop op;
  if (expect(Tok::Plus)) {
    op = binop::Add;
  } else if (expect(Tok::Minus)) {
    op = binop::Sub;
  } else {
    return nullptr;
  }
  expr* imag = imaginary_number();
  if (!imag) return nullptr;
  auto* e = node<BinOp>(m);
  e->left = real;
  e->op = op;
  e->right = imag;
  return e;
}

// signed_number: NUMBER | '-' NUMBER
expr* Parser::signed_number() {
  RuleGuard g(*this);
  int m = mark_;
  if (at(Tok::Number)) return number_token();
  if (!expect(Tok::Minus) || !at(Tok::Number)) return nullptr;
  expr* number = number_token();
  auto* e = node<UnaryOp>(m);
  e->op = unaryop::USub;
  e->operand = number;
  return e;
}

// signed_real_number: real_number | '-' real_number
expr* Parser::signed_real_number() {
  RuleGuard g(*this);
  int m = mark_;
  if (at(Tok::Number)) return real_number();
  if (!expect(Tok::Minus)) return nullptr;
  expr* real = real_number();
  if (!real) return nullptr;
  auto* e = node<UnaryOp>(m);
  e->op = unaryop::USub;
  e->operand = real;
  return e;
}

// real_number: NUMBER (which must not be imaginary)
expr* Parser::real_number() {
  RuleGuard g(*this);
  if (!at(Tok::Number)) return nullptr;
  expr* e = number_token();
  if (e->as<Constant>()->value.kind == constant_kind::Complex) {
    raise_at(*e, "real number required in complex literal");
  }
  return e;
}

// imaginary_number: NUMBER (which must be imaginary)
expr* Parser::imaginary_number() {
  RuleGuard g(*this);
  if (!at(Tok::Number)) return nullptr;
  expr* e = number_token();
  if (e->as<Constant>()->value.kind != constant_kind::Complex) {
    raise_at(*e, "imaginary number required in complex literal");
  }
  return e;
}

// capture_pattern: pattern_capture_target
pattern* Parser::capture_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  Name* target = pattern_capture_target();
  if (!target) return nullptr;
  auto* a = node<MatchAs>(m);
  a->name = target->id;
  return a;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Name* Parser::pattern_capture_target() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect_soft_keyword("_")) {
    mark_ = m;
    return nullptr;
  }
  Name* n = name();
  if (!n || at(Tok::Dot) || at(Tok::LPar) || at(Tok::Equal)) return nullptr;
  return static_cast<Name*>(set_context(n, expr_context::Store));
}

// wildcard_pattern: "_"
pattern* Parser::wildcard_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect_soft_keyword("_")) return nullptr;
  return node<MatchAs>(m);
}

// value_pattern: attr !('.' | '(' | '=')
pattern* Parser::value_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  expr* a = attr();
  if (!a || at(Tok::Dot) || at(Tok::LPar) || at(Tok::Equal)) return nullptr;
  auto* p = node<MatchValue>(m);
  p->value = a;
  return p;
}

// attr: name_or_attr '.' NAME (with name_or_attr: attr | NAME, so: NAME ('.' NAME)+)
expr* Parser::attr() {
  return memoized<expr>(Memo::Attr, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    expr* a = name();
    if (!a) return nullptr;
    bool dotted = false;
    for (;;) {
      int before = mark_;
      Token* b;
      if (!expect(Tok::Dot) || !(b = expect_name_token())) {
        mark_ = before;
        break;
      }
      auto* e = node<Attribute>(m);
      e->value = a;
      e->attr = identifier(*b);
      a = e;
      dotted = true;
    }
    return dotted ? a : nullptr;
  });
}

// name_or_attr: attr | NAME
expr* Parser::name_or_attr() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* a = attr()) return a;
  mark_ = m;
  return name();
}

// group_pattern: '(' pattern ')'
pattern* Parser::group_pattern() {
  RuleGuard g(*this);
  if (!expect(Tok::LPar)) return nullptr;
  ast::pattern* p = pattern();
  if (!p || !expect(Tok::RPar)) return nullptr;
  return p;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
pattern* Parser::sequence_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  for (Tok open : {Tok::LSqb, Tok::LPar}) {
    mark_ = m;
    if (!expect(open)) continue;
    int before = mark_;
    auto items = open == Tok::LSqb ? maybe_sequence_pattern() : open_sequence_pattern();
    if (!items) mark_ = before;
    if (!expect(open == Tok::LSqb ? Tok::RSqb : Tok::RPar)) continue;
    auto* s = node<MatchSequence>(m);
    if (items) s->patterns = seq(*items);
    return s;
  }
  mark_ = m;
  return nullptr;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
ListResult<pattern*> Parser::open_sequence_pattern() {
  RuleGuard g(*this);
  ast::pattern* first = maybe_star_pattern();
  if (!first || !expect(Tok::Comma)) return std::nullopt;
  std::vector<ast::pattern*> out{first};
  int before = mark_;
  if (auto rest = maybe_sequence_pattern()) {
    out.insert(out.end(), rest->begin(), rest->end());
  } else {
    mark_ = before;
  }
  return out;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
ListResult<pattern*> Parser::maybe_sequence_pattern() {
  RuleGuard g(*this);
  auto items = gather(Tok::Comma, [&] { return maybe_star_pattern(); });
  if (items) expect(Tok::Comma);
  return items;
}

// maybe_star_pattern: star_pattern | pattern
pattern* Parser::maybe_star_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  if (ast::pattern* p = star_pattern()) return p;
  mark_ = m;
  return pattern();
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
pattern* Parser::star_pattern() {
  return memoized<ast::pattern>(Memo::StarPattern, [&]() -> ast::pattern* {
    RuleGuard g(*this);
    int m = mark_;
    if (!expect(Tok::Star)) return nullptr;
    if (Name* target = pattern_capture_target()) {
      auto* s = node<MatchStar>(m);
      s->name = target->id;
      return s;
    }
    mark_ = m + 1;
    if (!wildcard_pattern()) return nullptr;
    return node<MatchStar>(m);
  });
}

// mapping_pattern:
//   | '{' '}'
//   | '{' double_star_pattern ','? '}'
//   | '{' items_pattern ',' double_star_pattern ','? '}'
//   | '{' items_pattern ','? '}'
pattern* Parser::mapping_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  if (!expect(Tok::LBrace)) return nullptr;
  auto make = [&](const std::vector<KeyPatternPair>* items, Name* rest) {
    std::vector<expr*> keys;
    std::vector<ast::pattern*> values;
    if (items) {
      for (const KeyPatternPair& kv : *items) {
        keys.push_back(kv.key);
        values.push_back(kv.pattern);
      }
    }
    auto* p = node<MatchMapping>(m);
    p->keys = seq(keys);
    p->patterns = seq(values);
    if (rest) p->rest = rest->id;
    return p;
  };
  if (expect(Tok::RBrace)) return make(nullptr, nullptr);
  int inner = m + 1;
  mark_ = inner;
  if (Name* rest = double_star_pattern()) {
    expect(Tok::Comma);
    if (expect(Tok::RBrace)) return make(nullptr, rest);
  }
  mark_ = inner;
  if (auto items = items_pattern()) {
    int after_items = mark_;
    if (expect(Tok::Comma)) {
      if (Name* rest = double_star_pattern()) {
        expect(Tok::Comma);
        if (expect(Tok::RBrace)) return make(&*items, rest);
      }
    }
    mark_ = after_items;
    expect(Tok::Comma);
    if (expect(Tok::RBrace)) return make(&*items, nullptr);
  }
  mark_ = m;
  return nullptr;
}

// items_pattern: ','.key_value_pattern+
ListResult<KeyPatternPair> Parser::items_pattern() {
  RuleGuard g(*this);
  return gather(Tok::Comma, [&] { return key_value_pattern(); });
}

// key_value_pattern: (literal_expr | attr) ':' pattern
std::optional<KeyPatternPair> Parser::key_value_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  expr* key = literal_expr();
  if (!key) {
    mark_ = m;
    key = attr();
  }
  if (!key || !expect(Tok::Colon)) return std::nullopt;
  ast::pattern* p = pattern();
  if (!p) return std::nullopt;
  return KeyPatternPair{key, p};
}

// double_star_pattern: '**' pattern_capture_target
Name* Parser::double_star_pattern() {
  RuleGuard g(*this);
  if (!expect(Tok::DoubleStar)) return nullptr;
  return pattern_capture_target();
}

// class_pattern:
//   | name_or_attr '(' ')'
//   | name_or_attr '(' positional_patterns ','? ')'
//   | name_or_attr '(' keyword_patterns ','? ')'
//   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//   | invalid_class_pattern
pattern* Parser::class_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  auto make = [&](expr* cls, const std::vector<ast::pattern*>* positional,
                  const std::vector<KeyPatternPair>* keywords) {
    auto* p = node<MatchClass>(m);
    p->cls = cls;
    if (positional) p->patterns = seq(*positional);
    if (keywords) {
      std::vector<std::string_view> names;
      std::vector<ast::pattern*> values;
      for (const KeyPatternPair& kv : *keywords) {
        names.push_back(kv.key->as<Name>()->id);
        values.push_back(kv.pattern);
      }
      p->kwd_attrs = seq(names);
      p->kwd_patterns = seq(values);
    }
    return p;
  };
  expr* cls = name_or_attr();
  if (cls && expect(Tok::LPar)) {
    int inner = mark_;
    if (expect(Tok::RPar)) return make(cls, nullptr, nullptr);
    mark_ = inner;
    if (auto positional = positional_patterns()) {
      int after = mark_;
      expect(Tok::Comma);
      if (expect(Tok::RPar)) return make(cls, &*positional, nullptr);
      mark_ = inner;
      if (auto keywords = keyword_patterns()) {
        expect(Tok::Comma);
        if (expect(Tok::RPar)) return make(cls, nullptr, &*keywords);
      }
      mark_ = after;
      if (expect(Tok::Comma)) {
        if (auto keywords = keyword_patterns()) {
          expect(Tok::Comma);
          if (expect(Tok::RPar)) return make(cls, &*positional, &*keywords);
        }
      }
    } else {
      mark_ = inner;
      if (auto keywords = keyword_patterns()) {
        expect(Tok::Comma);
        if (expect(Tok::RPar)) return make(cls, nullptr, &*keywords);
      }
    }
  }
  mark_ = m;
  if (invalid_rules_) invalid_class_pattern();
  return nullptr;
}

// positional_patterns: ','.pattern+
ListResult<pattern*> Parser::positional_patterns() {
  RuleGuard g(*this);
  return gather(Tok::Comma, [&] { return pattern(); });
}

// keyword_patterns: ','.keyword_pattern+
ListResult<KeyPatternPair> Parser::keyword_patterns() {
  RuleGuard g(*this);
  return gather(Tok::Comma, [&] { return keyword_pattern(); });
}

// keyword_pattern: NAME '=' pattern
std::optional<KeyPatternPair> Parser::keyword_pattern() {
  RuleGuard g(*this);
  Name* a = name();
  if (!a || !expect(Tok::Equal)) return std::nullopt;
  ast::pattern* value = pattern();
  if (!value) return std::nullopt;
  return KeyPatternPair{a, value};
}

} // namespace py::parsing
