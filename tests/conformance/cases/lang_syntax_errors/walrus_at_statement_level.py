# SyntaxError: unparenthesized walrus at statement level.
x := 5
