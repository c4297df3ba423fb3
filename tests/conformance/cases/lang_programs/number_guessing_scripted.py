# Number guessing game driven by a seeded random target and a scripted binary-search player.
import random
random.seed(2024)
def play(secret, low=1, high=100, verbose=True):
    attempts = 0
    lo, hi = low, high
    while True:
        guess = (lo + hi) // 2
        attempts += 1
        if guess < secret:
            hint = "too low"
            lo = guess + 1
        elif guess > secret:
            hint = "too high"
            hi = guess - 1
        else:
            hint = "correct!"
        if verbose:
            print(f"  guess #{attempts}: {guess:3} -> {hint}")
        if hint == "correct!":
            return attempts
for game in range(3):
    secret = random.randint(1, 100)
    print(f"game {game + 1}: secret is {secret}")
    print(f"  solved in {play(secret)} attempts")
results = [play(s, verbose=False) for s in range(1, 101)]
print("worst case:", max(results), "average:", sum(results) / len(results))
print("distribution:", {k: results.count(k) for k in sorted(set(results))})
print(random.choice(["rock", "paper", "scissors"]), random.sample(range(10), 3), round(random.uniform(0, 1), 4))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
