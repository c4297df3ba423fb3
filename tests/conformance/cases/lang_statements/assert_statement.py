# assert with and without message; an uncaught AssertionError ends the program.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
assert True, "never evaluated"
total = sum([1, 2, 3])
assert total == 7, "total should be 7 but is " + str(total)
print("not reached")
