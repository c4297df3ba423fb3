a = "\N{nosuchname}"
