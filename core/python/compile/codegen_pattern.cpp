// The match statement (PEP 634), as CPython 3.11 compiles it. Every pattern
// routine consumes the subject on top of the stack and, when it does not
// match, jumps to pc.fail_pop[n], which pops the n items above the subject's
// place (pc.on_top of them stay on top, the rest are captures). Captured
// values wait on the stack under those items and are stored only once the
// whole pattern has matched.
#include "python/compile/codegen.hpp"
#include "python/vm/type.hpp"

namespace py::bc {

namespace {

/// `_` (a MatchAs with neither pattern nor name).
bool is_wildcard(const ast::pattern* p) {
  const auto* as = p->as<ast::MatchAs>();
  return as && !as->pattern && as->name.empty();
}

/// `*_`.
bool is_star_wildcard(const ast::pattern* p) {
  const auto* star = p->as<ast::MatchStar>();
  return star && star->name.empty();
}

/// Index of a name in a list of captures, or -1.
int64_t index_of(const std::vector<std::string_view>& names, std::string_view name) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return int64_t(i);
  }
  return -1;
}

} // namespace

void Codegen::ensure_fail_pop(PatternContext& pc, size_t n) {
  while (pc.fail_pop.size() < n + 1) pc.fail_pop.push_back(new_block());
}

void Codegen::jump_to_fail_pop(PatternContext& pc, IOp code) {
  size_t pops = size_t(pc.on_top) + pc.stores.size();
  ensure_fail_pop(pc, pops);
  jump(code, pc.fail_pop[pops]);
}

void Codegen::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t i = pc.fail_pop.size() - 1; i > 0; --i) {
    use_next_block(pc.fail_pop[i]);
    addop(Op::POP_TOP);
  }
  use_next_block(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void Codegen::pattern_rotate(int count) {
  while (count > 1) addop(Op::SWAP, uint32_t(count--));
}

void Codegen::pattern_store_name(std::string_view name, PatternContext& pc) {
  if (name.empty()) {
    addop(Op::POP_TOP);
    return;
  }
  check_forbidden(name, ast::expr_context::Store);
  if (index_of(pc.stores, name) >= 0) {
    error("multiple assignments to name " + repr_text(name) + " in pattern");
  }
  // Rotate the value under the items that must stay on top.
  pattern_rotate(pc.on_top + int(pc.stores.size()) + 1);
  pc.stores.push_back(name);
}

void Codegen::pattern_sequence_unpack(const ast::Seq<ast::pattern*>& patterns, PatternContext& pc) {
  size_t n = patterns.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; ++i) {
    if (!patterns[i]->is<ast::MatchStar>()) continue;
    if (seen_star) error("multiple starred expressions in sequence pattern");
    if (i >= (1u << 8) || n - i - 1 >= (1u << 16)) {
      error("too many expressions in star-unpacking sequence pattern");
    }
    addop(Op::UNPACK_EX, uint32_t(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) addop(Op::UNPACK_SEQUENCE, uint32_t(n));
  // The new subjects stay on the stack until each subpattern matched.
  pc.on_top += int(n);
  for (const ast::pattern* p : patterns) {
    --pc.on_top;
    pattern_subpattern(p, pc);
  }
}

void Codegen::pattern_sequence_subscr(const ast::Seq<ast::pattern*>& patterns, size_t star,
                                      PatternContext& pc) {
  // [first, *_, last]: index the subject instead of unpacking it.
  ++pc.on_top;
  size_t size = patterns.size();
  for (size_t i = 0; i < size; ++i) {
    const ast::pattern* p = patterns[i];
    if (is_wildcard(p) || i == star) continue;
    addop(Op::COPY, 1);
    if (i < star) {
      load_const(ConstValue::of_int(num::BigInt(int64_t(i))));
    } else {
      // A non-negative index: the subject may not support negative ones.
      addop(Op::GET_LEN);
      load_const(ConstValue::of_int(num::BigInt(int64_t(size - i))));
      addop(Op::BINARY_OP, uint32_t(BinaryOp::subtract));
    }
    addop(Op::BINARY_SUBSCR);
    pattern_subpattern(p, pc);
  }
  --pc.on_top;
  addop(Op::POP_TOP);
}

void Codegen::pattern_subpattern(const ast::pattern* p, PatternContext& pc) {
  bool allow_irrefutable = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow_irrefutable;
}

void Codegen::pattern_as(const ast::MatchAs* p, PatternContext& pc) {
  if (!p->pattern) {
    if (!pc.allow_irrefutable) {
      if (!p->name.empty()) {
        error("name capture " + repr_text(p->name) + " makes remaining patterns unreachable");
      }
      error("wildcard makes remaining patterns unreachable");
    }
    pattern_store_name(p->name, pc);
    return;
  }
  // Keep a copy for the capture.
  ++pc.on_top;
  addop(Op::COPY, 1);
  pattern(p->pattern, pc);
  --pc.on_top;
  pattern_store_name(p->name, pc);
}

void Codegen::pattern_class(const ast::MatchClass* p, PatternContext& pc) {
  size_t nargs = p->patterns.size();
  size_t nattrs = p->kwd_attrs.size();
  if (nattrs != p->kwd_patterns.size()) {
    error("kwd_attrs (" + std::to_string(nattrs) + ") / kwd_patterns (" +
          std::to_string(p->kwd_patterns.size()) + ") length mismatch in class pattern");
  }
  if (nattrs) {
    for (size_t i = 0; i < nattrs; ++i) {
      std::string_view attr = p->kwd_attrs[i];
      set_loc(*p->kwd_patterns[i]);
      check_forbidden(attr, ast::expr_context::Store);
      for (size_t j = i + 1; j < nattrs; ++j) {
        if (p->kwd_attrs[j] == attr) {
          set_loc(*p->kwd_patterns[j]);
          error("attribute name repeated in class pattern: " + std::string(attr));
        }
      }
    }
    set_loc(*p);
  }
  visit_expr(p->cls);
  std::vector<ConstValue> names;
  for (std::string_view attr : p->kwd_attrs) names.push_back(ConstValue::of_str(attr));
  load_const(ConstValue::of_tuple(std::move(names)));
  addop(Op::MATCH_CLASS, uint32_t(nargs));
  addop(Op::COPY, 1);
  load_none();
  addop(Op::IS_OP, 1);
  // On top: a tuple of the nargs + nattrs attributes (or None).
  ++pc.on_top;
  jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
  addop(Op::UNPACK_SEQUENCE, uint32_t(nargs + nattrs));
  pc.on_top += int(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; ++i) {
    --pc.on_top;
    const ast::pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      addop(Op::POP_TOP);
      continue;
    }
    pattern_subpattern(sub, pc);
  }
}

void Codegen::pattern_mapping(const ast::MatchMapping* p, PatternContext& pc) {
  size_t size = p->keys.size();
  if (size != p->patterns.size()) {
    error("keys (" + std::to_string(size) + ") / patterns (" + std::to_string(p->patterns.size()) +
          ") length mismatch in mapping pattern");
  }
  bool has_rest = !p->rest.empty();
  // The subject stays on top during the mapping and length checks.
  ++pc.on_top;
  addop(Op::MATCH_MAPPING);
  jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
  if (!size && !has_rest) {
    // {}: done; pop the subject.
    --pc.on_top;
    addop(Op::POP_TOP);
    return;
  }
  if (size) {
    addop(Op::GET_LEN);
    load_const(ConstValue::of_int(num::BigInt(int64_t(size))));
    addop(Op::COMPARE_OP, uint32_t(CompareOp::ge));
    jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
  }
  // The keys (literals or dotted names), in a tuple for MATCH_KEYS.
  std::vector<const ConstValue*> seen;
  for (const ast::expr* key : p->keys) {
    if (const ConstValue* v = const_of(key)) {
      for (const ConstValue* other : seen) {
        auto equal = const_equal(*other, *v);
        if (equal && *equal) error("mapping pattern checks duplicate key (" + v->repr() + ")");
      }
      seen.push_back(v);
    } else if (!key->is<ast::Attribute>()) {
      error("mapping pattern keys may only match literals and attribute lookups");
    }
    visit_expr(key);
  }
  addop(Op::BUILD_TUPLE, uint32_t(size));
  addop(Op::MATCH_KEYS);
  // [subject, keys, values|None]
  pc.on_top += 2;
  addop(Op::COPY, 1);
  load_none();
  addop(Op::IS_OP, 1);
  jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
  addop(Op::UNPACK_SEQUENCE, uint32_t(size));
  pc.on_top += int(size) - 1;
  for (const ast::pattern* sub : p->patterns) {
    --pc.on_top;
    pattern_subpattern(sub, pc);
  }
  // Matched: consume the keys tuple and the subject.
  pc.on_top -= 2;
  if (has_rest) {
    // rest = dict(subject); del rest[key] for each key.
    addop(Op::BUILD_MAP, 0);
    addop(Op::SWAP, 3);
    addop(Op::DICT_UPDATE, 2);
    addop(Op::UNPACK_SEQUENCE, uint32_t(size));
    while (size) {
      addop(Op::COPY, uint32_t(1 + size--));
      addop(Op::SWAP, 2);
      addop(Op::DELETE_SUBSCR);
    }
    pattern_store_name(p->rest, pc);
  } else {
    addop(Op::POP_TOP);
    addop(Op::POP_TOP);
  }
}

void Codegen::pattern_or(const ast::MatchOr* p, PatternContext& pc) {
  int32_t end = new_block();
  size_t size = p->patterns.size();
  PatternContext old = pc;
  std::vector<std::string_view> control;
  for (size_t i = 0; i < size; ++i) {
    const ast::pattern* alt = p->patterns[i];
    set_loc(*alt);
    pc.stores.clear();
    pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    addop(Op::COPY, 1);
    pattern(alt, pc);
    size_t nstores = pc.stores.size();
    if (i == 0) {
      control = pc.stores;
    } else if (nstores != control.size()) {
      error("alternative patterns bind different names");
    } else if (nstores) {
      // Put this alternative's captures in the order of the first one's.
      for (size_t icontrol = nstores; icontrol-- > 0;) {
        int64_t istores = index_of(pc.stores, control[icontrol]);
        if (istores < 0) error("alternative patterns bind different names");
        if (size_t(istores) != icontrol) {
          size_t rotations = size_t(istores) + 1;
          std::vector<std::string_view> rotated(pc.stores.begin(),
                                                pc.stores.begin() + ptrdiff_t(rotations));
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + ptrdiff_t(rotations));
          pc.stores.insert(pc.stores.begin() + ptrdiff_t(icontrol - size_t(istores)),
                           rotated.begin(), rotated.end());
          while (rotations--) pattern_rotate(int(icontrol) + 1);
        }
      }
    }
    jump(kJump, end);
    emit_and_reset_fail_pop(pc);
  }
  pc = old;
  // No alternative matched: pop the copy of the subject and fail.
  addop(Op::POP_TOP);
  jump_to_fail_pop(pc, kJump);
  use_next_block(end);
  size_t nstores = control.size();
  // Move each capture under the items on top and the earlier captures.
  int nrots = int(nstores) + 1 + pc.on_top + int(pc.stores.size());
  for (size_t i = 0; i < nstores; ++i) {
    pattern_rotate(nrots);
    if (index_of(pc.stores, control[i]) >= 0) {
      error("multiple assignments to name " + repr_text(control[i]) + " in pattern");
    }
    pc.stores.push_back(control[i]);
  }
  // Pop the copy of the subject.
  addop(Op::POP_TOP);
}

void Codegen::pattern_sequence(const ast::MatchSequence* p, PatternContext& pc) {
  const ast::Seq<ast::pattern*>& patterns = p->patterns;
  size_t size = patterns.size();
  int64_t star = -1;
  bool only_wildcard = true;
  bool star_wildcard = false;
  for (size_t i = 0; i < size; ++i) {
    const ast::pattern* sub = patterns[i];
    if (sub->is<ast::MatchStar>()) {
      if (star >= 0) error("multiple starred names in sequence pattern");
      star_wildcard = is_star_wildcard(sub);
      only_wildcard = only_wildcard && star_wildcard;
      star = int64_t(i);
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(sub);
  }
  // The subject stays on top during the sequence and length checks.
  ++pc.on_top;
  addop(Op::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
  if (star < 0) {
    addop(Op::GET_LEN);
    load_const(ConstValue::of_int(num::BigInt(int64_t(size))));
    addop(Op::COMPARE_OP, uint32_t(CompareOp::eq));
    jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
  } else if (size > 1) {
    addop(Op::GET_LEN);
    load_const(ConstValue::of_int(num::BigInt(int64_t(size - 1))));
    addop(Op::COMPARE_OP, uint32_t(CompareOp::ge));
    jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
  }
  --pc.on_top;
  if (only_wildcard) {
    addop(Op::POP_TOP);
  } else if (star_wildcard) {
    pattern_sequence_subscr(patterns, size_t(star), pc);
  } else {
    pattern_sequence_unpack(patterns, pc);
  }
}

void Codegen::pattern_value(const ast::MatchValue* p, PatternContext& pc) {
  const ast::expr* value = p->value;
  if (!const_of(value) && !value->is<ast::Attribute>()) {
    error("patterns may only match literals and attribute lookups");
  }
  visit_expr(value);
  addop(Op::COMPARE_OP, uint32_t(CompareOp::eq));
  jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
}

void Codegen::pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc) {
  switch (p->value.kind) {
  case ast::constant_kind::True: load_const(ConstValue::boolean(true)); break;
  case ast::constant_kind::False: load_const(ConstValue::boolean(false)); break;
  default: load_none(); break;
  }
  addop(Op::IS_OP, 0);
  jump_to_fail_pop(pc, IOp(Op::POP_JUMP_IF_FALSE));
}

void Codegen::pattern(const ast::pattern* p, PatternContext& pc) {
  set_loc(*p);
  switch (p->tag) {
  case ast::pattern_kind::MatchValue: pattern_value(p->as<ast::MatchValue>(), pc); break;
  case ast::pattern_kind::MatchSingleton:
    pattern_singleton(p->as<ast::MatchSingleton>(), pc);
    break;
  case ast::pattern_kind::MatchSequence: pattern_sequence(p->as<ast::MatchSequence>(), pc); break;
  case ast::pattern_kind::MatchMapping: pattern_mapping(p->as<ast::MatchMapping>(), pc); break;
  case ast::pattern_kind::MatchClass: pattern_class(p->as<ast::MatchClass>(), pc); break;
  case ast::pattern_kind::MatchStar: pattern_store_name(p->as<ast::MatchStar>()->name, pc); break;
  case ast::pattern_kind::MatchAs: pattern_as(p->as<ast::MatchAs>(), pc); break;
  case ast::pattern_kind::MatchOr: pattern_or(p->as<ast::MatchOr>(), pc); break;
  }
}

void Codegen::match_stmt(const ast::Match* s) {
  visit_expr(s->subject);
  int32_t end = new_block();
  size_t cases = s->cases.size();
  const ast::match_case* m = s->cases[cases - 1];
  size_t has_default = is_wildcard(m->pattern) && cases > 1 ? 1 : 0;
  PatternContext pc;
  for (size_t i = 0; i < cases - has_default; ++i) {
    m = s->cases[i];
    set_loc(*m->pattern);
    // Copy the subject unless this is the last case.
    bool last = i == cases - has_default - 1;
    if (!last) addop(Op::COPY, 1);
    pc.stores.clear();
    // Irrefutable cases must be guarded, last, or both.
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    pc.fail_pop.clear();
    pc.on_top = 0;
    pattern(m->pattern, pc);
    // A match: store the captures (they are on the stack).
    for (std::string_view name : pc.stores) nameop(name, ast::expr_context::Store);
    if (m->guard) {
      ensure_fail_pop(pc, 0);
      jump_if(m->guard, pc.fail_pop[0], false);
    }
    if (!last) addop(Op::POP_TOP);
    visit_stmts(m->body);
    unset_loc();
    jump(kJump, end);
    // A failed match's cleanup has the pattern's line, not the body's.
    set_loc(*m->pattern);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    m = s->cases[cases - 1];
    set_loc(*m->pattern);
    if (cases == 1) {
      addop(Op::POP_TOP);
    } else {
      addop(Op::NOP);
    }
    if (m->guard) jump_if(m->guard, end, false);
    visit_stmts(m->body);
    unset_loc();
  }
  use_next_block(end);
}

} // namespace py::bc
