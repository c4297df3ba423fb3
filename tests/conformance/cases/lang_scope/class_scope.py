# Class body scope: names defined in the class are not visible inside methods without self/ClassName.
y = "global y"
class C:
    y = "class y"
    z = y + "!"
    def method(self):
        return y
    def method2(self):
        return self.y, C.y
    def uses_z(self):
        try:
            return z
        except NameError as e:
            return f"NameError: {e}"
print(C.z, C().method(), C().method2(), C().uses_z())
def make():
    v = "function v"
    class Inner:
        v = "class v"
        def get(self):
            return v
        w = v
    return Inner().get(), Inner.w
print(make())
class Counter:
    count = 0
    def incr(self):
        Counter.count += 1
    incr_alias = incr
c = Counter()
c.incr(); c.incr_alias()
print(Counter.count)
class Outer:
    class Nested:
        name = "nested"
    ref = Nested.name
print(Outer.ref, Outer.Nested.__qualname__)
