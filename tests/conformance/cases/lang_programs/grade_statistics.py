# Grade statistics: mean, median, standard deviation, letter grades, histogram, top students.
import math
scores = {"Kim": 88, "Lee": 92, "Park": 75, "Choi": 64, "Jung": 95, "Kang": 88, "Yoon": 51, "Han": 79}
values = list(scores.values())
n = len(values)
mean = sum(values) / n
ordered = sorted(values)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else ordered[n // 2]
variance = sum((v - mean) ** 2 for v in values) / n
stdev = math.sqrt(variance)
print("count:", n)
print("mean:", mean, f"({mean:.2f})")
print("median:", median)
print("variance:", variance)
print("stdev:", round(stdev, 3))
print("min/max:", min(values), max(values), "range:", max(values) - min(values))
def letter(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"
grades = {name: letter(s) for name, s in scores.items()}
print(grades)
counts = {}
for g in grades.values():
    counts[g] = counts.get(g, 0) + 1
for g in "ABCDF":
    print(f"{g}: {'*' * counts.get(g, 0):<4} ({counts.get(g, 0)})")
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (name, s) in enumerate(ranking[:3], start=1):
    print(f"#{rank} {name:<5} {s}")
above = [name for name, s in scores.items() if s > mean]
print("above average:", above)
print("z-scores:", {name: round((s - mean) / stdev, 2) for name, s in list(scores.items())[:3]})
print("passed:", sum(1 for s in values if s >= 60), "/", n, f"= {sum(1 for s in values if s >= 60) / n:.1%}")
