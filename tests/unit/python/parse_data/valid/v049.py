x = [
    1,
    2,  # comment
    3,
]
y = {
    'a': 1,

    'b': 2,
}
z = f(
    a,
    b=2,
)
