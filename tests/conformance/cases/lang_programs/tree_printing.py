# Recursive tree printing: a folder tree with box-drawing characters, sizes and depth.
tree = {
    "project": {
        "src": {"main.py": 120, "utils.py": 45, "models": {"user.py": 80, "order.py": 60}},
        "tests": {"test_main.py": 30},
        "README.md": 10,
        "empty_dir": {},
    }
}
def size(node):
    return node if isinstance(node, int) else sum(size(v) for v in node.values())
def render(name, node, prefix="", last=True, top=True):
    connector = "" if top else ("└── " if last else "├── ")
    label = f"{name}/ ({size(node)})" if isinstance(node, dict) else f"{name} [{node}]"
    print(prefix + connector + label)
    if isinstance(node, dict):
        items = list(node.items())
        for i, (child_name, child) in enumerate(items):
            extension = "" if top else ("    " if last else "│   ")
            render(child_name, child, prefix + extension, i == len(items) - 1, False)
for name, node in tree.items():
    render(name, node)
def depth(node):
    if not isinstance(node, dict) or not node:
        return 0
    return 1 + max(depth(v) for v in node.values())
def files(node, path=""):
    if isinstance(node, int):
        yield path
    else:
        for k, v in node.items():
            yield from files(v, f"{path}/{k}" if path else k)
print("depth:", depth(tree))
print("files:", list(files(tree)))
print("total size:", size(tree))
