# Bound vs unbound methods, self binding, methods stored on instances, __self__ and __func__.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("A")
bound = g.greet
print(bound("B"), Greeter.greet(g, "C"), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(g.greet == g.greet, g.greet is g.greet)
g.greet = lambda other: f"instance lambda for {other}"
print(g.greet("D"), Greeter.greet(g, "E"))
del g.greet
print(g.greet("F"))
def outside(self):
    return f"outside function bound to {self.name}"
Greeter.outside = outside
print(g.outside())
class Holder:
    f = len
print(Holder().f("abc"))
methods = [Greeter("X").greet, Greeter("Y").greet]
print([m("Z") for m in methods])
try:
    Greeter.greet("only one")
except TypeError as e:
    print("TypeError", e)
