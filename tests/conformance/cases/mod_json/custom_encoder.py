# json with user classes: JSONEncoder subclass, object_hook decoding, dataclass via asdict, and a config round trip.
import json
from dataclasses import dataclass, asdict
@dataclass
class User:
    name: str
    langs: list
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, User):
            return {"__user__": True, **asdict(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
users = [User("지민", ["python", "c"]), User("Tom", [])]
text = json.dumps({"users": users, "ids": {3, 1}}, cls=Encoder, ensure_ascii=False)
print(text)
def hook(d):
    if d.get("__user__"):
        return User(d["name"], d["langs"])
    return d
back = json.loads(text, object_hook=hook)
print(back, back["users"][0] == users[0])
print(json.dumps(asdict(users[0]), indent=2, ensure_ascii=False))
try:
    json.dumps(object(), cls=Encoder)
except TypeError as e:
    print(type(e).__name__, e)
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(enc.encode({"b": [1], "a": None}))
print(list(json.JSONEncoder().iterencode({"k": [1, 2]})))
