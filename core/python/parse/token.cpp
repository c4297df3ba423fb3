// Token kind tables (see token.hpp).
#include "python/parse/token.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace py {
namespace {

// A keyword's spelling and kind.
struct Keyword {
  std::string_view name;
  Tok kind;
};

// Every keyword, sorted by spelling for binary search.
constexpr std::array<Keyword, 35> kKeywords{{
    {"False", Tok::KwFalse},
    {"None", Tok::KwNone},
    {"True", Tok::KwTrue},
    {"and", Tok::KwAnd},
    {"as", Tok::KwAs},
    {"assert", Tok::KwAssert},
    {"async", Tok::Async},
    {"await", Tok::Await},
    {"break", Tok::KwBreak},
    {"class", Tok::KwClass},
    {"continue", Tok::KwContinue},
    {"def", Tok::KwDef},
    {"del", Tok::KwDel},
    {"elif", Tok::KwElif},
    {"else", Tok::KwElse},
    {"except", Tok::KwExcept},
    {"finally", Tok::KwFinally},
    {"for", Tok::KwFor},
    {"from", Tok::KwFrom},
    {"global", Tok::KwGlobal},
    {"if", Tok::KwIf},
    {"import", Tok::KwImport},
    {"in", Tok::KwIn},
    {"is", Tok::KwIs},
    {"lambda", Tok::KwLambda},
    {"nonlocal", Tok::KwNonlocal},
    {"not", Tok::KwNot},
    {"or", Tok::KwOr},
    {"pass", Tok::KwPass},
    {"raise", Tok::KwRaise},
    {"return", Tok::KwReturn},
    {"try", Tok::KwTry},
    {"while", Tok::KwWhile},
    {"with", Tok::KwWith},
    {"yield", Tok::KwYield},
}};

// Spellings of the operator kinds LPar..ColonEqual, in enum order.
constexpr std::array<std::string_view, 47> kOperators{
    "(",  ")",   "[",   "]",   ":",  ",",   ";",  "+",  "-",  "*",   "/",  "|",
    "&",  "<",   ">",   "=",   ".",  "%",   "{",  "}",  "==", "!=",  "<=", ">=",
    "~",  "^",   "<<",  ">>",  "**", "+=",  "-=", "*=", "/=", "%=",  "&=", "|=",
    "^=", "<<=", ">>=", "**=", "//", "//=", "@",  "@=", "->", "...", ":="};

} // namespace

int cpython_token_number(Tok kind) {
  if (kind >= Tok::KwFalse) return 1;     // NAME
  if (kind == Tok::ErrorToken) return 60; // ERRORTOKEN
  return static_cast<int>(kind);          // the same numbering as Lib/token.py
}

Tok keyword_kind(std::string_view name) {
  auto it = std::lower_bound(kKeywords.begin(), kKeywords.end(), name,
                             [](const Keyword& k, std::string_view n) { return k.name < n; });
  return it != kKeywords.end() && it->name == name ? it->kind : Tok::Name;
}

std::string_view token_text(Tok kind) {
  if (kind >= Tok::LPar && kind <= Tok::ColonEqual) {
    return kOperators[static_cast<int>(kind) - static_cast<int>(Tok::LPar)];
  }
  for (const Keyword& k : kKeywords) {
    if (k.kind == kind) return k.name;
  }
  switch (kind) {
  case Tok::EndMarker: return "ENDMARKER";
  case Tok::Name: return "NAME";
  case Tok::Number: return "NUMBER";
  case Tok::String: return "STRING";
  case Tok::Newline: return "NEWLINE";
  case Tok::Indent: return "INDENT";
  case Tok::Dedent: return "DEDENT";
  case Tok::Op: return "OP";
  default: return "ERRORTOKEN";
  }
}

} // namespace py
