s = '''abc

d