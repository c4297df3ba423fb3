// Assignment and deletion target rules of the grammar (python.gram: ASSIGNMENT TARGETS).
#include "python/parse/detail/parser.hpp"

namespace py::parsing {

using namespace ast;

// star_targets: star_target !',' | star_target (',' star_target)* [',']
expr* Parser::star_targets() { return comma_tuple(&Parser::star_target, expr_context::Store); }

// star_targets_list_seq: ','.star_target+ [',']
ListResult<expr*> Parser::star_targets_list_seq() { return comma_list(&Parser::star_target); }

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
ListResult<expr*> Parser::star_targets_tuple_seq() {
  RuleGuard g(*this);
  auto items = gather(Tok::Comma, [&] { return star_target(); });
  if (!items) return std::nullopt;
  bool comma = expect(Tok::Comma);
  if (items->size() == 1 && !comma) return std::nullopt;
  return items;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
expr* Parser::star_target() {
  return memoized<expr>(Memo::StarTarget, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    if (expect(Tok::Star)) {
      if (!at(Tok::Star)) {
        if (expr* a = star_target()) {
          auto* e = node<Starred>(m);
          e->value = set_context(a, expr_context::Store);
          e->ctx = expr_context::Store;
          return e;
        }
      }
    }
    mark_ = m;
    return target_with_star_atom();
  });
}

// target_with_star_atom (memo):
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
expr* Parser::target_with_star_atom() {
  return memoized<expr>(Memo::TargetWithStarAtom, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    if (expr* e = target_tail(expr_context::Store)) return e;
    mark_ = m;
    return star_atom();
  });
}

// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' |
// '[' [star_targets_list_seq] ']'
expr* Parser::star_atom() {
  RuleGuard g(*this);
  return target_atom(&Parser::target_with_star_atom, &Parser::star_targets_tuple_seq,
                     &Parser::star_targets_list_seq, expr_context::Store);
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
expr* Parser::single_target() {
  RuleGuard g(*this);
  int m = mark_;
  if (expr* a = single_subscript_attribute_target()) return a;
  if (Name* a = name()) return set_context(a, expr_context::Store);
  if (expect(Tok::LPar)) {
    if (expr* a = single_target()) {
      if (expect(Tok::RPar)) return a;
    }
  }
  mark_ = m;
  return nullptr;
}

// single_subscript_attribute_target:
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
expr* Parser::single_subscript_attribute_target() {
  RuleGuard g(*this);
  return target_tail(expr_context::Store);
}

// t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with `ctx`.
expr* Parser::target_tail(expr_context ctx) {
  int m = mark_;
  expr* a = t_primary();
  if (!a) return nullptr;
  int after = mark_;
  if (expect(Tok::Dot)) {
    if (Token* b = expect_name_token()) {
      if (!t_lookahead()) {
        auto* e = node<Attribute>(m);
        e->value = a;
        e->attr = identifier(*b);
        e->ctx = ctx;
        return e;
      }
    }
  }
  mark_ = after; // t_primary again would be the memoized `a`
  if (expect(Tok::LSqb)) {
    if (expr* b = slices()) {
      if (expect(Tok::RSqb) && !t_lookahead()) {
        auto* e = node<Subscript>(m);
        e->value = a;
        e->slice = b;
        e->ctx = ctx;
        return e;
      }
    }
  }
  mark_ = m;
  return nullptr;
}

// t_primary: t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead |
// t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead |
// atom &t_lookahead   (left-recursive: an atom, then trailers in a loop)
expr* Parser::t_primary() {
  return memoized<expr>(Memo::TPrimary, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    expr* a = atom();
    if (!a || !t_lookahead()) return nullptr;
    while (expr* b = primary_step(a, m, true)) a = b;
    return a;
  });
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() { return at(Tok::LPar) || at(Tok::LSqb) || at(Tok::Dot); }

// del_targets: ','.del_target+ [',']
ListResult<expr*> Parser::del_targets() { return comma_list(&Parser::del_target); }

// del_target (memo):
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
expr* Parser::del_target() {
  return memoized<expr>(Memo::DelTarget, [&]() -> expr* {
    RuleGuard g(*this);
    int m = mark_;
    if (expr* e = target_tail(expr_context::Del)) return e;
    mark_ = m;
    return del_t_atom();
  });
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
expr* Parser::del_t_atom() {
  RuleGuard g(*this);
  return target_atom(&Parser::del_target, &Parser::del_targets, &Parser::del_targets,
                     expr_context::Del);
}

// The shape of star_atom and del_t_atom, in context ctx:
//   NAME | '(' target ')' | '(' [tuple_items] ')' | '[' [list_items] ']'
expr* Parser::target_atom(expr* (Parser::*target)(), ListResult<expr*> (Parser::*tuple_items)(),
                          ListResult<expr*> (Parser::*list_items)(), expr_context ctx) {
  int m = mark_;
  if (Name* a = name()) return set_context(a, ctx);
  if (expect(Tok::LPar)) {
    if (expr* a = (this->*target)()) {
      if (expect(Tok::RPar)) return set_context(a, ctx);
    }
  }
  mark_ = m;
  if (expr* e = bracketed<Tuple>(Tok::LPar, Tok::RPar, tuple_items, ctx)) return e;
  return bracketed<List>(Tok::LSqb, Tok::RSqb, list_items, ctx);
}

// _PyPegen_set_expr_context: a copy of e in context ctx (names, attributes, subscripts,
// starred expressions, and tuples and lists of them recursively); other nodes unchanged.
expr* Parser::set_context(expr* e, expr_context ctx) {
  // A copy of the node of class N with the context changed.
  auto copy = [&]<class N>(N* node) {
    auto* n = ctx_.arena.make<N>();
    *n = *node;
    n->ctx = ctx;
    return n;
  };
  auto copy_elts = [&](Seq<expr*>& elts) {
    std::vector<expr*> out;
    for (expr* x : elts) out.push_back(set_context(x, ctx));
    elts = seq(out);
  };
  switch (e->tag) {
  case expr_kind::Name: return copy(e->as<Name>());
  case expr_kind::Subscript: return copy(e->as<Subscript>());
  case expr_kind::Attribute: return copy(e->as<Attribute>());
  case expr_kind::Tuple: {
    auto* n = copy(e->as<Tuple>());
    copy_elts(n->elts);
    return n;
  }
  case expr_kind::List: {
    auto* n = copy(e->as<List>());
    copy_elts(n->elts);
    return n;
  }
  case expr_kind::Starred: {
    auto* n = copy(e->as<Starred>());
    n->value = set_context(n->value, ctx);
    return n;
  }
  default: return e;
  }
}

} // namespace py::parsing
