# Event scheduler with times as (hour, minute) tuples: sorting, conflict detection, free slots, formatting.
events = [
    ("Lunch", (12, 0), (13, 0)),
    ("Standup", (9, 30), (9, 45)),
    ("Design review", (10, 0), (11, 30)),
    ("1:1", (11, 0), (11, 30)),
    ("Gym", (18, 0), (19, 15)),
    ("Coffee", (13, 0), (13, 20)),
]
def minutes(t):
    return t[0] * 60 + t[1]
def fmt(t):
    h, m = t
    suffix = "AM" if h < 12 else "PM"
    return f"{(h - 1) % 12 + 1:2}:{m:02} {suffix}"
events.sort(key=lambda e: (minutes(e[1]), e[0]))
for name, start, end in events:
    dur = minutes(end) - minutes(start)
    print(f"{fmt(start)} - {fmt(end)}  {name:<14} {dur // 60}h {dur % 60:02}m")
conflicts = []
for i, (n1, s1, e1) in enumerate(events):
    for n2, s2, e2 in events[i + 1:]:
        if minutes(s2) < minutes(e1):
            conflicts.append((n1, n2))
print("conflicts:", conflicts)
free, cursor = [], (9, 0)
for _, s, e in events:
    if minutes(s) > minutes(cursor):
        free.append((fmt(cursor), fmt(s)))
    if minutes(e) > minutes(cursor):
        cursor = e
print("free slots:", free)
busy = sum(minutes(e) - minutes(s) for _, s, e in events)
print(f"busy {busy} min = {busy / 60:.2f} h; longest: {max(events, key=lambda e: minutes(e[2]) - minutes(e[1]))[0]}")
