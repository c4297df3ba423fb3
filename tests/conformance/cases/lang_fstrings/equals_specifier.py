# The = specifier (self-documenting expressions), with and without spec and conversion.
x = 10
name = "한글"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:5}|")
print(f"{x*2+1=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>6}")
print(f"{items[1:]=}")
print(f"{len(items)=}, {sum(items) = }")
print(f"{3.14159=:.2f}")
print(f"{x=!r:>5}|")
print(f"{ x  =  }")
print(f"{'q'=}")
