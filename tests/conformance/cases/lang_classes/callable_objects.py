# __call__ makes instances callable; callable(); bound methods as callables.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor
double = Multiplier(2)
print(double(21), callable(double), list(map(Multiplier(3), [1, 2, 3])))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *values, reset=False):
        if reset:
            self.total = 0
        self.total += sum(values)
        return self.total
acc = Accumulator()
print(acc(1, 2), acc(3), acc(reset=True), acc(10))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
try:
    text = "string"
    text()
except TypeError as e:
    print("TypeError", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError", e)
m = [3, 1, 2].sort
print(callable(m), type(m).__name__)
f = "a-b-c".split
print(f("-"))
