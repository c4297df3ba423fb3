# startswith/endswith with tuples and start/end ranges, plus their TypeError for lists.
name = "report_2023_final.csv"
print(name.startswith("report"), name.startswith("final"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith(("a", "b", "r")), name.startswith(()), name.endswith(""), name.startswith("2023", 7))
print(name.startswith("2023", 7, 9), name.endswith("final", 0, 17), name.endswith("final", 0, -4), name.startswith("rep", -100))
print("".startswith(""), "".endswith("x"), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
print("안녕하세요".startswith("안녕"), "안녕하세요".endswith("요"), "🐍snake".startswith("🐍"))
for bad in [["a"], 5, None]:
    try:
        name.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    name.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.py"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.lower().endswith((".py", ".txt"))])
