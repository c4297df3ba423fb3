# random.shuffle, sample (with/without counts), choices (weights, cum_weights, k) under a fixed seed.
import random
random.seed(7)
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
letters = list("파이썬코딩")
random.shuffle(letters)
print(letters)
print(random.sample(range(100), 5), random.sample("abcdef", 3), random.sample([1, 2, 3], 3), random.sample(range(10), 0))
print(random.sample(["red", "blue"], counts=[3, 2], k=4))
print(random.choices("abc", k=10), random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices(["x", "y"], cum_weights=[1, 100], k=6), random.choices(range(5)))
for call in [lambda: random.sample(range(3), 5), lambda: random.choice([]), lambda: random.sample({1, 2}, 1),
             lambda: random.choices("ab", weights=[1], k=2), lambda: random.randint(5, 1), lambda: random.randrange(0)]:
    try:
        print(call())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
