# SyntaxError: missing colon after a case pattern.
command = "go"
match command:
    case "go"
        print("going")
