// The symbol table's second pass (CPython 3.11's symtable_analyze): decides
// for every name of every scope whether it is local, global or free, and
// which locals must be cells because a nested scope uses them.
//
// A block receives the names bound in enclosing function scopes (`bound`)
// and the names declared global in enclosing scopes (`global`); it returns
// the names that are free in it or in its children (`free`). Class bodies do
// not pass their own bindings down: methods cannot see them.
#include <algorithm>
#include <unordered_set>

#include "python/compile/symtable.hpp"

namespace py::bc {

/// A set of names.
struct SymbolTable::NameSet {
  std::unordered_set<std::string_view> names;
  bool contains(std::string_view n) const { return names.count(n) != 0; }
  void add(std::string_view n) { names.insert(n); }
  bool discard(std::string_view n) { return names.erase(n) != 0; }
  void add_all(const NameSet& other) { names.insert(other.names.begin(), other.names.end()); }
};

void SymbolTable::analyze() {
  NameSet free, global;
  analyze_block(top_, nullptr, free, global);
}

void SymbolTable::fail_at_directive(ScopeEntry* ste, std::string_view name, std::string message) {
  for (const Directive& d : ste->directives) {
    if (d.name == name)
      fail(std::move(message), d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
  }
  fail(std::move(message), ste->lineno, ste->col_offset, ste->end_lineno, ste->end_col_offset);
}

void SymbolTable::analyze_name(ScopeEntry* ste, std::vector<Scope>& scopes, const Symbol& symbol,
                               NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
  size_t i = size_t(&symbol - ste->symbols.data());
  std::string_view name = symbol.name;
  uint32_t flags = symbol.flags;
  if (flags & kDefGlobal) {
    if (flags & kDefNonlocal) {
      fail_at_directive(ste, name, "name '" + std::string(name) + "' is nonlocal and global");
    }
    scopes[i] = Scope::global_explicit;
    global.add(name);
    if (bound) bound->discard(name);
    return;
  }
  if (flags & kDefNonlocal) {
    if (!bound) fail_at_directive(ste, name, "nonlocal declaration not allowed at module level");
    if (!bound->contains(name)) {
      fail_at_directive(ste, name, "no binding for nonlocal '" + std::string(name) + "' found");
    }
    scopes[i] = Scope::free;
    ste->free = true;
    free.add(name);
    return;
  }
  if (flags & kDefBound) {
    scopes[i] = Scope::local;
    local.add(name);
    global.discard(name);
    return;
  }
  if (bound && bound->contains(name)) {
    scopes[i] = Scope::free;
    ste->free = true;
    free.add(name);
    return;
  }
  if (global.contains(name)) {
    scopes[i] = Scope::global_implicit;
    return;
  }
  if (ste->nested) ste->free = true;
  scopes[i] = Scope::global_implicit;
}

void SymbolTable::analyze_block(ScopeEntry* ste, const NameSet* bound_in, NameSet& free,
                                const NameSet& global_in) {
  // The sets a block may change are its own copies (analyze_child_block).
  NameSet bound_copy, global = global_in;
  NameSet* bound = nullptr;
  if (bound_in) {
    bound_copy = *bound_in;
    bound = &bound_copy;
  }
  NameSet local, newglobal, newfree, newbound;
  bool is_class = ste->type == BlockType::class_;
  if (is_class) {
    newglobal.add_all(global);
    if (bound) newbound.add_all(*bound);
  }
  std::vector<Scope> scopes(ste->symbols.size(), Scope::none);
  for (const Symbol& symbol : ste->symbols) {
    analyze_name(ste, scopes, symbol, bound, local, free, global);
  }
  if (!is_class) {
    if (ste->type == BlockType::function) newbound.add_all(local);
    if (bound) newbound.add_all(*bound);
    newglobal.add_all(global);
  } else {
    newbound.add("__class__");
  }
  NameSet allfree;
  for (ScopeEntry* child : ste->children) {
    NameSet child_free = newfree;
    analyze_block(child, &newbound, child_free, newglobal);
    allfree.add_all(child_free);
    if (child->free || child->child_free) ste->child_free = true;
  }
  newfree.add_all(allfree);
  if (ste->type == BlockType::function) {
    // Locals used by nested scopes become cells.
    for (size_t i = 0; i < scopes.size(); ++i) {
      if (scopes[i] == Scope::local && newfree.discard(ste->symbols[i].name)) {
        scopes[i] = Scope::cell;
      }
    }
  } else if (is_class && newfree.discard("__class__")) {
    ste->needs_class_closure = true;
  }
  // update_symbols: record the scopes, then the free names of children that
  // pass through this block.
  for (size_t i = 0; i < scopes.size(); ++i) ste->symbols[i].scope = scopes[i];
  std::vector<std::string_view> passing(newfree.names.begin(), newfree.names.end());
  std::sort(passing.begin(), passing.end());
  for (std::string_view name : passing) {
    auto it = ste->index.find(name);
    if (it != ste->index.end()) {
      Symbol& s = ste->symbols[it->second];
      if (is_class && (s.flags & (kDefBound | kDefGlobal))) s.flags |= kDefFreeClass;
      continue;
    }
    if (bound && !bound->contains(name)) continue; // a global
    ste->index.emplace(name, uint32_t(ste->symbols.size()));
    ste->symbols.push_back(Symbol{name, 0, Scope::free});
  }
  free.add_all(newfree);
}

} // namespace py::bc
