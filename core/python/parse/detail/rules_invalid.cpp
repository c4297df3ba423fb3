// The invalid_* rules of the grammar (python.gram: INVALID RULES): tried in the second pass
// only, each either raises CPython's specialized SyntaxError or returns, leaving the mark for
// its caller to reset.
#include "python/parse/detail/parser.hpp"

namespace py::parsing {

using namespace ast;

namespace {

// The last item of a non-empty list.
template <class T>
T last(const std::vector<T>& v) {
  return v.back();
}

} // namespace

// After the ':' of a construct whose block must be indented: NEWLINE !INDENT raises
// "expected an indented block after <what> on line <keyword's line>".
void Parser::invalid_indented_block(const Token& keyword, std::string_view what) {
  if (expect(Tok::Newline) && !at(Tok::Indent)) {
    raise(SyntaxErrorType::IndentationError, "expected an indented block after " +
                                                 std::string(what) + " on line " +
                                                 std::to_string(keyword.lineno));
  }
}

// The two alternatives of most invalid_<statement>_stmt rules: `header NEWLINE` raises
// "expected ':'", `header ':' NEWLINE !INDENT` the indentation error naming `what`. header()
// parses the statement up to its ':' and returns the token whose line the message gives, or
// nullptr.
template <class F>
void Parser::invalid_block_header(std::string_view what, F&& header) {
  int m = mark_;
  for (bool colon : {false, true}) {
    mark_ = m;
    const Token* a = header();
    if (!a) continue;
    if (!colon) {
      if (expect(Tok::Newline)) raise(SyntaxErrorType::SyntaxError, "expected ':'");
    } else if (expect(Tok::Colon)) {
      invalid_indented_block(*a, what);
    }
  }
}

// invalid_arguments:
//   | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ','
//     kwargs) | kwargs) ',' '*'       (3.11.7; the 3.11.0 grammar had `args ',' '*'`)
//   | expression for_if_clauses ',' [args | expression for_if_clauses]
//   | NAME '=' expression for_if_clauses
//   | args for_if_clauses
//   | args ',' expression for_if_clauses
//   | args ',' args
void Parser::invalid_arguments() {
  RuleGuard g(*this);
  int m = mark_;
  bool keywords = false;
  if (positional_arguments() && expect(Tok::Comma) && kwargs()) {
    keywords = true;
  } else {
    mark_ = m;
    keywords = kwargs().has_value();
  }
  if (keywords && expect(Tok::Comma)) {
    if (Token* star = expect(Tok::Star)) {
      raise_at(*star, "iterable argument unpacking follows keyword argument unpacking");
    }
  }
  mark_ = m;
  if (expr* a = expression()) {
    if (auto b = for_if_clauses()) {
      if (expect(Tok::Comma)) {
        int before = mark_;
        if (!args()) {
          mark_ = before;
          if (!expression() || !for_if_clauses()) mark_ = before;
        }
        raise_range(*a, *last_comprehension_item(last(*b)),
                    "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = m;
  invalid_keyword_genexp();
  mark_ = m;
  if (expr* a = args()) {
    if (auto b = for_if_clauses()) nonparen_genexp_in_call(a, *b);
  }
  mark_ = m;
  if (args() && expect(Tok::Comma)) {
    if (expr* a = expression()) {
      if (auto b = for_if_clauses()) {
        raise_range(*a, *last_comprehension_item(last(*b)),
                    "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = m;
  if (expr* a = args()) {
    if (expect(Tok::Comma) && args()) arguments_parsing_error(a);
  }
}

// invalid_kwarg:
//   | ('True'|'False'|'None') '='
//   | NAME '=' expression for_if_clauses
//   | !(NAME '=') expression '='
void Parser::invalid_kwarg() {
  RuleGuard g(*this);
  int m = mark_;
  Token& t = fill();
  if (t.type == Tok::KwTrue || t.type == Tok::KwFalse || t.type == Tok::KwNone) {
    ++mark_;
    if (Token* b = expect(Tok::Equal)) {
      raise_range(t, *b, "cannot assign to " + std::string(token_text(t)));
    }
  }
  mark_ = m;
  invalid_keyword_genexp();
  mark_ = m;
  bool name_equal = expect_name_token() && expect(Tok::Equal);
  mark_ = m;
  if (!name_equal) {
    if (expr* a = expression()) {
      if (Token* b = expect(Tok::Equal)) {
        raise_range(*a, *b, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
    }
  }
}

// The alternative `NAME '=' expression for_if_clauses` of invalid_arguments and
// invalid_kwarg: `f(x=a for a in b)`.
void Parser::invalid_keyword_genexp() {
  if (Token* a = expect_name_token()) {
    if (Token* b = expect(Tok::Equal)) {
      if (expression() && for_if_clauses()) {
        raise_range(*a, *b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
}

// invalid_legacy_expression: NAME !'(' star_expressions (for `print x` and `exec x`)
void Parser::invalid_legacy_expression() {
  RuleGuard g(*this);
  Name* a = name();
  if (!a || at(Tok::LPar)) return;
  expr* b = star_expressions();
  if (b && is_legacy_print(a)) {
    std::string id(a->id);
    raise_range(*a, *b,
                "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
  }
}

// invalid_expression:
//   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//   | disjunction 'if' disjunction !('else'|':')
void Parser::invalid_expression() {
  RuleGuard g(*this);
  int m = mark_;
  // CPython's SOFT_KEYWORD test compares only the token's length of each soft keyword
  // (strncmp), so that any NAME that begins one ("c", "ma", ...) counts as a soft keyword.
  bool excluded = false;
  if (Token* n = expect_name_token()) {
    std::string_view text = token_text(*n);
    auto begins = [&](std::string_view keyword) { return keyword.substr(0, text.size()) == text; };
    excluded = at(Tok::String) || begins("match") || begins("case") || begins("_");
  }
  mark_ = m;
  if (!excluded) {
    if (expr* a = disjunction()) {
      if (expr* b = expression_without_invalid()) {
        if (!is_legacy_print(a) && tokens_[mark_ - 1].level != 0) {
          raise_range(*a, *b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  mark_ = m;
  if (expr* a = disjunction()) {
    if (expect(Tok::KwIf)) {
      if (expr* b = disjunction()) {
        if (!at(Tok::KwElse) && !at(Tok::Colon)) {
          raise_range(*a, *b, "expected 'else' after 'if' expression");
        }
      }
    }
  }
}

// invalid_named_expression (memo):
//   | expression ':=' expression
//   | NAME '=' bitwise_or !('='|':=')
//   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void Parser::invalid_named_expression() {
  memoized<expr>(Memo::InvalidNamedExpression, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    if (expr* a = expression()) {
      if (expect(Tok::ColonEqual) && expression()) {
        raise_at(*a, std::string("cannot use assignment expressions with ") + expr_name(a));
      }
    }
    mark_ = m;
    if (Token* a = expect_name_token()) {
      if (expect(Tok::Equal)) {
        if (expr* b = bitwise_or()) {
          if (!at(Tok::Equal) && !at(Tok::ColonEqual)) {
            raise_range(*a, *b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          }
        }
      }
    }
    mark_ = m;
    bool excluded = false;
    for (auto rule : {&Parser::list, &Parser::tuple, &Parser::genexp}) {
      mark_ = m;
      if ((this->*rule)()) excluded = true;
      if (excluded) break;
    }
    mark_ = m;
    Tok t = fill().type;
    excluded = excluded || t == Tok::KwTrue || t == Tok::KwNone || t == Tok::KwFalse;
    if (!excluded) {
      if (expr* a = bitwise_or()) {
        if (expect(Tok::Equal) && bitwise_or()) {
          if (!at(Tok::Equal) && !at(Tok::ColonEqual)) {
            raise_at(*a, std::string("cannot assign to ") + expr_name(a) +
                             " here. Maybe you meant '==' instead of '='?");
          }
        }
      }
    }
    mark_ = m;
    return nullptr;
  });
}

// invalid_assignment:
//   | invalid_ann_assign_target ':' expression
//   | star_named_expression ',' star_named_expressions* ':' expression
//   | expression ':' expression
//   | (star_targets '=')* star_expressions '='
//   | (star_targets '=')* yield_expr '='
//   | star_expressions augassign (yield_expr | star_expressions)
void Parser::invalid_assignment() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* a = invalid_ann_assign_target()) {
    if (expect(Tok::Colon) && expression()) {
      raise_at(*a, std::string("only single target (not ") + expr_name(a) + ") can be annotated");
    }
  }
  mark_ = m;
  if (expr* a = star_named_expression()) {
    if (expect(Tok::Comma)) {
      for (;;) {
        int before = mark_;
        if (!star_named_expressions()) {
          mark_ = before;
          break;
        }
      }
      if (expect(Tok::Colon) && expression()) {
        raise_at(*a, "only single target (not tuple) can be annotated");
      }
    }
  }
  mark_ = m;
  if (expr* a = expression()) {
    if (expect(Tok::Colon) && expression()) raise_at(*a, "illegal target for annotation");
  }
  auto skip_targets = [&] {
    for (;;) {
      int before = mark_;
      if (!star_targets() || !expect(Tok::Equal)) {
        mark_ = before;
        return;
      }
    }
  };
  mark_ = m;
  skip_targets();
  if (expr* a = star_expressions()) {
    if (expect(Tok::Equal)) invalid_target_error(TargetsType::Star, a);
  }
  mark_ = m;
  skip_targets();
  if (expr* a = yield_expr()) {
    if (expect(Tok::Equal)) raise_at(*a, "assignment to yield expression not possible");
  }
  mark_ = m;
  if (expr* a = star_expressions()) {
    if (augassign()) {
      int before = mark_;
      if (!yield_expr()) {
        mark_ = before;
        if (!star_expressions()) return;
      }
      raise_at(*a, std::string("'") + expr_name(a) +
                       "' is an illegal expression for augmented assignment");
    }
  }
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
expr* Parser::invalid_ann_assign_target() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* e = list()) return e;
  mark_ = m;
  if (expr* e = tuple()) return e;
  mark_ = m;
  if (expect(Tok::LPar)) {
    if (expr* a = invalid_ann_assign_target()) {
      if (expect(Tok::RPar)) return a;
    }
  }
  mark_ = m;
  return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
void Parser::invalid_del_stmt() {
  RuleGuard g(*this);
  if (!expect(Tok::KwDel)) return;
  if (expr* a = star_expressions()) invalid_target_error(TargetsType::Del, a);
}

// invalid_block: NEWLINE !INDENT
void Parser::invalid_block() {
  RuleGuard g(*this);
  if (expect(Tok::Newline) && !at(Tok::Indent)) {
    raise(SyntaxErrorType::IndentationError, "expected an indented block");
  }
}

// invalid_comprehension:
//   | ('[' | '(' | '{') starred_expression for_if_clauses
//   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//   | ('[' | '{') star_named_expression ',' for_if_clauses
void Parser::invalid_comprehension() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::LSqb) || expect(Tok::LPar) || expect(Tok::LBrace)) {
    if (expr* a = starred_expression()) {
      if (for_if_clauses()) raise_at(*a, "iterable unpacking cannot be used in comprehension");
    }
  }
  mark_ = m;
  if (!expect(Tok::LSqb) && !expect(Tok::LBrace)) return;
  int open = mark_;
  if (expr* a = star_named_expression()) {
    if (expect(Tok::Comma)) {
      if (auto b = star_named_expressions()) {
        if (for_if_clauses()) {
          raise_range(*a, *last(*b), "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  mark_ = open;
  if (expr* a = star_named_expression()) {
    if (Token* b = expect(Tok::Comma)) {
      if (for_if_clauses()) {
        raise_range(*a, *b, "did you forget parentheses around the comprehension target?");
      }
    }
  }
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void Parser::invalid_dict_comprehension() {
  RuleGuard g(*this);
  if (!expect(Tok::LBrace)) return;
  Token* a = expect(Tok::DoubleStar);
  if (a && bitwise_or() && for_if_clauses() && expect(Tok::RBrace)) {
    raise_at(*a, "dict unpacking cannot be used in dict comprehension");
  }
}

// invalid_parameters (and invalid_lambda_parameters when `lambda`):
//   | param_no_default* invalid_parameters_helper param_no_default
//   | param_no_default* '(' param_no_default+ ','? ')'      (lambda: ','.lambda_param+)
//   | "/" ','
//   | (slash_no_default | slash_with_default) param_maybe_default* '/'
//   | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' |
//     param_no_default) param_maybe_default* '/'
//   | param_maybe_default+ '/' '*'
// with invalid_parameters_helper: slash_with_default | param_with_default+
void Parser::invalid_parameters(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  auto maybe_defaults = [&](bool at_least_one) {
    return repeat([&] { return param_default(lambda, true); }, at_least_one).has_value();
  };
  auto slash = [&] {
    int before = mark_;
    if (slash_no_default(lambda)) return true;
    mark_ = before;
    if (slash_with_default(lambda)) return true;
    mark_ = before;
    return false;
  };
  // param_no_default* invalid_parameters_helper param_no_default
  no_defaults(lambda);
  int helper = mark_;
  bool helped = slash_with_default(lambda).has_value();
  if (!helped) {
    mark_ = helper;
    helped = !with_defaults(lambda).empty();
  }
  if (helped) {
    int before = mark_;
    if (arg* a = param_no_default(lambda)) {
      raise_at(*a, "non-default argument follows default argument");
    }
    mark_ = before;
  }
  // param_no_default* '(' ... ')'
  mark_ = m;
  no_defaults(lambda);
  if (Token* a = expect(Tok::LPar)) {
    bool inner = lambda ? gather(Tok::Comma, [&] { return param(true); }).has_value()
                        : !no_defaults(lambda).empty();
    if (inner) {
      expect(Tok::Comma);
      if (Token* b = expect(Tok::RPar)) {
        raise_range(*a, *b,
                    lambda ? "Lambda expression parameters cannot be parenthesized"
                           : "Function parameters cannot be parenthesized");
      }
    }
  }
  // "/" ','
  mark_ = m;
  if (Token* a = expect(Tok::Slash)) {
    if (expect(Tok::Comma)) raise_at(*a, "at least one argument must precede /");
  }
  // (slash_no_default | slash_with_default) param_maybe_default* '/'
  mark_ = m;
  if (slash()) {
    maybe_defaults(false);
    if (Token* a = expect(Tok::Slash)) raise_at(*a, "/ may appear only once");
  }
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
  // param_maybe_default* '/'
  mark_ = m;
  slash();
  maybe_defaults(false);
  if (expect(Tok::Star)) {
    int before = mark_;
    bool next = expect(Tok::Comma) != nullptr;
    if (!next) {
      mark_ = before;
      next = param_no_default(lambda) != nullptr;
    }
    if (next) {
      maybe_defaults(false);
      if (Token* a = expect(Tok::Slash)) raise_at(*a, "/ must be ahead of *");
    }
  }
  // param_maybe_default+ '/' '*'
  mark_ = m;
  if (maybe_defaults(true) && expect(Tok::Slash)) {
    if (Token* a = expect(Tok::Star)) raise_at(*a, "expected comma between / and *");
  }
}

// invalid_default: '=' &(')'|',')
void Parser::invalid_default() {
  RuleGuard g(*this);
  Token* a = expect(Tok::Equal);
  if (a && (at(Tok::RPar) || at(Tok::Comma))) raise_at(*a, "expected default value expression");
}

// invalid_star_etc:
//   | '*' (')' | ',' (')' | '**'))
//   | '*' ',' TYPE_COMMENT
//   | '*' param '='
//   | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
// (invalid_lambda_star_etc: the same with ':' for ')', lambda params, no TYPE_COMMENT, and
// the first message raised at the last token)
void Parser::invalid_star_etc(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  Tok close = lambda ? Tok::Colon : Tok::RPar;
  if (Token* a = expect(Tok::Star)) {
    bool bare = expect(close) != nullptr;
    if (!bare && expect(Tok::Comma)) bare = expect(close) || expect(Tok::DoubleStar);
    if (bare) {
      if (lambda) raise(SyntaxErrorType::SyntaxError, "named arguments must follow bare *");
      raise_at(*a, "named arguments must follow bare *");
    }
  }
  mark_ = m;
  if (!lambda && expect(Tok::Star) && expect(Tok::Comma)) fill(); // TYPE_COMMENT never comes
  mark_ = m;
  if (expect(Tok::Star) && param(lambda)) {
    if (Token* a = expect(Tok::Equal)) {
      raise_at(*a, "var-positional argument cannot have default value");
    }
  }
  mark_ = m;
  auto no_default_or_comma = [&] {
    int before = mark_;
    if (param_no_default(lambda)) return true;
    mark_ = before;
    return expect(Tok::Comma) != nullptr;
  };
  if (expect(Tok::Star) && no_default_or_comma()) {
    repeat([&] { return param_default(lambda, true); }, false);
    if (Token* a = expect(Tok::Star)) {
      if (no_default_or_comma()) raise_at(*a, "* argument may appear only once");
    }
  }
}

// invalid_kwds:
//   | '**' param '=' | '**' param ',' param | '**' param ',' ('*'|'**'|'/')
// (invalid_lambda_kwds: the same with lambda_param)
void Parser::invalid_kwds(bool lambda) {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::DoubleStar) && param(lambda)) {
    if (Token* a = expect(Tok::Equal)) {
      raise_at(*a, "var-keyword argument cannot have default value");
    }
  }
  mark_ = m;
  if (expect(Tok::DoubleStar) && param(lambda) && expect(Tok::Comma)) {
    if (arg* a = param(lambda)) raise_at(*a, "arguments cannot follow var-keyword argument");
  }
  mark_ = m;
  if (expect(Tok::DoubleStar) && param(lambda) && expect(Tok::Comma)) {
    Token& a = fill();
    if (a.type == Tok::Star || a.type == Tok::DoubleStar || a.type == Tok::Slash) {
      ++mark_;
      raise_at(a, "arguments cannot follow var-keyword argument");
    }
  }
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void Parser::invalid_with_item() {
  RuleGuard g(*this);
  if (!expression() || !expect(Tok::KwAs)) return;
  expr* a = expression();
  if (a && (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon))) {
    invalid_target_error(TargetsType::Star, a);
  }
}

// invalid_for_target: ASYNC? 'for' star_expressions
void Parser::invalid_for_target() {
  RuleGuard g(*this);
  expect(Tok::Async);
  if (!expect(Tok::KwFor)) return;
  if (expr* a = star_expressions()) invalid_target_error(TargetsType::For, a);
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void Parser::invalid_group() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::LPar)) {
    if (expr* a = starred_expression()) {
      if (expect(Tok::RPar)) raise_at(*a, "cannot use starred expression here");
    }
  }
  mark_ = m;
  if (expect(Tok::LPar)) {
    if (Token* a = expect(Tok::DoubleStar)) {
      if (expression() && expect(Tok::RPar)) {
        raise_at(*a, "cannot use double starred expression here");
      }
    }
  }
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
void Parser::invalid_import_from_targets() {
  RuleGuard g(*this);
  if (import_from_as_names() && expect(Tok::Comma) && expect(Tok::Newline)) {
    raise(SyntaxErrorType::SyntaxError,
          "trailing comma not allowed without surrounding parentheses");
  }
}

// invalid_with_stmt:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
void Parser::invalid_with_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  for (bool parenthesized : {false, true}) {
    mark_ = m;
    expect(Tok::Async);
    if (expect(Tok::KwWith) && invalid_with_items(parenthesized) && expect(Tok::Newline)) {
      raise(SyntaxErrorType::SyntaxError, "expected ':'");
    }
  }
}

// invalid_with_stmt_indent:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
void Parser::invalid_with_stmt_indent() {
  RuleGuard g(*this);
  int m = mark_;
  for (bool parenthesized : {false, true}) {
    mark_ = m;
    expect(Tok::Async);
    Token* a = expect(Tok::KwWith);
    if (a && invalid_with_items(parenthesized) && expect(Tok::Colon)) {
      invalid_indented_block(*a, "'with' statement");
    }
  }
}

// The items of a with statement as its invalid rules see them: ','.(expression ['as'
// star_target])+, or with `parenthesized` '(' ','.(expressions ['as' star_target])+ ','? ')'.
// True when they are there.
bool Parser::invalid_with_items(bool parenthesized) {
  if (parenthesized && !expect(Tok::LPar)) return false;
  auto item = [&] {
    if (!(parenthesized ? expressions() : expression())) return false;
    int before = mark_;
    if (!expect(Tok::KwAs) || !star_target()) mark_ = before;
    return true;
  };
  if (!item()) return false;
  for (;;) {
    int before = mark_;
    if (!expect(Tok::Comma) || !item()) {
      mark_ = before;
      break;
    }
  }
  if (!parenthesized) return true;
  expect(Tok::Comma);
  return expect(Tok::RPar) != nullptr;
}

// invalid_try_stmt:
//   | 'try' ':' NEWLINE !INDENT
//   | 'try' ':' block !('except' | 'finally')
//   | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//   | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void Parser::invalid_try_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  Token* a = expect(Tok::KwTry);
  if (!a || !expect(Tok::Colon)) return;
  int after_colon = mark_;
  invalid_indented_block(*a, "'try' statement");
  mark_ = after_colon;
  if (block() && !at(Tok::KwExcept) && !at(Tok::KwFinally)) {
    raise(SyntaxErrorType::SyntaxError, "expected 'except' or 'finally' block");
  }
  for (bool star_first : {false, true}) {
    mark_ = after_colon;
    repeat([&] { return block(); }, false);
    if (!repeat([&] { return star_first ? except_star_block() : except_block(); }, true)) {
      continue;
    }
    Token* e = expect(Tok::KwExcept);
    if (!e) continue;
    if (!star_first) {
      Token* b = expect(Tok::Star);
      if (b && expression()) {
        optional_as_name();
        if (expect(Tok::Colon)) {
          raise_range(*e, *b, "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    } else {
      int before = mark_;
      if (expression()) {
        optional_as_name();
      } else {
        mark_ = before;
      }
      if (expect(Tok::Colon)) {
        raise_at(*e, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }
  mark_ = m;
}

// invalid_except_stmt:
//   | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//   | 'except' '*'? expression ['as' NAME ] NEWLINE
//   | 'except' NEWLINE
//   | 'except' '*' (NEWLINE | ':')
void Parser::invalid_except_stmt() {
  RuleGuard g(*this);
  int m = mark_;
  if (expect(Tok::KwExcept)) {
    expect(Tok::Star);
    if (expr* a = expression()) {
      if (expect(Tok::Comma) && expressions()) {
        optional_as_name();
        if (expect(Tok::Colon)) {
          raise_starting_from(*a, "multiple exception types must be parenthesized");
        }
      }
    }
  }
  mark_ = m;
  if (expect(Tok::KwExcept)) {
    expect(Tok::Star);
    if (expression()) {
      optional_as_name();
      if (expect(Tok::Newline)) raise(SyntaxErrorType::SyntaxError, "expected ':'");
    }
  }
  mark_ = m;
  if (expect(Tok::KwExcept) && expect(Tok::Newline)) {
    raise(SyntaxErrorType::SyntaxError, "expected ':'");
  }
  mark_ = m;
  if (expect(Tok::KwExcept) && expect(Tok::Star)) {
    if (expect(Tok::Newline) || expect(Tok::Colon)) {
      raise(SyntaxErrorType::SyntaxError, "expected one or more exception types");
    }
  }
}

// invalid_except_stmt_indent:
//   | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//   | 'except' ':' NEWLINE !INDENT
void Parser::invalid_except_stmt_indent() {
  RuleGuard g(*this);
  int m = mark_;
  Token* a = expect(Tok::KwExcept);
  if (!a) return;
  if (expression()) {
    optional_as_name();
    if (expect(Tok::Colon)) invalid_indented_block(*a, "'except' statement");
  }
  mark_ = m + 1;
  if (expect(Tok::Colon)) invalid_indented_block(*a, "'except' statement");
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
void Parser::invalid_except_star_stmt_indent() {
  RuleGuard g(*this);
  Token* a = expect(Tok::KwExcept);
  if (!a || !expect(Tok::Star) || !expression()) return;
  optional_as_name();
  if (expect(Tok::Colon)) invalid_indented_block(*a, "'except*' statement");
}

// invalid_match_stmt:
//   | "match" subject_expr NEWLINE
//   | "match" subject_expr ':' NEWLINE !INDENT
void Parser::invalid_match_stmt() {
  RuleGuard g(*this);
  invalid_block_header("'match' statement", [&]() -> Token* {
    Token* a = expect_soft_keyword("match");
    return a && subject_expr() ? a : nullptr;
  });
}

// invalid_case_block:
//   | "case" patterns guard? NEWLINE
//   | "case" patterns guard? ':' NEWLINE !INDENT
void Parser::invalid_case_block() {
  RuleGuard g(*this);
  invalid_block_header("'case' statement", [&]() -> Token* {
    Token* a = expect_soft_keyword("case");
    if (!a || !patterns()) return nullptr;
    int before = mark_;
    if (!guard()) mark_ = before;
    return a;
  });
}

// invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
void Parser::invalid_as_pattern() {
  RuleGuard g(*this);
  int m = mark_;
  if (or_pattern() && expect(Tok::KwAs)) {
    int before = mark_;
    if (Token* a = expect_soft_keyword("_")) raise_at(*a, "cannot use '_' as a target");
    mark_ = before;
  }
  mark_ = m;
  if (or_pattern() && expect(Tok::KwAs) && !at(Tok::Name)) {
    if (expr* a = expression()) raise_at(*a, "invalid pattern target");
  }
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
// with invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
// positional_patterns
void Parser::invalid_class_pattern() {
  RuleGuard g(*this);
  if (!name_or_attr() || !expect(Tok::LPar)) return;
  int before = mark_;
  if (!positional_patterns() || !expect(Tok::Comma)) mark_ = before;
  if (!keyword_patterns() || !expect(Tok::Comma)) return;
  if (auto a = positional_patterns()) {
    raise_range(*a->front(), *a->back(), "positional patterns follow keyword patterns");
  }
}

// invalid_if_stmt:
//   | 'if' named_expression NEWLINE
//   | 'if' named_expression ':' NEWLINE !INDENT
// (invalid_elif_stmt: the same with 'elif')
void Parser::invalid_if_stmt(bool elif) {
  RuleGuard g(*this);
  Token at_test;
  invalid_block_header(elif ? "'elif' statement" : "'if' statement", [&]() -> Token* {
    Token* a = expect(elif ? Tok::KwElif : Tok::KwIf);
    if (!a) return nullptr;
    expr* test = named_expression();
    if (!test) return nullptr;
    if (elif) return a;
    // CPython's rule names both the keyword and the test `a`: the test's line is reported.
    at_test = *a;
    at_test.lineno = test->lineno;
    return &at_test;
  });
}

// invalid_while_stmt:
//   | 'while' named_expression NEWLINE
//   | 'while' named_expression ':' NEWLINE !INDENT
void Parser::invalid_while_stmt() {
  RuleGuard g(*this);
  invalid_block_header("'while' statement", [&]() -> Token* {
    Token* a = expect(Tok::KwWhile);
    return a && named_expression() ? a : nullptr;
  });
}

// invalid_for_stmt:
//   | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//   | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void Parser::invalid_for_stmt() {
  RuleGuard g(*this);
  invalid_block_header("'for' statement", [&]() -> Token* {
    expect(Tok::Async);
    Token* a = expect(Tok::KwFor);
    if (!a || !star_targets() || !expect(Tok::KwIn) || !star_expressions()) return nullptr;
    return a;
  });
}

// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void Parser::invalid_def_raw() {
  RuleGuard g(*this);
  expect(Tok::Async);
  Token* a = expect(Tok::KwDef);
  if (!a || !expect_name_token() || !expect(Tok::LPar)) return;
  int before = mark_;
  if (!params(false)) mark_ = before;
  if (!expect(Tok::RPar)) return;
  before = mark_;
  if (!expect(Tok::RArrow) || !expression()) mark_ = before;
  if (expect(Tok::Colon)) invalid_indented_block(*a, "function definition");
}

// invalid_class_def_raw:
//   | 'class' NAME ['(' [arguments] ')'] NEWLINE
//   | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void Parser::invalid_class_def_raw() {
  RuleGuard g(*this);
  invalid_block_header("class definition", [&]() -> Token* {
    Token* a = expect(Tok::KwClass);
    if (!a || !expect_name_token()) return nullptr;
    int before = mark_;
    if (expect(Tok::LPar)) {
      int inner = mark_;
      if (!arguments()) mark_ = inner;
      if (!expect(Tok::RPar)) mark_ = before;
    }
    return a;
  });
}

// invalid_double_starred_kvpairs:
//   | ','.double_starred_kvpair+ ',' invalid_kvpair
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}'|',')
void Parser::invalid_double_starred_kvpairs() {
  RuleGuard g(*this);
  int m = mark_;
  if (gather(Tok::Comma, [&] { return double_starred_kvpair(); }) && expect(Tok::Comma)) {
    invalid_kvpair();
  }
  mark_ = m;
  invalid_kvpair_value();
}

// invalid_kvpair:
//   | expression !(':')
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}'|',')
void Parser::invalid_kvpair() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* a = expression()) {
    if (!at(Tok::Colon)) {
      raise_known_location(SyntaxErrorType::SyntaxError, a->lineno, a->end_col_offset,
                           a->end_lineno, 0, "':' expected after dictionary key");
    }
  }
  mark_ = m;
  invalid_kvpair_value();
}

// The last two alternatives of invalid_double_starred_kvpairs and invalid_kvpair:
//   expression ':' '*' bitwise_or | expression ':' &('}'|',')
void Parser::invalid_kvpair_value() {
  if (expression() && expect(Tok::Colon)) {
    int before = mark_;
    if (Token* a = expect(Tok::Star)) {
      if (bitwise_or()) {
        raise_starting_from(*a, "cannot use a starred expression in a dictionary value");
      }
    }
    mark_ = before;
    if (at(Tok::RBrace) || at(Tok::Comma)) {
      raise_at(tokens_[before - 1], "expression expected after dictionary key and ':'");
    }
  }
}

} // namespace py::parsing
