import asyncio
async def main():
    print("hi")
    await asyncio.sleep(1)
      print("bye")
