# Future and Task states, the errors their methods raise, and task names.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(f"{type(e).__name__}: {e}")
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print(f"{type(e).__name__}: {str(e).split(':')[0]}")
    print(f"done={fut.done()} cancelled={fut.cancelled()} cancel={fut.cancel()}")

    fut = loop.create_future()
    fut.set_exception(ValueError("bad"))
    print(f"exception: {type(fut.exception()).__name__} {fut.exception()}")
    try:
        fut.result()
    except ValueError as e:
        print(f"result raised {e}")

    fut = loop.create_future()
    print(f"cancel={fut.cancel('msg')} again={fut.cancel()}")
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.CancelledError as e:
            print(f"CancelledError {e}")

    task = asyncio.current_task()
    for call in (lambda: task.set_result(1), lambda: task.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print(f"RuntimeError {e}")
    a = asyncio.create_task(asyncio.sleep(0))
    b = asyncio.create_task(asyncio.sleep(0), name="named")
    c = asyncio.create_task(asyncio.sleep(0))
    c.set_name("renamed")
    d = asyncio.create_task(asyncio.sleep(0))
    print(task.get_name(), a.get_name(), b.get_name(), c.get_name(), d.get_name())
    print(f"all_tasks={len(asyncio.all_tasks())} current is main: {asyncio.current_task() is task}")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"all_tasks={len(asyncio.all_tasks())} a.done={a.done()} result={a.result()}")


asyncio.run(main())
