# A learner-style dice and lottery simulation under random.seed: counts, sums, and picks are exact.
import random
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(60)]
counts = {face: rolls.count(face) for face in range(1, 7)}
print(rolls[:20])
print(counts, sum(rolls), max(counts, key=counts.get))
lotto = sorted(random.sample(range(1, 46), 6))
print("lotto:", lotto)
players = ["민수", "지영", "철수", "영희"]
random.shuffle(players)
print("order:", players)
print("winner:", random.choice(players))
coin = "".join(random.choice("HT") for _ in range(30))
print(coin, coin.count("H"), max(len(run) for run in coin.replace("T", " ").split()))
