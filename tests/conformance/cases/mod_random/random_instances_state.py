# Independent random.Random instances, reseeding repeats sequences, getstate/setstate, and string/bytes seeds.
import random
a = random.Random(99)
b = random.Random(99)
print([a.randint(1, 100) for _ in range(5)], [b.randint(1, 100) for _ in range(5)])
random.seed(5)
first = [random.random() for _ in range(3)]
random.seed(5)
second = [random.random() for _ in range(3)]
print(first == second, first)
state = random.getstate()
x1 = [random.randint(0, 9) for _ in range(6)]
random.setstate(state)
x2 = [random.randint(0, 9) for _ in range(6)]
print(x1, x2)
random.seed("hello")
print(random.random(), random.randint(1, 1000))
random.seed(b"bytes seed")
print(random.random())
random.seed(-5)
neg = random.random()
random.seed(5)
print(neg == random.random(), neg)
random.seed(35)
print(random.choice("xyz"), a.random(), type(a).__name__)
