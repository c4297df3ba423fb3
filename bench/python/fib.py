# recursive fib(27)
# Calls and returns dominate: about 630,000 Python-level calls, each with an
# int compare, two subtractions and an add.
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


start = time.perf_counter()
checksum = fib(27)
seconds = time.perf_counter() - start
print(f"checksum {checksum}\nseconds {seconds}")
