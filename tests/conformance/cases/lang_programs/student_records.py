# Student records with dataclasses: sorting, grouping, averages, and pretty printing of nested structures.
from dataclasses import dataclass, field
@dataclass
class Student:
    name: str
    year: int
    scores: list = field(default_factory=list)
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0
students = [
    Student("Minji", 2, [90, 85, 77]),
    Student("Jisoo", 1, [60, 72]),
    Student("Hyun", 2, [88, 95, 91, 79]),
    Student("Ara", 3),
    Student("Bom", 1, [100]),
]
for s in students:
    print(s)
print(students[0] == Student("Minji", 2, [90, 85, 77]), students[0] == students[1])
by_year = {}
for s in students:
    by_year.setdefault(s.year, []).append(s.name)
print(by_year)
ranked = sorted(students, key=lambda s: s.average(), reverse=True)
for s in ranked:
    print(f"{s.name:<6} year {s.year}  avg {s.average():6.2f}  scores {s.scores}")
summary = {year: round(sum(st.average() for st in students if st.year == year) /
                       sum(1 for st in students if st.year == year), 2)
           for year in sorted(by_year)}
print(summary)
students[3].scores.append(70)
print(students[3], students[3].average())
print([s.name for s in students if s.average() >= 80])
print({"top": ranked[0].name, "count": len(students), "years": sorted(set(s.year for s in students))})
