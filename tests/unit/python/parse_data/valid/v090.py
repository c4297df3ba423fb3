if x:
    pass
# trailing comment at end without newline