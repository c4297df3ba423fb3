// The docstrings of the built-in types and of the builtins module, as
// CPython 3.11 has them (int.__doc__, help texts learners print).
#include "python/builtins/type_docs.hpp"

#include <utility>

#include "python/objects/dict.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/vm/type_ops.hpp"
#include "python/vm/vm.hpp"

namespace py {

void add_builtin_docs(VM& vm, Dict* builtins) {
  const std::pair<Type*, const char*> docs[] = {
      {vm.types.object,
       "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns "
       "a new featureless\ninstance that has no instance attributes and cannot be given any.\n"},
      {vm.types.int_,
       "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
       "integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  "
       "For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if "
       "base is given, then x must be a string,\nbytes, or bytearray instance representing an "
       "integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be "
       "surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 "
       "means to interpret the base from the string as an integer literal.\n>>> int('0b100', "
       "base=0)\n4"},
      {vm.types.bool_,
       "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe "
       "builtins True and False are the only two instances of the class bool.\nThe class bool is a "
       "subclass of the class int, and cannot be subclassed."},
      {vm.types.float_, "Convert a string or number to a floating point number, if possible."},
      {vm.types.complex,
       "Create a complex number from a real part and an optional imaginary part.\n\nThis is "
       "equivalent to (real + imag*1j) where imag defaults to 0."},
      {vm.types.str,
       "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new "
       "string object from the given object. If encoding or\nerrors is specified, then the object "
       "must expose a data buffer\nthat will be decoded using the given encoding and error "
       "handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor "
       "repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to "
       "'strict'."},
      {vm.types.bytes,
       "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> "
       "bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes "
       "object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes "
       "object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers "
       "in range(256)\n  - a text string encoded using the specified encoding\n  - any object "
       "implementing the buffer API.\n  - an integer"},
      {vm.types.bytearray,
       "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> "
       "bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) "
       "-> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> "
       "empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding "
       "integers in range(256)\n  - a text string encoded using the specified encoding\n  - a "
       "bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer"},
      {vm.types.list, "Built-in mutable sequence.\n\nIf no argument is given, the constructor "
                      "creates a new empty list.\nThe argument must be an iterable if specified."},
      {vm.types.tuple,
       "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty "
       "tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the "
       "argument is a tuple, the return value is the same object."},
      {vm.types.dict,
       "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping "
       "object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if "
       "via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new "
       "dictionary initialized with the name=value pairs\n    in the keyword argument list.  For "
       "example:  dict(one=1, two=2)"},
      {vm.types.set, "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an "
                     "unordered collection of unique elements."},
      {vm.types.frozenset,
       "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an "
       "immutable unordered collection of unique elements."},
      {vm.types.range,
       "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
       "object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by "
       "step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is "
       "omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of "
       "4 elements.\nWhen step is given, it specifies the increment (or decrement)."},
      {vm.types.slice, "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is "
                       "used for extended slicing (e.g. a[0:10:2])."},
      {vm.types.property,
       "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  "
       "fset\n    function to be used for setting an attribute value\n  fdel\n    function to be "
       "used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed "
       "attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, "
       "value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, "
       "delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying "
       "existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am "
       "the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n      "
       "  self._x = value\n    @x.deleter\n    def x(self):\n        del self._x"},
      {vm.types.classmethod,
       "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class "
       "method receives the class as implicit first argument,\njust like an instance method "
       "receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      "
       "@classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called "
       "either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is "
       "ignored except for its class.\nIf a class method is called for a derived class, the "
       "derived class\nobject is passed as the implied first argument.\n\nClass methods are "
       "different than C++ or Java static methods.\nIf you want those, see the staticmethod "
       "builtin."},
      {vm.types.staticmethod,
       "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static "
       "method does not receive an implicit first argument.\nTo declare a static method, use this "
       "idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n       "
       "      ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. "
       "C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly "
       "as the first argument to the method.\n\nStatic methods in Python are similar to those "
       "found in Java or C++.\nFor a more advanced concept, see the classmethod builtin."},
      {vm.types.super,
       "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super "
       "object\nsuper(type, obj) -> bound super object; requires isinstance(obj, "
       "type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical "
       "use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n      "
       "  super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    "
       "def cmeth(cls, arg):\n        super().cmeth(arg)\n"},
      {vm.types.enumerate,
       "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe "
       "enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and "
       "a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed "
       "list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."},
      {vm.types.zip,
       "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> "
       "list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, "
       "2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed "
       "as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th "
       "iterable argument to zip().  This continues until the\nshortest argument is "
       "exhausted.\n\nIf strict is true and one of the arguments is exhausted before the "
       "others,\nraise a ValueError."},
      {vm.types.map,
       "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using "
       "arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted."},
      {vm.types.filter, "filter(function or None, iterable) --> filter object\n\nReturn an "
                        "iterator yielding those items of iterable for which function(item)\nis "
                        "true. If function is None, return the items that are true."},
      {vm.types.reversed, "Return a reverse iterator over the values of the given sequence."},
  };
  for (const auto& [type, doc] : docs) {
    // A type whose instances compute __doc__ (property) keeps its descriptor.
    if (!dict_get_str(type->dict, vm.names.doc).is_none()) continue;
    Ref text = Ref::steal(str_new(vm, doc));
    dict_set_str(vm, type->dict, vm.names.doc, *text);
    type_modified(vm, type);
  }
  Ref text = Ref::steal(str_new(
      vm,
      "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct "
      "access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full "
      "name for the built-in function len().\n\nThis module is not normally accessed explicitly by "
      "most\napplications, but can be useful in modules that provide\nobjects with the same name "
      "as a built-in value, but in\nwhich the built-in of that name is also needed."));
  dict_set_str(vm, builtins, vm.names.doc, *text);
}

} // namespace py
