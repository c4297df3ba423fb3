# Mixing bytes and str is a TypeError: normal output first, then an uncaught error ending the program.
data = "점수: 95".encode("utf-8")
print(data, len(data))
print(data.decode("utf-8"))
label = data.split(b":")[0]
print(label, label.decode())
print("total " + data)
