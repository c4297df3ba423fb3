# math constants and trig on exact angles: pi, e, tau, inf, nan; sin/cos/tan/asin/acos/atan/atan2, degrees/radians.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.inf).__name__)
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi), math.atan(1) * 4)
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.sin(math.pi / 6))
print(math.asin(1), math.acos(0), math.acos(-1), math.atan(math.inf), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(1, 0), math.hypot(1, 1) == math.sqrt(2))
print(round(math.sin(math.radians(30)), 10), round(math.cos(math.radians(60)), 10), round(math.tan(math.radians(45)), 10))
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(deg, f"{math.sin(r):+.6f} {math.cos(r):+.6f}")
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100), math.asinh(0), math.acosh(1), math.atanh(0))
