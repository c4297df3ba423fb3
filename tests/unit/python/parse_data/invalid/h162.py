for {target} in foo:
    pass
