class foo:
    