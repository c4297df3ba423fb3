# TypeVar/Generic user classes, Protocol, cast, NewType, Final, overload-free helpers; runtime behaviour and reprs.
from typing import TypeVar, Generic, Protocol, cast, NewType, Final, Sequence, runtime_checkable
T = TypeVar("T")
K = TypeVar("K", int, str)
B = TypeVar("B", bound=float, covariant=True)
print(T, K, B, T.__name__, K.__constraints__, B.__bound__, B.__covariant__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], Stack[str] == Stack[str], type(s).__name__, Stack.__parameters__)
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([3, 4]), first("xyz"))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([1], HasLen), isinstance(5, HasLen), isinstance("s", HasLen))
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__, uid + 1)
print(cast(int, "not really an int"), cast("list[int]", [1]))
MAX: Final = 10
print(MAX)
try:
    Generic[T]()
except TypeError as e:
    print(type(e).__name__, e)
