await asyncio.sleep(1)
result = await main()
async with lock:
    pass
async for item in stream():
    print(item)
