// Constant folding, as CPython 3.11's AST optimizer (Python/ast_opt.c) does
// it before the symbol table and the compiler run: literals, `-1`, `2**10`,
// `"a" * 3`, tuples of constants, `"abc"[1]`, `__debug__`, and the rewriting
// of `for x in [a, b]` / `x in [a, b]` into tuples (frozensets for sets of
// constants). The tree is not changed: the results are kept in a side table
// that the compiler consults (the AST has no tuple constants).
#pragma once

#include <unordered_map>
#include <unordered_set>

#include "python/compile/const_value.hpp"
#include "python/compile/diagnostics.hpp"
#include "python/parse/ast.hpp"

namespace py::bc {

/// The results of folding one tree.
class ConstFolder {
public:
  /// Nesting deeper than this is a RecursionError, as in CPython's passes.
  static constexpr int kMaxDepth = 3000;

  /// Folds every expression of a module / an eval expression. On an error
  /// (an int literal too long to convert) records it in *error and throws
  /// CompileAbort.
  void fold_module(const ast::Module& module, CompileError* error);
  void fold_expression(const ast::Expression& tree, CompileError* error);

  /// The constant an expression folded to, or null.
  const ConstValue* value_of(const ast::expr* e) const {
    auto it = values_.find(e);
    return it == values_.end() ? nullptr : &it->second;
  }
  /// True when a list display was turned into a tuple (a `for` or `in` operand).
  bool list_as_tuple(const ast::expr* e) const { return as_tuple_.count(e) != 0; }

private:
  /// The walk over statements, expressions, patterns and parameters.
  void stmt(const ast::stmt* s);
  void stmts(const ast::Seq<ast::stmt*>& body);
  void expr(const ast::expr* e);
  /// Folds one expression whose children are folded (kept out of expr()'s frame).
  [[gnu::noinline]] void fold_node(const ast::expr* e);
  void exprs(const ast::Seq<ast::expr*>& list);
  void pattern(const ast::pattern* p);
  void arguments(const ast::arguments* a);
  void comprehensions(const ast::Seq<ast::comprehension*>& generators);
  /// Try and TryStar, With and AsyncWith (same fields, different node types).
  template <class TryNode>
  void try_stmt(const TryNode* t);
  template <class WithNode>
  void with_stmt(const WithNode* w);
  /// The value of a literal node.
  ConstValue literal(const ast::Constant* c);
  /// fold_iter: list -> tuple, set of constants -> frozenset.
  void fold_iter(const ast::expr* e);
  /// A tuple of the values of elts when all are constants.
  bool const_tuple(const ast::Seq<ast::expr*>& elts, ConstValue* out) const;
  /// Records e's value.
  void set(const ast::expr* e, ConstValue v) { values_[e] = std::move(v); }
  /// Raises the recursion error past kMaxDepth.
  void enter(int lineno);

  /// The constant value of each folded expression (literals included).
  std::unordered_map<const ast::expr*, ConstValue> values_;
  /// The list displays compiled as tuples.
  std::unordered_set<const ast::expr*> as_tuple_;
  /// Where the error goes, and the current nesting depth.
  CompileError* error_ = nullptr;
  int depth_ = 0;
};

/// The value of a literal (an int literal's digits are converted without limit).
ConstValue literal_value(const ast::constant& c);

/// Python's `left op right` on constants; false when CPython's optimizer
/// would not fold it (an error, an unsafe size, an unsupported type).
bool fold_binary(const ConstValue& left, ast::binop op, const ConstValue& right, ConstValue* out);
/// Python's `op operand` on a constant; false when not folded.
bool fold_unary(ast::unaryop op, const ConstValue& operand, ConstValue* out);

} // namespace py::bc
