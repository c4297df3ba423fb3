# Text adventure simulation: rooms graph, inventory, scripted commands parsed with match.
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
state = {"room": "hall", "inventory": [], "moves": 0}
def do(command):
    room = rooms[state["room"]]
    match command.lower().split():
        case ["look"]:
            items = ", ".join(room["items"]) or "nothing"
            return f"You are in {room['desc']}. You see: {items}. Exits: {', '.join(sorted(room['exits']))}"
        case ["go", direction]:
            if direction not in room["exits"]:
                return "You can't go that way."
            target = room["exits"][direction]
            if rooms[target].get("locked"):
                if "key" not in state["inventory"]:
                    return "The door is locked."
                rooms[target]["locked"] = False
                print("  (you unlock the door with the key)")
            state["room"] = target
            state["moves"] += 1
            return f"You go {direction} to the {target}."
        case ["take", item] if item in room["items"]:
            room["items"].remove(item)
            state["inventory"].append(item)
            return f"Taken: {item}."
        case ["take", item]:
            return f"There is no {item} here."
        case ["inventory" | "inv"]:
            return "You carry: " + (", ".join(state["inventory"]) or "nothing")
        case []:
            return "Say something."
        case _:
            return f"I don't understand {command!r}."
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key",
          "take sword", "look", "go south", "go east", "go down", "look", "take treasure", "inv", "dance", ""]
for cmd in script:
    print(f"> {cmd}")
    print(do(cmd))
print(state)
