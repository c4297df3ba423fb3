#!/usr/bin/env python3
"""Generates coroplay's Unicode character database from the running CPython.

    python3 tools/gen_unicode_db.py          # rewrite the generated files
    python3 tools/gen_unicode_db.py --check  # exit 1 when they are out of date

The source of truth is CPython 3.11 itself: every property is read from what
its str methods and unicodedata module answer for each of the 0x110000 code
points (str.isalpha(), str.upper(), unicodedata.category(), ...), so the
interpreter matches CPython exactly rather than a reading of the UCD files.

Outputs (both committed, so builds never need python3):

  core/python/objects/unicode_db_tables.inc   the tables unicode_db.cpp decodes
  tests/unit/python/unicode_db_vectors.inc    CPython's answers for the tests

Table layout (see unicode_db.cpp):
  * a record per distinct (flags, category, digit, upper/lower/title/fold deltas);
  * a three-level index cp -> record, shifts chosen to minimise bytes;
  * multi-character case mappings (ß -> SS) in a small sorted side table;
  * numeric values of non-digit characters (½, Ⅻ, 万) in a sorted side table;
  * character names and aliases (for \\N{...}, unicodedata.lookup and .name):
    a front-coded, Huffman-coded word lexicon and token stream; the Hangul,
    CJK unified and PREFIX-<hex> names are computed.

Name aliases (NUL, LATIN CAPITAL LETTER GHA, ...) cannot be listed through
CPython's API: the candidates come from Perl's copy of the UCD (Name.pl), and
only those CPython's \\N{...} resolves to the same code point are kept.
"""

import argparse
import glob
import os
import random
import struct
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = os.path.join(ROOT, "core/python/objects/unicode_db_tables.inc")
VECTORS = os.path.join(ROOT, "tests/unit/python/unicode_db_vectors.inc")
# Perl's copy of the UCD names: only a list of candidate aliases (NUL, BEL,
# LATIN CAPITAL LETTER GHA, ...), each kept only if CPython accepts it.
PERL_NAMES = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl"))

N = 0x110000

# Record flag bits; unicode_db.hpp declares the same values.
FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "LINEBREAK", "UPPER", "LOWER",
    "TITLE", "CASED", "CASE_IGNORABLE", "PRINTABLE", "XID_START", "XID_CONTINUE", "SPECIAL",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}

# The predicates the vectors and block hashes record, in bit order. The test
# pairs each name with its API function.
PREDICATES = [
    "is_alpha", "is_decimal", "is_digit", "is_numeric", "is_space", "is_linebreak",
    "is_upper", "is_lower", "is_title", "is_cased", "is_case_ignorable", "is_printable",
    "is_identifier_start", "is_identifier_continue", "is_alnum",
]

SIGMA = "\u03a3"


def probe(cp):
    """CPython's answers for one code point, from public behaviour only."""
    c = chr(cp)
    # Cased / Case_Ignorable are internal to CPython but observable: str.title()
    # lowers a letter after a cased one, and str.lower() picks the final sigma
    # by skipping case-ignorable characters backwards to a cased one.
    final_after_space = (" " + c + SIGMA).lower()[-1] == "\u03c2"  # cased and not ignorable
    final_after_a = ("A" + c + SIGMA).lower()[-1] == "\u03c2"  # ignorable or cased
    ignorable = final_after_a and not final_after_space
    cased = (c + "a").title()[-1] == "a"
    pred = {
        "is_alpha": c.isalpha(),
        "is_decimal": c.isdecimal(),
        "is_digit": c.isdigit(),
        "is_numeric": c.isnumeric(),
        "is_space": c.isspace(),
        "is_linebreak": len(("a" + c + "b").splitlines()) == 2,
        "is_upper": c.isupper(),
        "is_lower": c.islower(),
        # Py_UNICODE_ISTITLE (category Lt); chr(c).istitle() is is_title or is_upper.
        "is_title": c.istitle() and not c.isupper(),
        "is_cased": cased,
        "is_case_ignorable": ignorable,
        "is_printable": c.isprintable(),
        "is_identifier_start": c.isidentifier(),
        "is_identifier_continue": ("a" + c).isidentifier(),
        "is_alnum": c.isalnum(),
    }
    return {
        "pred": pred,
        "category": unicodedata.category(c),
        "decimal": unicodedata.decimal(c, -1),
        "digit": unicodedata.digit(c, -1),
        "numeric": unicodedata.numeric(c, None),
        "upper": [ord(x) for x in c.upper()],
        "lower": [ord(x) for x in c.lower()],
        "title": [ord(x) for x in c.title()],
        "fold": [ord(x) for x in c.casefold()],
    }


MAPPINGS = ["upper", "lower", "title", "fold"]

# ---------------------------------------------------------------------------
# Tables


def split_once(values, shift):
    """Blocks of 1 << shift values, deduplicated: (index of each block, blocks)."""
    size = 1 << shift
    seen, index, blocks = {}, [], []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        if block not in seen:
            seen[block] = len(blocks) // size
            blocks.extend(block)
        index.append(seen[block])
    return index, blocks


def split_bins(values):
    """Best two-level split of `values`: (bytes, shift, index, blocks)."""
    best = None
    for shift in range(1, 13):
        index, blocks = split_once(values, shift)
        total = len(index) * int_size(max(index)) + len(blocks) * int_size(max(blocks))
        if best is None or total < best[0]:
            best = (total, shift, index, blocks)
    return best


def split_three(values):
    """Best three-level split: (bytes, shift1, shift2, index1, index2, index3)."""
    best = None
    for shift2 in range(2, 10):
        index, blocks = split_once(values, shift2)
        total, shift1, top, middle = split_bins(index)
        total += len(blocks) * int_size(max(blocks))
        if best is None or total < best[0]:
            best = (total, shift1, shift2, top, middle, blocks)
    return best


def preamble(what, version_constant):
    """A generated file's opening lines and its Unicode version constant."""
    return ["// %s, generated by tools/gen_unicode_db.py\n" % what,
            "// from CPython %s (Unicode %s). Do not edit; rerun the generator.\n"
            % (sys.version.split()[0], unicodedata.unidata_version),
            "// clang-format off\n\n",
            "/// Version of the Unicode database (unicodedata.unidata_version).\n",
            'constexpr char %s[] = "%s";\n\n' % (version_constant, unicodedata.unidata_version)]


def c_array(comment, ctype, name, values, fmt="%d"):
    """A constexpr C++ array of `values` after its doc comment."""
    doc = "".join("/// %s\n" % line for line in comment.split("\n"))
    return doc + fmt_array("constexpr %s %s[%d]" % (ctype, name, len(values)),
                           [fmt % v for v in values])


def int_size(largest):
    return 1 if largest < 0x100 else 2 if largest < 0x10000 else 4


def c_uint(largest):
    return {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}[int_size(largest)]


def fmt_array(decl, items, width=100):
    """`decl = {items};` wrapped at `width` columns."""
    lines, line = [decl + " = {"], "   "
    for item in items:
        text = " " + item + ","
        if len(line) + len(text) > width:
            lines.append(line)
            line = "   "
        line += text
    if line.strip():
        lines.append(line)
    lines.append("};")
    return "\n".join(lines) + "\n"


def build_tables(props):
    """Records, indexes and side tables; returns (text, sizes, decode)."""
    records, record_ids, index = [], {}, []
    specials, numerics = [], []
    ascii_flags = [0] * 0x80
    # Record 0 is the unassigned code point's: what lookups beyond U+10FFFF see.
    unassigned = props[0x10FFFF]
    assert unassigned["category"] == "Cn" and not any(unassigned["pred"].values())
    order = [0x10FFFF] + list(range(N))
    for cp in order:
        p = props[cp]
        flags = 0
        for name, key in [
            ("ALPHA", "is_alpha"), ("DECIMAL", "is_decimal"), ("DIGIT", "is_digit"),
            ("NUMERIC", "is_numeric"), ("SPACE", "is_space"), ("LINEBREAK", "is_linebreak"),
            ("UPPER", "is_upper"), ("LOWER", "is_lower"), ("TITLE", "is_title"),
            ("CASED", "is_cased"), ("CASE_IGNORABLE", "is_case_ignorable"),
            ("PRINTABLE", "is_printable"), ("XID_START", "is_identifier_start"),
            ("XID_CONTINUE", "is_identifier_continue"),
        ]:
            if p["pred"][key]:
                flags |= BIT[name]
        if cp < 0x80:
            ascii_flags[cp] = flags
        # '_' starts identifiers by a rule of its own (it is not XID_Start). Only
        # kAsciiFlags says so: one record fewer keeps kIndex3 at one byte.
        if cp == 0x5F:
            flags &= ~BIT["XID_START"]
        assert p["pred"]["is_alnum"] == bool(
            flags & (BIT["ALPHA"] | BIT["DECIMAL"] | BIT["DIGIT"] | BIT["NUMERIC"]))
        assert (p["decimal"] >= 0) == p["pred"]["is_decimal"]
        assert (p["digit"] >= 0) == p["pred"]["is_digit"]
        assert (p["numeric"] is not None) == p["pred"]["is_numeric"]
        if p["decimal"] >= 0:
            assert p["decimal"] == p["digit"]
        if p["digit"] >= 0:
            assert p["numeric"] == p["digit"]
        digit = max(p["digit"], 0)
        if any(len(p[m]) != 1 for m in MAPPINGS):
            flags |= BIT["SPECIAL"]
            deltas = (0, 0, 0, 0)
        else:
            deltas = tuple(p[m][0] - cp for m in MAPPINGS)
        key = (flags, p["category"], digit, deltas)
        if key not in record_ids:
            record_ids[key] = len(records)
            records.append(key)
        if cp == 0x10FFFF and len(index) == 0:
            continue  # only seeded record 0
        index.append(record_ids[key])
        if flags & BIT["SPECIAL"]:
            specials.append(cp)
        if p["numeric"] is not None and p["digit"] < 0:
            numerics.append(cp)
    assert len(index) == N

    categories = sorted(set(r[1] for r in records))
    total, shift1, shift2, top, middle, leaves = split_three(index)

    # Multi-character case mappings: code points (sorted) and, per mapping,
    # offset << 2 | (length - 1) into a pool of code points.
    pool, pool_at, special_rows = [], {}, []
    for cp in specials:
        row = []
        for m in MAPPINGS:
            seq = tuple(props[cp][m])
            assert 1 <= len(seq) <= 3
            if seq not in pool_at:
                # Reuse a pool suffix/infix when present.
                for start in range(len(pool) - len(seq) + 1):
                    if tuple(pool[start:start + len(seq)]) == seq:
                        pool_at[seq] = start
                        break
                else:
                    pool_at[seq] = len(pool)
                    pool.extend(seq)
            row.append(pool_at[seq] << 2 | (len(seq) - 1))
        special_rows.append(row)
    assert max(specials) < 0x10000 and max(pool) < 0x10000
    assert max(max(r) for r in special_rows) < 0x10000

    # Numeric values of characters that are numeric but not digits.
    values = sorted(set(props[cp]["numeric"] for cp in numerics))
    assert len(values) < 256
    numeric_keys = [cp << 8 | values.index(props[cp]["numeric"]) for cp in numerics]

    out = preamble("Unicode character database tables", "kUnidataVersion")
    out.append("/// Two-letter general category names, indexed by Record::category.\n")
    out.append(fmt_array("constexpr char kCategoryNames[%d][3]" % len(categories),
                         ['"%s"' % c for c in categories]))
    out.append("\n/// Flags of the ASCII code points: the fast path of every predicate.\n")
    out.append(fmt_array("const uint16_t detail::ascii_flags[128]",
                         ["0x%04x" % f for f in ascii_flags]))
    out.append("\n/// Distinct property records: flags, category, digit value, case deltas\n")
    out.append("/// (upper, lower, title, casefold). Record 0 is the unassigned code point's.\n")
    rec_items = []
    for flags, cat, digit, deltas in records:
        rec_items.append("{0x%04x, %d, %d, {%d, %d, %d, %d}}"
                         % ((flags, categories.index(cat), digit) + deltas))
    out.append(fmt_array("constexpr Record kRecords[%d]" % len(records), rec_items))
    out.append("\n/// Three-level index from code point to record: kIndex1[cp >> (kShift2 + kShift3)]\n")
    out.append("/// selects a block of kIndex2, which selects a block of kIndex3.\n")
    out.append("constexpr unsigned kShift2 = %d;\n" % shift1)
    out.append("constexpr unsigned kShift3 = %d;\n" % shift2)
    for name, level in (("kIndex1", top), ("kIndex2", middle), ("kIndex3", leaves)):
        out.append(fmt_array("constexpr %s %s[%d]" % (c_uint(max(level)), name, len(level)),
                             [str(v) for v in level]))
    out.append("\n")
    out.append(c_array("Code points whose case mappings are not all single characters (sorted).",
                       "uint16_t", "kSpecialCodePoints", specials, "0x%04x"))
    out.append("/// Their upper, lower, title and casefold mappings: offset << 2 | (length - 1)\n")
    out.append("/// into kSpecialPool.\n")
    out.append(fmt_array("constexpr uint16_t kSpecialMappings[%d][4]" % len(specials),
                         ["{%s}" % ", ".join(str(v) for v in r) for r in special_rows]))
    out.append(c_array("The code points of the multi-character mappings.", "uint16_t",
                       "kSpecialPool", pool, "0x%04x"))
    out.append("\n")
    out.append(c_array("Numeric characters that are not digits: cp << 8 | index into\n"
                       "kNumericValues (sorted).", "uint32_t", "kNumericKeys", numeric_keys,
                       "0x%x"))
    out.append("/// Their values: CPython's doubles, exactly (hexadecimal literals).\n")
    out.append(fmt_array("constexpr double kNumericValues[%d]" % len(values),
                         [v.hex() for v in values]))

    sizes = {
        "records": len(records) * 20,
        "index": len(top) * int_size(max(top)) + len(middle) * int_size(max(middle))
        + len(leaves) * int_size(max(leaves)),
        "special": len(specials) * 10 + len(pool) * 2,
        "numeric": len(numeric_keys) * 4 + len(values) * 8,
        "categories": len(categories) * 3,
        "ascii": 256,
    }

    def decode(cp):
        """Python model of the C++ lookup, for the generator's self-check."""
        i1 = top[cp >> (shift1 + shift2)]
        i2 = middle[(i1 << shift1) + ((cp >> shift2) & ((1 << shift1) - 1))]
        return records[leaves[(i2 << shift2) + (cp & ((1 << shift2) - 1))]]

    for cp in range(N):
        assert decode(cp) == records[index[cp]]
    info = "records %d, shifts %d/%d, index %d+%d+%d entries, specials %d, numerics %d" % (
        len(records), shift1, shift2, len(top), len(middle), len(leaves), len(specials),
        len(numerics))
    return "".join(out), sizes, info


# ---------------------------------------------------------------------------
# Names (for \N{...}, unicodedata.lookup and unicodedata.name)

HANGUL_BASE, HANGUL_COUNT = 0xAC00, 11172
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
NAME_RESTART = 64  # entries between restart points of the name stream
LEXICON_GROUP = 32  # words between entry points of the lexicon


def names_candidates():
    """(name, code point, is_alias) for every stored name CPython knows: the
    names unicodedata.name() gives (Hangul syllables and CJK unified ideographs
    are computed, not stored) and the aliases \\N{...} accepts."""
    found = []
    for cp in range(N):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith(HANGUL_PREFIX) or name.startswith(CJK_PREFIX):
            continue
        found.append((name, cp, False))
    have = set(n for n, _, _ in found)
    if not PERL_NAMES:
        print("warning: Perl's unicore/Name.pl not found: name aliases are left out",
              file=sys.stderr)
        return found
    path = PERL_NAMES[-1]
    version = open(os.path.join(os.path.dirname(path), "version")).read().strip()
    if version != unicodedata.unidata_version:
        print("warning: %s is Unicode %s: aliases new in %s are left out"
              % (path, version, unicodedata.unidata_version), file=sys.stderr)
    text = open(path, encoding="utf-8").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.split("\n\n"):
        lines = entry.split("\n")
        if len(lines) != 2 or " " in lines[0]:
            continue  # named sequences (several code points)
        cp, name = int(lines[0], 16), lines[1]
        if name not in have and escape_lookup(name) == cp:
            found.append((name, cp, True))
            have.add(name)
    return found


def escape_lookup(name):
    """The code point "\\N{name}" gives in CPython, or -1 when it is an error."""
    try:
        text = ("\\N{%s}" % name).encode("ascii").decode("unicode_escape")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return -1
    return ord(text) if len(text) == 1 else -1


def tokenize(name):
    """A name as words and hyphen markers ('-' joins the words around it; other
    neighbours are joined by a space). Words may be empty ("TSA -PHRU")."""
    out = []
    for part in name.split(" "):
        for j, word in enumerate(part.split("-")):
            if j:
                out.append("-")
            out.append(word)
    return out


def huffman_lengths(freq, limit=16):
    """Code length per symbol of a Huffman code no longer than `limit` bits."""
    import heapq
    shift = 0
    while True:
        heap = [(max(1, f >> shift), i, [s]) for i, (s, f) in enumerate(sorted(freq.items()))]
        heapq.heapify(heap)
        lengths = {s: 0 for s in freq}
        if len(heap) == 1:
            lengths[heap[0][2][0]] = 1
            return lengths
        tie = len(heap)
        while len(heap) > 1:
            fa, _, a = heapq.heappop(heap)
            fb, _, b = heapq.heappop(heap)
            for s in a + b:
                lengths[s] += 1
            heapq.heappush(heap, (fa + fb, tie, a + b))
            tie += 1
        if max(lengths.values()) <= limit:
            return lengths
        shift += 1


class Huffman:
    """A canonical Huffman code (codes MSB first, shorter codes first, equal
    lengths in symbol order) and its C++ tables."""

    def __init__(self, freq):
        self.lengths = huffman_lengths(freq)
        self.max_len = max(self.lengths.values())
        order = sorted(self.lengths, key=lambda s: (self.lengths[s], s))
        self.codes, code, prev_len = {}, 0, 0
        for s in order:
            code <<= self.lengths[s] - prev_len
            prev_len = self.lengths[s]
            self.codes[s] = code
            code += 1
        self.order = order
        self.counts = [sum(1 for s in order if self.lengths[s] == n)
                       for n in range(self.max_len + 1)]

    def tables(self, name, what):
        out = ["/// Huffman code of %s: codes per length (index 0 unused) and the\n" % what,
               "/// symbols in code order.\n"]
        out.append(fmt_array("constexpr uint16_t k%sCounts[%d]" % (name, len(self.counts)),
                             [str(c) for c in self.counts]))
        out.append(fmt_array("constexpr uint8_t k%sSymbols[%d]" % (name, len(self.order)),
                             [str(s) for s in self.order]))
        return "".join(out)

    def size(self):
        return len(self.counts) * 2 + len(self.order)


class BitWriter:
    """Bits, most significant first, packed into bytes."""

    def __init__(self):
        self.bits = []

    def write(self, value, count):
        self.bits.extend((value >> (count - 1 - i)) & 1 for i in range(count))

    def data(self):
        bits = self.bits + [0] * (-len(self.bits) % 8)
        return bytes(int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8))


def first_word_bit(word_id):
    """The bit kNameBlockFirstWords uses for a first word (unicode_db.cpp too)."""
    return 1 << (((word_id * 0x9E3779B1) & 0xFFFFFFFF) >> 27)


def name_ranges(prefix):
    """Ranges of code points whose name is `prefix` followed by hex digits."""
    ranges, start = [], None
    for cp in range(N + 1):
        named = cp < N and unicodedata.name(chr(cp), "").startswith(prefix)
        if named and start is None:
            start = cp
        elif not named and start is not None:
            ranges.append((start, cp - 1))
            start = None
    return ranges


def build_names():
    """The name tables' text, their size in bytes, and a summary."""
    entries = names_candidates()
    # Names of the form PREFIX-XXXX where XXXX is the code point in hex (CJK
    # COMPATIBILITY IDEOGRAPH-F900, NUSHU CHARACTER-1B170, ...): ranges per prefix.
    hex_cps, stored, aliases = {}, [], []
    for name, cp, alias in entries:
        head, sep, tail = name.rpartition("-")
        if alias:
            aliases.append((name, cp))
        elif sep and tail == "%04X" % cp:
            hex_cps.setdefault(head, []).append(cp)
        else:
            stored.append((name, cp))
    stored.sort(key=lambda e: e[1])
    hex_ranges = []
    for head, cps in sorted(hex_cps.items()):
        cps.sort()
        start = prev = cps[0]
        for cp in cps[1:] + [None]:
            if cp is not None and cp == prev + 1:
                prev = cp
                continue
            hex_ranges.append((head, start, prev))
            if cp is not None:
                start = prev = cp
    heads = sorted(hex_cps)

    # Lexicon: the distinct words in byte order (word id = position). The most
    # frequent `one` words have one-symbol tokens (kFrequentWords maps them to
    # ids); token `one` is the hyphen marker; above it, a token symbol carries
    # the high bits of a word id and a raw byte the low ones.
    all_names = stored + aliases
    freq = {}
    for name, _ in all_names:
        for w in tokenize(name):
            if w != "-":
                freq[w] = freq.get(w, 0) + 1
    words = sorted(freq)
    word_id = {w: i for i, w in enumerate(words)}
    one = 255 - (len(words) + 255) // 256
    frequent = sorted(freq, key=lambda w: (-freq[w], w))[:one]
    frequent_index = {w: i for i, w in enumerate(frequent)}
    assert all(0x20 < ord(c) < 0x7F for w in words for c in w)

    def token_codes(name):
        codes = []
        for w in tokenize(name):
            if w == "-":
                codes.append((one, None))
            elif w in frequent_index:
                codes.append((frequent_index[w], None))
            else:
                codes.append((one + 1 + (word_id[w] >> 8), word_id[w] & 0xFF))
        return codes

    # Entries front-coded by whole tokens: a header k << 4 | n keeps the
    # previous entry's first k tokens and adds n. Restarts keep none. Per
    # restart block, a mask of the hashes of its entries' first words lets a
    # lookup skip blocks.
    headers, leads, prev = {}, {}, []
    encoded, masks = [], []
    for i, (name, _) in enumerate(all_names):
        toks = token_codes(name)
        keep = 0
        if i % NAME_RESTART:
            while keep < min(len(prev), len(toks), 15) and prev[keep] == toks[keep]:
                keep += 1
        else:
            masks.append(0)
        masks[-1] |= first_word_bit(word_id[tokenize(name)[0]])
        assert len(toks) - keep <= 15 and len(toks) <= 30, name
        header = keep << 4 | (len(toks) - keep)
        headers[header] = headers.get(header, 0) + 1
        for lead, _ in toks[keep:]:
            leads[lead] = leads.get(lead, 0) + 1
        encoded.append((header, toks[keep:]))
        prev = toks
    header_code, lead_code = Huffman(headers), Huffman(leads)
    stream, restarts = BitWriter(), []
    for i, (header, toks) in enumerate(encoded):
        if i % NAME_RESTART == 0:
            restarts.append(len(stream.bits))
        stream.write(header_code.codes[header], header_code.lengths[header])
        for lead, low in toks:
            stream.write(lead_code.codes[lead], lead_code.lengths[lead])
            if low is not None:
                stream.write(low, 8)
    stream_bytes = stream.data()

    # The lexicon, front-coded per group of LEXICON_GROUP words: symbol
    # 128 + k keeps k leading characters of the previous word, the new
    # characters follow, and 0 ends the word. All Huffman coded.
    lexicon_symbols, groups = [], []
    for i, w in enumerate(words):
        keep = 0
        if i % LEXICON_GROUP:
            prev_word = words[i - 1]
            while keep < min(len(prev_word), len(w), 127) and prev_word[keep] == w[keep]:
                keep += 1
        lexicon_symbols.append([128 + keep] + [ord(c) for c in w[keep:]] + [0])
    chars = {}
    for symbols in lexicon_symbols:
        for s in symbols:
            chars[s] = chars.get(s, 0) + 1
    char_code = Huffman(chars)
    lexicon = BitWriter()
    for i, symbols in enumerate(lexicon_symbols):
        if i % LEXICON_GROUP == 0:
            groups.append(len(lexicon.bits))
        for s in symbols:
            lexicon.write(char_code.codes[s], char_code.lengths[s])
    lexicon_bytes = lexicon.data()

    # Code points of the stored entries: runs of consecutive code points.
    run_starts, run_firsts = [], []
    for i, (_, cp) in enumerate(stored):
        if i == 0 or cp != stored[i - 1][1] + 1:
            run_starts.append(cp)
            run_firsts.append(i)

    # Hangul syllable parts, recovered from CPython's syllable names.
    def syllable(l, v, t):
        return unicodedata.name(chr(HANGUL_BASE + (l * 21 + v) * 28 + t))[len(HANGUL_PREFIX):]
    assert syllable(11, 0, 0) == "A"  # the silent initial has no letters
    jamo_l = [syllable(l, 0, 0)[:-1] for l in range(19)]
    jamo_v = [syllable(11, v, 0) for v in range(21)]
    jamo_t = [syllable(11, 0, t)[1:] for t in range(28)]
    for s in range(HANGUL_COUNT):
        l, v, t = s // 588, s % 588 // 28, s % 28
        assert syllable(l, v, t) == jamo_l[l] + jamo_v[v] + jamo_t[t]
    cjk = name_ranges(CJK_PREFIX)
    longest = max(len(n) for n, _, _ in entries)

    out = ["\n// Character names. Stored names (and aliases, which follow them) are entries\n",
           "// of a Huffman-coded token stream; see unicode_db.cpp for the format.\n\n"]
    out.append("/// Longest stored name or alias.\n")
    out.append("constexpr size_t kLongestName = %d;\n" % longest)
    out.append("/// Stored names, in code point order (aliases are entries after them).\n")
    out.append("constexpr uint32_t kStoredNames = %d;\n" % len(stored))
    out.append("/// Entries between restart points (where an entry keeps no tokens).\n")
    out.append("constexpr uint32_t kNameRestart = %d;\n" % NAME_RESTART)
    out.append("/// Words between entry points of the lexicon.\n")
    out.append("constexpr uint32_t kLexiconGroup = %d;\n" % LEXICON_GROUP)
    out.append("/// Token symbols: below it a kFrequentWords index, it a hyphen, above it the\n")
    out.append("/// high bits of a word id (the low byte follows raw).\n")
    out.append("constexpr uint32_t kOneByteWords = %d;\n" % one)
    out.append("/// Number of words in the lexicon.\n")
    out.append("constexpr uint32_t kWordCount = %d;\n\n" % len(words))
    out.append(header_code.tables("NameHeader", "entry headers (kept << 4 | added)"))
    out.append(lead_code.tables("NameToken", "token lead symbols"))
    out.append(char_code.tables("LexiconChar",
                                "lexicon characters (0 ends a word, 128 + k keeps k)"))
    out.append(c_array("Word ids of the most frequent words, by token symbol.", "uint16_t",
                       "kFrequentWords", [word_id[w] for w in frequent]))
    out.append(c_array("The entries' bits.", "uint8_t", "kNameStream", stream_bytes))
    out.append(c_array("Bit offset of every kNameRestart-th entry.", "uint32_t", "kNameRestarts",
                       restarts))
    out.append(c_array("Per restart block: bits first_word_bit() of its entries' first words.",
                       "uint32_t", "kNameBlockFirstWords", masks, "0x%x"))
    out.append(c_array("The lexicon's bits, words in byte order.", "uint8_t", "kLexicon",
                       lexicon_bytes))
    out.append(c_array("Bit offset of every kLexiconGroup-th word.", "uint32_t", "kLexiconGroups",
                       groups))
    out.append(c_array("Runs of consecutive code points with stored names: first code point\n"
                       "and first entry of each.", "uint32_t", "kNameRunStarts", run_starts,
                       "0x%x"))
    out.append(fmt_array("constexpr uint16_t kNameRunFirsts[%d]" % len(run_firsts),
                         [str(v) for v in run_firsts]))
    out.append(c_array("Code points of the aliases (entries kStoredNames and on).", "uint32_t",
                       "kAliasCodePoints", [cp for _, cp in aliases], "0x%x"))
    out.append("/// Prefixes of names that end in the code point's hex digits\n")
    out.append("/// (\"CJK COMPATIBILITY IDEOGRAPH-F900\").\n")
    out.append(fmt_array("constexpr const char* kHexNamePrefixes[%d]" % len(heads),
                         ['"%s"' % h for h in heads]))
    out.append("/// Their ranges: prefix index, first and last code point.\n")
    out.append(fmt_array("constexpr HexNameRange kHexNameRanges[%d]" % len(hex_ranges),
                         ["{%d, 0x%x, 0x%x}" % (heads.index(h), a, b) for h, a, b in hex_ranges]))
    out.append("/// Ranges of the CJK unified ideographs (named CJK UNIFIED IDEOGRAPH-XXXX).\n")
    out.append(fmt_array("constexpr uint32_t kCjkRanges[%d][2]" % len(cjk),
                         ["{0x%x, 0x%x}" % r for r in cjk]))
    out.append("/// Hangul syllable name parts: initial, medial and final jamo.\n")
    for name, parts in (("L", jamo_l), ("V", jamo_v), ("T", jamo_t)):
        out.append(fmt_array("constexpr const char* kJamo%s[%d]" % (name, len(parts)),
                             ['"%s"' % s for s in parts]))
    size = (len(stream_bytes) + len(restarts) * 8 + len(lexicon_bytes) + len(groups) * 4
            + len(frequent) * 2
            + len(run_starts) * 6 + len(aliases) * 4 + header_code.size() + lead_code.size()
            + char_code.size() + len(hex_ranges) * 12 + sum(len(h) + 9 for h in heads)
            + len(cjk) * 8 + 68 * 8 + 70)
    info = ("names: %d stored, %d aliases, %d hex-named; words %d; stream %d bytes, lexicon %d"
            % (len(stored), len(aliases), sum(len(v) for v in hex_cps.values()), len(words),
               len(stream_bytes), len(lexicon_bytes)))
    return "".join(out), size, info


# ---------------------------------------------------------------------------
# Test vectors


def hash_words(p):
    """The 32-bit words the full-sweep test hashes for one code point; the C++
    test builds the same words from the API (unicode_db_tests.cpp)."""
    bits = 0
    for i, name in enumerate(PREDICATES):
        if p["pred"][name]:
            bits |= 1 << i
    words = [bits, ord(p["category"][0]) | ord(p["category"][1]) << 8,
             p["decimal"] & MASK32, p["digit"] & MASK32]
    if p["numeric"] is None:
        words += [MASK32, MASK32]
    else:
        raw = struct.unpack("<Q", struct.pack("<d", p["numeric"]))[0]
        words += [raw & MASK32, raw >> 32]
    for m in MAPPINGS:
        words.append(len(p[m]))
        words.extend(p[m])
    return words


MASK32 = 0xFFFFFFFF
MASK64 = 0xFFFFFFFFFFFFFFFF
HASH_BLOCK = 256


def hashes_by_block(block_size, words_of):
    """Per block of code points, a 64-bit hash of the 32-bit words words_of(cp)
    gives for each; the test's mix() does the same."""
    hashes = []
    for block in range(N // block_size):
        h = 0xCBF29CE484222325
        for cp in range(block * block_size, (block + 1) * block_size):
            for w in words_of(cp):
                h = ((h ^ w) * 0x100000001B3) & MASK64
                h ^= h >> 32
        hashes.append(h)
    return hashes


def block_hashes():
    """One hash per block of HASH_BLOCK code points, from fresh probes."""
    return hashes_by_block(HASH_BLOCK, lambda cp: hash_words(probe(cp)))


def vector_key(cp, p):
    """What a vector records, with case mappings relative to cp."""
    maps = tuple(tuple(x - cp for x in p[m]) if len(p[m]) == 1 else tuple(p[m])
                 for m in MAPPINGS)
    return (tuple(p["pred"][n] for n in PREDICATES), p["category"], p["decimal"], p["digit"],
            p["numeric"], maps)


def sigma_cases():
    """Strings around capital sigmas with CPython's final-sigma answers."""
    cased = ["A", "a", "\u03a3", "\u03c3", "\u01c5", "\u1f88"]
    ignorable = [".", "'", ":", "\u0300", "\u00ad", "\u2019"]
    both = ["\u0345", "\u02b0"]
    neither = [" ", "1", "\u4e2d", "!", "\u0660"]
    pool = cased + ignorable + both + neither
    rng = random.Random(3113)
    cases, seen = [], set()
    while len(cases) < 600:
        n = rng.randint(1, 7)
        text = [rng.choice(pool) if rng.random() < 0.7 else SIGMA for _ in range(n)]
        if SIGMA not in text:
            text[rng.randrange(n)] = SIGMA
        s = "".join(text)
        lowered = s.lower()
        assert len(lowered) == len(s)
        for i, ch in enumerate(s):
            if ch == SIGMA and (s, i) not in seen:
                seen.add((s, i))
                cases.append((s, i, lowered[i] == "\u03c2"))
    return cases


def build_vectors(props):
    """The vector file's text and a summary."""
    chosen = set(range(0x300))
    prev = None
    for cp in range(N):
        key = vector_key(cp, props[cp])
        if key != prev:
            chosen.add(cp)
            # The last code point of a run of equal properties (case deltas aside).
            if cp and key[:5] != prev[:5]:
                chosen.add(cp - 1)
        prev = key
        if props[cp]["numeric"] is not None or any(len(props[cp][m]) != 1 for m in MAPPINGS):
            chosen.add(cp)
    rng = random.Random(1411)
    chosen.update(rng.randrange(N) for _ in range(2000))
    chosen.update(rng.randrange(0x10000) for _ in range(1000))
    chosen.update([0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xF8FF, 0xFFFE, 0xFFFF, 0xF0000,
                   0x10FFFD, 0x10FFFE, 0x10FFFF])
    values = sorted(set(props[cp]["numeric"] for cp in chosen
                        if props[cp]["numeric"] is not None))
    pool, pool_at = [], {}
    rows = []
    for cp in sorted(chosen):
        p = props[cp]
        maps = []
        for m in MAPPINGS:
            if len(p[m]) == 1:
                maps.append(str(p[m][0] - cp))
            else:
                seq = tuple(p[m])
                if seq not in pool_at:
                    pool_at[seq] = len(pool)
                    pool.append(len(seq))
                    pool.extend(seq)
                maps.append("0x%x" % (POOLED + pool_at[seq]))
        bits = sum(1 << i for i, n in enumerate(PREDICATES) if p["pred"][n])
        num = -1 if p["numeric"] is None else values.index(p["numeric"])
        rows.append('{0x%x,0x%x,"%s",%d,%d,%d,{%s}}' % (
            cp, bits, p["category"], p["decimal"], p["digit"], num, ",".join(maps)))
    out = preamble("CPython's answers for the Unicode database tests", "kVectorUnidataVersion")
    out.append("/// The predicate behind each bit of Vector::predicates and of the hashed words.\n")
    out.append(fmt_array("constexpr const char* kPredicateNames[%d]" % len(PREDICATES),
                         ['"%s"' % n for n in PREDICATES]))
    out.append("\n/// Numeric values the vectors refer to (exact hexadecimal doubles).\n")
    out.append(fmt_array("constexpr double kVectorNumerics[%d]" % len(values),
                         [v.hex() for v in values]))
    out.append("\n/// Multi-character mappings: length, then code points (Vector::mappings >= kPooled).\n")
    out.append(fmt_array("constexpr uint32_t kVectorPool[%d]" % len(pool),
                         ["0x%x" % v for v in pool]))
    out.append("\n/// Sampled code points: every code point whose answers differ from its\n")
    out.append("/// predecessor's (and that predecessor), all numeric and multi-mapping ones,\n")
    out.append("/// U+0000..U+02FF, and random ones across all planes.\n")
    out.append(fmt_array("constexpr Vector kVectors[%d]" % len(rows), rows))
    out.append("\n")
    out.append("/// Code points per hashed block.\n")
    out.append("constexpr uint32_t kHashBlock = %d;\n" % HASH_BLOCK)
    out.append("/// Per block: 64-bit FNV-style hash of every code point's words (see the test).\n")
    out.append(fmt_array("constexpr uint64_t kBlockHashes[%d]" % (N // HASH_BLOCK),
                         ["0x%016x" % h for h in block_hashes()]))
    out.append("\n/// Code points per name hash block.\n")
    out.append("constexpr uint32_t kNameHashBlock = %d;\n" % NAME_HASH_BLOCK)
    out.append("/// Per block: hash of unicodedata.name() of every code point (see the test).\n")
    out.append(fmt_array("constexpr uint64_t kNameBlockHashes[%d]" % (N // NAME_HASH_BLOCK),
                         ["0x%016x" % h for h in name_block_hashes()]))
    queries = name_queries()
    out.append("\n/// Names and the code point \\N{name} gives in CPython (-1: an error).\n")
    out.append(fmt_array("constexpr NameQuery kNameQueries[%d]" % len(queries),
                         ["{%s, %d}" % (c_string(q), cp) for q, cp in queries]))
    cases = sigma_cases()
    out.append("\n/// Capital sigmas in context: text, its length, the sigma's index, and whether\n")
    out.append("/// CPython's str.lower() made it final (U+03C2).\n")
    items = []
    for s, i, final in cases:
        items.append("{{%s}, %d, %d, %s}" % (", ".join("0x%x" % ord(c) for c in s), len(s), i,
                                             "true" if final else "false"))
    out.append(fmt_array("constexpr SigmaCase kSigmaCases[%d]" % len(items), items))
    return "".join(out), "vectors %d, pool %d, sigma cases %d, name queries %d" % (
        len(rows), len(pool), len(cases), len(queries))


POOLED = 0x40000000
NAME_HASH_BLOCK = 4096


def name_block_hashes():
    """Per NAME_HASH_BLOCK code points: hash of unicodedata.name() of each."""
    def words_of(cp):
        name = unicodedata.name(chr(cp), None)
        return [MASK32] if name is None else [len(name)] + list(name.encode("ascii"))
    return hashes_by_block(NAME_HASH_BLOCK, words_of)


def name_queries():
    """Names to look up, with what "\\N{...}" gives for each in CPython."""
    rng = random.Random(1701)
    named = [cp for cp in range(N) if unicodedata.name(chr(cp), None)]
    queries = []
    for cp in rng.sample(named, 1500):
        name = unicodedata.name(chr(cp))
        queries.append(name)
        if rng.random() < 0.2:
            queries.append(name.lower())
        if rng.random() < 0.1:
            queries.append(name.title())
    for name, _, alias in names_candidates():
        if alias:
            queries.append(name)
            if rng.random() < 0.2:
                queries.append(name.lower())
    for start, end in name_ranges(CJK_PREFIX):
        for cp in (start, end, start - 1, end + 1):
            queries += [CJK_PREFIX + "%X" % cp, CJK_PREFIX + "%05X" % cp, CJK_PREFIX + "%06X" % cp,
                        CJK_PREFIX + ("%X" % cp).lower(), CJK_PREFIX.lower() + "%X" % cp]
    queries += [CJK_PREFIX + "4E0", CJK_PREFIX, CJK_PREFIX + "4E00 ", CJK_PREFIX + "E000"]
    for prefix in ("CJK COMPATIBILITY IDEOGRAPH", "NUSHU CHARACTER",
                   "KHITAN SMALL SCRIPT CHARACTER"):
        for cp in range(N):
            if unicodedata.name(chr(cp), "").startswith(prefix + "-"):
                break
        for value in (cp, cp - 1, cp + 1, cp + 0x10000):
            queries += ["%s-%04X" % (prefix, value), "%s-%05X" % (prefix, value),
                        ("%s-%04X" % (prefix, value)).lower(), "%s-%x" % (prefix, value)]
    for s in rng.sample(range(HANGUL_COUNT), 60):
        name = unicodedata.name(chr(HANGUL_BASE + s))
        queries += [name, name.lower(), HANGUL_PREFIX + name[len(HANGUL_PREFIX):].lower()]
    queries += [HANGUL_PREFIX + s for s in ("", "A", "GGGA", "GAGG", "GAX", "GGA", "YEOLB",
                                            "SSANG", "NGA", "AGG", "GA ", " GA")]
    queries += ["", " ", "-", "A", "LATIN SMALL LETTER", "LATIN SMALL LETTER A ",
                " LATIN SMALL LETTER A", "LATIN  SMALL LETTER A", "LATIN SMALL LETTER A-",
                "LATIN SMALL LETTER-A", "LATIN-SMALL-LETTER-A", "KEYCAP NUMBER SIGN",
                "TANGUT IDEOGRAPH-17000", "TIBETAN MARK TSA -PHRU", "tibetan mark tsa -phru",
                "TIBETAN MARK TSA PHRU", "TIBETAN MARK TSA- PHRU", "HYPHEN-MINUS",
                "HYPHEN MINUS", "Hyphen-Minus", "NUL", "nul", "BEL", "BELL", "A" * 300,
                "LATIN SMALL LETTER A" * 5, "LATIN SMALL LETTER \u00e4", "ZZZZ"]
    seen, out = set(), []
    for q in queries:
        if q not in seen:
            seen.add(q)
            out.append((q, escape_lookup(q)))
    return out


def c_string(text):
    """A C++ string literal of text's UTF-8 (octal escapes beyond ASCII)."""
    out = []
    for b in text.encode("utf-8"):
        if chr(b) in '\\"':
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"%s"' % "".join(out)


def write_or_check(path, text, check):
    """Writes `text` to `path`; with check, only reports whether it differs."""
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old == text:
        return True
    if check:
        print("stale: %s" % os.path.relpath(path, ROOT), file=sys.stderr)
        return False
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s" % os.path.relpath(path, ROOT))
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print("warning: CPython %d.%d is not the 3.11 coroplay follows" % sys.version_info[:2],
              file=sys.stderr)
    props = [probe(cp) for cp in range(N)]
    tables, sizes, info = build_tables(props)
    print(info)
    names, sizes["names"], info = build_names()
    tables += names
    print(info)
    print("table bytes: %s, total %d" % (sizes, sum(sizes.values())))
    vectors, vinfo = build_vectors(props)
    print(vinfo)
    ok = write_or_check(TABLES, tables, args.check)
    ok = write_or_check(VECTORS, vectors, args.check) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
