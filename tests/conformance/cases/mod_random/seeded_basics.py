# random.seed(n) then random/uniform/randint/randrange/choice: exact Mersenne Twister sequences.
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], [random.randrange(0, 100, 5) for _ in range(5)], [random.randrange(-10, 10, 3) for _ in range(5)])
print([random.uniform(1, 10) for _ in range(3)], random.uniform(5, 5), random.uniform(10, 1))
print([random.choice("abcdefg") for _ in range(8)], random.choice([10, 20, 30]), random.choice(range(1000)))
random.seed(0)
print(random.random(), random.randint(0, 10 ** 20), random.getrandbits(8), random.getrandbits(100))
random.seed(2023)
print(random.randrange(2 ** 70), random.randint(-5, 5), random.random())
