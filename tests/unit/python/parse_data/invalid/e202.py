names = ["a", "b" "c", "d" e]
