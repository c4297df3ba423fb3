# Sieve of Eratosthenes, primality by trial division, prime factorisation, twin primes and Goldbach pairs.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(primes)
print("count below 100:", len(primes), "below 10000:", len(sieve(10000)))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(90, 110) if is_prime(n)], is_prime(7919), is_prime(7917))
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in [12, 97, 360, 1001, 2 ** 10, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin primes:", twins)
prime_set = set(primes)
for even in [10, 28, 100]:
    pairs = [(p, even - p) for p in primes if p <= even - p and even - p in prime_set]
    print(f"{even} = ", pairs)
