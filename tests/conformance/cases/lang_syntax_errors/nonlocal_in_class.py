# SyntaxError: nonlocal in a class body with no enclosing function binding.
class A:
    nonlocal x
