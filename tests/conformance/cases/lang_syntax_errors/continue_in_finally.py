# continue in a finally block is allowed since 3.8.
for i in range(3):
    try:
        pass
    finally:
        continue
print("ok")
