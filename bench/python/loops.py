# nested integer loops
# for-range loops over small ints: arithmetic, comparisons and augmented
# assignment on locals, the interpreter's dispatch loop at its plainest.
import time


def loops(n):
    total = 0
    odd = 0
    for i in range(n):
        for j in range(n):
            k = (i * j + 7) % 1013
            if k & 1:
                odd += 1
            total += k ^ j
    # A while loop too: counting down runs compare-and-jump without an iterator.
    m = n * n
    while m > 0:
        total -= m & 3
        m -= 1
    return total, odd


start = time.perf_counter()
checksum = loops(1000)
seconds = time.perf_counter() - start
print(f"checksum {checksum}\nseconds {seconds}")
