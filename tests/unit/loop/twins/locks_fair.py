# Lock, Semaphore, BoundedSemaphore, Event, Condition: FIFO fairness and
# what cancellation does to a waiter.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def say(text):
        print(f"t={loop.time()} {text}")

    lock = asyncio.Lock()

    async def locker(name, hold):
        async with lock:
            say(f"{name} has the lock")
            await asyncio.sleep(hold)
        say(f"{name} released")

    ts = [asyncio.create_task(locker(n, 0.1)) for n in "ABC"]
    await asyncio.sleep(0.05)
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    try:
        lock.release()
    except RuntimeError as e:
        say(f"RuntimeError {e}")

    sem = asyncio.Semaphore(2)

    async def worker(name, hold):
        async with sem:
            say(f"{name} in")
            await asyncio.sleep(hold)
        say(f"{name} out")

    await asyncio.gather(*(worker(n, d) for n, d in [("w1", 0.3), ("w2", 0.1), ("w3", 0.1), ("w4", 0.2), ("w5", 0.1)]))
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        say(f"ValueError {e}")

    event = asyncio.Event()

    async def waiter(name):
        await event.wait()
        say(f"{name} woke")

    ws = [asyncio.create_task(waiter(n)) for n in ("e1", "e2", "e3")]
    await asyncio.sleep(0.1)
    event.set()
    say(f"set, is_set={event.is_set()}")
    await asyncio.gather(*ws)
    event.clear()
    say(f"cleared, is_set={event.is_set()}")

    cond = asyncio.Condition()

    async def consumer(name):
        async with cond:
            await cond.wait()
            say(f"{name} notified")

    cs = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3", "c4")]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)

    items = []

    async def producer():
        for i in range(3):
            await asyncio.sleep(0.1)
            async with cond:
                items.append(i)
                cond.notify_all()

    async def predicate_waiter():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 2)
            say(f"wait_for saw {len(items)} items")

    await asyncio.gather(predicate_waiter(), producer())
    try:
        await cond.wait()
    except RuntimeError as e:
        say(f"RuntimeError {e}")

    # a waiter woken by release() and cancelled before it runs hands its unit on
    sem = asyncio.Semaphore(0)

    async def taker(name):
        try:
            await sem.acquire()
            say(f"{name} acquired")
        except asyncio.CancelledError:
            say(f"{name} cancelled")

    takers = [asyncio.create_task(taker(n)) for n in ("s1", "s2")]
    await asyncio.sleep(0)
    sem.release()
    takers[0].cancel()
    await asyncio.gather(*takers)
    say(f"locked={sem.locked()}")

    # a condition over a lock of the caller's
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    await lock.acquire()
    say(f"cond.locked={cond.locked()}")
    lock.release()


asyncio.run(main())
