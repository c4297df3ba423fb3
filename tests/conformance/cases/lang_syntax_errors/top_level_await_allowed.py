# The playground allows top-level await (like Jupyter), so this is NOT a syntax error there (plain CPython would reject it).
class Ready:
    def __await__(self):
        return 42
        yield
print("before")
print(await Ready())
print("after")
