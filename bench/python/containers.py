# dict and list churn
# Dicts grow, shrink and get rewritten (int and str keys); lists append,
# pop, slice, sort and comprehend. Only insertion-ordered or sorted results
# reach the checksum, so string hashing never shows.
import time


def churn(rounds):
    counts = {}
    index = {}
    window = []
    total = 0
    for i in range(rounds):
        key = i % 211
        counts[key] = counts.get(key, 0) + 1
        name = "k" + str(i % 251)
        index.setdefault(name, []).append(i)
        window.append(i * 3)
        if len(window) > 64:
            total += window.pop(0) + window.pop()
        if i % 7 == 0 and key in counts:
            del counts[key]
        if i % 1000 == 999:
            # Rebuild both containers wholesale, as programs that filter data do.
            squares = [v * v for v in window if v % 2 == 0]
            total += sum(sorted(squares, reverse=True)[:5])
            counts = {k: v for k, v in counts.items() if v > 1}
            for bucket in index.values():
                del bucket[: len(bucket) // 2]
    sizes = sorted(len(b) for b in index.values())
    return total, len(counts), sum(counts.values()), list(index)[:3], sizes[:3], sizes[-3:]


start = time.perf_counter()
checksum = churn(400000)
seconds = time.perf_counter() - start
print(f"checksum {checksum}\nseconds {seconds}")
