// Names: the interned strs the VM looks up by identity (dunder methods and
// common attribute names), created once per VM. The X-list is the single
// source of truth: add a name here and it becomes vm.names.<field>.
#pragma once

namespace py {

struct Str;

// X(field, "text")
// clang-format off
#define PY_NAMES(X)                                                                                \
  X(init, "__init__") X(new_, "__new__") X(call, "__call__") X(repr, "__repr__")                   \
  X(str, "__str__") X(hash, "__hash__") X(eq, "__eq__") X(ne, "__ne__") X(lt, "__lt__")            \
  X(le, "__le__") X(gt, "__gt__") X(ge, "__ge__") X(bool_, "__bool__") X(len, "__len__")           \
  X(iter, "__iter__") X(next, "__next__") X(getitem, "__getitem__") X(setitem, "__setitem__")      \
  X(delitem, "__delitem__") X(contains, "__contains__") X(getattr, "__getattr__")                  \
  X(getattribute, "__getattribute__") X(setattr, "__setattr__") X(delattr, "__delattr__")          \
  X(get, "__get__") X(set, "__set__") X(delete_, "__delete__") X(set_name, "__set_name__")         \
  X(init_subclass, "__init_subclass__") X(class_getitem, "__class_getitem__")                      \
  X(enter, "__enter__") X(exit, "__exit__") X(aenter, "__aenter__") X(aexit, "__aexit__")          \
  X(await, "__await__") X(aiter, "__aiter__") X(anext, "__anext__") X(name, "__name__")            \
  X(qualname, "__qualname__") X(module, "__module__") X(doc, "__doc__") X(dict, "__dict__")        \
  X(class_, "__class__") X(slots, "__slots__") X(annotations, "__annotations__")                   \
  X(builtins, "__builtins__") X(main, "__main__") X(file, "__file__") X(format, "__format__")      \
  X(index, "__index__") X(int_, "__int__") X(float_, "__float__") X(abs, "__abs__")                \
  X(neg, "__neg__") X(pos, "__pos__") X(invert, "__invert__") X(round, "__round__")                \
  X(trunc, "__trunc__") X(floor, "__floor__") X(ceil, "__ceil__") X(reversed, "__reversed__")      \
  X(missing, "__missing__") X(del, "__del__") X(mro_entries, "__mro_entries__")                    \
  X(prepare, "__prepare__") X(instancecheck, "__instancecheck__")                                  \
  X(subclasscheck, "__subclasscheck__") X(match_args, "__match_args__")                            \
  X(classcell, "__classcell__") X(all, "__all__") X(spec, "__spec__") X(package, "__package__")    \
  X(loader, "__loader__") X(import, "__import__") X(build_class, "__build_class__")                \
  X(traceback, "__traceback__") X(cause, "__cause__") X(context, "__context__")                    \
  X(suppress_context, "__suppress_context__") X(notes, "__notes__") X(self, "__self__")            \
  X(func, "__func__") X(isabstractmethod, "__isabstractmethod__")                                  \
  X(abstractmethods, "__abstractmethods__") X(orig_bases, "__orig_bases__")                        \
  X(bytes_, "__bytes__") X(length_hint, "__length_hint__") X(dir, "__dir__") X(copy, "__copy__")   \
  X(deepcopy, "__deepcopy__") X(reduce_ex, "__reduce_ex__") X(reduce, "__reduce__")                \
  X(divmod, "__divmod__") X(rdivmod, "__rdivmod__") X(sizeof_, "__sizeof__")                       \
  X(add, "__add__") X(radd, "__radd__") X(iadd, "__iadd__") X(sub, "__sub__")                      \
  X(rsub, "__rsub__") X(isub, "__isub__") X(mul, "__mul__") X(rmul, "__rmul__")                    \
  X(imul, "__imul__") X(matmul, "__matmul__") X(rmatmul, "__rmatmul__")                            \
  X(imatmul, "__imatmul__") X(truediv, "__truediv__") X(rtruediv, "__rtruediv__")                  \
  X(itruediv, "__itruediv__") X(floordiv, "__floordiv__") X(rfloordiv, "__rfloordiv__")            \
  X(ifloordiv, "__ifloordiv__") X(mod, "__mod__") X(rmod, "__rmod__") X(imod, "__imod__")          \
  X(pow, "__pow__") X(rpow, "__rpow__") X(ipow, "__ipow__") X(lshift, "__lshift__")                \
  X(rlshift, "__rlshift__") X(ilshift, "__ilshift__") X(rshift, "__rshift__")                      \
  X(rrshift, "__rrshift__") X(irshift, "__irshift__") X(and_, "__and__") X(rand, "__rand__")       \
  X(iand, "__iand__") X(or_, "__or__") X(ror, "__ror__") X(ior, "__ior__") X(xor_, "__xor__")      \
  X(rxor, "__rxor__") X(ixor, "__ixor__")                                                          \
  X(send, "send") X(throw_, "throw") X(close, "close") X(write, "write") X(flush, "flush")         \
  X(keys, "keys") X(items, "items") X(values, "values") X(get_, "get") X(append, "append")         \
  X(mro, "mro") X(args, "args") X(value, "value") X(code, "code") X(name_, "name") X(obj, "obj")   \
  X(msg, "msg") X(filename, "filename") X(lineno, "lineno") X(offset, "offset") X(text, "text")    \
  X(end_lineno, "end_lineno") X(end_offset, "end_offset") X(print_file_and_line,                   \
                                                            "print_file_and_line")                 \
  X(message, "message") X(exceptions, "exceptions") X(path, "path") X(stdout_, "stdout")           \
  X(stderr_, "stderr") X(stdin_, "stdin") X(excepthook, "excepthook")                              \
  X(lambda, "<lambda>") X(module_name, "<module>") X(genexpr, "<genexpr>")                         \
  X(listcomp, "<listcomp>") X(setcomp, "<setcomp>") X(dictcomp, "<dictcomp>")
// clang-format on

/// The interned names, one Str* per entry of PY_NAMES (owned by the intern table).
struct Names {
#define PY_NAME_FIELD(field, text) Str* field = nullptr;
  PY_NAMES(PY_NAME_FIELD)
#undef PY_NAME_FIELD
};

} // namespace py
