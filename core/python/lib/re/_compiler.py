# The regular expression engine. CPython 3.11 compiles the parsed pattern
# (re/_parser.py) into code for its C matcher _sre; here the parsed pattern is
# compiled into a chain of Python closures, one per node, each calling the
# next: a backtracking matcher with CPython's semantics (greedy, lazy and
# possessive repeats, groups and back references, look-around, atomic groups,
# the empty-match rules of search/sub/split). Pattern and Match are the
# objects re.compile() and the searches return, as in CPython.

import sys
from re._constants import *
import re._parser as _parser

# The code size and magic number of CPython's _sre (for code that reads them).
MAXCODE = (1 << 32) - 1


def isstring(obj):
    return isinstance(obj, (str, bytes))


def _combine_flags(flags, add_flags, del_flags, TYPE_FLAGS=_parser.TYPE_FLAGS):
    if add_flags & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


# ---------------------------------------------------------------------------
# Character predicates

_ASCII_SPACE = frozenset(" \t\n\r\f\v")
_ASCII_DIGITS = frozenset("0123456789")
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _uni_word(c):
    return c.isalnum() or c == "_"


def _category(code, flags):
    "The predicate of a \\d \\s \\w class (or its negation) under flags."
    ascii = not flags & SRE_FLAG_UNICODE
    if code == CATEGORY_DIGIT:
        return _ASCII_DIGITS.__contains__ if ascii else str.isdecimal
    if code == CATEGORY_NOT_DIGIT:
        return (lambda c: c not in _ASCII_DIGITS) if ascii else (lambda c: not c.isdecimal())
    if code == CATEGORY_SPACE:
        return _ASCII_SPACE.__contains__ if ascii else str.isspace
    if code == CATEGORY_NOT_SPACE:
        return (lambda c: c not in _ASCII_SPACE) if ascii else (lambda c: not c.isspace())
    if code == CATEGORY_WORD:
        return _ASCII_WORD.__contains__ if ascii else _uni_word
    if code == CATEGORY_NOT_WORD:
        return (lambda c: c not in _ASCII_WORD) if ascii else (lambda c: not _uni_word(c))
    if code == CATEGORY_LINEBREAK:
        return lambda c: c == "\n"
    if code == CATEGORY_NOT_LINEBREAK:
        return lambda c: c != "\n"
    raise error("internal: unsupported category %r" % (code,))


def _case_variants(c, flags):
    "The characters equal to c ignoring case (simple case mappings)."
    variants = {c}
    if flags & SRE_FLAG_UNICODE or ord(c) < 128:
        for v in (c.lower(), c.upper(), c.swapcase()):
            if len(v) == 1 and (flags & SRE_FLAG_UNICODE or ord(v) < 128):
                variants.add(v)
        for v in _EXTRA_CASES.get(c.lower(), ()):
            variants.add(v)
    return variants


# Characters that fold together beyond simple lower/upper (CPython's _casefix).
_EXTRA_CASES = {
    "s": ("\u017f",), "\u017f": ("s", "S"),
    "k": ("\u212a",), "\u212a": ("k", "K"),
    "\u00e5": ("\u212b",), "\u212b": ("\u00e5", "\u00c5"),
    "\u03b2": ("\u03d0",), "\u03b5": ("\u03f5",), "\u03b8": ("\u03d1", "\u03f4"),
    "\u03b9": ("\u0345", "\u1fbe"), "\u03ba": ("\u03f0",), "\u03bc": ("\u00b5",),
    "\u03c0": ("\u03d6",), "\u03c1": ("\u03f1",), "\u03c3": ("\u03c2",),
    "\u03c6": ("\u03d5",), "\u03c9": ("\u2126",),
}


def _charset(items, flags):
    "The predicate of a character set [...] (items from the parser)."
    negate = False
    chars = set()
    ranges = []
    cats = []
    ignore = flags & SRE_FLAG_IGNORECASE
    for op, av in items:
        if op is NEGATE:
            negate = True
        elif op is LITERAL:
            c = chr(av)
            if ignore:
                chars |= _case_variants(c, flags)
            else:
                chars.add(c)
        elif op is RANGE or op is RANGE_UNI_IGNORE:
            lo, hi = av
            if hi - lo < 64:
                for o in range(lo, hi + 1):
                    c = chr(o)
                    if ignore:
                        chars |= _case_variants(c, flags)
                    else:
                        chars.add(c)
            else:
                ranges.append((lo, hi))
        elif op is CATEGORY:
            cats.append(_category(av, flags))
        else:
            raise error("internal: unsupported set item %r" % (op,))
    chars = frozenset(chars)
    if not ranges and not cats:
        if negate:
            return lambda c: c not in chars
        return chars.__contains__
    if not ranges and not chars and len(cats) == 1 and not negate:
        return cats[0]

    def in_ranges(c):
        o = ord(c)
        for lo, hi in ranges:
            if lo <= o <= hi:
                return True
        return False

    if ignore and ranges:
        def in_ranges_ignore(c, plain=in_ranges):
            if plain(c):
                return True
            for v in _case_variants(c, flags):
                if plain(v):
                    return True
            return False
        in_ranges = in_ranges_ignore

    def pred(c):
        if c in chars or (ranges and in_ranges(c)):
            return not negate
        for cat in cats:
            if cat(c):
                return not negate
        return negate
    return pred


def _unit_predicate(op, av, flags):
    "The predicate of a one-character node (LITERAL, NOT_LITERAL, ANY, IN), or None."
    if op is LITERAL:
        if flags & SRE_FLAG_IGNORECASE:
            return frozenset(_case_variants(chr(av), flags)).__contains__
        c = chr(av)
        return c.__eq__
    if op is NOT_LITERAL:
        if flags & SRE_FLAG_IGNORECASE:
            variants = frozenset(_case_variants(chr(av), flags))
            return lambda ch: ch not in variants
        c = chr(av)
        return c.__ne__
    if op is ANY:
        if flags & SRE_FLAG_DOTALL:
            return lambda c: True
        return "\n".__ne__
    if op is IN:
        return _charset(av, flags)
    return None


# ---------------------------------------------------------------------------
# The compiler: parsed nodes -> matcher closures f(s, i) -> end or None

class _State:
    "What the matchers of one pattern share while matching."

    __slots__ = ("marks", "lastindex", "start", "must_advance", "match_all")

    def __init__(self, groups):
        self.marks = [None] * (2 * groups)
        self.lastindex = None
        self.start = 0
        self.must_advance = False
        self.match_all = False


class _Builder:
    "Compiles parsed subpatterns into matcher closures for one pattern."

    def __init__(self, state):
        self.state = state

    def sequence(self, items, flags, next):
        "A matcher for the nodes `items` followed by `next`."
        items = list(items)
        k = len(items)
        while k:
            op, av = items[k - 1]
            if op is LITERAL and not flags & SRE_FLAG_IGNORECASE:
                # A run of literal characters matches with one startswith().
                j = k - 1
                while j and items[j - 1][0] is LITERAL:
                    j -= 1
                if k - j > 1:
                    next = self.literal("".join(chr(av) for _, av in items[j:k]), next)
                    k = j
                    continue
            next = self.node(op, av, flags, next)
            k -= 1
        return next

    def literal(self, text, next):
        n = len(text)

        def match_literal(s, i):
            if s.startswith(text, i):
                return next(s, i + n)
            return None
        return match_literal

    def node(self, op, av, flags, next):
        pred = _unit_predicate(op, av, flags)
        if pred is not None:
            def match_one(s, i):
                if i < len(s) and pred(s[i]):
                    return next(s, i + 1)
                return None
            return match_one
        if op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            return self.repeat(op, av, flags, next)
        if op is SUBPATTERN:
            group, add_flags, del_flags, p = av
            flags = _combine_flags(flags, add_flags, del_flags)
            if group is None:
                return self.sequence(p.data, flags, next)
            return self.group(group, p.data, flags, next)
        if op is BRANCH:
            alternatives = [self.sequence(alt.data, flags, next) for alt in av[1]]

            def match_branch(s, i):
                for alternative in alternatives:
                    r = alternative(s, i)
                    if r is not None:
                        return r
                return None
            return match_branch
        if op is AT:
            return self.at(av, flags, next)
        if op is GROUPREF:
            return self.groupref(av, flags, next)
        if op is GROUPREF_EXISTS:
            group, yes, no = av
            marks = self.state.marks
            yes = self.sequence(yes.data, flags, next)
            no = self.sequence(no.data, flags, next) if no else next

            def match_exists(s, i):
                if marks[2 * group] is not None and marks[2 * group + 1] is not None:
                    return yes(s, i)
                return no(s, i)
            return match_exists
        if op is ASSERT or op is ASSERT_NOT:
            return self.lookaround(op is ASSERT, av[0], av[1], flags, next)
        if op is ATOMIC_GROUP:
            body = self.sequence(av.data, flags, _end_here)

            def match_atomic(s, i):
                j = body(s, i)
                if j is None:
                    return None
                return next(s, j)
            return match_atomic
        raise error("internal: unsupported operation %r" % (op,))

    def group(self, group, items, flags, next):
        state = self.state
        marks = state.marks
        start_mark = 2 * group
        end_mark = start_mark + 1

        def close_group(s, i):
            old = marks[end_mark]
            old_last = state.lastindex
            marks[end_mark] = i
            state.lastindex = group
            r = next(s, i)
            if r is None:
                marks[end_mark] = old
                state.lastindex = old_last
            return r

        body = self.sequence(items, flags, close_group)

        def open_group(s, i):
            old = marks[start_mark]
            marks[start_mark] = i
            r = body(s, i)
            if r is None:
                marks[start_mark] = old
            return r
        return open_group

    def repeat(self, op, av, flags, next):
        lo, hi, p = av
        items = p.data
        if len(items) == 1:
            pred = _unit_predicate(items[0][0], items[0][1], flags)
            if pred is not None:
                return self.unit_repeat(op, lo, hi, pred, next)
        if op is POSSESSIVE_REPEAT:
            body = self.general_repeat(lo, hi, items, flags, _end_here, True)

            def match_possessive(s, i):
                j = body(s, i)
                if j is None:
                    return None
                return next(s, j)
            return match_possessive
        return self.general_repeat(lo, hi, items, flags, next, op is MAX_REPEAT)

    def unit_repeat(self, op, lo, hi, pred, next):
        "x*, x+?, x{m,n}... where x matches one character: no recursion per item."
        unbounded = hi == MAXREPEAT
        if op is MIN_REPEAT:
            def match_lazy(s, i):
                n = len(s)
                j = i
                end = n if unbounded else min(n, i + hi)
                if i + lo > n:
                    return None
                while j < i + lo:
                    if not pred(s[j]):
                        return None
                    j += 1
                while True:
                    r = next(s, j)
                    if r is not None:
                        return r
                    if j >= end or not pred(s[j]):
                        return None
                    j += 1
            return match_lazy

        possessive = op is POSSESSIVE_REPEAT

        def match_greedy(s, i):
            n = len(s)
            end = n if unbounded else min(n, i + hi)
            j = i
            while j < end and pred(s[j]):
                j += 1
            least = i + lo
            if j < least:
                return None
            if possessive:
                return next(s, j)
            while j >= least:
                r = next(s, j)
                if r is not None:
                    return r
                j -= 1
            return None
        return match_greedy

    def general_repeat(self, lo, hi, items, flags, next, greedy):
        "A repeat of a subpattern: each iteration continues into the loop point."
        unbounded = hi == MAXREPEAT
        counter = [0, -1]  # iterations so far, position where the last one began

        def loop(s, i):
            count, last = counter
            if count < lo:
                counter[0] = count + 1
                counter[1] = i
                r = body(s, i)
                if r is None:
                    counter[0] = count
                    counter[1] = last
                return r
            may_iterate = (unbounded or count < hi) and i != last
            if greedy:
                if may_iterate:
                    counter[0] = count + 1
                    counter[1] = i
                    r = body(s, i)
                    if r is not None:
                        return r
                    counter[0] = count
                    counter[1] = last
                return next(s, i)
            r = next(s, i)
            if r is not None or not may_iterate:
                return r
            counter[0] = count + 1
            counter[1] = i
            r = body(s, i)
            if r is None:
                counter[0] = count
                counter[1] = last
            return r

        body = self.sequence(items, flags, loop)

        def enter_repeat(s, i):
            saved_count, saved_last = counter
            counter[0] = 0
            counter[1] = -1
            r = loop(s, i)
            counter[0] = saved_count
            counter[1] = saved_last
            return r
        return enter_repeat

    def at(self, code, flags, next):
        if code is AT_BEGINNING and flags & SRE_FLAG_MULTILINE:
            code = AT_BEGINNING_LINE
        elif code is AT_END and flags & SRE_FLAG_MULTILINE:
            code = AT_END_LINE
        if code is AT_BEGINNING or code is AT_BEGINNING_STRING:
            return lambda s, i: next(s, i) if i == 0 else None
        if code is AT_BEGINNING_LINE:
            return lambda s, i: next(s, i) if i == 0 or s[i - 1] == "\n" else None
        if code is AT_END:
            def match_end(s, i):
                n = len(s)
                if i == n or (i == n - 1 and s[i] == "\n"):
                    return next(s, i)
                return None
            return match_end
        if code is AT_END_LINE:
            return lambda s, i: next(s, i) if i == len(s) or s[i] == "\n" else None
        if code is AT_END_STRING:
            return lambda s, i: next(s, i) if i == len(s) else None
        if code is AT_BOUNDARY or code is AT_NON_BOUNDARY:
            word = _category(CATEGORY_WORD, flags)
            boundary = code is AT_BOUNDARY

            def match_boundary(s, i):
                n = len(s)
                if not n:
                    return None
                before = i > 0 and word(s[i - 1])
                after = i < n and word(s[i])
                if (before != after) == boundary:
                    return next(s, i)
                return None
            return match_boundary
        raise error("internal: unsupported position %r" % (code,))

    def groupref(self, group, flags, next):
        marks = self.state.marks
        ignore = flags & SRE_FLAG_IGNORECASE

        def match_groupref(s, i):
            start = marks[2 * group]
            end = marks[2 * group + 1]
            if start is None or end is None or end < start:
                return None
            n = end - start
            if ignore:
                if s[i:i + n].lower() != s[start:end].lower() or i + n > len(s):
                    return None
            elif not s.startswith(s[start:end], i):
                return None
            return next(s, i + n)
        return match_groupref

    def lookaround(self, positive, direction, p, flags, next):
        if direction < 0:
            lo, hi = p.getwidth()
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            width = lo
        else:
            width = 0
        body = self.sequence(p.data, flags, _end_here)
        marks = self.state.marks

        def match_lookaround(s, i):
            begin = i - width
            if begin < 0:
                matched = False
            elif positive:
                matched = body(s, begin) is not None
            else:
                saved = marks[:]
                matched = body(s, begin) is not None
                marks[:] = saved
            if matched != positive:
                return None
            return next(s, i)
        return match_lookaround


def _end_here(s, i):
    "The continuation of a subpattern matched on its own: its end."
    return i


def _literal_prefix(items, flags):
    "The literal text every match starts with (case-sensitive patterns only)."
    if flags & SRE_FLAG_IGNORECASE:
        return ""
    prefix = []
    for op, av in items:
        if op is LITERAL:
            prefix.append(chr(av))
        elif op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            inner = _literal_prefix(av[3].data, flags)
            prefix.append(inner)
            if len(inner) != len(av[3].data):
                break
        else:
            break
    return "".join(prefix)


def compile(p, flags=0):
    "Compiles a pattern (a string or a parsed SubPattern) into a Pattern."
    if isstring(p):
        pattern = p
        p = _parser.parse(p, flags)
    else:
        pattern = None
    flags = p.state.flags | flags
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return Pattern(pattern, flags, p, groupindex, tuple(indexgroup))


# ---------------------------------------------------------------------------
# Pattern and Match

def _check_string(pattern, string):
    "The subject as a str (bytes are read as latin-1), checking its type."
    if isinstance(string, str):
        if pattern._bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, (bytes, bytearray)):
        if not pattern._bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(string).decode("latin-1")
    if isinstance(string, memoryview):
        return _check_string(pattern, bytes(string))
    raise TypeError(f"expected string or bytes-like object, got {type(string).__name__!r}")


def _bounds(text, pos, endpos):
    "pos and endpos clamped to the string, as CPython does."
    n = len(text)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


_FLAG_NAMES = (
    (SRE_FLAG_TEMPLATE, "re.TEMPLATE"),
    (SRE_FLAG_IGNORECASE, "re.IGNORECASE"),
    (SRE_FLAG_LOCALE, "re.LOCALE"),
    (SRE_FLAG_MULTILINE, "re.MULTILINE"),
    (SRE_FLAG_DOTALL, "re.DOTALL"),
    (SRE_FLAG_UNICODE, "re.UNICODE"),
    (SRE_FLAG_VERBOSE, "re.VERBOSE"),
    (SRE_FLAG_DEBUG, "re.DEBUG"),
    (SRE_FLAG_ASCII, "re.ASCII"),
)


class Pattern:
    "Compiled regular expression object."

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_indexgroup", "_state",
                 "_matcher", "_prefix", "_anchored", "_bytes", "__weakref__")

    def __init__(self, pattern, flags, p, groupindex, indexgroup):
        self.pattern = pattern
        self.flags = flags
        self.groups = p.state.groups - 1
        self._groupindex = dict(groupindex)
        self._indexgroup = indexgroup
        self._bytes = isinstance(pattern, bytes)
        state = self._state = _State(p.state.groups)

        def success(s, i):
            if state.match_all and i != len(s):
                return None
            if state.must_advance and i == state.start:
                return None
            return i
        items = p.data
        self._matcher = _Builder(state).sequence(items, flags, success)
        self._prefix = _literal_prefix(items, flags)
        self._anchored = bool(items) and items[0] == (AT, AT_BEGINNING_STRING) or (
            bool(items) and items[0] == (AT, AT_BEGINNING) and not flags & SRE_FLAG_MULTILINE)

    @property
    def groupindex(self):
        "A dictionary mapping group names to group numbers."
        return _mappingproxy(self._groupindex)

    def _run(self, text, pos, must_advance=False, search=True, match_all=False):
        """Tries the pattern at pos (and later positions when searching);
        returns (start, end, marks, lastindex) or None."""
        state = self._state
        marks = state.marks
        for k in range(len(marks)):
            marks[k] = None
        state.lastindex = None
        state.match_all = match_all
        state.must_advance = must_advance
        matcher = self._matcher
        prefix = self._prefix
        n = len(text)
        i = pos
        while i <= n:
            if prefix and search:
                # Skip to where the literal text every match starts with occurs
                # (match and fullmatch try only pos, and check the text there).
                i = text.find(prefix, i)
                if i < 0:
                    return None
            state.start = i
            end = matcher(text, i)
            if end is not None:
                return i, end, marks[:], state.lastindex
            if not search or self._anchored:
                return None
            state.must_advance = False
            i += 1
        return None

    def _match_object(self, string, text, pos, endpos, found):
        start, end, marks, lastindex = found
        return Match(self, string, pos, endpos, start, end, marks, lastindex)

    def _find(self, string, pos, endpos, search, match_all=False):
        text = _check_string(self, string)
        pos, endpos = _bounds(text, pos, endpos)
        if endpos < len(text):
            text = text[:endpos]
        if pos > endpos:
            return None
        found = self._run(text, pos, search=search, match_all=match_all)
        if found is None:
            return None
        return self._match_object(string, text, pos, endpos, found)

    def match(self, string, pos=0, endpos=sys.maxsize):
        "Matches zero or more characters at the beginning of the string."
        return self._find(string, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        "Matches against all of the string."
        return self._find(string, pos, endpos, False, True)

    def search(self, string, pos=0, endpos=sys.maxsize):
        "Scan through string looking for a match, and return a corresponding match object instance."
        return self._find(string, pos, endpos, True)

    def _iterate(self, string, pos=0, endpos=sys.maxsize):
        "The successive non-overlapping matches (as CPython's scanner finds them)."
        text = _check_string(self, string)
        pos, endpos = _bounds(text, pos, endpos)
        if endpos < len(text):
            text = text[:endpos]
        must_advance = False
        while pos <= endpos:
            found = self._run(text, pos, must_advance)
            if found is None:
                return
            yield self._match_object(string, text, pos, endpos, found)
            must_advance = found[1] == found[0]
            pos = found[1]

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        "Return an iterator over all non-overlapping matches for the RE pattern in string."
        return self._iterate(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        "Return a list of all non-overlapping matches of pattern in string."
        result = []
        groups = self.groups
        for m in self._iterate(string, pos, endpos):
            if groups == 0:
                result.append(m.group())
            elif groups == 1:
                result.append(m.group(1) or string[:0])
            else:
                empty = string[:0]
                result.append(tuple(g if g is not None else empty for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        "Split string by the occurrences of pattern."
        result = []
        last = 0
        n = 0
        for m in self._iterate(string):
            if maxsplit and n >= maxsplit:
                break
            result.append(string[last:m.start()])
            result.extend(m.groups())
            last = m.end()
            n += 1
        result.append(string[last:])
        return result

    def _subx(self, repl, string, count):
        if callable(repl):
            filter = repl
            literal = None
        else:
            _check_string(self, repl)
            if (b"\\" if self._bytes else "\\") in repl:
                import re
                filter = re._subx(self, repl)
                literal = filter if not callable(filter) else None
            else:
                literal = repl
        text = _check_string(self, string)
        pieces = []
        last = 0
        n = 0
        for m in self._iterate(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            if literal is not None:
                pieces.append(literal)
            else:
                value = filter(m)
                if value is not None:
                    if not isinstance(value, (str, bytes)):
                        kind = "a bytes-like object" if self._bytes else "str instance"
                        raise TypeError(f"expected {kind}, {type(value).__name__} found")
                    pieces.append(value)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if not self._bytes and flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII) == SRE_FLAG_UNICODE:
            flags &= ~SRE_FLAG_UNICODE
        if not flags:
            return f"re.compile({text})"
        names = []
        for value, name in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append(hex(flags))
        return f"re.compile({text}, {'|'.join(names)})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        import re
        return re._compile, (self.pattern, self.flags)

    __class_getitem__ = classmethod(type(list[int]))


class _Scanner:
    "What Pattern.scanner() returns: successive match() or search() calls."

    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_must_advance")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        text = _check_string(pattern, string)
        self._pos, self._endpos = _bounds(text, pos, endpos)
        self._must_advance = False

    def _next(self, search):
        pattern = self.pattern
        text = _check_string(pattern, self._string)[:self._endpos]
        if self._pos > self._endpos:
            return None
        found = pattern._run(text, self._pos, self._must_advance, search)
        if found is None:
            self._pos = self._endpos + 1
            return None
        self._must_advance = found[1] == found[0]
        self._pos = found[1]
        return pattern._match_object(self._string, text, 0, self._endpos, found)

    def match(self):
        return self._next(False)

    def search(self):
        return self._next(True)


def _mappingproxy(d):
    "A read-only view of d."
    return type(type.__dict__)(d)


class Match:
    "The result of re.match() and re.search()."

    __slots__ = ("re", "string", "pos", "endpos", "_start", "_end", "_marks", "lastindex")

    def __init__(self, pattern, string, pos, endpos, start, end, marks, lastindex):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._start = start
        self._end = end
        self._marks = marks
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        "The name of the last matched capturing group."
        if self.lastindex is None:
            return None
        return self.re._indexgroup[self.lastindex]

    @property
    def regs(self):
        return tuple(self._span(g) for g in range(self.re.groups + 1))

    def _index(self, group):
        "The number of a group given by number or name (IndexError if none)."
        if isinstance(group, int) or hasattr(type(group), "__index__") and not isinstance(group, (str, bytes)):
            try:
                index = group.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= index <= self.re.groups:
                return index
            raise IndexError("no such group")
        if isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _span(self, index):
        if index == 0:
            return self._start, self._end
        start = self._marks[2 * index]
        end = self._marks[2 * index + 1]
        if start is None or end is None or end < start:
            return -1, -1
        return start, end

    def _group(self, index, default=None):
        start, end = self._span(index)
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *args):
        "Return one or more subgroups of the match."
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple(self._group(self._index(g)) for g in args)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        "Return a tuple containing all the subgroups of the match, from 1 up to however many groups are in the pattern."
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."
        return {name: self._group(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        "Return index of the start of the substring matched by group."
        return self._span(self._index(group))[0]

    def end(self, group=0):
        "Return index of the end of the substring matched by group."
        return self._span(self._index(group))[1]

    def span(self, group=0):
        "For match object m, return the 2-tuple (m.start(group), m.end(group))."
        return self._span(self._index(group))

    def expand(self, template):
        "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."
        import re
        return re._expand(self.re, self, template)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._start, self._end, repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(type(list[int]))


Pattern.__module__ = "re"
Match.__module__ = "re"
