# Bank queue simulation with a seeded random generator: arrivals, tellers, waiting times, statistics.
import random
from collections import deque
random.seed(42)
queue = deque()
tellers = [None, None]
served = []
customer_id = 0
for minute in range(20):
    if random.random() < 0.6:
        customer_id += 1
        service = random.randint(2, 5)
        queue.append((customer_id, minute, service))
        print(f"t={minute:2}: customer {customer_id} arrives (needs {service} min), queue={len(queue)}")
    for i, t in enumerate(tellers):
        if t is not None:
            cid, remaining = t
            remaining -= 1
            if remaining == 0:
                print(f"t={minute:2}: teller {i} finished customer {cid}")
                tellers[i] = None
            else:
                tellers[i] = (cid, remaining)
    for i in range(len(tellers)):
        if tellers[i] is None and queue:
            cid, arrived, service = queue.popleft()
            wait = minute - arrived
            served.append((cid, wait))
            tellers[i] = (cid, service)
            print(f"t={minute:2}: teller {i} takes customer {cid} after waiting {wait} min")
print("still waiting:", [c[0] for c in queue])
print("busy tellers:", tellers)
waits = [w for _, w in served]
print("served:", len(served), "avg wait:", round(sum(waits) / len(waits), 2), "max wait:", max(waits))
