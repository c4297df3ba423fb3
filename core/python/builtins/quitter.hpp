// exit and quit: the objects CPython's site module puts in builtins, which
// raise SystemExit when called (learners end scripts with exit()).
#pragma once

namespace py {

class VM;
struct Module;

/// Adds builtins.exit and builtins.quit (instances of _sitebuiltins.Quitter).
void add_quitters(VM& vm, Module* builtins);

} // namespace py
