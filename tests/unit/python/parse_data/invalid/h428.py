'baz' codec can't encode characters in position 1-4: 965230951443685724997
