# The same LOAD_ATTR / STORE_ATTR / LOAD_METHOD instructions run over objects
# whose instance __dict__ changes under them: attributes deleted and re-added
# in another order, __dict__ edited or replaced directly, instance attributes
# shadowing methods, two classes alternating at one site, and an instance
# __dict__ used as the globals of exec().


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Other:
    def __init__(self, y, x):
        self.y = y
        self.x = x

    def norm1(self):
        return -1


def read_x(obj):
    return obj.x


def bump_x(obj):
    obj.x = obj.x + 1
    return obj.x


def set_x(obj, value):
    obj.x = value


def call_norm(obj):
    return obj.norm1()


points = [Point(i, -i) for i in range(3)] + [Other(7, 8), Point(5, 5)]
print([read_x(p) for p in points])
print([bump_x(p) for p in points])
print([call_norm(p) for p in points])

p = Point(1, 2)
for round_ in range(3):
    print("round", round_, read_x(p), bump_x(p))
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 40
print(read_x(p), bump_x(p), list(vars(p)))

# __dict__ edited directly, then replaced wholesale.
p.__dict__["x"] = 100
print(read_x(p))
p.__dict__.clear()
try:
    bump_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__ = {"y": 1, "x": 2}
print(read_x(p), bump_x(p), p.__dict__)

# An instance attribute shadows the method for that instance only.
q = Point(3, 4)
print(call_norm(q))
q.norm1 = lambda: "shadowed"
print(call_norm(q), call_norm(Point(1, 1)))
del q.norm1
print(call_norm(q))

# A class attribute appears later with the same name: a plain class value
# loses to the instance, a property wins over it.
r = Point(9, 9)
print(read_x(r))
Point.x = "class value"
print(read_x(r), read_x(Point.__new__(Point)))
Point.x = property(lambda self: "property")
print(read_x(r))
try:
    set_x(r, 5)
except AttributeError as e:
    print("AttributeError:", e)
del Point.x
print(read_x(r), bump_x(r))

# exec() with an instance __dict__ as globals: STORE_ATTR through the object
# must be seen by the exec'd code's global lookups.
class Namespace:
    pass


ns = Namespace()
ns.counter = 1
code = compile("def get():\n    return counter\n", "<ns>", "exec")
exec(code, ns.__dict__)
get = ns.__dict__["get"]
for value in range(3):
    ns.counter = value * 10
    print("get()", get())


# Built-in methods called on subclasses and through the type.
class MyList(list):
    def append(self, item):
        super().append(item * 2)


xs, ys = [], MyList()
for i in range(3):
    xs.append(i)
    ys.append(i)
print(xs, ys)
list.append(ys, 99)
print(ys)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    xs.append()
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
try:
    xs.pop(x=1)
except TypeError as e:
    print("TypeError:", e)


# One method, instances of a base class and of two subclasses in turn (the
# attribute sites see several classes); then one subclass gets a class-level
# property of the same name, then loses it.
class Base:
    def __init__(self, v):
        self.v = v

    def bump(self):
        self.v = self.v + 1
        return self.v


class Left(Base):
    pass


class Right(Base):
    def __init__(self, v):
        self.w = -v
        self.v = v


objs = [Base(0), Left(10), Right(20), Left(30), Base(40), Right(50)]
for round_ in range(3):
    print([o.bump() for o in objs])
Left.v = property(lambda self: "Left property")
for o in objs:
    try:
        print(type(o).__name__, o.bump())
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)
del Left.v
print([o.bump() for o in objs], [vars(o) for o in objs[:3]])
