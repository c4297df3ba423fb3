// The code generator (CPython 3.11's compiler_* functions): walks the tree
// and appends instructions to the basic blocks of the current Unit. One class
// whose methods are spread over files of one concern: codegen.cpp (units,
// emission, names, functions and classes), codegen_expr.cpp, codegen_stmt.cpp,
// codegen_try.cpp (try, with, unwinding), codegen_comprehension.cpp,
// codegen_pattern.cpp (match). Internal to the compiler.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "python/compile/compiler.hpp"
#include "python/compile/fold.hpp"
#include "python/compile/symtable.hpp"
#include "python/compile/unit.hpp"

namespace py::bc {

/// The state of one pattern being compiled (CPython's pattern_context).
struct PatternContext {
  /// Names captured so far (in stack order), to detect duplicates and to
  /// line up the alternatives of an or-pattern.
  std::vector<std::string_view> stores;
  /// False when a capture or wildcard here would make later cases unreachable.
  bool allow_irrefutable = false;
  /// fail_pop[i]: the block that pops i items and then fails the pattern.
  std::vector<int32_t> fail_pop;
  /// Items on top of the stack that stay above the captures.
  int on_top = 0;
};

/// The kinds of comprehension (the COMP_* of compile.c).
enum class CompKind : uint8_t { genexp, listcomp, setcomp, dictcomp };

/// The code generator. The functions that handle one kind of expression are
/// kept out of line (gnu::noinline) so that the recursive visit_expr frame
/// stays small: expressions nest thousands deep.
class Codegen {
public:
  /// A code generator reporting warnings to `warnings` and its error in *error.
  Codegen(const CompilerOptions& options, WarningSink& warnings, CompileError* error);

  /// Compiles a whole module / eval expression (see compile_module).
  std::shared_ptr<CodeUnit> compile(const ast::Module& module);
  std::shared_ptr<CodeUnit> compile(const ast::Expression& tree);

private:
  friend class LocationGuard;

  // ---- units (codegen.cpp)
  void enter_scope(std::string_view name, UnitKind kind, const void* key, int lineno);
  std::shared_ptr<CodeUnit> exit_scope(bool add_none);
  void set_qualname();
  Unit& u() { return *units_.back(); }
  /// True where await and async for/with are allowed at module level.
  bool top_level_await() const;

  // ---- emission (codegen.cpp)
  int32_t new_block();
  void use_next_block(int32_t block);
  void emit(IOp code, uint32_t arg, int32_t target, const Location& loc);
  void addop(IOp code, uint32_t arg = 0) { emit(code, arg, -1, u().loc); }
  void addop(Op code, uint32_t arg = 0) { emit(IOp(code), arg, -1, u().loc); }
  void addop_noline(IOp code, uint32_t arg = 0) { emit(code, arg, -1, Location{}); }
  void addop_noline(Op code, uint32_t arg = 0) { emit(IOp(code), arg, -1, Location{}); }
  void jump(IOp code, int32_t target) { emit(code, 0, target, u().loc); }
  void jump(Op code, int32_t target) { emit(IOp(code), 0, target, u().loc); }
  void jump_noline(IOp code, int32_t target) { emit(code, 0, target, Location{}); }
  uint32_t add_const(const ConstValue& value) { return u().consts.add(value); }
  /// LOAD_CONST of a constant (added to the unit's constants if new).
  [[gnu::noinline]] void load_const(const ConstValue& value);
  [[gnu::noinline]] void load_none();
  /// An instruction whose argument is a name of co_names (mangled).
  void addop_name(Op code, std::string_view name);
  void set_loc(const ast::located& node);
  void unset_loc() { u().loc = Location{}; }

  // ---- diagnostics (codegen.cpp)
  [[noreturn, gnu::noinline]] void error(std::string message);
  [[gnu::noinline]] void warn(std::string message);
  void enter_recursion(int lineno);

  // ---- names (codegen.cpp)
  std::string_view mangle(std::string_view name);
  void check_forbidden(std::string_view name, ast::expr_context ctx);
  void nameop(std::string_view name, ast::expr_context ctx);
  Scope ref_type(std::string_view name);

  // ---- constants
  const ConstValue* const_of(const ast::expr* e) const { return folder_.value_of(e); }
  /// The docstring of a body (its first statement is a str literal), or null.
  static const ast::Constant* docstring(const ast::Seq<ast::stmt*>& body);

  // ---- functions and classes (codegen.cpp)
  void body(const ast::Seq<ast::stmt*>& stmts);
  /// def and async def.
  template <class FunctionNode>
  void function_def(const FunctionNode* s, bool is_async);
  void class_def(const ast::ClassDef* s);
  [[gnu::noinline]] void lambda(const ast::Lambda* e);
  void make_closure(const std::shared_ptr<CodeUnit>& code, uint32_t flags);
  void apply_decorators(const ast::Seq<ast::expr*>& decorators);
  uint32_t default_arguments(const ast::arguments* args);
  bool annotations(const ast::arguments* args, const ast::expr* returns);
  void argannotation(std::string_view name, const ast::expr* annotation, uint32_t* count);
  void check_debug_args(const ast::arguments* args);
  /// An annotation as a string (`from __future__ import annotations`).
  void annotation_string(const ast::expr* annotation);

  // ---- statements (codegen_stmt.cpp)
  void visit_stmts(const ast::Seq<ast::stmt*>& stmts);
  void visit_stmt(const ast::stmt* s);
  void stmt_expr(const ast::Expr* s);
  void return_stmt(const ast::Return* s);
  /// break / continue: unwind to the innermost loop and leave or restart it.
  void break_or_continue(bool is_break);
  void if_stmt(const ast::If* s);
  /// for / async for.
  template <class ForNode>
  void for_stmt(const ForNode* s);
  void while_stmt(const ast::While* s);
  void import_stmt(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);
  void import_as(std::string_view name, std::string_view asname);
  void assert_stmt(const ast::Assert* s);
  void augassign(const ast::AugAssign* s);
  void annassign(const ast::AnnAssign* s);
  void check_ann_expr(const ast::expr* e);
  void check_ann_subscr(const ast::expr* e);

  // ---- try, with, unwinding (codegen_try.cpp)
  void push_fblock(FBlock block);
  void pop_fblock(FBlockType type);
  void unwind_fblock(const FBlock& block, bool preserve_tos);
  /// Unwinds to the innermost loop (returned through *loop) or all the way
  /// when loop is null.
  void unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found);
  void call_exit_with_nones();
  void pop_except_and_reraise();
  /// try (or try*): with a finally clause or without.
  template <class TryNode>
  void try_stmt(const TryNode* s);
  template <class TryNode>
  void try_finally(const TryNode* s);
  /// The try body (under SETUP_FINALLY `except`), `orelse` if given, a jump to
  /// `after`, then the handler's entry: [previous_exc, exc] under SETUP_CLEANUP
  /// `cleanup`, with a frame block of `handler_type`.
  void try_prologue(const ast::Seq<ast::stmt*>& body, const ast::Seq<ast::stmt*>* orelse,
                    int32_t except, int32_t after, int32_t cleanup, FBlockType handler_type);
  void try_except(const ast::Try* s);
  void try_star_except(const ast::TryStar* s);
  /// with / async with, from the item at `pos` on.
  template <class WithNode>
  void with_stmt(const WithNode* s, size_t pos);
  void with_except_finish(int32_t cleanup);
  /// `name = None; del name` after an `except … as name` body.
  void clear_handler_name(std::string_view name);

  // ---- expressions (codegen_expr.cpp)
  void visit_expr(const ast::expr* e);
  void visit_expr1(const ast::expr* e);
  void visit_exprs(const ast::Seq<ast::expr*>& list);
  [[gnu::noinline]] void boolop(const ast::BoolOp* e);
  /// A comparison; `invert` compiles `not (a op b)` for is / in (see inverted_compare).
  [[gnu::noinline]] void compare(const ast::Compare* e, bool invert);
  void addcompare(ast::cmpop op);
  [[gnu::noinline]] void jump_if(const ast::expr* e, int32_t next, bool cond);
  [[gnu::noinline]] void ifexp(const ast::IfExp* e);
  [[gnu::noinline]] void dict(const ast::Dict* e);
  void subdict(const ast::Dict* e, size_t begin, size_t end);
  [[gnu::noinline]] void starunpack_helper(const ast::Seq<ast::expr*>& elts, uint32_t pushed,
                                           Op build, Op add, Op extend, bool tuple);
  [[gnu::noinline]] void unpack_helper(const ast::Seq<ast::expr*>& elts);
  [[gnu::noinline]] void assignment_helper(const ast::Seq<ast::expr*>& elts);
  [[gnu::noinline]] void list_or_tuple(const ast::Seq<ast::expr*>& elts, ast::expr_context ctx,
                                       bool tuple);
  [[gnu::noinline]] void call(const ast::Call* e);
  bool maybe_optimize_method_call(const ast::Call* e);
  void validate_keywords(const ast::Seq<ast::keyword*>& keywords);
  void call_helper(uint32_t n, const ast::Seq<ast::expr*>& args,
                   const ast::Seq<ast::keyword*>& keywords);
  void call_simple_kw_helper(const ast::Seq<ast::keyword*>& keywords);
  void subkwargs(const ast::Seq<ast::keyword*>& keywords, size_t begin, size_t end);
  [[gnu::noinline]] void joined_str(const ast::JoinedStr* e);
  [[gnu::noinline]] void formatted_value(const ast::FormattedValue* e);
  [[gnu::noinline]] void subscript(const ast::Subscript* e);
  [[gnu::noinline]] void slice(const ast::Slice* e);
  [[gnu::noinline]] void attribute(const ast::Attribute* e);
  void update_start_location_to_match_attr(const ast::Attribute* attr);
  void check_compare(const ast::Compare* e, bool invert);
  void check_caller(const ast::expr* e);
  void check_subscripter(const ast::expr* e);
  void check_index(const ast::expr* e, const ast::expr* s);
  /// The type name CPython's infer_type finds for an expression, or null.
  const char* infer_type(const ast::expr* e) const;

  // ---- comprehensions, yield, await (codegen_comprehension.cpp)
  [[gnu::noinline]] void comprehension(const ast::expr* e, CompKind kind, std::string_view name,
                                       const ast::Seq<ast::comprehension*>& generators,
                                       const ast::expr* elt, const ast::expr* value);
  void comprehension_generator(const ast::Seq<ast::comprehension*>& generators, size_t index,
                               int depth, const ast::expr* elt, const ast::expr* value,
                               CompKind kind);
  void sync_comprehension_generator(const ast::Seq<ast::comprehension*>& generators, size_t index,
                                    int depth, const ast::expr* elt, const ast::expr* value,
                                    CompKind kind);
  void async_comprehension_generator(const ast::Seq<ast::comprehension*>& generators, size_t index,
                                     int depth, const ast::expr* elt, const ast::expr* value,
                                     CompKind kind);
  void comprehension_element(const ast::expr* elt, const ast::expr* value, int depth,
                             CompKind kind);
  void add_yield_from(bool await);
  /// `await` of the value on the stack (GET_AWAITABLE where: 0 await, 1 __aenter__, 2 __aexit__).
  void await_result(uint32_t where);
  /// The next item of the async iterator on the stack (GET_ANEXT and its await).
  void anext_result();
  void addop_yield();
  [[gnu::noinline]] void await_expr(const ast::Await* e);
  [[gnu::noinline]] void yield_expr(const ast::expr* e);

  // ---- match (codegen_pattern.cpp)
  void match_stmt(const ast::Match* s);
  void pattern(const ast::pattern* p, PatternContext& pc);
  void pattern_subpattern(const ast::pattern* p, PatternContext& pc);
  void pattern_as(const ast::MatchAs* p, PatternContext& pc);
  void pattern_class(const ast::MatchClass* p, PatternContext& pc);
  void pattern_mapping(const ast::MatchMapping* p, PatternContext& pc);
  void pattern_or(const ast::MatchOr* p, PatternContext& pc);
  void pattern_sequence(const ast::MatchSequence* p, PatternContext& pc);
  void pattern_value(const ast::MatchValue* p, PatternContext& pc);
  void pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc);
  void pattern_store_name(std::string_view name, PatternContext& pc);
  void pattern_rotate(int count);
  void pattern_sequence_unpack(const ast::Seq<ast::pattern*>& patterns, PatternContext& pc);
  void pattern_sequence_subscr(const ast::Seq<ast::pattern*>& patterns, size_t star,
                               PatternContext& pc);
  void jump_to_fail_pop(PatternContext& pc, IOp code);
  void ensure_fail_pop(PatternContext& pc, size_t n);
  void emit_and_reset_fail_pop(PatternContext& pc);

  // ---- state
  const CompilerOptions& options_;
  WarningSink& warnings_;
  CompileError* error_;
  FutureFeatures future_;
  ConstFolder folder_;
  SymbolTable symtable_;
  std::vector<std::unique_ptr<Unit>> units_;
  /// Compiling a `single` (interactive) source: top-level expressions are displayed.
  bool interactive_ = false;
  /// Depth of nested expressions/statements (bounded, as CPython's compiler).
  int depth_ = 0;
};

/// Saves the current location and restores it at scope exit (the
/// save/restore around compiler_visit_expr and friends).
class LocationGuard {
public:
  explicit LocationGuard(Codegen& c) : c_(c), saved_(c.u().loc) {}
  ~LocationGuard() { c_.u().loc = saved_; }
  /// Not copyable: it restores one location once.
  LocationGuard(const LocationGuard&) = delete;
  LocationGuard& operator=(const LocationGuard&) = delete;

private:
  /// The code generator and the location to restore.
  Codegen& c_;
  Location saved_;
};

/// Turns a unit's blocks into a CodeUnit (assembler.cpp).
std::shared_ptr<CodeUnit> assemble(Unit& unit, const std::string& filename, uint32_t flags);

} // namespace py::bc
