# A learner-style timing program: measure loops with perf_counter around time.sleep, print formatted durations.
import time
def slow_step(i):
    time.sleep(0.25 * i)
    return i * i
print("start", time.strftime("%H:%M:%S"))
total_start = time.perf_counter()
for i in range(1, 5):
    t = time.perf_counter()
    r = slow_step(i)
    print(f"step {i}: result={r} took {time.perf_counter() - t:.3f}s")
elapsed = time.perf_counter() - total_start
print(f"total {elapsed:.2f}s ({elapsed})")
print("end", time.strftime("%H:%M:%S"), time.ctime())
deadline = time.monotonic() + 1
ticks = 0
while time.monotonic() < deadline:
    time.sleep(0.3)
    ticks += 1
print("ticks", ticks, time.monotonic())
