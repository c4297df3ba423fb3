# Mapping patterns: subset matching, **rest, nested, literal keys, non-dict mappings.
from collections import defaultdict, OrderedDict
def handle(msg):
    match msg:
        case {"type": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"type": "say", "text": str(text), **rest}:
            return f"say {text!r} extra={rest}"
        case {"type": "nested", "data": {"id": int(i)}}:
            return f"nested id {i}"
        case {1: one}:
            return f"int key -> {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
msgs = [
    {"type": "move", "x": 1, "y": 2, "extra": True},
    {"type": "say", "text": "hi", "to": "bob", "loud": False},
    {"type": "say", "text": 5},
    {"type": "nested", "data": {"id": 7, "z": 0}},
    {1: "uno", 2: "dos"},
    {},
    OrderedDict(type="move", x=0, y=0),
    defaultdict(int, {"type": "say", "text": "dd"}),
    [("type", "move")],
]
for m in msgs:
    print(handle(m))
dd = defaultdict(list)
match dd:
    case {"missing": _}:
        print("matched missing?")
    case _:
        print("defaultdict keys not created by matching:", dict(dd))
