# Format specs with non-ASCII characters (Arabic-Indic digits as width and precision, a non-ASCII fill) beside ASCII ones, and their errors.
for spec in ['05d', '>8.3f', 'x', '٣d', '>١٠', '*^١٢', 'é<9', '€>7,', ',_', '_x', '.٢f', '99999999999999999999d']:
    for v in (42, 3.14159, -7):
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), v, type(e).__name__, e)
