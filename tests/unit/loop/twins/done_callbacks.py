# Done callbacks run through call_soon, in the order they were added, never
# inline; a callback added to a done future is scheduled at once.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def cb(name):
        return lambda f: print(f"{name} sees {f.result()}")

    first, second = cb("first"), cb("second")
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(cb("third"))
    print("removed", fut.remove_done_callback(second))
    fut.add_done_callback(cb("fourth"))
    loop.call_soon(print, "soon before")
    fut.set_result(42)
    print("set_result returned")
    loop.call_soon(print, "soon after")
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("main after one iteration")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
