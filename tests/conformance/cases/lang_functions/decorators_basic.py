# Decorators: plain, with arguments, stacked (application order), functools.wraps.
import functools
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"
print(hello("kim"), hello.__name__, hello.__doc__)
def polite(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return "please, " + func(*args, **kwargs)
    return wrapper
@polite
def ask(thing):
    """Ask for a thing."""
    return f"give me {thing}"
print(ask("tea"), ask.__name__, ask.__doc__, ask.__wrapped__("coffee"))
def repeat(times):
    print("repeat factory called with", times)
    def deco(func):
        print("decorating", func.__name__)
        @functools.wraps(func)
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(name):
    def deco(func):
        print("applying", name)
        def wrapper():
            return f"<{name}>{func()}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
def register(registry):
    def deco(func):
        registry[func.__name__] = func
        return func
    return deco
handlers = {}
@register(handlers)
def on_start(): return "started"
@register(handlers)
def on_stop(): return "stopped"
print(sorted(handlers), handlers["on_stop"]())
