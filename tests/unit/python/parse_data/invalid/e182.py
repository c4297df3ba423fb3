print("hello
world")
