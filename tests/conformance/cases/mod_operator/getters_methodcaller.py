# operator.itemgetter/attrgetter/methodcaller: single vs multiple keys, dotted attributes, reprs, sorting with them.
from operator import itemgetter, attrgetter, methodcaller
rows = [("kim", 30, "seoul"), ("lee", 25, "busan"), ("park", 30, "incheon")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
g = itemgetter(0)
print(g(rows[0]), itemgetter(0, 2)(rows[1]), itemgetter(slice(1, None))("abcd"), itemgetter("k")({"k": "v"}), repr(itemgetter(1, "a")))
class Addr:
    def __init__(self, city):
        self.city = city
class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.addr = name, age, Addr(city)
    def greet(self, greeting="hi", punct="!"):
        return f"{greeting} {self.name}{punct}"
people = [Person(*r) for r in rows]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))], attrgetter("addr.city")(people[1]), attrgetter("name", "addr.city")(people[2]))
print(repr(attrgetter("addr.city")), repr(methodcaller("greet", "yo", punct="?")))
print(methodcaller("greet")(people[0]), methodcaller("greet", "hello", punct=".")(people[1]), list(map(methodcaller("upper"), ["a", "b"])))
print(methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "b", 1)("aaa"))
for call in [lambda: itemgetter(5)([1]), lambda: attrgetter("nope")(people[0]), lambda: itemgetter("x")({}), lambda: methodcaller("nope")(1)]:
    try:
        call()
    except (IndexError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
print(max(rows, key=itemgetter(1)), min({"a": 3, "b": 1}.items(), key=itemgetter(1)))
