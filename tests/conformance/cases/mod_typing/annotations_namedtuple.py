# Annotations on functions/classes/variables (__annotations__ dicts), typing.NamedTuple and TypedDict at runtime.
from typing import NamedTuple, TypedDict, Optional, List
def greet(name: str, times: int = 1, *, loud: bool = False) -> str:
    return (name.upper() if loud else name) * times
print(greet.__annotations__)
print(greet("ab", 2), greet("x", loud=True), greet(5, 2))
class Config:
    debug: bool
    level: int = 3
    tags: List[str] = []
print(Config.__annotations__, Config.level, hasattr(Config, "debug"))
count: int = 5
print(__annotations__, count)
class Employee(NamedTuple):
    name: str
    dept: str = "dev"
    salary: Optional[int] = None
e = Employee("Kim")
print(e, e._fields, e._field_defaults, Employee.__annotations__, e._replace(salary=100), e[0], isinstance(e, tuple))
try:
    Employee()
except TypeError as err:
    print(type(err).__name__, err)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "기생충", "year": 2019}
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie(title="x", year=1))
class Partial(TypedDict, total=False):
    a: int
print(Partial.__total__, sorted(Partial.__optional_keys__), Partial())
