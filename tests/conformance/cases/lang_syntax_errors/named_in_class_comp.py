# SyntaxError: an assignment expression in a comprehension in a class body.
class A:
    [(y := 1) for x in range(3)]
