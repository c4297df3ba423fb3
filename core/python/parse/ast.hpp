// The abstract syntax tree of a Python 3.11 program: the node classes and field names of
// CPython 3.11's `ast` module, so that a tree can be dumped exactly like `ast.dump()` and the
// compiler can be written against the Python documentation.
//
// Conventions:
// - Every node lives in one Arena and is trivially destructible: the arena frees the whole
//   tree at once, nothing is deleted node by node.
// - Lists are Seq<T>: a pointer and a length into the arena. A list may hold null pointers
//   where Python's holds None (Dict.keys for `**d`, arguments.kw_defaults).
// - Identifiers and strings are std::string_view into the arena (UTF-8). An optional
//   identifier that is absent (`alias.asname`, `ExceptHandler.name`, ...) is empty; an
//   optional node that is absent is nullptr.
// - Positions follow CPython: lineno/end_lineno are 1-based, col_offset/end_col_offset are
//   0-based offsets in UTF-8 bytes into the line.
// - Python's abstract classes are the lowercase bases (expr, stmt, pattern); a concrete node is
//   found with `tag` and reached with as<T>() / is<T>(). Classes with the same fields are one
//   template (FunctionDef and AsyncFunctionDef are FunctionNode<...>, and so on).
// - Type comments (`type_comment`, Module.type_ignores) are never produced and so not stored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace py::ast {

// Bump allocator that owns every node, list and string of one tree; freed all at once.
class Arena {
public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Returns `size` bytes aligned for any node (8 bytes), valid until the arena dies.
  void* allocate(std::size_t size) {
    size = (size + 7) & ~std::size_t{7};
    if (size > static_cast<std::size_t>(end_ - next_)) grow(size);
    void* p = next_;
    next_ += size;
    return p;
  }

  // Constructs a value-initialized node of type T (and sets its tag when T has one).
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "arena nodes are never destroyed");
    T* node = new (allocate(sizeof(T))) T{};
    if constexpr (requires { T::Tag; }) node->tag = T::Tag;
    return node;
  }

  // Copies a run of items into the arena (used to freeze a list built in a std::vector).
  template <class T>
  T* copy(const T* items, std::size_t count) {
    if (count == 0) return nullptr;
    T* out = static_cast<T*>(allocate(sizeof(T) * count));
    std::memcpy(static_cast<void*>(out), items, sizeof(T) * count);
    return out;
  }

  // Copies text into the arena and returns a view of the copy.
  std::string_view copy(std::string_view text) {
    return {copy(text.data(), text.size()), text.size()};
  }

  // Bytes handed out so far (for tests and benchmarks).
  std::size_t used() const { return used_ + static_cast<std::size_t>(next_ - chunk_start_); }

private:
  // Starts a new chunk able to hold at least `size` bytes.
  void grow(std::size_t size) {
    used_ += static_cast<std::size_t>(next_ - chunk_start_);
    std::size_t chunk = size > kChunk / 4 ? size : kChunk;
    chunks_.push_back(std::make_unique<std::max_align_t[]>(chunk / sizeof(std::max_align_t) + 1));
    chunk_start_ = next_ = reinterpret_cast<char*>(chunks_.back().get());
    end_ = next_ + chunk;
  }

  static constexpr std::size_t kChunk = 64 * 1024;          // default chunk size
  std::vector<std::unique_ptr<std::max_align_t[]>> chunks_; // every chunk, freed together
  char* chunk_start_ = nullptr;                             // start of the current chunk
  char* next_ = nullptr;                                    // next free byte
  char* end_ = nullptr;                                     // end of the current chunk
  std::size_t used_ = 0;                                    // bytes used in earlier chunks
};

// A list field (Python's `T*` in the ASDL): items stored in the arena.
template <class T>
struct Seq {
  T* items = nullptr;  // first item (nullptr when empty)
  std::uint32_t n = 0; // number of items

  // Range and index access, like a std::span.
  T* begin() const { return items; }
  T* end() const { return items + n; }
  std::size_t size() const { return n; }
  bool empty() const { return n == 0; }
  T& operator[](std::size_t i) const { return items[i]; }
  T& back() const { return items[n - 1]; }

  // Freezes a std::vector into the arena.
  static Seq from(Arena& arena, const std::vector<T>& v) {
    return {arena.copy(v.data(), v.size()), static_cast<std::uint32_t>(v.size())};
  }
};

// Source span of a node (Python's `_attributes`): 1-based lines, 0-based UTF-8 byte columns.
struct located {
  int lineno = 0;         // first line
  int col_offset = 0;     // byte offset of the first character in its line
  int end_lineno = 0;     // last line
  int end_col_offset = 0; // byte offset just past the last character in its line
};

// ---------------------------------------------------------------------------------------------
// Enumerations (sum types without fields)

// Python's expr_context: how a Name/Attribute/Subscript/Starred/List/Tuple is used.
enum class expr_context : std::uint8_t { Load, Store, Del };

// Python's boolop.
enum class boolop : std::uint8_t { And, Or };

// Python's `operator` (renamed: `operator` is a C++ keyword).
enum class binop : std::uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};

// Python's unaryop.
enum class unaryop : std::uint8_t { Invert, Not, UAdd, USub };

// Python's cmpop.
enum class cmpop : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------------------------------------
// Constants

// What a constant holds (Python's `constant` builtin type of the ASDL).
enum class constant_kind : std::uint8_t {
  None,
  True,
  False,
  Ellipsis,
  Int,
  Float,
  Complex,
  Str,
  Bytes
};

// The value of a Constant or MatchSingleton.
struct constant {
  constant_kind kind = constant_kind::None; // which of the forms below
  // Int: the literal's digits without prefix or underscores, in `int_base` (e.g. "ff", 16).
  // Str: the decoded text in UTF-8 (a lone surrogate escape such as "\ud800" is encoded like
  // any other code point, as 3 bytes: generalized UTF-8). Bytes: the raw bytes.
  std::string_view text;
  double number = 0; // Float: the value; Complex: the imaginary part (the real part is 0)
  int int_base = 10; // Int: base of `text`: 2, 8, 10 or 16
};

// ---------------------------------------------------------------------------------------------
// Forward declarations of the product types used in node fields.

struct expr;
struct stmt;
struct pattern;
struct arguments;
struct arg;
struct keyword;
struct alias;
struct withitem;
struct match_case;
struct comprehension;
struct ExceptHandler;

// ---------------------------------------------------------------------------------------------
// What Python's abstract classes expr, stmt and pattern share: the tag that says which
// concrete class a node is, and checked downcasts to it.
template <class Kind>
struct tagged : located {
  Kind tag{}; // concrete class

  // Returns this as a T if it is one, else nullptr.
  template <class T>
  T* as() {
    return tag == T::Tag ? static_cast<T*>(this) : nullptr;
  }
  // Const version of as().
  template <class T>
  const T* as() const {
    return tag == T::Tag ? static_cast<const T*>(this) : nullptr;
  }
  // True if this is a T.
  template <class T>
  bool is() const {
    return tag == T::Tag;
  }
};

// ---------------------------------------------------------------------------------------------
// Expressions

// Which concrete class an expr is.
enum class expr_kind : std::uint8_t {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice
};

// Python's abstract `expr`: `tag` says which subclass a node is.
struct expr : tagged<expr_kind> {};

// `a and b and c` / `a or b`.
struct BoolOp : expr {
  static constexpr expr_kind Tag = expr_kind::BoolOp;
  boolop op = boolop::And;
  Seq<expr*> values;
};

// `target := value` (target is a Name in Store context).
struct NamedExpr : expr {
  static constexpr expr_kind Tag = expr_kind::NamedExpr;
  expr* target = nullptr;
  expr* value = nullptr;
};

// `left op right`.
struct BinOp : expr {
  static constexpr expr_kind Tag = expr_kind::BinOp;
  expr* left = nullptr;
  binop op = binop::Add;
  expr* right = nullptr;
};

// `op operand` (`-x`, `not x`, `~x`, `+x`).
struct UnaryOp : expr {
  static constexpr expr_kind Tag = expr_kind::UnaryOp;
  unaryop op = unaryop::Not;
  expr* operand = nullptr;
};

// `lambda args: body`.
struct Lambda : expr {
  static constexpr expr_kind Tag = expr_kind::Lambda;
  arguments* args = nullptr;
  expr* body = nullptr;
};

// `body if test else orelse`.
struct IfExp : expr {
  static constexpr expr_kind Tag = expr_kind::IfExp;
  expr* test = nullptr;
  expr* body = nullptr;
  expr* orelse = nullptr;
};

// `{k: v, **d}`: keys[i] is nullptr for a `**values[i]` item.
struct Dict : expr {
  static constexpr expr_kind Tag = expr_kind::Dict;
  Seq<expr*> keys;
  Seq<expr*> values;
};

// `{a, b}`.
struct Set : expr {
  static constexpr expr_kind Tag = expr_kind::Set;
  Seq<expr*> elts;
};

// ListComp `[elt for ...]`, SetComp `{elt for ...}` and GeneratorExp `(elt for ...)`.
template <expr_kind K>
struct ComprehensionNode : expr {
  static constexpr expr_kind Tag = K;
  expr* elt = nullptr;
  Seq<comprehension*> generators;
};
using ListComp = ComprehensionNode<expr_kind::ListComp>;
using SetComp = ComprehensionNode<expr_kind::SetComp>;
using GeneratorExp = ComprehensionNode<expr_kind::GeneratorExp>;

// `{key: value for ...}`.
struct DictComp : expr {
  static constexpr expr_kind Tag = expr_kind::DictComp;
  expr* key = nullptr;
  expr* value = nullptr;
  Seq<comprehension*> generators;
};

// `await value`.
struct Await : expr {
  static constexpr expr_kind Tag = expr_kind::Await;
  expr* value = nullptr;
};

// `yield` / `yield value` (value may be nullptr).
struct Yield : expr {
  static constexpr expr_kind Tag = expr_kind::Yield;
  expr* value = nullptr;
};

// `yield from value`.
struct YieldFrom : expr {
  static constexpr expr_kind Tag = expr_kind::YieldFrom;
  expr* value = nullptr;
};

// `left ops[0] comparators[0] ops[1] comparators[1] ...`.
struct Compare : expr {
  static constexpr expr_kind Tag = expr_kind::Compare;
  expr* left = nullptr;
  Seq<cmpop> ops;
  Seq<expr*> comparators;
};

// `func(*args, **keywords)`.
struct Call : expr {
  static constexpr expr_kind Tag = expr_kind::Call;
  expr* func = nullptr;
  Seq<expr*> args;
  Seq<keyword*> keywords;
};

// One `{value!conversion:format_spec}` field of an f-string.
struct FormattedValue : expr {
  static constexpr expr_kind Tag = expr_kind::FormattedValue;
  expr* value = nullptr;
  int conversion = -1;         // -1 (none), 's', 'r' or 'a'
  expr* format_spec = nullptr; // a JoinedStr, or nullptr
};

// An f-string: Constant (str) and FormattedValue parts.
struct JoinedStr : expr {
  static constexpr expr_kind Tag = expr_kind::JoinedStr;
  Seq<expr*> values;
};

// A literal: number, string, bytes, None, True, False or `...`.
struct Constant : expr {
  static constexpr expr_kind Tag = expr_kind::Constant;
  constant value;
  std::string_view kind; // "u" for a u-prefixed string, else empty (Python's None)
};

// `value.attr`.
struct Attribute : expr {
  static constexpr expr_kind Tag = expr_kind::Attribute;
  expr* value = nullptr;
  std::string_view attr;
  expr_context ctx = expr_context::Load;
};

// `value[slice]` (slice is a Slice, a Tuple or any expression).
struct Subscript : expr {
  static constexpr expr_kind Tag = expr_kind::Subscript;
  expr* value = nullptr;
  expr* slice = nullptr;
  expr_context ctx = expr_context::Load;
};

// `*value`.
struct Starred : expr {
  static constexpr expr_kind Tag = expr_kind::Starred;
  expr* value = nullptr;
  expr_context ctx = expr_context::Load;
};

// A variable.
struct Name : expr {
  static constexpr expr_kind Tag = expr_kind::Name;
  std::string_view id;
  expr_context ctx = expr_context::Load;
};

// `[a, b]`.
struct List : expr {
  static constexpr expr_kind Tag = expr_kind::List;
  Seq<expr*> elts;
  expr_context ctx = expr_context::Load;
};

// `(a, b)` or `a, b`.
struct Tuple : expr {
  static constexpr expr_kind Tag = expr_kind::Tuple;
  Seq<expr*> elts;
  expr_context ctx = expr_context::Load;
};

// `lower:upper:step` inside a subscript (each part may be nullptr).
struct Slice : expr {
  static constexpr expr_kind Tag = expr_kind::Slice;
  expr* lower = nullptr;
  expr* upper = nullptr;
  expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Statements

// Which concrete class a stmt is.
enum class stmt_kind : std::uint8_t {
  FunctionDef,
  AsyncFunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  AsyncFor,
  While,
  If,
  With,
  AsyncWith,
  Match,
  Raise,
  Try,
  TryStar,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Expr,
  Pass,
  Break,
  Continue
};

// Python's abstract `stmt`: `tag` says which subclass a node is.
struct stmt : tagged<stmt_kind> {};

// FunctionDef `def name(args) -> returns: body` and AsyncFunctionDef `async def ...`, with
// their decorators.
template <stmt_kind K>
struct FunctionNode : stmt {
  static constexpr stmt_kind Tag = K;
  std::string_view name;
  arguments* args = nullptr;
  Seq<stmt*> body;
  Seq<expr*> decorator_list;
  expr* returns = nullptr;
};
using FunctionDef = FunctionNode<stmt_kind::FunctionDef>;
using AsyncFunctionDef = FunctionNode<stmt_kind::AsyncFunctionDef>;

// `class name(bases, keywords): body` with decorators.
struct ClassDef : stmt {
  static constexpr stmt_kind Tag = stmt_kind::ClassDef;
  std::string_view name;
  Seq<expr*> bases;
  Seq<keyword*> keywords;
  Seq<stmt*> body;
  Seq<expr*> decorator_list;
};

// `return` / `return value`.
struct Return : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Return;
  expr* value = nullptr;
};

// `del targets`.
struct Delete : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Delete;
  Seq<expr*> targets;
};

// `t1 = t2 = value`.
struct Assign : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Assign;
  Seq<expr*> targets;
  expr* value = nullptr;
};

// `target op= value`.
struct AugAssign : stmt {
  static constexpr stmt_kind Tag = stmt_kind::AugAssign;
  expr* target = nullptr;
  binop op = binop::Add;
  expr* value = nullptr;
};

// `target: annotation = value` (simple is 1 for a bare unparenthesized name).
struct AnnAssign : stmt {
  static constexpr stmt_kind Tag = stmt_kind::AnnAssign;
  expr* target = nullptr;
  expr* annotation = nullptr;
  expr* value = nullptr;
  int simple = 0;
};

// For `for target in iter: body else: orelse` and AsyncFor `async for ...`.
template <stmt_kind K>
struct ForNode : stmt {
  static constexpr stmt_kind Tag = K;
  expr* target = nullptr;
  expr* iter = nullptr;
  Seq<stmt*> body;
  Seq<stmt*> orelse;
};
using For = ForNode<stmt_kind::For>;
using AsyncFor = ForNode<stmt_kind::AsyncFor>;

// While `while test: body else: orelse` and If `if test: body else: orelse` (an elif is an
// If alone in orelse).
template <stmt_kind K>
struct ConditionalNode : stmt {
  static constexpr stmt_kind Tag = K;
  expr* test = nullptr;
  Seq<stmt*> body;
  Seq<stmt*> orelse;
};
using While = ConditionalNode<stmt_kind::While>;
using If = ConditionalNode<stmt_kind::If>;

// With `with items: body` and AsyncWith `async with items: body`.
template <stmt_kind K>
struct WithNode : stmt {
  static constexpr stmt_kind Tag = K;
  Seq<withitem*> items;
  Seq<stmt*> body;
};
using With = WithNode<stmt_kind::With>;
using AsyncWith = WithNode<stmt_kind::AsyncWith>;

// `match subject: cases`.
struct Match : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Match;
  expr* subject = nullptr;
  Seq<match_case*> cases;
};

// `raise exc from cause` (both optional).
struct Raise : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Raise;
  expr* exc = nullptr;
  expr* cause = nullptr;
};

// Try `try: body except...: handlers else: orelse finally: finalbody` and TryStar (the same
// with `except*`).
template <stmt_kind K>
struct TryNode : stmt {
  static constexpr stmt_kind Tag = K;
  Seq<stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<stmt*> orelse;
  Seq<stmt*> finalbody;
};
using Try = TryNode<stmt_kind::Try>;
using TryStar = TryNode<stmt_kind::TryStar>;

// `assert test, msg`.
struct Assert : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Assert;
  expr* test = nullptr;
  expr* msg = nullptr;
};

// `import a.b as c, d`.
struct Import : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Import;
  Seq<alias*> names;
};

// `from ..module import names` (module empty for `from . import x`; level counts the dots).
struct ImportFrom : stmt {
  static constexpr stmt_kind Tag = stmt_kind::ImportFrom;
  std::string_view module;
  Seq<alias*> names;
  int level = 0;
};

// Global `global a, b` and Nonlocal `nonlocal a, b`.
template <stmt_kind K>
struct NamesNode : stmt {
  static constexpr stmt_kind Tag = K;
  Seq<std::string_view> names;
};
using Global = NamesNode<stmt_kind::Global>;
using Nonlocal = NamesNode<stmt_kind::Nonlocal>;

// An expression statement.
struct Expr : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Expr;
  expr* value = nullptr;
};

// `pass`.
struct Pass : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Pass;
};

// `break`.
struct Break : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Break;
};

// `continue`.
struct Continue : stmt {
  static constexpr stmt_kind Tag = stmt_kind::Continue;
};

// ---------------------------------------------------------------------------------------------
// Patterns (match statement)

// Which concrete class a pattern is.
enum class pattern_kind : std::uint8_t {
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr
};

// Python's abstract `pattern`: `tag` says which subclass a node is.
struct pattern : tagged<pattern_kind> {};

// A literal or dotted-name value pattern (`case 1:`, `case Color.RED:`).
struct MatchValue : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchValue;
  expr* value = nullptr;
};

// `case None:` / `case True:` / `case False:` (compared with `is`).
struct MatchSingleton : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchSingleton;
  constant value;
};

// `case [a, *rest]:` / `case (a, b):`.
struct MatchSequence : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchSequence;
  Seq<pattern*> patterns;
};

// `case {"k": p, **rest}:` (rest empty when absent).
struct MatchMapping : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchMapping;
  Seq<expr*> keys;
  Seq<pattern*> patterns;
  std::string_view rest;
};

// `case Point(p1, x=p2):`.
struct MatchClass : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchClass;
  expr* cls = nullptr;
  Seq<pattern*> patterns;
  Seq<std::string_view> kwd_attrs;
  Seq<pattern*> kwd_patterns;
};

// `*name` / `*_` in a sequence pattern (name empty for `*_`).
struct MatchStar : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchStar;
  std::string_view name;
};

// `p as name`, a capture `name` (pattern nullptr) or the wildcard `_` (both absent).
struct MatchAs : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchAs;
  ast::pattern* pattern = nullptr;
  std::string_view name;
};

// `p1 | p2 | ...`.
struct MatchOr : pattern {
  static constexpr pattern_kind Tag = pattern_kind::MatchOr;
  Seq<ast::pattern*> patterns;
};

// ---------------------------------------------------------------------------------------------
// Other product types

// One `for target in iter if ifs` clause of a comprehension (is_async 1 for `async for`).
struct comprehension {
  expr* target = nullptr;
  expr* iter = nullptr;
  Seq<expr*> ifs;
  int is_async = 0;
};

// `except type as name: body` (Python's excepthandler has only this subclass).
struct ExceptHandler : located {
  expr* type = nullptr;
  std::string_view name;
  Seq<stmt*> body;
};

// The parameters of a def or lambda. kw_defaults has one entry per kwonlyarg (nullptr where
// there is no default); defaults are those of the last posonlyargs+args.
struct arguments {
  Seq<arg*> posonlyargs;
  Seq<arg*> args;
  arg* vararg = nullptr;
  Seq<arg*> kwonlyargs;
  Seq<expr*> kw_defaults;
  arg* kwarg = nullptr;
  Seq<expr*> defaults;
};

// One parameter: `name: annotation`.
struct arg : located {
  std::string_view arg;
  expr* annotation = nullptr;
};

// `arg=value` in a call or class bases, or `**value` (arg empty).
struct keyword : located {
  std::string_view arg;
  expr* value = nullptr;
};

// `name as asname` in an import (name may be dotted; `*` for `from m import *`).
struct alias : located {
  std::string_view name;
  std::string_view asname;
};

// `context_expr as optional_vars` in a with statement.
struct withitem {
  expr* context_expr = nullptr;
  expr* optional_vars = nullptr;
};

// `case pattern if guard: body`.
struct match_case {
  ast::pattern* pattern = nullptr;
  expr* guard = nullptr;
  Seq<stmt*> body;
};

// ---------------------------------------------------------------------------------------------
// Roots

// A file or exec() string.
struct Module {
  Seq<stmt*> body;
};

// An eval() string.
struct Expression {
  expr* body = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Dumping (ast.cpp)

// Returns exactly what CPython 3.11's `ast.dump(tree, include_attributes=...)` returns.
std::string dump(const Module& tree, bool include_attributes = false);
// Same for an eval() tree.
std::string dump(const Expression& tree, bool include_attributes = false);
// Same for one expression, statement or pattern (for tests and debugging).
std::string dump(const expr& node, bool include_attributes = false);
std::string dump(const stmt& node, bool include_attributes = false);
std::string dump(const pattern& node, bool include_attributes = false);

} // namespace py::ast
