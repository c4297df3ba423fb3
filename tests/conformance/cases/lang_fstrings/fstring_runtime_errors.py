# Errors raised while evaluating f-strings: name errors, bad specs, bad conversions of types.
values = {"a": 1}
try:
    print(f"{missing}")
except NameError as e:
    print("NameError", e)
try:
    print(f"{values['b']}")
except KeyError as e:
    print("KeyError", e)
try:
    print(f"{'x':>{'5'}d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{None:>5}")
except TypeError as e:
    print("TypeError", e)
try:
    print(f"{[1]:>5}")
except TypeError as e:
    print("TypeError", e)
try:
    print(f"{3:.2s}")
except ValueError as e:
    print("ValueError", e)
print("after")
