# random.gauss, normalvariate, triangular, expovariate, betavariate and others with a fixed seed.
import random
random.seed(123)
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.normalvariate(0, 1) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(3)], random.triangular())
print([random.expovariate(1.5) for _ in range(3)])
print(random.betavariate(2, 5), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(0, 1))
print(random.random())
