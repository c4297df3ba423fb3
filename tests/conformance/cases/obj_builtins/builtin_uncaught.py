# Uncaught ValueError from max() on an empty sequence after some output (exit 1).
scores = {"kim": [90, 80], "lee": [], "park": [70]}
for name in ["kim", "park", "lee"]:
    best = max(scores[name])
    print(name, best)
