# Queue: waiting getters and putters are served first come, first served;
# task_done/join; LifoQueue; PriorityQueue ties come out in heapq's order.
import asyncio
from dataclasses import dataclass, field


async def getter(q, name):
    item = await q.get()
    print(f"t={asyncio.get_running_loop().time()} {name} got {item}")
    q.task_done()


async def putter(q, name, item):
    await q.put(item)
    print(f"t={asyncio.get_running_loop().time()} {name} put {item}")


@dataclass(order=True)
class Job:
    priority: int
    label: str = field(compare=False)


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*gs)

    q = asyncio.Queue(maxsize=1)
    ps = [asyncio.create_task(putter(q, f"p{i}", i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print(f"t={loop.time()} full={q.full()} qsize={q.qsize()}")
    for _ in range(3):
        item = await q.get()
        print(f"t={loop.time()} main got {item}")
        q.task_done()
    await asyncio.gather(*ps)

    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.1 * (item + 1))
            print(f"t={loop.time()} processed {item}")
            q.task_done()
    w = asyncio.create_task(worker())
    await q.join()
    print(f"t={loop.time()} joined")
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print(f"ValueError {e}")

    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")

    q = asyncio.LifoQueue()
    for i in range(3):
        q.put_nowait(i)
    print("lifo", [q.get_nowait() for _ in range(3)])

    q = asyncio.PriorityQueue()
    for label, prio in [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2), ("f", 0), ("g", 2), ("h", 1)]:
        q.put_nowait(Job(prio, label))
    print("priority", " ".join(f"{j.priority}{j.label}" for j in [q.get_nowait() for _ in range(8)]))

    # a cancelled getter does not lose an item
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "c1"))
    g2 = asyncio.create_task(getter(q, "c2"))
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(f"t={loop.time()} c1 cancelled={g1.cancelled()} qsize={q.qsize()}")


asyncio.run(main())
