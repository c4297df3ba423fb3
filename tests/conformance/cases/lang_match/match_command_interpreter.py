# A small stack-machine interpreter driven by match on tuples.
program = [("push", 3), ("push", 4), ("add",), ("push", 5), ("mul",), ("dup",),
           ("print",), ("push", 2), ("swap",), ("sub",), ("print",), ("pop",), ("bogus", 1), ("print",)]
stack = []
for instr in program:
    match instr:
        case ("push", int(v)):
            stack.append(v)
        case ("add" | "mul" | "sub") as op, :
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "mul": a * b, "sub": a - b}[op])
        case ("dup",):
            stack.append(stack[-1])
        case ("swap",):
            stack[-1], stack[-2] = stack[-2], stack[-1]
        case ("pop",):
            stack.pop()
        case ("print",):
            print("top:", stack[-1] if stack else None, "stack:", stack)
        case (name, *args):
            print(f"unknown instruction {name!r} with args {args}")
print("final", stack)
