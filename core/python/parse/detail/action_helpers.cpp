// Helpers the grammar actions use (CPython's action_helpers.c): building tuples, naming
// expressions in messages, finding invalid targets, argument-order errors.
#include "python/parse/detail/parser.hpp"

namespace py::parsing {

using namespace ast;

const char* expr_name(const expr* e) {
  switch (e->tag) {
  case expr_kind::Attribute: return "attribute";
  case expr_kind::Subscript: return "subscript";
  case expr_kind::Starred: return "starred";
  case expr_kind::Name: return "name";
  case expr_kind::List: return "list";
  case expr_kind::Tuple: return "tuple";
  case expr_kind::Lambda: return "lambda";
  case expr_kind::Call: return "function call";
  case expr_kind::BoolOp:
  case expr_kind::BinOp:
  case expr_kind::UnaryOp: return "expression";
  case expr_kind::GeneratorExp: return "generator expression";
  case expr_kind::Yield:
  case expr_kind::YieldFrom: return "yield expression";
  case expr_kind::Await: return "await expression";
  case expr_kind::ListComp: return "list comprehension";
  case expr_kind::SetComp: return "set comprehension";
  case expr_kind::DictComp: return "dict comprehension";
  case expr_kind::Dict: return "dict literal";
  case expr_kind::Set: return "set display";
  case expr_kind::JoinedStr:
  case expr_kind::FormattedValue: return "f-string expression";
  case expr_kind::Constant:
    switch (e->as<Constant>()->value.kind) {
    case constant_kind::None: return "None";
    case constant_kind::False: return "False";
    case constant_kind::True: return "True";
    case constant_kind::Ellipsis: return "ellipsis";
    default: return "literal";
    }
  case expr_kind::Compare: return "comparison";
  case expr_kind::IfExp: return "conditional expression";
  case expr_kind::NamedExpr: return "named expression";
  case expr_kind::Slice: return "slice";
  }
  return "expression";
}

expr* invalid_target(expr* e, TargetsType type) {
  if (!e) return nullptr;
  auto first_in = [&](Seq<expr*> elts) -> expr* {
    for (expr* x : elts) {
      if (expr* child = invalid_target(x, type)) return child;
    }
    return nullptr;
  };
  switch (e->tag) {
  case expr_kind::List: return first_in(e->as<List>()->elts);
  case expr_kind::Tuple: return first_in(e->as<Tuple>()->elts);
  case expr_kind::Starred:
    if (type == TargetsType::Del) return e;
    return invalid_target(e->as<Starred>()->value, type);
  case expr_kind::Compare:
    // `for a in b`: the target and the iterable parse as the comparison `a in b`.
    if (type == TargetsType::For) {
      auto* c = e->as<Compare>();
      if (c->ops[0] == cmpop::In) return invalid_target(c->left, type);
      return nullptr;
    }
    return e;
  case expr_kind::Name:
  case expr_kind::Subscript:
  case expr_kind::Attribute: return nullptr;
  default: return e;
  }
}

// RAISE_SYNTAX_ERROR_INVALID_TARGET: with no invalid target inside e, CPython's rule fails
// without raising; so does ours.
void Parser::invalid_target_error(TargetsType type, expr* e) {
  expr* target = invalid_target(e, type);
  if (!target) return;
  raise_at(*target, std::string(type == TargetsType::Del ? "cannot delete " : "cannot assign to ") +
                        expr_name(target));
}

expr* Parser::seq_insert_front(expr* first, std::vector<expr*> rest, int start_mark,
                               expr_context ctx) {
  rest.insert(rest.begin(), first);
  auto* t = node<Tuple>(start_mark);
  t->elts = seq(rest);
  t->ctx = ctx;
  return t;
}

expr* Parser::last_comprehension_item(const comprehension* c) {
  return c->ifs.empty() ? c->iter : c->ifs.back();
}

void Parser::nonparen_genexp_in_call(expr* args, const std::vector<comprehension*>& comps) {
  // f(L, x for x in y): the generator is not alone, it must be parenthesized. With a single
  // argument (dict((a, b) for a, b in x)) the call is fine.
  auto* call = args->as<Call>();
  if (call->args.size() <= 1) return;
  raise_range(*call->args.back(), *last_comprehension_item(comps.back()),
              "Generator expression must be parenthesized");
}

void Parser::arguments_parsing_error(expr* e) {
  bool keyword_unpacking = false;
  for (keyword* k : e->as<Call>()->keywords) {
    if (k->arg.empty()) keyword_unpacking = true;
  }
  raise(SyntaxErrorType::SyntaxError, keyword_unpacking
                                          ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
}

bool Parser::is_legacy_print(const expr* e) const {
  const auto* n = e->as<Name>();
  return n && (n->id == "print" || n->id == "exec");
}

} // namespace py::parsing
