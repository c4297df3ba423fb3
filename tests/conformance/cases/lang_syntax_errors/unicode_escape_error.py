# SyntaxError: (unicode error) truncated \xXX escape.
s = "\x4"
