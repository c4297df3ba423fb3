# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins and restoring.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_global():
    return x
print(uses_global())
def shadow_len():
    len = lambda s: "shadowed len"
    return len("abc")
print(shadow_len(), len("abc"))
print = print
def show():
    return max([1, 2])
max = min
print(show())
del max
print(show())
def nested():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3()
    return level2()
print(nested())
