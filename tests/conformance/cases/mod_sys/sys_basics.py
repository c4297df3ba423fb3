# sys basics that are stable across platforms: version_info, maxsize, float_info, byteorder, recursion limit, intern.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_repr_style)
print(sys.byteorder, sys.getdefaultencoding(), sys.getrecursionlimit(), sys.maxunicode, hex(sys.maxunicode))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
a = sys.intern("hello world " * 2)
b = sys.intern("hello world " * 2)
print(a is b, a == b)
print(type(sys.stdout).__name__ != "", hasattr(sys, "exit"), callable(sys.exit), sys.__name__)
