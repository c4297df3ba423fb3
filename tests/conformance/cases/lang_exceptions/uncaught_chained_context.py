# Uncaught exception raised while handling another: "During handling of the above exception, another exception occurred:".
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        return fallback[text]
print(parse("12"))
print(parse("twelve"))
