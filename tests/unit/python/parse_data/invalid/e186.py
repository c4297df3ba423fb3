async def main():
pass
