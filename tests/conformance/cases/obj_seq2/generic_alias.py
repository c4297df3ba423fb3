# PEP 585 generic aliases: list[int], tuple[int, ...], reprs, equality, attributes, calls, errors.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list[int])
t(lambda: tuple[int, ...])
t(lambda: tuple[()])
t(lambda: list[list[int]])
t(lambda: list[int, str])
t(lambda: list[[int]])
t(lambda: list["Forward"])
t(lambda: list[None])
t(lambda: list[1])
class Local:
    pass
t(lambda: list[Local])
t(lambda: tuple[int, Local])
t(lambda: type(list[int]).__name__)
t(lambda: type(list[int]) is type(tuple[str]))
t(lambda: list[int] == list[int])
t(lambda: list[int] == list[str])
t(lambda: list[int] == list)
t(lambda: list[int] != tuple[int])
t(lambda: hash(list[int]) == hash(list[int]))
t(lambda: list[int].__origin__)
t(lambda: list[int].__args__)
t(lambda: tuple[int, str].__args__)
t(lambda: list[int].__parameters__)
t(lambda: list[int]("abc"))
t(lambda: tuple[int, ...]([1, 2]))
t(lambda: list[int].append)
t(lambda: list[int].__name__)
t(lambda: list[int].__class__)
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: list[int][str])
t(lambda: list.__class_getitem__(int))
t(lambda: tuple.__class_getitem__((int, str)))
class MyList(list[int]):
    pass
t(lambda: (MyList.__bases__, MyList([1, 2]), MyList.__orig_bases__))
t(lambda: MyList[str])
def f(x: list[int], y: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    return []
t(lambda: f.__annotations__)
t(lambda: {list[int]: 1}[list[int]])
t(lambda: [list[int]])
