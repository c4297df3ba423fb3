// Expressions: operators, comparisons and conditional jumps, displays and
// unpacking, calls (with CPython 3.11's LOAD_METHOD and KW_NAMES shapes),
// f-strings, attributes and subscripts, and the SyntaxWarnings CPython emits
// for literals used as callables, subscripts or `is` operands.
#include "python/compile/codegen.hpp"
#include "python/objects/str.hpp"
#include "python/vm/type.hpp"

namespace py::bc {

namespace {

/// Displays bigger than this are built incrementally (STACK_USE_GUIDELINE).
constexpr size_t kStackUseGuideline = 30;

/// BINARY_OP's argument for an operator.
uint32_t binary_op_arg(ast::binop op, bool inplace) {
  BinaryOp r = BinaryOp::add;
  switch (op) {
  case ast::binop::Add: r = BinaryOp::add; break;
  case ast::binop::Sub: r = BinaryOp::subtract; break;
  case ast::binop::Mult: r = BinaryOp::multiply; break;
  case ast::binop::MatMult: r = BinaryOp::matrix_multiply; break;
  case ast::binop::Div: r = BinaryOp::true_divide; break;
  case ast::binop::Mod: r = BinaryOp::remainder; break;
  case ast::binop::Pow: r = BinaryOp::power; break;
  case ast::binop::LShift: r = BinaryOp::lshift; break;
  case ast::binop::RShift: r = BinaryOp::rshift; break;
  case ast::binop::BitOr: r = BinaryOp::or_; break;
  case ast::binop::BitXor: r = BinaryOp::xor_; break;
  case ast::binop::BitAnd: r = BinaryOp::and_; break;
  case ast::binop::FloorDiv: r = BinaryOp::floor_divide; break;
  }
  return uint32_t(r) + (inplace ? uint32_t(kBinaryOpCount) : 0);
}

/// The comparison `not (a op b)` folds into, or op itself when it has none
/// (CPython's optimizer rewrites only is / is not / in / not in).
bool invertible(ast::cmpop op) {
  return op == ast::cmpop::Is || op == ast::cmpop::IsNot || op == ast::cmpop::In ||
         op == ast::cmpop::NotIn;
}

ast::cmpop inverted(ast::cmpop op) {
  switch (op) {
  case ast::cmpop::Is: return ast::cmpop::IsNot;
  case ast::cmpop::IsNot: return ast::cmpop::Is;
  case ast::cmpop::In: return ast::cmpop::NotIn;
  case ast::cmpop::NotIn: return ast::cmpop::In;
  default: return op;
  }
}

/// The comparison that `not <e>` is compiled as, or null.
const ast::Compare* inverted_compare(const ast::UnaryOp* e) {
  if (e->op != ast::unaryop::Not) return nullptr;
  const auto* c = e->operand->as<ast::Compare>();
  return c && c->ops.size() == 1 && invertible(c->ops[0]) ? c : nullptr;
}

/// The operator at index i of a comparison, inverted when compiling `not (…)`.
ast::cmpop op_at(const ast::Compare* e, size_t i, bool invert) {
  return invert ? inverted(e->ops[i]) : e->ops[i];
}

} // namespace

void Codegen::visit_exprs(const ast::Seq<ast::expr*>& list) {
  for (const ast::expr* e : list) visit_expr(e);
}

void Codegen::visit_expr(const ast::expr* e) {
  enter_recursion(e->lineno);
  LocationGuard guard(*this);
  set_loc(*e);
  visit_expr1(e);
  --depth_;
}

void Codegen::visit_expr1(const ast::expr* e) {
  if (const ConstValue* v = const_of(e)) {
    load_const(*v);
    return;
  }
  switch (e->tag) {
  case ast::expr_kind::NamedExpr: {
    const auto* n = static_cast<const ast::NamedExpr*>(e);
    visit_expr(n->value);
    addop(Op::COPY, 1);
    visit_expr(n->target);
    break;
  }
  case ast::expr_kind::BoolOp: boolop(static_cast<const ast::BoolOp*>(e)); break;
  case ast::expr_kind::BinOp: {
    const auto* b = static_cast<const ast::BinOp*>(e);
    visit_expr(b->left);
    visit_expr(b->right);
    addop(Op::BINARY_OP, binary_op_arg(b->op, false));
    break;
  }
  case ast::expr_kind::UnaryOp: {
    const auto* un = static_cast<const ast::UnaryOp*>(e);
    if (const ast::Compare* c = inverted_compare(un)) {
      // `not (a is b)` is `a is not b` (CPython's AST optimizer rewrites it).
      set_loc(*c);
      compare(c, true);
      break;
    }
    visit_expr(un->operand);
    switch (un->op) {
    case ast::unaryop::Invert: addop(Op::UNARY_INVERT); break;
    case ast::unaryop::Not: addop(Op::UNARY_NOT); break;
    case ast::unaryop::UAdd: addop(Op::UNARY_POSITIVE); break;
    case ast::unaryop::USub: addop(Op::UNARY_NEGATIVE); break;
    }
    break;
  }
  case ast::expr_kind::Lambda: lambda(static_cast<const ast::Lambda*>(e)); break;
  case ast::expr_kind::IfExp: ifexp(static_cast<const ast::IfExp*>(e)); break;
  case ast::expr_kind::Dict: dict(static_cast<const ast::Dict*>(e)); break;
  case ast::expr_kind::Set:
    starunpack_helper(static_cast<const ast::Set*>(e)->elts, 0, Op::BUILD_SET, Op::SET_ADD,
                      Op::SET_UPDATE, false);
    break;
  case ast::expr_kind::GeneratorExp: {
    const auto* c = static_cast<const ast::GeneratorExp*>(e);
    comprehension(e, CompKind::genexp, "<genexpr>", c->generators, c->elt, nullptr);
    break;
  }
  case ast::expr_kind::ListComp: {
    const auto* c = static_cast<const ast::ListComp*>(e);
    comprehension(e, CompKind::listcomp, "<listcomp>", c->generators, c->elt, nullptr);
    break;
  }
  case ast::expr_kind::SetComp: {
    const auto* c = static_cast<const ast::SetComp*>(e);
    comprehension(e, CompKind::setcomp, "<setcomp>", c->generators, c->elt, nullptr);
    break;
  }
  case ast::expr_kind::DictComp: {
    const auto* c = static_cast<const ast::DictComp*>(e);
    comprehension(e, CompKind::dictcomp, "<dictcomp>", c->generators, c->key, c->value);
    break;
  }
  case ast::expr_kind::Yield:
  case ast::expr_kind::YieldFrom: yield_expr(e); break;
  case ast::expr_kind::Await: await_expr(static_cast<const ast::Await*>(e)); break;
  case ast::expr_kind::Compare: compare(static_cast<const ast::Compare*>(e), false); break;
  case ast::expr_kind::Call: call(static_cast<const ast::Call*>(e)); break;
  case ast::expr_kind::JoinedStr: joined_str(static_cast<const ast::JoinedStr*>(e)); break;
  case ast::expr_kind::FormattedValue:
    formatted_value(static_cast<const ast::FormattedValue*>(e));
    break;
  case ast::expr_kind::Attribute: attribute(static_cast<const ast::Attribute*>(e)); break;
  case ast::expr_kind::Subscript: subscript(static_cast<const ast::Subscript*>(e)); break;
  case ast::expr_kind::Starred:
    if (static_cast<const ast::Starred*>(e)->ctx == ast::expr_context::Store) {
      error("starred assignment target must be in a list or tuple");
    }
    error("can't use starred expression here");
  case ast::expr_kind::Slice: slice(static_cast<const ast::Slice*>(e)); break;
  case ast::expr_kind::Name: {
    const auto* n = static_cast<const ast::Name*>(e);
    nameop(n->id, n->ctx);
    break;
  }
  case ast::expr_kind::List: {
    const auto* l = static_cast<const ast::List*>(e);
    list_or_tuple(l->elts, l->ctx, folder_.list_as_tuple(e));
    break;
  }
  case ast::expr_kind::Tuple: {
    const auto* t = static_cast<const ast::Tuple*>(e);
    list_or_tuple(t->elts, t->ctx, true);
    break;
  }
  case ast::expr_kind::Constant: break; // always folded
  }
}

// ---- boolean operators, comparisons, conditional jumps ----------------------

void Codegen::boolop(const ast::BoolOp* e) {
  Op jumpi = e->op == ast::boolop::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  int32_t end = new_block();
  size_t n = e->values.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    visit_expr(e->values[i]);
    jump(jumpi, end);
    use_next_block(new_block());
  }
  visit_expr(e->values[n]);
  use_next_block(end);
}

void Codegen::addcompare(ast::cmpop op) {
  switch (op) {
  case ast::cmpop::Eq: addop(Op::COMPARE_OP, uint32_t(CompareOp::eq)); return;
  case ast::cmpop::NotEq: addop(Op::COMPARE_OP, uint32_t(CompareOp::ne)); return;
  case ast::cmpop::Lt: addop(Op::COMPARE_OP, uint32_t(CompareOp::lt)); return;
  case ast::cmpop::LtE: addop(Op::COMPARE_OP, uint32_t(CompareOp::le)); return;
  case ast::cmpop::Gt: addop(Op::COMPARE_OP, uint32_t(CompareOp::gt)); return;
  case ast::cmpop::GtE: addop(Op::COMPARE_OP, uint32_t(CompareOp::ge)); return;
  case ast::cmpop::Is: addop(Op::IS_OP, 0); return;
  case ast::cmpop::IsNot: addop(Op::IS_OP, 1); return;
  case ast::cmpop::In: addop(Op::CONTAINS_OP, 0); return;
  case ast::cmpop::NotIn: addop(Op::CONTAINS_OP, 1); return;
  }
}

void Codegen::check_compare(const ast::Compare* e, bool invert) {
  // A constant other than None, True, False and ... as an `is` operand.
  auto is_arg = [this](const ast::expr* x) {
    const ConstValue* v = const_of(x);
    return !v || v->kind == ConstKind::none || v->is_bool() || v->kind == ConstKind::ellipsis;
  };
  bool left = is_arg(e->left);
  for (size_t i = 0; i < e->ops.size(); ++i) {
    ast::cmpop op = op_at(e, i, invert);
    bool right = is_arg(e->comparators[i]);
    if ((op == ast::cmpop::Is || op == ast::cmpop::IsNot) && (!left || !right)) {
      warn(op == ast::cmpop::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                : "\"is not\" with a literal. Did you mean \"!=\"?");
      return;
    }
    left = right;
  }
}

void Codegen::compare(const ast::Compare* e, bool invert) {
  check_compare(e, invert);
  visit_expr(e->left);
  size_t n = e->ops.size() - 1;
  if (n == 0) {
    visit_expr(e->comparators[0]);
    addcompare(op_at(e, 0, invert));
    return;
  }
  int32_t cleanup = new_block();
  for (size_t i = 0; i < n; ++i) {
    visit_expr(e->comparators[i]);
    addop(Op::SWAP, 2);
    addop(Op::COPY, 2);
    addcompare(e->ops[i]);
    jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visit_expr(e->comparators[n]);
  addcompare(e->ops[n]);
  int32_t end = new_block();
  jump_noline(kJump, end);
  use_next_block(cleanup);
  addop(Op::SWAP, 2);
  addop(Op::POP_TOP);
  use_next_block(end);
}

void Codegen::jump_if(const ast::expr* e, int32_t next, bool cond) {
  if (const ConstValue* v = const_of(e)) {
    // A constant condition: an unconditional jump or nothing.
    if (v->truthy() == cond) jump(kJump, next);
    return;
  }
  switch (e->tag) {
  case ast::expr_kind::UnaryOp: {
    const auto* un = static_cast<const ast::UnaryOp*>(e);
    if (un->op == ast::unaryop::Not && !inverted_compare(un)) {
      jump_if(un->operand, next, !cond);
      return;
    }
    break;
  }
  case ast::expr_kind::BoolOp: {
    const auto* b = static_cast<const ast::BoolOp*>(e);
    size_t n = b->values.size() - 1;
    bool cond2 = b->op == ast::boolop::Or;
    int32_t next2 = next;
    if (cond2 != cond) next2 = new_block();
    for (size_t i = 0; i < n; ++i) jump_if(b->values[i], next2, cond2);
    jump_if(b->values[n], next, cond);
    if (next2 != next) use_next_block(next2);
    return;
  }
  case ast::expr_kind::IfExp: {
    const auto* i = static_cast<const ast::IfExp*>(e);
    int32_t end = new_block();
    int32_t next2 = new_block();
    jump_if(i->test, next2, false);
    jump_if(i->body, next, cond);
    jump_noline(kJump, end);
    use_next_block(next2);
    jump_if(i->orelse, next, cond);
    use_next_block(end);
    return;
  }
  case ast::expr_kind::Compare: {
    const auto* c = static_cast<const ast::Compare*>(e);
    size_t n = c->ops.size() - 1;
    if (n == 0) break;
    LocationGuard guard(*this);
    set_loc(*e);
    check_compare(c, false);
    int32_t cleanup = new_block();
    visit_expr(c->left);
    for (size_t i = 0; i < n; ++i) {
      visit_expr(c->comparators[i]);
      addop(Op::SWAP, 2);
      addop(Op::COPY, 2);
      addcompare(c->ops[i]);
      jump(Op::POP_JUMP_IF_FALSE, cleanup);
    }
    visit_expr(c->comparators[n]);
    addcompare(c->ops[n]);
    jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, next);
    int32_t end = new_block();
    jump_noline(kJump, end);
    use_next_block(cleanup);
    addop(Op::POP_TOP);
    if (!cond) jump_noline(kJump, next);
    use_next_block(end);
    return;
  }
  default: break;
  }
  visit_expr(e);
  jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, next);
}

void Codegen::ifexp(const ast::IfExp* e) {
  int32_t end = new_block();
  int32_t next = new_block();
  jump_if(e->test, next, false);
  visit_expr(e->body);
  jump_noline(kJump, end);
  use_next_block(next);
  visit_expr(e->orelse);
  use_next_block(end);
}

// ---- displays and unpacking -------------------------------------------------

void Codegen::subdict(const ast::Dict* e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  bool all_const = true;
  for (size_t i = begin; i < end; ++i) all_const = all_const && const_of(e->keys[i]);
  if (n > 1 && !big && all_const) {
    std::vector<ConstValue> keys;
    for (size_t i = begin; i < end; ++i) {
      visit_expr(e->values[i]);
      keys.push_back(*const_of(e->keys[i]));
    }
    load_const(ConstValue::of_tuple(std::move(keys)));
    addop(Op::BUILD_CONST_KEY_MAP, uint32_t(n));
    return;
  }
  if (big) addop(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    visit_expr(e->keys[i]);
    visit_expr(e->values[i]);
    if (big) addop(Op::MAP_ADD, 1);
  }
  if (!big) addop(Op::BUILD_MAP, uint32_t(n));
}

void Codegen::dict(const ast::Dict* e) {
  size_t n = e->values.size();
  bool have_dict = false;
  size_t elements = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!e->keys[i]) {
      // `**mapping`
      if (elements) {
        subdict(e, i - elements, i);
        if (have_dict) addop(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        addop(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->values[i]);
      addop(Op::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(e, i - elements, i + 1);
      if (have_dict) addop(Op::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (have_dict) addop(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) addop(Op::BUILD_MAP, 0);
}

void Codegen::starunpack_helper(const ast::Seq<ast::expr*>& elts, uint32_t pushed, Op build, Op add,
                                Op extend, bool tuple) {
  size_t n = elts.size();
  bool all_const = n > 2;
  for (size_t i = 0; i < n && all_const; ++i) all_const = const_of(elts[i]) != nullptr;
  if (all_const) {
    std::vector<ConstValue> items;
    for (const ast::expr* e : elts) items.push_back(*const_of(e));
    ConstValue folded = ConstValue::of_tuple(std::move(items));
    if (tuple && !pushed) {
      load_const(folded);
      return;
    }
    if (add == Op::SET_ADD) folded.kind = ConstKind::frozenset;
    addop(build, pushed);
    load_const(folded);
    addop(extend, 1);
    if (tuple) addop(Op::LIST_TO_TUPLE);
    return;
  }
  bool big = n + pushed > kStackUseGuideline;
  bool seen_star = false;
  for (const ast::expr* e : elts) seen_star = seen_star || e->is<ast::Starred>();
  if (!seen_star && !big) {
    visit_exprs(elts);
    addop(tuple ? Op::BUILD_TUPLE : build, uint32_t(n + pushed));
    return;
  }
  bool built = false;
  if (big) {
    addop(build, pushed);
    built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    if (const auto* star = elts[i]->as<ast::Starred>()) {
      if (!built) {
        addop(build, uint32_t(i + pushed));
        built = true;
      }
      visit_expr(star->value);
      addop(extend, 1);
    } else {
      visit_expr(elts[i]);
      if (built) addop(add, 1);
    }
  }
  if (tuple) addop(Op::LIST_TO_TUPLE);
}

void Codegen::unpack_helper(const ast::Seq<ast::expr*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; ++i) {
    if (!elts[i]->is<ast::Starred>()) continue;
    if (seen_star) error("multiple starred expressions in assignment");
    if (i >= (1u << 8) || n - i - 1 >= (1u << 16)) {
      error("too many expressions in star-unpacking assignment");
    }
    addop(Op::UNPACK_EX, uint32_t(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) addop(Op::UNPACK_SEQUENCE, uint32_t(n));
}

void Codegen::assignment_helper(const ast::Seq<ast::expr*>& elts) {
  unpack_helper(elts);
  for (const ast::expr* e : elts) {
    const auto* star = e->as<ast::Starred>();
    visit_expr(star ? star->value : e);
  }
}

void Codegen::list_or_tuple(const ast::Seq<ast::expr*>& elts, ast::expr_context ctx, bool tuple) {
  if (ctx == ast::expr_context::Store) {
    assignment_helper(elts);
  } else if (ctx == ast::expr_context::Load) {
    starunpack_helper(elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, tuple);
  } else {
    visit_exprs(elts);
  }
}

// ---- calls ------------------------------------------------------------------

void Codegen::validate_keywords(const ast::Seq<ast::keyword*>& keywords) {
  for (size_t i = 0; i < keywords.size(); ++i) {
    const ast::keyword* key = keywords[i];
    if (key->arg.empty()) continue;
    check_forbidden(key->arg, ast::expr_context::Store);
    for (size_t j = i + 1; j < keywords.size(); ++j) {
      const ast::keyword* other = keywords[j];
      if (other->arg == key->arg) {
        set_loc(*other);
        error("keyword argument repeated: " + std::string(key->arg));
      }
    }
  }
}

void Codegen::call(const ast::Call* e) {
  validate_keywords(e->keywords);
  if (maybe_optimize_method_call(e)) return;
  check_caller(e->func);
  set_loc(*e->func);
  addop(Op::PUSH_NULL);
  set_loc(*e);
  visit_expr(e->func);
  call_helper(0, e->args, e->keywords);
}

bool Codegen::maybe_optimize_method_call(const ast::Call* e) {
  const auto* meth = e->func->as<ast::Attribute>();
  if (!meth || meth->ctx != ast::expr_context::Load) return false;
  // Calls on imported modules (math.sqrt(x)) stay plain attribute calls.
  if (const auto* base = meth->value->as<ast::Name>()) {
    if (symtable_.top()->flags_of(base->id) & kDefImport) return false;
  }
  size_t argsl = e->args.size(), kwdsl = e->keywords.size();
  if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return false;
  for (const ast::expr* a : e->args) {
    if (a->is<ast::Starred>()) return false;
  }
  for (const ast::keyword* k : e->keywords) {
    if (k->arg.empty()) return false;
  }
  visit_expr(meth->value);
  set_loc(*meth);
  update_start_location_to_match_attr(meth);
  addop_name(Op::LOAD_METHOD, meth->attr);
  visit_exprs(e->args);
  if (kwdsl) {
    for (const ast::keyword* k : e->keywords) visit_expr(k->value);
    call_simple_kw_helper(e->keywords);
  }
  set_loc(*e);
  update_start_location_to_match_attr(meth);
  addop(Op::CALL, uint32_t(argsl + kwdsl));
  return true;
}

void Codegen::call_simple_kw_helper(const ast::Seq<ast::keyword*>& keywords) {
  std::vector<ConstValue> names;
  for (const ast::keyword* k : keywords) names.push_back(ConstValue::of_str(k->arg));
  addop(Op::KW_NAMES, add_const(ConstValue::of_tuple(std::move(names))));
}

void Codegen::subkwargs(const ast::Seq<ast::keyword*>& keywords, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    std::vector<ConstValue> keys;
    for (size_t i = begin; i < end; ++i) {
      visit_expr(keywords[i]->value);
      keys.push_back(ConstValue::of_str(keywords[i]->arg));
    }
    load_const(ConstValue::of_tuple(std::move(keys)));
    addop(Op::BUILD_CONST_KEY_MAP, uint32_t(n));
    return;
  }
  if (big) addop_noline(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    load_const(ConstValue::of_str(keywords[i]->arg));
    visit_expr(keywords[i]->value);
    if (big) addop_noline(Op::MAP_ADD, 1);
  }
  if (!big) addop(Op::BUILD_MAP, uint32_t(n));
}

void Codegen::call_helper(uint32_t n, const ast::Seq<ast::expr*>& args,
                          const ast::Seq<ast::keyword*>& keywords) {
  validate_keywords(keywords);
  size_t nelts = args.size(), nkwelts = keywords.size();
  bool ex_call = nelts + nkwelts * 2 > kStackUseGuideline;
  for (const ast::expr* a : args) ex_call = ex_call || a->is<ast::Starred>();
  for (const ast::keyword* k : keywords) ex_call = ex_call || k->arg.empty();
  if (!ex_call) {
    visit_exprs(args);
    if (nkwelts) {
      for (const ast::keyword* k : keywords) visit_expr(k->value);
      call_simple_kw_helper(keywords);
    }
    addop(Op::CALL, uint32_t(n + nelts + nkwelts));
    return;
  }
  // f(*args, **kwargs): a positional tuple and a keyword dict.
  if (n == 0 && nelts == 1 && args[0]->is<ast::Starred>()) {
    visit_expr(static_cast<const ast::Starred*>(args[0])->value);
  } else {
    starunpack_helper(args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  }
  if (nkwelts) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkwelts; ++i) {
      const ast::keyword* k = keywords[i];
      if (!k->arg.empty()) {
        ++nseen;
        continue;
      }
      if (nseen) {
        subkwargs(keywords, i - nseen, i);
        if (have_dict) addop(Op::DICT_MERGE, 1);
        have_dict = true;
        nseen = 0;
      }
      if (!have_dict) {
        addop(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(k->value);
      addop(Op::DICT_MERGE, 1);
    }
    if (nseen) {
      subkwargs(keywords, nkwelts - nseen, nkwelts);
      if (have_dict) addop(Op::DICT_MERGE, 1);
    }
  }
  addop(Op::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// ---- f-strings ----------------------------------------------------------------

void Codegen::joined_str(const ast::JoinedStr* e) {
  size_t n = e->values.size();
  if (n > kStackUseGuideline) {
    load_const(ConstValue::of_str(""));
    addop_name(Op::LOAD_METHOD, "join");
    addop(Op::BUILD_LIST, 0);
    for (const ast::expr* v : e->values) {
      visit_expr(v);
      addop(Op::LIST_APPEND, 1);
    }
    addop(Op::CALL, 1);
    return;
  }
  visit_exprs(e->values);
  if (n != 1) addop(Op::BUILD_STRING, uint32_t(n));
}

void Codegen::formatted_value(const ast::FormattedValue* e) {
  visit_expr(e->value);
  uint32_t arg = 0;
  switch (e->conversion) {
  case 's': arg = 1; break;
  case 'r': arg = 2; break;
  case 'a': arg = 3; break;
  default: arg = 0; break;
  }
  if (e->format_spec) {
    visit_expr(e->format_spec);
    arg |= 4;
  }
  addop(Op::FORMAT_VALUE, arg);
}

// ---- attributes, subscripts, slices -------------------------------------------

void Codegen::update_start_location_to_match_attr(const ast::Attribute* attr) {
  Location& loc = u().loc;
  if (loc.lineno == attr->end_lineno) return;
  loc.lineno = attr->end_lineno;
  int len = int(utf8_length(attr->attr));
  if (len <= attr->end_col_offset) {
    loc.col = attr->end_col_offset - len;
  } else {
    loc.col = -1;
    loc.end_col = -1;
  }
  loc.end_lineno = std::max(loc.lineno, loc.end_lineno);
  if (loc.lineno == loc.end_lineno) loc.end_col = std::max(loc.col, loc.end_col);
}

void Codegen::attribute(const ast::Attribute* e) {
  visit_expr(e->value);
  update_start_location_to_match_attr(e);
  switch (e->ctx) {
  case ast::expr_context::Load: addop_name(Op::LOAD_ATTR, e->attr); break;
  case ast::expr_context::Store:
    check_forbidden(e->attr, ast::expr_context::Store);
    addop_name(Op::STORE_ATTR, e->attr);
    break;
  case ast::expr_context::Del: addop_name(Op::DELETE_ATTR, e->attr); break;
  }
}

void Codegen::subscript(const ast::Subscript* e) {
  if (e->ctx == ast::expr_context::Load) {
    check_subscripter(e->value);
    check_index(e->value, e->slice);
  }
  visit_expr(e->value);
  visit_expr(e->slice);
  switch (e->ctx) {
  case ast::expr_context::Load: addop(Op::BINARY_SUBSCR); break;
  case ast::expr_context::Store: addop(Op::STORE_SUBSCR); break;
  case ast::expr_context::Del: addop(Op::DELETE_SUBSCR); break;
  }
}

void Codegen::slice(const ast::Slice* e) {
  uint32_t n = 2;
  if (e->lower) {
    visit_expr(e->lower);
  } else {
    load_none();
  }
  if (e->upper) {
    visit_expr(e->upper);
  } else {
    load_none();
  }
  if (e->step) {
    ++n;
    visit_expr(e->step);
  }
  addop(Op::BUILD_SLICE, n);
}

// ---- SyntaxWarnings about literals ---------------------------------------------

const char* Codegen::infer_type(const ast::expr* e) const {
  if (const ConstValue* v = const_of(e)) return v->type_name();
  switch (e->tag) {
  case ast::expr_kind::Tuple: return "tuple";
  case ast::expr_kind::List: return folder_.list_as_tuple(e) ? "tuple" : "list";
  case ast::expr_kind::ListComp: return "list";
  case ast::expr_kind::Dict:
  case ast::expr_kind::DictComp: return "dict";
  case ast::expr_kind::Set:
  case ast::expr_kind::SetComp: return "set";
  case ast::expr_kind::GeneratorExp: return "generator";
  case ast::expr_kind::Lambda: return "function";
  case ast::expr_kind::JoinedStr:
  case ast::expr_kind::FormattedValue: return "str";
  default: return nullptr;
  }
}

void Codegen::check_caller(const ast::expr* e) {
  bool literal = const_of(e) != nullptr;
  switch (e->tag) {
  case ast::expr_kind::Tuple:
  case ast::expr_kind::List:
  case ast::expr_kind::ListComp:
  case ast::expr_kind::Dict:
  case ast::expr_kind::DictComp:
  case ast::expr_kind::Set:
  case ast::expr_kind::SetComp:
  case ast::expr_kind::GeneratorExp:
  case ast::expr_kind::JoinedStr:
  case ast::expr_kind::FormattedValue: literal = true; break;
  default: break;
  }
  if (literal) {
    warn(std::string("'") + infer_type(e) +
         "' object is not callable; perhaps you missed a comma?");
  }
}

void Codegen::check_subscripter(const ast::expr* e) {
  bool warn_it = false;
  if (const ConstValue* v = const_of(e)) {
    warn_it = v->kind == ConstKind::none || v->kind == ConstKind::ellipsis || v->is_integral() ||
              v->kind == ConstKind::float_ || v->kind == ConstKind::complex ||
              v->kind == ConstKind::frozenset;
  } else {
    warn_it = e->is<ast::Set>() || e->is<ast::SetComp>() || e->is<ast::GeneratorExp>() ||
              e->is<ast::Lambda>();
  }
  if (warn_it) {
    warn(std::string("'") + infer_type(e) +
         "' object is not subscriptable; perhaps you missed a comma?");
  }
}

void Codegen::check_index(const ast::expr* e, const ast::expr* s) {
  const char* index_type = infer_type(s);
  if (!index_type || std::string_view(index_type) == "int" ||
      std::string_view(index_type) == "bool") {
    return;
  }
  bool warn_it = false;
  if (const ConstValue* v = const_of(e)) {
    warn_it =
        v->kind == ConstKind::str || v->kind == ConstKind::bytes || v->kind == ConstKind::tuple;
  } else {
    warn_it = e->is<ast::Tuple>() || e->is<ast::List>() || e->is<ast::ListComp>() ||
              e->is<ast::JoinedStr>() || e->is<ast::FormattedValue>();
  }
  if (warn_it) {
    warn(std::string(infer_type(e)) + " indices must be integers or slices, not " + index_type +
         "; perhaps you missed a comma?");
  }
}

} // namespace py::bc
