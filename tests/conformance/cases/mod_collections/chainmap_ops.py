# collections.ChainMap: lookup order across maps, writes go to the first map, new_child/parents, repr and len.
from collections import ChainMap
defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"], len(cm), sorted(cm), dict(cm))
print(cm)
cm["color"] = "blue"
print(cli, defaults, cm["color"])
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
del cm["color"]
print(cm["color"], cli)
try:
    del cm["user"]
except KeyError as e:
    print(type(e).__name__, e)
print("user" in cm, cm.get("nope", 0), list(ChainMap({1: "a"}, {2: "b", 1: "z"}).items()))
