# Copying user objects: default copy/deepcopy of instances, __copy__/__deepcopy__ hooks, and copy.replace-free updates.
import copy
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
s = copy.copy(tree)
d = copy.deepcopy(tree)
tree.children[1].value = 30
tree.value = 100
print(tree)
print(s)
print(d)
print(s.children is tree.children, d.children[0] is tree.children[0], type(d).__name__)
class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with memo", type(memo).__name__)
        return Tracked(copy.deepcopy(self.data, memo))
t = Tracked([1, [2]])
t1 = copy.copy(t)
t2 = copy.deepcopy(t)
t.data[1].append(3)
print(t.data, t1.data, t2.data, t1.data is t.data)
class Config:
    def __init__(self):
        self.opts = {"debug": False}
base = Config()
variant = copy.deepcopy(base)
variant.opts["debug"] = True
print(base.opts, variant.opts, vars(variant))
