// The symbol table: which names each scope (module, class body, function,
// lambda, comprehension) binds, uses and declares, and after analysis whether
// each name is local, global (explicit or implicit), free or a cell. A port
// of CPython 3.11's Python/symtable.c, with its error messages and positions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "python/compile/diagnostics.hpp"
#include "python/parse/ast.hpp"

namespace py::bc {

/// What the first pass learned about a name in one scope (CPython's DEF_* bits).
enum SymbolFlag : uint32_t {
  kDefGlobal = 1 << 0,    // global statement
  kDefLocal = 1 << 1,     // assigned
  kDefParam = 1 << 2,     // parameter
  kDefNonlocal = 1 << 3,  // nonlocal statement
  kUse = 1 << 4,          // read
  kDefFree = 1 << 5,      // free in this scope (unused, as in CPython)
  kDefFreeClass = 1 << 6, // free in a method, and a name of the class body
  kDefImport = 1 << 7,    // bound by import
  kDefAnnot = 1 << 8,     // annotated
  kDefCompIter = 1 << 9,  // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

/// Where a name lives after analysis.
enum class Scope : uint8_t { none, local, global_explicit, global_implicit, free, cell };

/// The kind of a scope. An annotation block holds the names of an annotation
/// kept as a string (`from __future__ import annotations`): it is nobody's
/// child and is never analyzed.
enum class BlockType : uint8_t { function, class_, module, annotation };

/// What kind of comprehension a function scope is, if any.
enum class ComprehensionType : uint8_t { none, list, set, dict, generator };

/// One name of a scope.
struct Symbol {
  /// The (mangled) name, its flags, and its scope once analyzed.
  std::string_view name;
  uint32_t flags = 0;
  Scope scope = Scope::none;
};

/// A global or nonlocal statement's position (to point errors at it).
struct Directive {
  /// The (mangled) name and the statement's span.
  std::string_view name;
  int lineno, col_offset, end_lineno, end_col_offset;
};

/// One scope (CPython's PySTEntryObject).
struct ScopeEntry {
  /// The kind of scope and its name ("top", "lambda", a def's name, …).
  BlockType type = BlockType::module;
  std::string_view name;
  /// The AST node that opened the scope (Module, FunctionDef, ClassDef, Lambda, comprehension).
  const void* key = nullptr;
  /// The span of the node that opened the scope.
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
  /// Names in first-seen order (error reports follow this order, as CPython's dict).
  std::vector<Symbol> symbols;
  std::unordered_map<std::string_view, uint32_t> index;
  /// The parameters, in order.
  std::vector<std::string_view> varnames;
  std::vector<ScopeEntry*> children;
  std::vector<Directive> directives;
  ComprehensionType comprehension = ComprehensionType::none;
  /// Nested in a function (its free names are not globals by default).
  bool nested = false;
  /// Has free variables / a child has free variables.
  bool free = false;
  bool child_free = false;
  bool generator = false;
  bool coroutine = false;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  /// A class body whose methods use __class__ (or super()).
  bool needs_class_closure = false;
  /// Visiting a comprehension's iteration target / iterable expression.
  bool comp_iter_target = false;
  int comp_iter_expr = 0;

  /// The flags of a name (0 when unknown).
  uint32_t flags_of(std::string_view name) const;
  /// The scope of a name after analysis (none when unknown).
  Scope scope_of(std::string_view name) const;
  /// The symbol of a name, or null.
  const Symbol* find(std::string_view name) const;
  bool is_function() const { return type == BlockType::function; }
};

/// The future features a module enables (CPython's PyFutureFeatures).
struct FutureFeatures {
  /// `from __future__ import annotations`: annotations are kept as strings.
  bool annotations = false;
  /// Line of the last leading future import (later ones are errors).
  int lineno = -1;
};

/// Reads the leading `from __future__ import …` statements (CPython's
/// future.c). On an error records it and throws CompileAbort.
FutureFeatures parse_future(const ast::Module& module, CompileError* error);

/// CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x`. New text is
/// allocated in `arena`; otherwise `name` itself is returned.
std::string_view mangle(ast::Arena& arena, std::string_view private_name, std::string_view name);

/// The symbol tables of one module.
class SymbolTable {
public:
  /// Builds and analyzes the tables of a module or eval expression. On an
  /// error records it in *error and throws CompileAbort.
  void build(const ast::Module& module, const FutureFeatures& future, CompileError* error);
  void build(const ast::Expression& tree, CompileError* error);

  /// The scope opened by an AST node.
  ScopeEntry* lookup(const void* key) const;
  /// The module scope.
  ScopeEntry* top() const { return top_; }
  /// Storage for mangled names (shared with the compiler).
  ast::Arena& strings() { return strings_; }

private:
  // ---- the first pass (collecting facts)
  void enter_block(std::string_view name, BlockType type, const void* key, const ast::located& loc);
  void exit_block();
  void add_def(std::string_view name, uint32_t flag, const ast::located& loc);
  void add_def_in(ScopeEntry* ste, std::string_view name, uint32_t flag, const ast::located& loc);
  void record_directive(std::string_view name, const ast::located& loc);
  void visit_stmt(const ast::stmt* s);
  void visit_stmts(const ast::Seq<ast::stmt*>& body);
  void visit_expr(const ast::expr* e);
  void visit_exprs(const ast::Seq<ast::expr*>& list);
  void visit_pattern(const ast::pattern* p);
  void visit_arguments(const ast::arguments* a);
  void visit_annotations(const ast::arguments* a, const ast::expr* returns);
  void visit_annotation(const ast::expr* annotation);
  void visit_declaration(const ast::Seq<std::string_view>& names, const ast::stmt* s, bool global);
  void visit_alias(const ast::alias* a);
  template <class FunctionNode>
  void visit_function(const FunctionNode* f, bool is_async);
  void visit_comprehension(const ast::expr* e, const ast::Seq<ast::comprehension*>& generators,
                           const ast::expr* elt, const ast::expr* value, std::string_view name,
                           ComprehensionType type);
  void handle_namedexpr(const ast::NamedExpr* e);
  void extend_namedexpr_scope(const ast::Name* target);
  /// Records a SyntaxError at a node's span and throws.
  [[noreturn]] void fail(std::string message, const ast::located& loc);
  [[noreturn]] void fail(std::string message, int lineno, int col, int end_lineno, int end_col);

  // ---- the second pass (symtable_analyze)
  struct NameSet;
  void analyze();
  void analyze_block(ScopeEntry* ste, const NameSet* bound, NameSet& free, const NameSet& global);
  void analyze_name(ScopeEntry* ste, std::vector<Scope>& scopes, const Symbol& symbol,
                    NameSet* bound, NameSet& local, NameSet& free, NameSet& global);
  [[noreturn]] void fail_at_directive(ScopeEntry* ste, std::string_view name, std::string message);

  // ---- state
  /// Every scope (owned), by AST node, the ones being visited, the current one, the module.
  std::vector<std::unique_ptr<ScopeEntry>> entries_;
  std::unordered_map<const void*, ScopeEntry*> by_key_;
  std::vector<ScopeEntry*> stack_;
  ScopeEntry* cur_ = nullptr;
  ScopeEntry* top_ = nullptr;
  /// The class name for mangling, the future features, where errors go, the
  /// nesting depth, and the storage of mangled names.
  std::string_view private_;
  FutureFeatures future_;
  CompileError* error_ = nullptr;
  int depth_ = 0;
  ast::Arena strings_;
};

} // namespace py::bc
