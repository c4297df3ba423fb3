x = f"{a!r}" f"{b!s}" f"{c!a}"
