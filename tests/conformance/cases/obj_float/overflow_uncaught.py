# Uncaught OverflowError from float ** (traceback on stderr, exit status 1) after some normal output.
x = 10.0
for n in (100, 200, 300):
    print(n, x ** n)
print("next one overflows")
y = x ** 400
print("unreachable", y)
