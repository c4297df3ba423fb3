# typing constructs and their reprs: List/Dict/Optional/Union/Callable/Tuple/Any/Literal, PEP 585/604 forms, get_origin/get_args.
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, Literal, Set, Iterable, get_origin, get_args
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Any, Literal["a", 1], Set[Tuple[int, int]])
print(list[int], dict[str, int], tuple[int, ...], int | None, int | str | None, type(int | str).__name__, list[int] == List[int])
print(Union[int, int], Union[int, Union[str, float]], Union[int], Optional[None], Union[str, int] == Union[int, str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(int | str))
print(get_origin(list[int]), get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(int))
print(isinstance([], List), isinstance(3, int | str), issubclass(bool, Union[int, str]), Iterable[int])
try:
    isinstance([], List[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
