# The encodings package CPython imports at startup: present in sys.modules before any import,
# its CodecRegistryError between LookupError and SystemError, and its name normalization.
import sys
print("encodings" in sys.modules)
import encodings
print(encodings.CodecRegistryError.__mro__)
print(issubclass(encodings.CodecRegistryError, SystemError))
for name in ["UTF-8", "  latin--1 ", "euc_kr", b"ascii", "utf 8", "x.y-z", "한글utf8", ""]:
    print(repr(name), "->", repr(encodings.normalize_encoding(name)))
try:
    raise encodings.CodecRegistryError("no codec")
except LookupError as e:
    print(type(e).__name__, e)
