for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
else:
    print("never")
