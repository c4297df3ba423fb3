# json.dumps: default separators, indent (int/str), sort_keys, ensure_ascii with Korean, separators, and type mapping.
import json
data = {"name": "김철수", "age": 30, "scores": [90.5, 85, 1e20], "active": True, "spouse": None, "tags": ("a", "b"), "nested": {"z": 1, "a": {}}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, indent="\t"))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps(data["nested"], separators=(",", ":")), json.dumps([1, 2], separators=(", ", ": "), indent=1))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps("quote\" back\\ nl\n tab\t é 🐍 \x00"), json.dumps("🐍", ensure_ascii=False))
print(json.dumps(3.0), json.dumps(0.1 + 0.2), json.dumps(10 ** 20), json.dumps(-0.0), json.dumps(1e-7))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps([float("-inf")]))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(""), json.dumps([]), json.dumps({}), json.dumps(None))
