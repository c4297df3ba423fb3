# Uncaught error traceback through several functions, a method, a lambda and a comprehension.
class Calculator:
    def __init__(self, divisor):
        self.divisor = divisor
    def divide_all(self, values):
        return [self.safe(v) for v in values]
    def safe(self, v):
        return apply(lambda x: x / self.divisor, v)
def apply(fn, v):
    return fn(v)
def run(divisor):
    calc = Calculator(divisor)
    print(calc.divide_all([10, 20]))
    return calc
run(5)
run(0)
