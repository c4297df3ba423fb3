# collections.defaultdict: list/int/set/dict factories, repr, missing-key insertion, .get not inserting, no factory.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], groups, len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(counts.get("q"), "q" in counts, counts["q"], "q" in counts)
tags = defaultdict(set)
tags["py"].add(3)
tags["py"].add(1)
tags["js"]
print(tags, tags.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
dd = defaultdict(list, {"k": [1]})
print(dd, dd.copy(), isinstance(dd, dict), type(dd).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
