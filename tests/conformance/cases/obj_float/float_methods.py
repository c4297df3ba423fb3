# float methods: is_integer, as_integer_ratio, hex/fromhex, real/imag/conjugate, and math.isclose.
import math
for v in [1.0, 1.5, -2.0, 0.1, 1e300, 0.0, -0.0, 2.5e-10]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
for v in [float("inf"), float("nan")]:
    print(v, v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((3.5).real, (3.5).imag, (3.5).conjugate(), (7).real, (7).conjugate())
print((0.75).as_integer_ratio(), (7).as_integer_ratio(), (-0.125).as_integer_ratio())
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(float("inf"), float("inf")))
print(math.isclose(float("nan"), float("nan")), math.isclose(1e10, 1e10 + 1))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex("1.0"), float.fromhex("0x.8"))
print((2.0).__trunc__(), (2.7).__floor__(), (2.2).__ceil__(), (2.5).__round__())
print(float.__name__, (1.0).__class__.__name__, isinstance(1.0, float), isinstance(1, float))
