# match on JSON-like nested data (dicts/lists/primitives) to validate and summarise API responses.
import json
responses = [
    '{"status": "ok", "data": {"users": [{"name": "Kim", "age": 30}, {"name": "Lee"}]}}',
    '{"status": "ok", "data": {"users": []}}',
    '{"status": "error", "error": {"code": 404, "message": "not found"}}',
    '{"status": "error", "error": {"code": "E1"}}',
    '[1, 2, 3]',
    '"just a string"',
    'null',
    '{"status": "ok", "data": 42}',
]
def summarise(doc):
    match doc:
        case {"status": "ok", "data": {"users": []}}:
            return "no users"
        case {"status": "ok", "data": {"users": [{"name": str(first)}, *others]}}:
            return f"first user {first}, plus {len(others)} more"
        case {"status": "error", "error": {"code": int(code), "message": msg}}:
            return f"error {code}: {msg}"
        case {"status": "error", "error": {"code": code}}:
            return f"error with odd code {code!r}"
        case {"status": status}:
            return f"unexpected payload for status {status}"
        case [int(), *_] as numbers:
            return f"a list of {len(numbers)} numbers summing to {sum(numbers)}"
        case str() | None:
            return f"scalar {doc!r}"
for raw in responses:
    print(summarise(json.loads(raw)))
