match command:
    case "quit":
        pass
    case "go" | "move":
        pass
    case 0 | 1 | -1 | 1.5 | -2.5 | 1 + 2j | -1 - 2j | 3j:
        pass
    case None:
        pass
    case True | False:
        pass
    case b"bytes" | "str" "concat":
        pass
