# The format-string parsers behind string.Formatter (CPython implements them in C as _string).
"""string helper module"""


def formatter_parser(format_string):
    """Yields (literal_text, field_name, format_spec, conversion) tuples as str.format parses them."""
    if not isinstance(format_string, str):
        raise TypeError(f"expected str, got {type(format_string).__name__}")
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # A doubled brace ends the literal chunk, as in CPython.
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            i += 1
            start = i
            depth = 1
            while i < n:
                if s[i] == '{':
                    depth += 1
                elif s[i] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            if i >= n:
                raise ValueError("expected '}' before end of string")
            yield ''.join(literal), *_split_field(s[start:i])
            literal = []
            i += 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    """Splits the inside of a {...} into (field_name, format_spec, conversion)."""
    # The field name ends at the first ':' or '!' outside brackets.
    i = 0
    n = len(field)
    while i < n and field[i] not in ':!':
        if field[i] == '[':
            while i < n and field[i] != ']':
                i += 1
        i += 1
    name = field[:i]
    conversion = None
    if i < n and field[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = field[i + 1:] if i < n else ''
    return name, spec, conversion


def _first_part(first):
    """The first part of a field name: an int when it is all digits."""
    return int(first) if first.isdigit() else first


def formatter_field_name_split(field_name):
    """Splits 'a.b[0]' into ('a', iterator of (is_attr, key))."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    return _first_part(field_name[:i]), _rest_parts(field_name, i)


def _rest_parts(s, i):
    """Yields the (is_attr, key) pairs after the first part of a field name."""
    n = len(s)
    while i < n:
        if s[i] == '.':
            j = i + 1
            while j < n and s[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield True, s[i + 1:j]
            i = j
        elif s[i] == '[':
            j = s.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield False, _first_part(s[i + 1:j])
            i = j + 1
            if i < n and s[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
