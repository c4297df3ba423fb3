# Contact book: dict of dicts, search by prefix, validation of phone numbers, grouping, update/delete.
contacts = {}
def add_contact(name, phone, group="friends"):
    digits = phone.replace("-", "")
    if not (digits.isdigit() and len(digits) in (10, 11)):
        raise ValueError(f"invalid phone number for {name}: {phone!r}")
    if name in contacts:
        raise KeyError(f"{name} already exists")
    contacts[name] = {"phone": phone, "group": group}
entries = [("김민수", "010-1234-5678"), ("이영희", "010-9876-5432", "family"), ("Alex", "02-1234-5678", "work"),
           ("박지훈", "010-12-34"), ("김민수", "010-0000-0000"), ("김나래", "010-5555-6666", "work")]
for entry in entries:
    try:
        add_contact(*entry)
        print("added", entry[0])
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
def search(prefix):
    return sorted(name for name in contacts if name.startswith(prefix))
print(search("김"), search("A"), search("최"))
groups = {}
for name, info in contacts.items():
    groups.setdefault(info["group"], []).append(name)
for g in sorted(groups):
    print(f"{g}: {', '.join(sorted(groups[g]))}")
contacts["Alex"]["phone"] = "02-765-4321"
removed = contacts.pop("이영희")
print("removed", removed)
print(len(contacts), list(contacts))
for name, info in sorted(contacts.items()):
    print(f"{name:<6}{info['phone']:>15}  ({info['group']})")
