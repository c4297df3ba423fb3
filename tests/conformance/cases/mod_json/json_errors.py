# json errors: JSONDecodeError messages with line/column/char, and TypeError for unserializable objects; default= hook.
import json
bad_docs = ["", "   ", "{", "[1, 2", "[1, 2,]", "{'a': 1}", '{"a" 1}', '{"a": 1,}', "tru", "01", '"unterminated',
            "[1]\n[2]", '{"a":\n  [1,\n   oops]}', "NaNx", '"\\x"', '"tab\there"']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", type(e).__name__, e, "|", e.msg, e.lineno, e.colno, e.pos)
for obj in [{1, 2}, b"bytes", object, complex(1, 2), {(1, 2): "tuple key"}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted), json.dumps({"c": 1j}, default=str))
print(json.dumps({(1, 2): 0, "k": 1}, skipkeys=True), isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
cyclic = []
cyclic.append(cyclic)
try:
    json.dumps(cyclic)
except ValueError as e:
    print(type(e).__name__, e)
