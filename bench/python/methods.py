# method calls on user objects
# Bound method calls, attribute reads and writes, __init__, an overridden
# method reaching its base through super(), a property and a dunder
# (__add__) on small user classes.
import time


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    @property
    def energy(self):
        return self.vel.dot(self.vel)

    def step(self):
        self.pos = self.pos + self.vel
        self.steps += 1


class Bouncing(Particle):
    def step(self):
        super().step()
        if self.pos.x > 1000 or self.pos.x < -1000:
            self.vel = Vec(-self.vel.x, self.vel.y)


def simulate(count, steps):
    particles = []
    for i in range(count):
        vel = Vec(i % 13 - 6, i % 5 - 2).scaled(3)
        cls = Bouncing if i % 2 else Particle
        particles.append(cls(Vec(i, -i), vel))
    for _ in range(steps):
        for p in particles:
            p.step()
    energy = sum(p.energy for p in particles)
    far = max(abs(p.pos.x) + abs(p.pos.y) for p in particles)
    return energy, far, sum(p.steps for p in particles)


start = time.perf_counter()
checksum = simulate(200, 1500)
seconds = time.perf_counter() - start
print(f"checksum {checksum}\nseconds {seconds}")
