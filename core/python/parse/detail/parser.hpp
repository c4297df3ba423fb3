// The parser's internals: a hand-written recursive descent port of CPython 3.11's PEG grammar
// (Grammar/python.gram), one method per grammar rule, with the same alternatives in the same
// order, the same backtracking, memoization of the same rules and the same two passes (the
// second one trying the `invalid_*` rules that produce CPython's specialized messages). The
// binary operators from `|` down to `*` are parsed by precedence climbing, which accepts and
// builds exactly what the left-recursive grammar rules do.
//
// Following the grammar this closely is what makes error messages and positions match
// CPython's: a generic "invalid syntax" points at the furthest token the first pass looked
// at, so the parser must look at the same tokens.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "python/parse/ast.hpp"
#include "python/parse/lexer.hpp"
#include "python/parse/syntax_error.hpp"

namespace py::parsing {

// Thrown once the error has been recorded in the ParseContext: it unwinds the rule methods
// (CPython checks p->error_indicator after every call instead). Never leaves parser.cpp.
struct ParseAbort {};

// What the parser of a program and the parsers of its f-string expressions share.
struct ParseContext {
  explicit ParseContext(ast::Arena& a) : arena(a) {}
  ast::Arena& arena;                   // where the tree goes
  std::optional<SyntaxError> error;    // the error, once raised
  bool overflow = false;               // the nesting limit was hit (CPython: MemoryError)
  std::vector<SyntaxWarning> warnings; // warnings so far
  int depth = 0;                       // rule methods active now (bounded by kMaxDepth)
};

// Which assignment-like construct an invalid target was found in (for the message).
enum class TargetsType { Star, Del, For };

// A `key: value` or `**value` item of a dict display (key nullptr for `**`).
struct KeyValuePair {
  ast::expr* key;
  ast::expr* value;
};

// A parameter and its default (nullptr when it has none).
struct NameDefaultPair {
  ast::arg* arg;
  ast::expr* value;
};

// The parameters before a `/` when some of them have defaults.
struct SlashWithDefault {
  std::vector<ast::arg*> plain_names;
  std::vector<NameDefaultPair> names_with_defaults;
};

// The parameters from `*` on.
struct StarEtc {
  ast::arg* vararg = nullptr;
  std::vector<NameDefaultPair> kwonlyargs;
  ast::arg* kwarg = nullptr;
};

// A call argument after the first keyword: a keyword or a `*starred` expression.
struct KeywordOrStarred {
  void* element; // ast::keyword* or ast::expr*
  bool is_keyword;
};

// A `key: pattern` item of a mapping pattern, or `name=pattern` of a class pattern.
struct KeyPatternPair {
  ast::expr* key;
  ast::pattern* pattern;
};

// A comparison operator and its right operand.
struct CmpopExprPair {
  ast::cmpop op;
  ast::expr* expr;
};

// A string token cut into its parts.
struct StringToken {
  bool bytes = false;          // b prefix
  bool raw = false;            // r prefix
  bool fstring = false;        // f prefix
  std::string_view body;       // between the quotes
  std::size_t body_offset = 0; // offset of the body in the token text
};

// What CPython's FstringParser accumulates while it concatenates the parts of a string group.
struct FstringState {
  std::string last_str;           // literal text not yet turned into a Constant
  std::vector<ast::expr*> values; // finished parts
  bool fmode = false;             // an f-string was part of the group
};

// The result of a rule that produces a list: nullopt when the rule fails.
template <class T>
using ListResult = std::optional<std::vector<T>>;

// What a rule returning R yields when it succeeds: R itself for a pointer (nullptr is a
// failure), U for a std::optional<U>.
template <class R>
struct ItemOf {
  using type = R;
  static R get(R r) { return r; }
};
template <class U>
struct ItemOf<std::optional<U>> {
  using type = U;
  static U get(const std::optional<U>& r) { return *r; }
};

// The parser of one token stream: a program, or the `(expr)` of an f-string field.
class Parser {
public:
  // Parses the tokens of `lexer` into ctx.arena. For an f-string expression, `fstring` is
  // true and (starting_lineno, starting_col_offset) is where its '(' stands in the program.
  Parser(ParseContext& ctx, Lexer& lexer, bool fstring = false, int starting_lineno = 0,
         int starting_col_offset = 0);

  // CPython's _PyPegen_run_parser() for file input: the module, or nullptr with ctx.error set.
  ast::Module* run_file();
  // The same for eval input.
  ast::Expression* run_eval();
  // The same for an f-string expression (grammar rule `fstring: star_expressions`).
  ast::expr* run_fstring();

  // Deepest nesting of rule methods before the parse is abandoned (with CPython's
  // MemoryError). CPython's parser gives up at 6000 nested rule calls; 200 nested brackets
  // (the lexer's limit, as CPython's) take about 3500 of ours, and 4000 keep the stack within
  // ~700 KB of the JavaScript engine's native stack in wasm (V8's default is 984 KB).
  static constexpr int kMaxDepth = 4000;

private:
  friend class RuleGuard;

  // ---- Tokens (parser_core.cpp)
  Token& fill();           // the token at mark_, lexed if need be
  Token* expect(Tok type); // consume a token of this type, or nullptr
  bool at(Tok type);       // the token at mark_ has this type (no consume)
  Token* expect_forced(Tok type, std::string_view expected); // `&&'x'`: or raise
  Token* expect_soft_keyword(std::string_view keyword);      // a NAME spelled `keyword`
  Token* expect_name_token();                                // any NAME
  ast::Name* name();                                         // NAME as a Name(Load) node
  std::string_view token_text(const Token& t) const;         // the token's source text
  std::string_view identifier(const Token& t); // a NAME's identifier (NFKC), in the arena
  Token& last_nonwhitespace_token();           // the token EXTRA's end position comes from
  template <class T>
  T* node(int start_mark); // a node positioned from start_mark to here
  template <class T>
  T* node_at(const ast::located& start, const ast::located& end); // between two nodes
  template <class T>
  ast::Seq<T> seq(const std::vector<T>& items) {
    return ast::Seq<T>::from(ctx_.arena, items);
  }
  // `separator.item+` (CPython's gather): an item, then (separator item)* while both parse;
  // the mark ends after the last item.
  template <class F>
  auto gather(Tok separator, F&& item) -> ListResult<typename ItemOf<decltype(item())>::type>;
  // `item*` (or `item+` with at_least_one): items while they parse.
  template <class F>
  auto repeat(F&& item, bool at_least_one) -> ListResult<typename ItemOf<decltype(item())>::type>;
  Token* optional_as_name(); // ['as' NAME]: the NAME, or nullptr (mark unmoved)
  ListResult<ast::expr*> comma_list(ast::expr* (Parser::*item)()); // `','.item+ [',']`
  // `item (',' item)* [',']`: a Tuple (in context ctx) if there is a comma, else the item.
  ast::expr* comma_tuple(ast::expr* (Parser::*item)(), ast::expr_context ctx);
  // `open [items] close` as a T (List or Tuple) in context ctx, or nullptr.
  template <class T>
  ast::expr* bracketed(Tok open, Tok close, ListResult<ast::expr*> (Parser::*items)(),
                       ast::expr_context ctx);

  // ---- Memoization (parser_core.cpp)
  // Rules whose results are memoized per start position, as in CPython.
  enum class Memo : std::uint8_t {
    Expression,
    StarExpression,
    Disjunction,
    Conjunction,
    Inversion,
    BitwiseOr,
    Factor,
    AwaitPrimary,
    Primary,
    TPrimary,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    Arguments,
    Strings,
    Block,
    SimpleStmt,
    ClosedPattern,
    StarPattern,
    InvalidNamedExpression,
    DottedName,
    Attr
  };
  struct MemoEntry {
    Memo rule;
    int end_mark;
    void* result;
    int next; // next entry of the same token, or -1
  };
  bool memo_get(Memo rule, void*& result); // true (and mark_ moved) when memoized
  void memo_put(int start_mark, Memo rule, void* result);
  template <class T, class F>
  T* memoized(Memo rule, F&& parse); // runs parse() once per position

  // ---- Errors (parser_core.cpp)
  [[noreturn]] void raise_known_location(SyntaxErrorType type, int lineno, int col_offset,
                                         int end_lineno, int end_col_offset, std::string msg);
  [[noreturn]] void raise(SyntaxErrorType type, std::string msg); // at the last token
  [[noreturn]] void raise_at(const Token& t, std::string msg);    // RAISE_..._KNOWN_LOCATION
  [[noreturn]] void raise_at(const ast::located& a, std::string msg);
  [[noreturn]] void raise_range(const ast::located& a, const ast::located& b, std::string msg);
  [[noreturn]] void raise_range(const Token& a, const Token& b, std::string msg);
  [[noreturn]] void raise_range(const Token& a, const ast::located& b, std::string msg);
  [[noreturn]] void raise_range(const ast::located& a, const Token& b, std::string msg);
  [[noreturn]] void raise_starting_from(const ast::located& a, std::string msg);
  [[noreturn]] void raise_starting_from(const Token& a, std::string msg);
  [[noreturn]] void lexer_error();                           // CPython's tokenizer_error()
  [[noreturn]] void unclosed_bracket_error();                // "'(' was never closed"
  void invalid_target_error(TargetsType type, ast::expr* e); // raises if e has one
  std::string error_line(int lineno);           // the source line CPython puts in `text`
  void check_rest_for_lexer_errors();           // _PyPegen_tokenize_full_source_to_check_for_errors
  void generic_syntax_error(const Token& last); // _PyPegen_set_syntax_error, nothing raised
  template <class F>
  auto run(F&& start_rule) -> decltype(start_rule()); // the two passes around a start rule

  // ---- Statements (rules_statements.cpp)
  ast::Module* file();
  ast::Expression* eval();
  ListResult<ast::stmt*> statements();
  bool statement(std::vector<ast::stmt*>& out);
  bool simple_stmts(std::vector<ast::stmt*>& out);
  ast::stmt* simple_stmt();
  ast::stmt* simple_stmt_raw();
  ast::stmt* compound_stmt();
  ast::stmt* assignment();
  ast::expr* annotated_rhs();
  std::optional<ast::binop> augassign();
  ast::stmt* return_stmt();
  ast::stmt* raise_stmt();
  ast::stmt* global_stmt(bool nonlocal);
  ast::stmt* del_stmt();
  ast::stmt* yield_stmt();
  ast::stmt* assert_stmt();
  ast::stmt* import_stmt();
  ast::stmt* import_name();
  ast::stmt* import_from();
  ListResult<ast::alias*> import_from_targets();
  ListResult<ast::alias*> import_from_as_names();
  ast::alias* import_from_as_name();
  ListResult<ast::alias*> dotted_as_names();
  ast::alias* dotted_as_name();
  ast::Name* dotted_name();
  ast::Seq<ast::stmt*>* block();
  ast::Seq<ast::stmt*>* block_raw();
  ListResult<ast::expr*> decorators();
  ast::stmt* class_def();
  ast::stmt* class_def_raw();
  ast::stmt* function_def();
  ast::stmt* function_def_raw();
  ast::stmt* if_stmt(bool elif);
  ast::Seq<ast::stmt*>* else_block();
  ast::stmt* while_stmt();
  ast::stmt* for_stmt();
  ast::stmt* with_stmt();
  ast::withitem* with_item();
  ast::stmt* try_stmt();
  ast::ExceptHandler* except_block();
  ast::ExceptHandler* except_star_block();
  ast::ExceptHandler* typed_handler(int start_mark);
  ast::ExceptHandler* handler_body(int start_mark, ast::expr* type, Token* name_token);
  ast::alias* make_alias(int start_mark, std::string_view name);
  template <class T>
  T* names_node(int start_mark, const std::vector<std::string_view>& names);
  template <class T>
  T* try_node(int start_mark, ast::Seq<ast::stmt*> body,
              const std::vector<ast::ExceptHandler*>& handlers, ast::Seq<ast::stmt*> orelse,
              ast::Seq<ast::stmt*> finalbody);
  ast::Seq<ast::stmt*>* finally_block();
  ast::Seq<ast::stmt*>* keyword_block(Tok keyword, std::string_view what);
  ast::stmt* match_stmt();
  ast::expr* subject_expr();
  ast::match_case* case_block();
  ast::expr* guard();

  // ---- Parameters (rules_parameters.cpp); `lambda` selects the lambda_ twin of a rule
  ast::arguments* params(bool lambda);
  ast::arguments* parameters(bool lambda);
  std::vector<ast::arg*> no_defaults(bool lambda);
  std::vector<NameDefaultPair> with_defaults(bool lambda);
  ListResult<ast::arg*> slash_no_default(bool lambda);
  std::optional<SlashWithDefault> slash_with_default(bool lambda);
  std::optional<StarEtc> star_etc(bool lambda);
  ast::arg* kwds(bool lambda);
  bool param_end(bool lambda);
  ast::arg* param_no_default(bool lambda);
  ast::arg* param_no_default_star_annotation();
  std::optional<NameDefaultPair> param_default(bool lambda, bool optional_default);
  ast::arg* param(bool lambda);
  ast::expr* default_();
  ast::arguments* make_arguments(const std::vector<ast::arg*>* slash_without_default,
                                 const SlashWithDefault* slash_with_default,
                                 const std::vector<ast::arg*>* plain_names,
                                 const std::vector<NameDefaultPair>* names_with_default,
                                 const StarEtc* star_etc);
  ast::arguments* empty_arguments();

  // ---- Expressions (rules_expressions.cpp)
  ast::expr* expressions();
  ast::expr* expression();
  ast::expr* expression_raw();
  ast::expr* expression_valid();
  ast::expr* expression_without_invalid();
  ast::expr* yield_expr();
  ast::expr* star_expressions();
  ast::expr* star_expression();
  ListResult<ast::expr*> star_named_expressions();
  ast::expr* star_named_expression();
  ast::expr* starred_bitwise_or();
  ast::expr* assignment_expression();
  ast::expr* named_expression();
  ast::expr* disjunction();
  ast::expr* conjunction();
  ast::expr* bool_op(ast::boolop op, Tok keyword, ast::expr* (Parser::*operand)());
  ast::expr* inversion();
  ast::expr* comparison();
  std::optional<CmpopExprPair> compare_op_bitwise_or_pair();
  ast::expr* bitwise_or();
  ast::expr* binary_operators(int min_precedence);
  ast::expr* factor();
  ast::expr* power();
  ast::expr* await_primary();
  ast::expr* primary();
  ast::expr* primary_step(ast::expr* a, int start_mark, bool targets);
  ast::expr* slices();
  ast::expr* slice();
  ast::expr* atom();
  ast::expr* group();
  ast::expr* lambdef();
  ast::expr* strings();
  ast::expr* list();
  ast::expr* tuple();
  ast::expr* set();
  ast::expr* dict();
  ListResult<KeyValuePair> double_starred_kvpairs();
  std::optional<KeyValuePair> double_starred_kvpair();
  std::optional<KeyValuePair> kvpair();
  ListResult<ast::comprehension*> for_if_clauses();
  ast::comprehension* for_if_clause();
  ast::expr* listcomp();
  ast::expr* setcomp();
  ast::expr* genexp();
  ast::expr* assignment_or_expression();
  template <class T>
  ast::expr* comprehension_node(Tok open, Tok close, ast::expr* (Parser::*element)());
  ast::expr* dictcomp();
  ast::expr* arguments();
  ast::expr* args();
  ListResult<ast::expr*> positional_arguments();
  ListResult<KeywordOrStarred> kwargs();
  ast::expr* starred_expression();
  std::optional<KeywordOrStarred> kwarg_or_starred(bool double_starred);
  ast::Call* collect_call(const std::vector<ast::expr*>& positional,
                          const std::vector<KeywordOrStarred>& rest, int start_mark);

  // ---- Targets (rules_targets.cpp)
  ast::expr* star_targets();
  ListResult<ast::expr*> star_targets_list_seq();
  ListResult<ast::expr*> star_targets_tuple_seq();
  ast::expr* star_target();
  ast::expr* target_with_star_atom();
  ast::expr* star_atom();
  ast::expr* single_target();
  ast::expr* single_subscript_attribute_target();
  ast::expr* t_primary();
  bool t_lookahead();
  ast::expr*
  target_tail(ast::expr_context ctx); // t_primary ('.' NAME | '[' slices ']') !t_lookahead
  ListResult<ast::expr*> del_targets();
  ast::expr* del_target();
  ast::expr* del_t_atom();
  ast::expr* target_atom(ast::expr* (Parser::*target)(),
                         ListResult<ast::expr*> (Parser::*tuple_items)(),
                         ListResult<ast::expr*> (Parser::*list_items)(), ast::expr_context ctx);
  ast::expr* set_context(ast::expr* e, ast::expr_context ctx); // _PyPegen_set_expr_context

  // ---- Patterns (rules_patterns.cpp)
  ast::pattern* patterns();
  ast::pattern* pattern();
  ast::pattern* as_pattern();
  ast::pattern* or_pattern();
  ast::pattern* closed_pattern();
  ast::pattern* literal_pattern();
  ast::expr* literal_expr();
  ast::expr* complex_number();
  ast::expr* signed_number();
  ast::expr* signed_real_number();
  ast::expr* real_number();
  ast::expr* imaginary_number();
  ast::pattern* capture_pattern();
  ast::Name* pattern_capture_target();
  ast::pattern* wildcard_pattern();
  ast::pattern* value_pattern();
  ast::expr* attr();
  ast::expr* name_or_attr();
  ast::pattern* group_pattern();
  ast::pattern* sequence_pattern();
  ListResult<ast::pattern*> open_sequence_pattern();
  ListResult<ast::pattern*> maybe_sequence_pattern();
  ast::pattern* maybe_star_pattern();
  ast::pattern* star_pattern();
  ast::pattern* mapping_pattern();
  ListResult<KeyPatternPair> items_pattern();
  std::optional<KeyPatternPair> key_value_pattern();
  ast::Name* double_star_pattern();
  ast::pattern* class_pattern();
  ListResult<ast::pattern*> positional_patterns();
  ListResult<KeyPatternPair> keyword_patterns();
  std::optional<KeyPatternPair> keyword_pattern();

  // ---- Invalid rules, second pass only (rules_invalid.cpp)
  void invalid_arguments();
  void invalid_kwarg();
  void invalid_keyword_genexp();
  void invalid_legacy_expression();
  void invalid_expression();
  void invalid_named_expression();
  void invalid_assignment();
  ast::expr* invalid_ann_assign_target();
  void invalid_del_stmt();
  void invalid_block();
  void invalid_comprehension();
  void invalid_dict_comprehension();
  void invalid_parameters(bool lambda);
  void invalid_default();
  void invalid_star_etc(bool lambda);
  void invalid_kwds(bool lambda);
  void invalid_with_item();
  void invalid_for_target();
  void invalid_group();
  void invalid_import_from_targets();
  void invalid_with_stmt();
  void invalid_with_stmt_indent();
  bool invalid_with_items(bool parenthesized);
  void invalid_try_stmt();
  void invalid_except_stmt();
  void invalid_except_stmt_indent();
  void invalid_except_star_stmt_indent();
  void invalid_match_stmt();
  void invalid_case_block();
  void invalid_as_pattern();
  void invalid_class_pattern();
  void invalid_if_stmt(bool elif);
  void invalid_while_stmt();
  void invalid_for_stmt();
  void invalid_def_raw();
  void invalid_class_def_raw();
  void invalid_double_starred_kvpairs();
  void invalid_kvpair();
  void invalid_kvpair_value();
  void invalid_indented_block(const Token& keyword, std::string_view what); // !INDENT check
  template <class F>
  void invalid_block_header(std::string_view what, F&& header); // "expected ':'" or !INDENT

  // ---- Literals (literals.cpp)
  ast::expr* number_token();                           // NUMBER as a Constant
  ast::expr* concatenate_strings(int first, int last); // STRING+ tokens [first, last]
  std::string decode_literal(std::string_view text, bool raw, const Token& t);
  ast::expr* make_str_node(FstringState& state, const Token& first, const Token& last);
  ast::expr* fstring_finish(FstringState& state, const Token& first, const Token& last);
  void fstring_concat(FstringState& state, const StringToken& s, std::size_t& pos, int recurse_lvl,
                      const Token& first, const Token& t, const Token& last);
  ast::expr* fstring_expr(const StringToken& s, std::size_t& pos, int recurse_lvl,
                          const Token& first, const Token& t, const Token& last,
                          std::string& expr_text);
  ast::expr* fstring_compile_expr(const StringToken& s, std::size_t expr_start,
                                  std::size_t expr_end, const Token& t);

  // ---- Helpers (action_helpers.cpp)
  ast::expr* seq_insert_front(ast::expr* first, std::vector<ast::expr*> rest, int start_mark,
                              ast::expr_context ctx); // a Tuple of first + rest
  void nonparen_genexp_in_call(ast::expr* args, const std::vector<ast::comprehension*>& comps);
  [[noreturn]] void arguments_parsing_error(ast::expr* call);
  bool is_legacy_print(const ast::expr* name) const;
  static ast::expr* last_comprehension_item(const ast::comprehension* c);

  ParseContext& ctx_;        // shared state
  Lexer& lexer_;             // where tokens come from
  std::deque<Token> tokens_; // tokens read so far (CPython's p->tokens[0..fill)); stable addresses
  int mark_ = 0;             // current position in tokens_
  bool invalid_rules_ = false; // second pass: try the invalid_* rules
  bool fstring_;               // parsing an f-string expression ("f-string: " messages)
  int starting_lineno_;        // f-string expression: the line its '(' stands on
  int starting_col_offset_;    // f-string expression: the column of its '('
  // How far fstring_compile_expr has scanned the current f-string token for newlines.
  struct FstringScan {
    std::uint32_t token_start; // the token scanned (its start offset)
    std::size_t scanned;       // bytes of the token scanned
    int lines;                 // newlines among them
    std::size_t last_newline;  // offset of the last one in the token, or npos
  };
  FstringScan fstring_scan_{0, 0, 0, std::string_view::npos};
  std::vector<int> memo_heads_;  // first memo entry per token (-1 if none)
  std::vector<MemoEntry> memos_; // memo entries
};

// ---------------------------------------------------------------------------------------------
// Template members of Parser.

template <class T>
T* Parser::node(int start_mark) {
  T* n = ctx_.arena.make<T>();
  const Token& first = tokens_[start_mark];
  const Token& last = last_nonwhitespace_token();
  n->lineno = first.lineno;
  n->col_offset = first.col_offset;
  n->end_lineno = last.end_lineno;
  n->end_col_offset = last.end_col_offset;
  return n;
}

template <class T>
T* Parser::node_at(const ast::located& start, const ast::located& end) {
  T* n = ctx_.arena.make<T>();
  n->lineno = start.lineno;
  n->col_offset = start.col_offset;
  n->end_lineno = end.end_lineno;
  n->end_col_offset = end.end_col_offset;
  return n;
}

template <class F>
auto Parser::gather(Tok separator, F&& item)
    -> ListResult<typename ItemOf<decltype(item())>::type> {
  using Item = ItemOf<decltype(item())>;
  auto first = item();
  if (!first) return std::nullopt;
  std::vector<typename Item::type> out{Item::get(first)};
  for (;;) {
    int before = mark_;
    if (!expect(separator)) break;
    auto next = item();
    if (!next) {
      mark_ = before;
      break;
    }
    out.push_back(Item::get(next));
  }
  return out;
}

template <class F>
auto Parser::repeat(F&& item, bool at_least_one)
    -> ListResult<typename ItemOf<decltype(item())>::type> {
  using Item = ItemOf<decltype(item())>;
  std::vector<typename Item::type> out;
  for (;;) {
    int before = mark_;
    auto next = item();
    if (!next) {
      mark_ = before;
      break;
    }
    out.push_back(Item::get(next));
  }
  if (at_least_one && out.empty()) return std::nullopt;
  return out;
}

template <class T>
ast::expr* Parser::bracketed(Tok open, Tok close, ListResult<ast::expr*> (Parser::*items)(),
                             ast::expr_context ctx) {
  int m = mark_;
  if (expect(open)) {
    int before = mark_;
    auto a = (this->*items)();
    if (!a) mark_ = before;
    if (expect(close)) {
      auto* e = node<T>(m);
      if (a) e->elts = seq(*a);
      e->ctx = ctx;
      return e;
    }
  }
  mark_ = m;
  return nullptr;
}

template <class T, class F>
T* Parser::memoized(Memo rule, F&& parse) {
  void* cached;
  if (memo_get(rule, cached)) return static_cast<T*>(cached);
  int start = mark_;
  T* result = parse();
  if (!result) mark_ = start;
  memo_put(start, rule, result);
  return result;
}

// Counts rule depth (one per active rule method, or `levels` for a rule that reads by a loop
// what the grammar nests) and stops the parse beyond kMaxDepth.
class RuleGuard {
public:
  explicit RuleGuard(Parser& p, int levels = 1);
  ~RuleGuard() { ctx_.depth -= levels_; }
  RuleGuard(const RuleGuard&) = delete;
  RuleGuard& operator=(const RuleGuard&) = delete;

private:
  ParseContext& ctx_;
  int levels_;
};

// Name of an expression kind in messages ("function call", "literal"): _PyPegen_get_expr_name.
const char* expr_name(const ast::expr* e);

// The first sub-expression of e that cannot be assigned (or deleted), or nullptr.
ast::expr* invalid_target(ast::expr* e, TargetsType type);

} // namespace py::parsing
