# The 4300-digit limit for int<->str conversion: error messages, the powers-of-two exemption, and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("7" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{10 ** 5000}")
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)))
print(int("f" * 5000, 16).bit_length())
print(len(str(int("9" * 4300))))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
sys.set_int_max_str_digits(640)
try:
    int("1" * 641)
except ValueError as e:
    print(type(e).__name__, e)
print(len(repr(10 ** 639)))
