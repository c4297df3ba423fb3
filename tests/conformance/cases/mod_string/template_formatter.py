# string.Template: substitute/safe_substitute, $$ escapes, ${braced} names, errors; string.Formatter basics.
from string import Template, Formatter
t = Template("Hello $name, you owe $$${amount} for ${item}s.")
print(t.substitute(name="Kim", amount=10, item="apple"))
print(t.substitute({"name": "Lee", "amount": 2.5, "item": "pear"}, item="plum"))
print(t.safe_substitute(name="Park"))
print(t.template, Template("$x$y").substitute(x=1, y=2), Template("${x}y").substitute(x="X"), Template("$한글").safe_substitute())
for tmpl, kwargs in [("$missing", {}), ("bad $", {}), ("$1abc", {}), ("${unclosed", {}), ("line1\n  $ oops", {})]:
    try:
        print(Template(tmpl).substitute(**kwargs))
    except (KeyError, ValueError) as e:
        print(repr(tmpl), type(e).__name__, e)
print(Template("$ok and $").safe_substitute(ok="fine"), Template("$who").get_identifiers(), Template("$a $b $a").is_valid())
f = Formatter()
print(f.format("{0}-{x:>4}", "a", x=7), list(f.parse("a{0}b{x!r:>3}c")))
class Percent(Template):
    delimiter = "%"
print(Percent("100%% of %user").substitute(user="everyone"))
