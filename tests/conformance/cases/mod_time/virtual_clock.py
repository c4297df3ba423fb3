# time.time/monotonic/perf_counter under the virtual clock, and time.sleep advancing it exactly.
import time
print(time.time(), time.monotonic(), time.perf_counter())
t0 = time.perf_counter()
time.sleep(1.5)
t1 = time.perf_counter()
print(t1 - t0, time.monotonic(), time.time())
for _ in range(3):
    time.sleep(0.1)
print(time.monotonic(), time.perf_counter() - t0, f"{time.perf_counter() - t0:.2f}")
time.sleep(0)
print(time.time() - 1_700_000_000, round(time.time() - 1_700_000_000, 6))
start = time.time()
time.sleep(2)
print(f"elapsed {time.time() - start:.1f}s")
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(time.time_ns(), time.monotonic_ns(), type(time.time_ns()).__name__)
