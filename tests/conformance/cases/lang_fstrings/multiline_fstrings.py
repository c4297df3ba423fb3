# Multi-line (triple-quoted) f-strings and implicitly joined f-strings.
name = "Kim"
score = 93.456
report = f"""
Name : {name:>6}
Score: {score:6.1f}
Grade: {'A' if score >= 90 else 'B'}
"""
print(report)
msg = (f"{name} scored "
       f"{score:.2f} "
       "points")
print(msg)
table = "\n".join(f"{i:2} | {i * i:3}" for i in range(1, 5))
print(table)
print(f"""{
    name
}""")
