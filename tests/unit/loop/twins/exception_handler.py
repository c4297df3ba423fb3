# The loop's exception handler: an exception nobody retrieved is reported
# when the task goes away; an exception in a callback is reported at once.
import asyncio


async def boom():
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()

    def handler(loop, context):
        exc = context.get("exception")
        message = context["message"]
        if message.startswith("Exception in callback"):
            message = "Exception in callback"  # then Python's name of the callback
        print(f"t={loop.time()} handler: {message} ({type(exc).__name__}: {exc})")

    loop.set_exception_handler(handler)
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print(f"t={loop.time()} after the task")

    def bad():
        raise RuntimeError("bad callback")

    loop.call_later(0.1, bad)
    loop.call_later(0.1, print, "next callback")
    await asyncio.sleep(0.2)
    print(f"t={loop.time()} done")


asyncio.run(main())
