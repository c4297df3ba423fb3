# sys.version_info and friends are struct sequences: tuples with named, read-only fields and a module-qualified repr.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.micro >= 0, v.releaselevel, v.serial, len(v))
print(isinstance(v, tuple), type(v).__name__, v >= (3, 11), v < (4,), tuple(v)[:2], list(v)[:2])
major, minor, *_ = v
print(major, minor, v.index(3), v.count(11))
print(repr(v).startswith("sys.version_info(major=3, minor=11,"), str(type(v)))
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError", e)
try:
    type(v)()
except TypeError as e:
    print("TypeError", e)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0] == sys.float_info.max)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.maxunicode, sys.float_repr_style, sys.getdefaultencoding())
match v:
    case (3, minor, *_):
        print("python 3, minor", minor)
