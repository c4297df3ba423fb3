# json.loads: types produced, unicode escapes, duplicate keys, NaN/Infinity, parse_float/int hooks, round trips.
import json
text = '{"a": 1, "b": [true, false, null], "c": 1.5, "d": "\\uae40\\ud83d\\udc0d", "e": {"f": -0.0}, "g": 1E3, "h": 12345678901234567890}'
obj = json.loads(text)
print(obj)
print({k: type(v).__name__ for k, v in obj.items()})
print(json.loads('{"k": 1, "k": 2}'), json.loads("[NaN, Infinity, -Infinity]"), repr(json.loads('"\\n\\t\\""')), json.loads("  7  "))
print(json.loads("1.0"), json.loads("1e400"), json.loads("-0"), json.loads('"한글"'), json.loads(b'{"bytes": 1}'))
print(json.loads("[1.1, 2]", parse_float=lambda s: f"<{s}>"), json.loads("[10]", parse_int=lambda s: int(s) * 2))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
original = {"list": [1, 2.5, "x"], "tuple": (1, 2), "int_key": {1: "one"}, "none": None}
back = json.loads(json.dumps(original))
print(back, back == original)
print(json.loads(json.dumps("김🐍", ensure_ascii=True)), json.dumps(json.loads('{"x": [1, {"y": null}]}')))
