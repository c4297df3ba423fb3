# Quotes inside f-strings and brace escaping with {{ }}.
d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{d["key"]} and {d['key']}""")
print(f"{{}}")
print(f"{{literal}} {d['key']} {{{d['key']}}}")
print(f"{{{{")
print(f"}}{{" )
print(f"{'{'}{'}'}")
print(f"a{'b'}c{'d'!r}e")
print(f"{chr(92)}")
print(f"{'a' 'b'}")
print(f'{"a" if 1 else "b"}')
