// Parameter rules of `def` and `lambda` (python.gram: Function parameters, Lambda functions).
// The two families differ only in the token that closes the list (')' or ':'), in annotations
// and in their invalid rules, so one method serves both rules of a pair, told apart by
// `lambda`.
#include "python/parse/detail/parser.hpp"

namespace py::parsing {

using namespace ast;

// params: invalid_parameters | parameters
// (lambda_params: invalid_lambda_parameters | lambda_parameters)
ast::arguments* Parser::params(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_parameters(lambda);
    mark_ = m;
  }
  return parameters(lambda);
}

// parameters:
//   | slash_no_default param_no_default* param_with_default* [star_etc]
//   | slash_with_default param_with_default* [star_etc]
//   | param_no_default+ param_with_default* [star_etc]
//   | param_with_default+ [star_etc]
//   | star_etc
// (lambda_parameters: the same with the lambda_ rules)
ast::arguments* Parser::parameters(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  auto star = [&]() -> std::optional<StarEtc> {
    int before = mark_;
    auto s = star_etc(lambda);
    if (!s) mark_ = before;
    return s;
  };
  if (auto a = slash_no_default(lambda)) {
    auto b = no_defaults(lambda);
    auto c = with_defaults(lambda);
    auto d = star();
    return make_arguments(&*a, nullptr, &b, &c, d ? &*d : nullptr);
  }
  mark_ = m;
  if (auto a = slash_with_default(lambda)) {
    auto b = with_defaults(lambda);
    auto c = star();
    return make_arguments(nullptr, &*a, nullptr, &b, c ? &*c : nullptr);
  }
  mark_ = m;
  if (auto a = no_defaults(lambda); !a.empty()) {
    auto b = with_defaults(lambda);
    auto c = star();
    return make_arguments(nullptr, nullptr, &a, &b, c ? &*c : nullptr);
  }
  mark_ = m;
  if (auto a = with_defaults(lambda); !a.empty()) {
    auto b = star();
    return make_arguments(nullptr, nullptr, nullptr, &a, b ? &*b : nullptr);
  }
  mark_ = m;
  if (auto a = star()) return make_arguments(nullptr, nullptr, nullptr, nullptr, &*a);
  return nullptr;
}

// param_no_default*
std::vector<arg*> Parser::no_defaults(bool lambda) {
  return *repeat([&] { return param_no_default(lambda); }, false);
}

// param_with_default*
std::vector<NameDefaultPair> Parser::with_defaults(bool lambda) {
  return *repeat([&] { return param_default(lambda, false); }, false);
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
ListResult<arg*> Parser::slash_no_default(bool lambda) {
  RuleGuard g(*this);
  std::vector<arg*> a = no_defaults(lambda);
  if (a.empty() || !expect(Tok::Slash) || !param_end(lambda)) return std::nullopt;
  return a;
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
std::optional<SlashWithDefault> Parser::slash_with_default(bool lambda) {
  RuleGuard g(*this);
  SlashWithDefault s{no_defaults(lambda), with_defaults(lambda)};
  if (s.names_with_defaults.empty() || !expect(Tok::Slash) || !param_end(lambda)) {
    return std::nullopt;
  }
  return s;
}

// star_etc:
//   | invalid_star_etc
//   | '*' param_no_default param_maybe_default* [kwds]
//   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//   | '*' ',' param_maybe_default+ [kwds]
//   | kwds
// (lambda_star_etc: the same with the lambda_ rules and without the star annotation)
std::optional<StarEtc> Parser::star_etc(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_star_etc(lambda);
    mark_ = m;
  }
  auto rest = [&](StarEtc& s) {
    s.kwonlyargs = *repeat([&] { return param_default(lambda, true); }, false);
  };
  auto tail = [&](StarEtc& s) {
    int before = mark_;
    s.kwarg = kwds(lambda);
    if (!s.kwarg) mark_ = before;
  };
  for (int alt = 0; alt < (lambda ? 1 : 2); ++alt) {
    mark_ = m;
    if (!expect(Tok::Star)) break;
    StarEtc s;
    s.vararg = alt == 0 ? param_no_default(lambda) : param_no_default_star_annotation();
    if (!s.vararg) continue;
    rest(s);
    tail(s);
    return s;
  }
  mark_ = m;
  if (expect(Tok::Star) && expect(Tok::Comma)) {
    StarEtc s;
    rest(s);
    if (!s.kwonlyargs.empty()) {
      tail(s);
      return s;
    }
  }
  mark_ = m;
  if (arg* a = kwds(lambda)) {
    StarEtc s;
    s.kwarg = a;
    return s;
  }
  return std::nullopt;
}

// kwds: invalid_kwds | '**' param_no_default
// (lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default)
arg* Parser::kwds(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  if (invalid_rules_) {
    invalid_kwds(lambda);
    mark_ = m;
  }
  if (!expect(Tok::DoubleStar)) return nullptr;
  return param_no_default(lambda);
}

// The end of a parameter: ',' TYPE_COMMENT? | TYPE_COMMENT? &')'   (lambda: ',' | &':')
bool Parser::param_end(bool lambda) {
  if (expect(Tok::Comma)) {
    if (!lambda) fill(); // TYPE_COMMENT? looks at the next token
    return true;
  }
  return at(lambda ? Tok::Colon : Tok::RPar);
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
// (lambda_param_no_default: lambda_param ',' | lambda_param &':')
arg* Parser::param_no_default(bool lambda) {
  RuleGuard g(*this);
  arg* a = param(lambda);
  return a && param_end(lambda) ? a : nullptr;
}

// param_no_default_star_annotation: param_star_annotation (',' TYPE_COMMENT? | TYPE_COMMENT?
// &')'), where param_star_annotation: NAME ':' star_expression
arg* Parser::param_no_default_star_annotation() {
  RuleGuard g(*this);
  int m = mark_;
  Token* n = expect_name_token();
  if (!n || !expect(Tok::Colon)) return nullptr;
  expr* annotation = star_expression();
  if (!annotation) return nullptr;
  auto* a = node<arg>(m);
  a->arg = identifier(*n);
  a->annotation = annotation;
  return param_end(false) ? a : nullptr;
}

// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
// param_maybe_default (optional_default): the same with `default?`
std::optional<NameDefaultPair> Parser::param_default(bool lambda, bool optional_default) {
  RuleGuard g(*this);
  arg* a = param(lambda);
  if (!a) return std::nullopt;
  int before = mark_;
  expr* c = default_();
  if (!c) {
    if (!optional_default) return std::nullopt;
    mark_ = before;
  }
  if (!param_end(lambda)) return std::nullopt;
  return NameDefaultPair{a, c};
}

// param: NAME annotation?   annotation: ':' expression   (lambda_param: NAME)
arg* Parser::param(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  Token* n = expect_name_token();
  if (!n) return nullptr;
  expr* annotation = nullptr;
  if (!lambda) {
    int before = mark_;
    if (expect(Tok::Colon)) annotation = expression();
    if (!annotation) mark_ = before;
  }
  auto* a = node<arg>(m);
  a->arg = identifier(*n);
  a->annotation = annotation;
  return a;
}

// default: '=' expression | invalid_default
expr* Parser::default_() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::Equal)) {
    if (expr* a = expression()) return a;
  }
  mark_ = m;
  if (invalid_rules_) invalid_default();
  return nullptr;
}

ast::arguments* Parser::make_arguments(const std::vector<arg*>* slash_without_default,
                                       const SlashWithDefault* slash_with_default,
                                       const std::vector<arg*>* plain_names,
                                       const std::vector<NameDefaultPair>* names_with_default,
                                       const StarEtc* star_etc) {
  std::vector<arg*> posonly;
  std::vector<expr*> defaults;
  if (slash_without_default) {
    posonly = *slash_without_default;
  } else if (slash_with_default) {
    posonly = slash_with_default->plain_names;
    for (const NameDefaultPair& p : slash_with_default->names_with_defaults) {
      posonly.push_back(p.arg);
      defaults.push_back(p.value);
    }
  }
  std::vector<arg*> posargs;
  if (plain_names) posargs = *plain_names;
  if (names_with_default) {
    for (const NameDefaultPair& p : *names_with_default) {
      posargs.push_back(p.arg);
      defaults.push_back(p.value);
    }
  }
  std::vector<arg*> kwonly;
  std::vector<expr*> kw_defaults;
  auto* a = ctx_.arena.make<ast::arguments>();
  if (star_etc) {
    for (const NameDefaultPair& p : star_etc->kwonlyargs) {
      kwonly.push_back(p.arg);
      kw_defaults.push_back(p.value);
    }
    a->vararg = star_etc->vararg;
    a->kwarg = star_etc->kwarg;
  }
  a->posonlyargs = seq(posonly);
  a->args = seq(posargs);
  a->kwonlyargs = seq(kwonly);
  a->kw_defaults = seq(kw_defaults);
  a->defaults = seq(defaults);
  return a;
}

ast::arguments* Parser::empty_arguments() { return ctx_.arena.make<ast::arguments>(); }

} // namespace py::parsing
