# asyncio.timeout / timeout_at (3.11): expiry cancels the task and becomes
# TimeoutError at the scope's exit; reschedule moves the deadline; nested
# scopes each handle their own expiry.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print(f"t={loop.time()} when={cm.when()}")
            await asyncio.sleep(5)
    except TimeoutError as e:
        print(f"t={loop.time()} TimeoutError expired={cm.expired()} cause={type(e.__cause__).__name__}")

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
    print(f"t={loop.time()} in time, expired={cm.expired()}")

    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 3)
            await asyncio.sleep(2)
            print(f"t={loop.time()} rescheduled, still inside")
            cm.reschedule(None)
            await asyncio.sleep(2)
            print(f"t={loop.time()} no deadline")
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"t={loop.time()} past deadline fires at once")

    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(3)
            except TimeoutError:
                print(f"t={loop.time()} inner expired")
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"t={loop.time()} outer expired")

    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(2) as inner:
                await asyncio.sleep(3)
    except TimeoutError:
        print(f"t={loop.time()} outer first: outer={outer.expired()} inner={inner.expired()}")

    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"t={loop.time()} timeout_at")

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(1)
    print(f"t={loop.time()} none when={cm.when()}")

    try:
        async with asyncio.timeout(1):
            raise ValueError("inside")
    except ValueError as e:
        print(f"t={loop.time()} ValueError passes {e}")

    cm = asyncio.timeout(1)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(f"RuntimeError {e}")


asyncio.run(main())
