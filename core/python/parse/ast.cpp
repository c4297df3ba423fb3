// The AST dumper: the exact text of CPython 3.11's `ast.dump(tree, include_attributes=...)`
// (single-line form), with Python's repr() of every constant.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "python/parse/ast.hpp"
#include "python/parse/detail/unicode.hpp"

namespace py::ast {
namespace {

// repr() of a float: the shortest digits that read back as the same double, laid out like
// CPython's float_repr (exponent form when the decimal point is beyond -4..16). With
// `add_dot_0`, an integral value gets ".0" (floats do; the imaginary part of a complex not).
std::string float_repr(double x, bool add_dot_0) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  char buf[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  std::string s(buf);
  std::string sign;
  if (s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  std::size_t e = s.find('e');
  int exponent = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (std::size_t i = 0; i < e; ++i) {
    if (s[i] != '.') digits += s[i];
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exponent + 1;
  std::string out;
  if (decpt > -4 && decpt <= 16) {
    int n = static_cast<int>(digits.size());
    if (decpt <= 0) {
      out = "0." + std::string(-decpt, '0') + digits;
    } else if (decpt >= n) {
      out = digits + std::string(decpt - n, '0') + (add_dot_0 ? ".0" : "");
    } else {
      out = digits.substr(0, decpt) + "." + digits.substr(decpt);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += exp;
  }
  return sign + out;
}

// The decimal digits of an integer given by its digits in `base` (schoolbook conversion).
std::string int_to_decimal(std::string_view digits, int base) {
  if (base == 10) return std::string(digits);
  std::vector<std::uint32_t> limbs; // little-endian, base 1e9
  for (char c : digits) {
    std::uint32_t d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    std::uint64_t carry = d;
    for (std::uint32_t& limb : limbs) {
      std::uint64_t v = std::uint64_t{limb} * static_cast<std::uint64_t>(base) + carry;
      limb = static_cast<std::uint32_t>(v % 1000000000);
      carry = v / 1000000000;
    }
    if (carry) limbs.push_back(static_cast<std::uint32_t>(carry));
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(limbs[i]));
    out += buf;
  }
  return out;
}

// repr() of a str (UTF-8, lone surrogates encoded like other code points) or of bytes.
std::string string_repr(std::string_view s, bool bytes) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += quote;
  char buf[16];
  for (std::size_t i = 0; i < s.size();) {
    char32_t c;
    std::size_t n = 1;
    if (bytes) {
      c = static_cast<unsigned char>(s[i]);
    } else {
      parsing::Utf8Char ch = parsing::decode_utf8(s, i);
      c = ch.length ? ch.code : 0xFFFD;
      n = ch.length ? ch.length : 1;
    }
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
      out += buf;
    } else if (c < 0x80 || parsing::is_printable(c)) {
      out.append(s.substr(i, n));
    } else {
      std::snprintf(buf, sizeof buf,
                    c < 0x100     ? "\\x%02x"
                    : c < 0x10000 ? "\\u%04x"
                                  : "\\U%08x",
                    static_cast<unsigned>(c));
      out += buf;
    }
    i += n;
  }
  out += quote;
  return out;
}

// repr() of a constant.
std::string constant_repr(const constant& c) {
  switch (c.kind) {
  case constant_kind::None: return "None";
  case constant_kind::True: return "True";
  case constant_kind::False: return "False";
  case constant_kind::Ellipsis: return "Ellipsis";
  case constant_kind::Int: return int_to_decimal(c.text, c.int_base);
  case constant_kind::Float: return float_repr(c.number, true);
  case constant_kind::Complex: return float_repr(c.number, false) + "j";
  case constant_kind::Str: return string_repr(c.text, false);
  case constant_kind::Bytes: return string_repr(c.text, true);
  }
  return "None";
}

const char* context_name(expr_context c) {
  switch (c) {
  case expr_context::Load: return "Load()";
  case expr_context::Store: return "Store()";
  case expr_context::Del: return "Del()";
  }
  return "Load()";
}

const char* binop_name(binop op) {
  static constexpr const char* names[] = {
      "Add()",    "Sub()",    "Mult()",  "MatMult()", "Div()",    "Mod()",     "Pow()",
      "LShift()", "RShift()", "BitOr()", "BitXor()",  "BitAnd()", "FloorDiv()"};
  return names[static_cast<int>(op)];
}

const char* unaryop_name(unaryop op) {
  static constexpr const char* names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
  return names[static_cast<int>(op)];
}

const char* cmpop_name(cmpop op) {
  static constexpr const char* names[] = {"Eq()",  "NotEq()", "Lt()",    "LtE()", "Gt()",
                                          "GtE()", "Is()",    "IsNot()", "In()",  "NotIn()"};
  return names[static_cast<int>(op)];
}

// Writes one node as `Class(field=value, ...)`. Fields are added in the ASDL order; optional
// fields that are absent are skipped, as ast.dump() skips None values of optional fields.
class Dumper {
public:
  explicit Dumper(bool include_attributes) : attributes_(include_attributes) {}

  std::string out; // the text so far

  void module(const Module& m) {
    open("Module");
    field("body");
    list(m.body);
    field("type_ignores");
    out += "[]";
    close(nullptr);
  }

  void expression(const Expression& e) {
    open("Expression");
    field("body");
    node(e.body);
    close(nullptr);
  }

  void node(const expr* e);
  void node(const stmt* s);
  void node(const pattern* p);

private:
  bool attributes_;         // add the position fields
  std::vector<bool> first_; // per open node: no field written yet

  void open(const char* name) {
    out += name;
    out += '(';
    first_.push_back(true);
  }

  void field(const char* name) {
    if (!first_.back()) out += ", ";
    first_.back() = false;
    out += name;
    out += '=';
  }

  void close(const located* position) {
    if (attributes_ && position) {
      field("lineno");
      out += std::to_string(position->lineno);
      field("col_offset");
      out += std::to_string(position->col_offset);
      field("end_lineno");
      out += std::to_string(position->end_lineno);
      field("end_col_offset");
      out += std::to_string(position->end_col_offset);
    }
    out += ')';
    first_.pop_back();
  }

  void identifier(std::string_view id) { out += string_repr(id, false); }

  // An optional identifier: written only when present.
  void optional(const char* name, std::string_view id) {
    if (id.empty()) return;
    field(name);
    identifier(id);
  }

  // An optional child node: written only when present.
  template <class T>
  void optional(const char* name, const T* child) {
    if (!child) return;
    field(name);
    node(child);
  }

  // A required child node field.
  template <class T>
  void child(const char* name, const T* c) {
    field(name);
    node(c);
  }

  template <class T>
  void list(Seq<T> items) {
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      item(items[i]);
    }
    out += ']';
  }

  template <class T>
  void list_field(const char* name, Seq<T> items) {
    field(name);
    list(items);
  }

  void item(const expr* e) { e ? node(e) : void(out += "None"); }
  void item(const stmt* s) { node(s); }
  void item(const pattern* p) { node(p); }
  void item(std::string_view id) { identifier(id); }
  void item(cmpop op) { out += cmpop_name(op); }
  void item(const keyword* k) { node(k); }
  void item(const alias* a) { node(a); }
  void item(const withitem* w) { node(w); }
  void item(const match_case* m) { node(m); }
  void item(const comprehension* c) { node(c); }
  void item(const ExceptHandler* h) { node(h); }
  void item(const arg* a) { node(a); }

  void node(const keyword* k) {
    open("keyword");
    optional("arg", k->arg);
    child("value", k->value);
    close(k);
  }

  void node(const alias* a) {
    open("alias");
    field("name");
    identifier(a->name);
    optional("asname", a->asname);
    close(a);
  }

  void node(const withitem* w) {
    open("withitem");
    child("context_expr", w->context_expr);
    optional("optional_vars", w->optional_vars);
    close(nullptr);
  }

  void node(const match_case* m) {
    open("match_case");
    child("pattern", m->pattern);
    optional("guard", m->guard);
    list_field("body", m->body);
    close(nullptr);
  }

  void node(const comprehension* c) {
    open("comprehension");
    child("target", c->target);
    child("iter", c->iter);
    list_field("ifs", c->ifs);
    field("is_async");
    out += std::to_string(c->is_async);
    close(nullptr);
  }

  void node(const ExceptHandler* h) {
    open("ExceptHandler");
    optional("type", h->type);
    optional("name", h->name);
    list_field("body", h->body);
    close(h);
  }

  void node(const arguments* a) {
    open("arguments");
    list_field("posonlyargs", a->posonlyargs);
    list_field("args", a->args);
    optional("vararg", a->vararg);
    list_field("kwonlyargs", a->kwonlyargs);
    list_field("kw_defaults", a->kw_defaults);
    optional("kwarg", a->kwarg);
    list_field("defaults", a->defaults);
    close(nullptr);
  }

  void node(const arg* a) {
    open("arg");
    field("arg");
    identifier(a->arg);
    optional("annotation", a->annotation);
    close(a);
  }

  // The fields shared by FunctionDef and AsyncFunctionDef.
  template <class T>
  void function(const char* name, const T* f) {
    open(name);
    field("name");
    identifier(f->name);
    child("args", f->args);
    list_field("body", f->body);
    list_field("decorator_list", f->decorator_list);
    optional("returns", f->returns);
    close(f);
  }

  // The fields shared by For and AsyncFor.
  template <class T>
  void for_loop(const char* name, const T* f) {
    open(name);
    child("target", f->target);
    child("iter", f->iter);
    list_field("body", f->body);
    list_field("orelse", f->orelse);
    close(f);
  }

  // The fields shared by With and AsyncWith.
  template <class T>
  void with(const char* name, const T* w) {
    open(name);
    list_field("items", w->items);
    list_field("body", w->body);
    close(w);
  }

  // The fields shared by Try and TryStar.
  template <class T>
  void try_(const char* name, const T* t) {
    open(name);
    list_field("body", t->body);
    list_field("handlers", t->handlers);
    list_field("orelse", t->orelse);
    list_field("finalbody", t->finalbody);
    close(t);
  }

  // The fields shared by ListComp, SetComp and GeneratorExp.
  template <class T>
  void comprehension_expr(const char* name, const T* c) {
    open(name);
    child("elt", c->elt);
    list_field("generators", c->generators);
    close(c);
  }
};

void Dumper::node(const stmt* s) {
  switch (s->tag) {
  case stmt_kind::FunctionDef: return function("FunctionDef", s->as<FunctionDef>());
  case stmt_kind::AsyncFunctionDef: return function("AsyncFunctionDef", s->as<AsyncFunctionDef>());
  case stmt_kind::ClassDef: {
    auto* c = s->as<ClassDef>();
    open("ClassDef");
    field("name");
    identifier(c->name);
    list_field("bases", c->bases);
    list_field("keywords", c->keywords);
    list_field("body", c->body);
    list_field("decorator_list", c->decorator_list);
    return close(s);
  }
  case stmt_kind::Return:
    open("Return");
    optional("value", s->as<Return>()->value);
    return close(s);
  case stmt_kind::Delete:
    open("Delete");
    list_field("targets", s->as<Delete>()->targets);
    return close(s);
  case stmt_kind::Assign: {
    auto* a = s->as<Assign>();
    open("Assign");
    list_field("targets", a->targets);
    child("value", a->value);
    return close(s);
  }
  case stmt_kind::AugAssign: {
    auto* a = s->as<AugAssign>();
    open("AugAssign");
    child("target", a->target);
    field("op");
    out += binop_name(a->op);
    child("value", a->value);
    return close(s);
  }
  case stmt_kind::AnnAssign: {
    auto* a = s->as<AnnAssign>();
    open("AnnAssign");
    child("target", a->target);
    child("annotation", a->annotation);
    optional("value", a->value);
    field("simple");
    out += std::to_string(a->simple);
    return close(s);
  }
  case stmt_kind::For: return for_loop("For", s->as<For>());
  case stmt_kind::AsyncFor: return for_loop("AsyncFor", s->as<AsyncFor>());
  case stmt_kind::While:
  case stmt_kind::If: {
    bool is_while = s->tag == stmt_kind::While;
    open(is_while ? "While" : "If");
    child("test", is_while ? s->as<While>()->test : s->as<If>()->test);
    list_field("body", is_while ? s->as<While>()->body : s->as<If>()->body);
    list_field("orelse", is_while ? s->as<While>()->orelse : s->as<If>()->orelse);
    return close(s);
  }
  case stmt_kind::With: return with("With", s->as<With>());
  case stmt_kind::AsyncWith: return with("AsyncWith", s->as<AsyncWith>());
  case stmt_kind::Match: {
    auto* m = s->as<Match>();
    open("Match");
    child("subject", m->subject);
    list_field("cases", m->cases);
    return close(s);
  }
  case stmt_kind::Raise: {
    auto* r = s->as<Raise>();
    open("Raise");
    optional("exc", r->exc);
    optional("cause", r->cause);
    return close(s);
  }
  case stmt_kind::Try: return try_("Try", s->as<Try>());
  case stmt_kind::TryStar: return try_("TryStar", s->as<TryStar>());
  case stmt_kind::Assert: {
    auto* a = s->as<Assert>();
    open("Assert");
    child("test", a->test);
    optional("msg", a->msg);
    return close(s);
  }
  case stmt_kind::Import:
    open("Import");
    list_field("names", s->as<Import>()->names);
    return close(s);
  case stmt_kind::ImportFrom: {
    auto* i = s->as<ImportFrom>();
    open("ImportFrom");
    optional("module", i->module);
    list_field("names", i->names);
    field("level");
    out += std::to_string(i->level);
    return close(s);
  }
  case stmt_kind::Global:
    open("Global");
    list_field("names", s->as<Global>()->names);
    return close(s);
  case stmt_kind::Nonlocal:
    open("Nonlocal");
    list_field("names", s->as<Nonlocal>()->names);
    return close(s);
  case stmt_kind::Expr:
    open("Expr");
    child("value", s->as<Expr>()->value);
    return close(s);
  case stmt_kind::Pass: open("Pass"); return close(s);
  case stmt_kind::Break: open("Break"); return close(s);
  case stmt_kind::Continue: open("Continue"); return close(s);
  }
}

void Dumper::node(const expr* e) {
  switch (e->tag) {
  case expr_kind::BoolOp: {
    auto* b = e->as<BoolOp>();
    open("BoolOp");
    field("op");
    out += b->op == boolop::And ? "And()" : "Or()";
    list_field("values", b->values);
    return close(e);
  }
  case expr_kind::NamedExpr: {
    auto* n = e->as<NamedExpr>();
    open("NamedExpr");
    child("target", n->target);
    child("value", n->value);
    return close(e);
  }
  case expr_kind::BinOp: {
    auto* b = e->as<BinOp>();
    open("BinOp");
    child("left", b->left);
    field("op");
    out += binop_name(b->op);
    child("right", b->right);
    return close(e);
  }
  case expr_kind::UnaryOp: {
    auto* u = e->as<UnaryOp>();
    open("UnaryOp");
    field("op");
    out += unaryop_name(u->op);
    child("operand", u->operand);
    return close(e);
  }
  case expr_kind::Lambda: {
    auto* l = e->as<Lambda>();
    open("Lambda");
    child("args", l->args);
    child("body", l->body);
    return close(e);
  }
  case expr_kind::IfExp: {
    auto* i = e->as<IfExp>();
    open("IfExp");
    child("test", i->test);
    child("body", i->body);
    child("orelse", i->orelse);
    return close(e);
  }
  case expr_kind::Dict: {
    auto* d = e->as<Dict>();
    open("Dict");
    list_field("keys", d->keys);
    list_field("values", d->values);
    return close(e);
  }
  case expr_kind::Set:
    open("Set");
    list_field("elts", e->as<Set>()->elts);
    return close(e);
  case expr_kind::ListComp: return comprehension_expr("ListComp", e->as<ListComp>());
  case expr_kind::SetComp: return comprehension_expr("SetComp", e->as<SetComp>());
  case expr_kind::GeneratorExp: return comprehension_expr("GeneratorExp", e->as<GeneratorExp>());
  case expr_kind::DictComp: {
    auto* d = e->as<DictComp>();
    open("DictComp");
    child("key", d->key);
    child("value", d->value);
    list_field("generators", d->generators);
    return close(e);
  }
  case expr_kind::Await:
    open("Await");
    child("value", e->as<Await>()->value);
    return close(e);
  case expr_kind::Yield:
    open("Yield");
    optional("value", e->as<Yield>()->value);
    return close(e);
  case expr_kind::YieldFrom:
    open("YieldFrom");
    child("value", e->as<YieldFrom>()->value);
    return close(e);
  case expr_kind::Compare: {
    auto* c = e->as<Compare>();
    open("Compare");
    child("left", c->left);
    list_field("ops", c->ops);
    list_field("comparators", c->comparators);
    return close(e);
  }
  case expr_kind::Call: {
    auto* c = e->as<Call>();
    open("Call");
    child("func", c->func);
    list_field("args", c->args);
    list_field("keywords", c->keywords);
    return close(e);
  }
  case expr_kind::FormattedValue: {
    auto* f = e->as<FormattedValue>();
    open("FormattedValue");
    child("value", f->value);
    field("conversion");
    out += std::to_string(f->conversion);
    optional("format_spec", f->format_spec);
    return close(e);
  }
  case expr_kind::JoinedStr:
    open("JoinedStr");
    list_field("values", e->as<JoinedStr>()->values);
    return close(e);
  case expr_kind::Constant: {
    auto* c = e->as<Constant>();
    open("Constant");
    field("value");
    out += constant_repr(c->value);
    optional("kind", c->kind);
    return close(e);
  }
  case expr_kind::Attribute: {
    auto* a = e->as<Attribute>();
    open("Attribute");
    child("value", a->value);
    field("attr");
    identifier(a->attr);
    field("ctx");
    out += context_name(a->ctx);
    return close(e);
  }
  case expr_kind::Subscript: {
    auto* s = e->as<Subscript>();
    open("Subscript");
    child("value", s->value);
    child("slice", s->slice);
    field("ctx");
    out += context_name(s->ctx);
    return close(e);
  }
  case expr_kind::Starred: {
    auto* s = e->as<Starred>();
    open("Starred");
    child("value", s->value);
    field("ctx");
    out += context_name(s->ctx);
    return close(e);
  }
  case expr_kind::Name: {
    auto* n = e->as<Name>();
    open("Name");
    field("id");
    identifier(n->id);
    field("ctx");
    out += context_name(n->ctx);
    return close(e);
  }
  case expr_kind::List:
  case expr_kind::Tuple: {
    bool is_list = e->tag == expr_kind::List;
    open(is_list ? "List" : "Tuple");
    list_field("elts", is_list ? e->as<List>()->elts : e->as<Tuple>()->elts);
    field("ctx");
    out += context_name(is_list ? e->as<List>()->ctx : e->as<Tuple>()->ctx);
    return close(e);
  }
  case expr_kind::Slice: {
    auto* s = e->as<Slice>();
    open("Slice");
    optional("lower", s->lower);
    optional("upper", s->upper);
    optional("step", s->step);
    return close(e);
  }
  }
}

void Dumper::node(const pattern* p) {
  switch (p->tag) {
  case pattern_kind::MatchValue:
    open("MatchValue");
    child("value", p->as<MatchValue>()->value);
    return close(p);
  case pattern_kind::MatchSingleton:
    open("MatchSingleton");
    field("value");
    out += constant_repr(p->as<MatchSingleton>()->value);
    return close(p);
  case pattern_kind::MatchSequence:
    open("MatchSequence");
    list_field("patterns", p->as<MatchSequence>()->patterns);
    return close(p);
  case pattern_kind::MatchMapping: {
    auto* m = p->as<MatchMapping>();
    open("MatchMapping");
    list_field("keys", m->keys);
    list_field("patterns", m->patterns);
    optional("rest", m->rest);
    return close(p);
  }
  case pattern_kind::MatchClass: {
    auto* m = p->as<MatchClass>();
    open("MatchClass");
    child("cls", m->cls);
    list_field("patterns", m->patterns);
    list_field("kwd_attrs", m->kwd_attrs);
    list_field("kwd_patterns", m->kwd_patterns);
    return close(p);
  }
  case pattern_kind::MatchStar:
    open("MatchStar");
    optional("name", p->as<MatchStar>()->name);
    return close(p);
  case pattern_kind::MatchAs: {
    auto* m = p->as<MatchAs>();
    open("MatchAs");
    optional("pattern", m->pattern);
    optional("name", m->name);
    return close(p);
  }
  case pattern_kind::MatchOr:
    open("MatchOr");
    list_field("patterns", p->as<MatchOr>()->patterns);
    return close(p);
  }
}

} // namespace

std::string dump(const Module& tree, bool include_attributes) {
  Dumper d(include_attributes);
  d.module(tree);
  return std::move(d.out);
}

std::string dump(const Expression& tree, bool include_attributes) {
  Dumper d(include_attributes);
  d.expression(tree);
  return std::move(d.out);
}

std::string dump(const expr& node, bool include_attributes) {
  Dumper d(include_attributes);
  d.node(&node);
  return std::move(d.out);
}

std::string dump(const stmt& node, bool include_attributes) {
  Dumper d(include_attributes);
  d.node(&node);
  return std::move(d.out);
}

std::string dump(const pattern& node, bool include_attributes) {
  Dumper d(include_attributes);
  d.node(&node);
  return std::move(d.out);
}

} // namespace py::ast
