// The Unicode character database: decoding of the tables that
// tools/gen_unicode_db.py generates from CPython into unicode_db_tables.inc.
//
// A code point's properties live in one of a few hundred distinct records
// (flags, category, digit value and four case-mapping deltas). A three-level
// index maps the code point to its record, like CPython's makeunicodedata.py
// with one more level. The rare multi-character case mappings and the numeric
// values of non-digits sit in small sorted side tables (binary search).
// Character names (lookup_name, char_name) are described further down.
#include "python/objects/unicode_db.hpp"

#include <algorithm>
#include <iterator>

namespace py::unicode {

namespace {

/// One distinct combination of properties shared by many code points.
struct Record {
  /// detail::Flag bits.
  uint16_t flags;
  /// Index into kCategoryNames.
  uint8_t category;
  /// Digit value when flags has kDigit (and decimal value with kDecimal).
  uint8_t digit;
  /// Upper, lower, title and casefold mappings as differences from the code
  /// point (unused when flags has kSpecial).
  int32_t delta[4];
};

/// Which of Record::delta (and kSpecialMappings' columns) a case mapping uses.
enum Mapping { kUpperMap = 0, kLowerMap = 1, kTitleMap = 2, kFoldMap = 3 };

/// Code points first..last, named by a prefix, '-' and their hex digits.
struct HexNameRange {
  /// Index into kHexNamePrefixes.
  uint8_t prefix;
  /// First and last code point of the range.
  uint32_t first, last;
};

} // namespace

// Defines kUnidataVersion, kCategoryNames, detail::ascii_flags, kRecords, kShift2,
// kShift3, kIndex1-3, kSpecialCodePoints, kSpecialMappings, kSpecialPool,
// kNumericKeys, kNumericValues and the name tables (kName*, kLexicon*, ...).
// All but ascii_flags have internal linkage.
#include "unicode_db_tables.inc"

namespace {

/// The record of any code point; those beyond U+10FFFF get the unassigned one.
const Record& record_of(uint32_t cp) {
  if (cp >= 0x110000) return kRecords[0];
  constexpr uint32_t kMask2 = (1u << kShift2) - 1;
  constexpr uint32_t kMask3 = (1u << kShift3) - 1;
  uint32_t block = kIndex1[cp >> (kShift2 + kShift3)];
  block = kIndex2[(block << kShift2) | ((cp >> kShift3) & kMask2)];
  return kRecords[kIndex3[(block << kShift3) | (cp & kMask3)]];
}

/// Whether cp is an ASCII lowercase letter.
bool ascii_lower(uint32_t cp) { return cp - 'a' < 26u; }
/// Whether cp is an ASCII uppercase letter.
bool ascii_upper(uint32_t cp) { return cp - 'A' < 26u; }

/// Applies one of the four case mappings.
int map_case(uint32_t cp, Mapping which, uint32_t out[kMaxCaseMapping]) {
  if (cp < 128) {
    bool raise = which == kUpperMap || which == kTitleMap;
    out[0] = raise && ascii_lower(cp) ? cp - 32 : !raise && ascii_upper(cp) ? cp + 32 : cp;
    return 1;
  }
  const Record& record = record_of(cp);
  if (!(record.flags & detail::kSpecial)) {
    out[0] = cp + uint32_t(record.delta[which]);
    return 1;
  }
  const uint16_t* begin = std::begin(kSpecialCodePoints);
  const uint16_t* at = std::lower_bound(begin, std::end(kSpecialCodePoints), cp);
  uint16_t entry = kSpecialMappings[at - begin][which];
  int count = (entry & 3) + 1;
  for (int i = 0; i < count; ++i) out[i] = kSpecialPool[(entry >> 2) + i];
  return count;
}

/// Whether the first character `next` yields that is not case-ignorable is
/// cased; false when `next` runs out first. `next(c)` stores the following code
/// point (in whichever direction) and returns false at the end of the text.
template <class Next>
bool cased_beyond(Next next) {
  uint32_t c;
  while (next(c)) {
    if (!is_case_ignorable(c)) return is_cased(c);
  }
  return false;
}

/// Decodes the UTF-8 sequence at p (before end) and advances p past it.
uint32_t utf8_next(const unsigned char*& p, const unsigned char* end) {
  uint32_t c = *p++;
  int more = c < 0xC0 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  if (more) c &= 0x3F >> more;
  for (; more > 0 && p < end; --more) c = (c << 6) | (*p++ & 0x3F);
  return c;
}

} // namespace

const char* unidata_version() { return kUnidataVersion; }

uint32_t detail::flags_of(uint32_t cp) { return cp < 128 ? ascii_flags[cp] : record_of(cp).flags; }

int to_upper(uint32_t cp, uint32_t out[kMaxCaseMapping]) { return map_case(cp, kUpperMap, out); }

int to_lower(uint32_t cp, uint32_t out[kMaxCaseMapping]) { return map_case(cp, kLowerMap, out); }

int to_title(uint32_t cp, uint32_t out[kMaxCaseMapping]) { return map_case(cp, kTitleMap, out); }

int casefold(uint32_t cp, uint32_t out[kMaxCaseMapping]) { return map_case(cp, kFoldMap, out); }

bool is_final_sigma_context(const uint32_t* text, size_t length, size_t index) {
  size_t back = index, ahead = index + 1;
  auto before = [&](uint32_t& c) { return back > 0 ? (c = text[--back], true) : false; };
  auto after = [&](uint32_t& c) { return ahead < length ? (c = text[ahead++], true) : false; };
  return cased_beyond(before) && !cased_beyond(after);
}

bool is_final_sigma_context(std::string_view utf8, size_t offset) {
  const auto* begin = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = begin + utf8.size();
  const unsigned char* back = begin + offset;
  const unsigned char* ahead = back;
  utf8_next(ahead, end); // the sigma itself
  auto before = [&](uint32_t& c) {
    if (back == begin) return false;
    do --back;
    while (back > begin && (*back & 0xC0) == 0x80);
    const unsigned char* p = back;
    c = utf8_next(p, end);
    return true;
  };
  auto after = [&](uint32_t& c) { return ahead < end ? (c = utf8_next(ahead, end), true) : false; };
  return cased_beyond(before) && !cased_beyond(after);
}

int decimal_value(uint32_t cp) {
  if (cp < 128) return cp - '0' < 10u ? int(cp - '0') : -1;
  const Record& record = record_of(cp);
  return record.flags & detail::kDecimal ? record.digit : -1;
}

int digit_value(uint32_t cp) {
  if (cp < 128) return cp - '0' < 10u ? int(cp - '0') : -1;
  const Record& record = record_of(cp);
  return record.flags & detail::kDigit ? record.digit : -1;
}

double numeric_value(uint32_t cp, bool* ok) {
  const Record& record = record_of(cp);
  *ok = true;
  if (record.flags & detail::kDigit) return record.digit;
  if (record.flags & detail::kNumeric) {
    const uint32_t* begin = std::begin(kNumericKeys);
    const uint32_t* at = std::lower_bound(begin, std::end(kNumericKeys), cp << 8);
    if (at != std::end(kNumericKeys) && (*at >> 8) == cp) return kNumericValues[*at & 0xFF];
  }
  *ok = false;
  return 0;
}

const char* category(uint32_t cp) { return kCategoryNames[record_of(cp).category]; }

// Character names
//
// Names are split into words at spaces and hyphens. The lexicon lists the
// distinct words in byte order (word id = position), in groups of
// kLexiconGroup: each word is a symbol 128 + k keeping k leading characters of
// the previous word (none at a group's start), its other characters and a 0,
// all Huffman coded. A name is a list of tokens: word ids and a hyphen marker
// ('-' joins the words around it, a space joins the others). The stored names,
// in code point order, then the aliases are the entries of one bit stream: a
// Huffman-coded header kept << 4 | added says how many leading tokens of the
// previous entry remain and how many new ones follow. Each new token is a
// Huffman-coded symbol: below kOneByteWords an index into kFrequentWords, at
// it the hyphen, above it the high bits of a word id whose low 8 bits follow
// raw. Every kNameRestart-th entry keeps nothing, so decoding can start there,
// and kNameBlockFirstWords lets a lookup skip the blocks whose entries cannot
// start with its first word. Hangul syllables, CJK unified ideographs and the
// names made of a prefix and the code point in hex are computed instead.

namespace {

/// Most tokens in one name (a header keeps at most 15 and adds at most 15).
constexpr size_t kMaxTokens = 30;
/// The hyphen marker among tokens (word ids are smaller).
constexpr uint32_t kHyphen = 0xFFFFFFFF;
/// First code point of the Hangul syllables.
constexpr uint32_t kHangulBase = 0xAC00;
/// Number of Hangul syllables (19 initials x 21 medials x 28 finals).
constexpr uint32_t kHangulCount = 11172;
/// Prefix of the Hangul syllables' names (matched case-sensitively, as CPython does).
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
/// Prefix of the CJK unified ideographs' names (matched case-sensitively).
constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";

/// Reads bits, most significant first, from a byte array (zeros past its end).
class BitReader {
public:
  /// Reads `data` (size bytes) from bit offset `bit`.
  BitReader(const uint8_t* data, size_t size, size_t bit)
      : data_(data), size_(size), byte_(bit >> 3) {
    skip(int(bit & 7));
  }
  /// The next `count` (1 to 32) bits, not consumed.
  uint32_t peek(int count) {
    if (count_ < count) refill();
    return uint32_t(buffer_ >> (64 - count));
  }
  /// Consumes `count` bits (at most what peek() just looked at, or 32).
  void skip(int count) {
    if (count_ < count) refill();
    buffer_ <<= count;
    count_ -= count;
  }
  /// Reads `count` (1 to 32) bits.
  uint32_t read(int count) {
    uint32_t value = peek(count);
    skip(count);
    return value;
  }

private:
  /// Tops the buffer up to at least 57 bits.
  void refill() {
    for (; count_ <= 56; count_ += 8, ++byte_) {
      buffer_ |= uint64_t(byte_ < size_ ? data_[byte_] : 0) << (56 - count_);
    }
  }

  /// The bytes.
  const uint8_t* data_;
  /// How many bytes.
  size_t size_;
  /// Next byte to load into the buffer.
  size_t byte_;
  /// Unread bits, left-aligned.
  uint64_t buffer_ = 0;
  /// How many bits the buffer holds.
  int count_ = 0;
};

/// Codes at most this long decode with one look-up.
constexpr int kFastBits = 10;

/// A canonical Huffman code of the generated tables (codes MSB first, shorter
/// first, equal lengths in symbol order) with its look-up table, built on the
/// stack for one name operation.
class HuffmanDecoder {
public:
  /// The code with `counts[length]` codes per length (counts[0] unused) for
  /// `symbols`, in code order.
  template <size_t Lengths, size_t Symbols>
  HuffmanDecoder(const uint16_t (&counts)[Lengths], const uint8_t (&symbols)[Symbols])
      : counts_(counts), max_length_(int(Lengths) - 1), symbols_(symbols) {
    uint32_t code = 0;
    size_t index = 0;
    for (int length = 1; length <= std::min(kFastBits, max_length_); ++length, code <<= 1) {
      for (int i = 0; i < counts[length] && index < Symbols; ++i, ++code, ++index) {
        uint32_t first = code << (kFastBits - length);
        uint16_t entry = uint16_t(symbols[index] << 4 | length);
        for (uint32_t j = 0; j < (1u << (kFastBits - length)); ++j) fast_[first + j] = entry;
      }
    }
  }
  /// Decodes one symbol (after the table, puff.c's canonical decoding).
  int decode(BitReader& in) const {
    uint16_t hit = fast_[in.peek(kFastBits)];
    if (hit) {
      in.skip(hit & 15);
      return hit >> 4;
    }
    int value = 0, first = 0, index = 0;
    for (int length = 1; length <= max_length_; ++length) {
      value |= int(in.read(1));
      int count = counts_[length];
      if (value - first < count) return symbols_[index + value - first];
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    return 0; // not reached: the generated codes are complete
  }

private:
  /// Codes per length.
  const uint16_t* counts_;
  /// Longest code.
  int max_length_;
  /// Symbols in code order.
  const uint8_t* symbols_;
  /// symbol << 4 | length by the next kFastBits bits, 0 for longer codes.
  uint16_t fast_[1 << kFastBits] = {};
};

/// The three codes of the name tables, ready to decode.
struct NameCodes {
  /// Entry headers.
  HuffmanDecoder header{kNameHeaderCounts, kNameHeaderSymbols};
  /// Token lead symbols.
  HuffmanDecoder token{kNameTokenCounts, kNameTokenSymbols};
  /// Lexicon characters.
  HuffmanDecoder chars{kLexiconCharCounts, kLexiconCharSymbols};
};

/// The lexicon read word by word from a group's start.
class LexiconReader {
public:
  /// Starts at word `id` (decoding from the start of its group).
  LexiconReader(const NameCodes& codes, uint32_t id)
      : codes_(codes), in_(kLexicon, sizeof kLexicon, kLexiconGroups[id / kLexiconGroup]) {
    for (uint32_t skip = id % kLexiconGroup; skip > 0; --skip) next();
  }
  /// Decodes the next word and returns it (valid until the next call).
  std::string_view next() {
    length_ = size_t(codes_.chars.decode(in_) - 128); // characters kept
    while (int c = codes_.chars.decode(in_)) {
      if (length_ < kLongestName) word_[length_] = char(c);
      ++length_;
    }
    length_ = std::min(length_, kLongestName);
    return {word_, length_};
  }

private:
  /// The codes.
  const NameCodes& codes_;
  /// Position in kLexicon.
  BitReader in_;
  /// The current word (the next one keeps a prefix of it).
  char word_[kLongestName] = {};
  /// Its length.
  size_t length_ = 0;
};

/// The id of `word` in the lexicon, or -1 (binary search over the groups'
/// first words, then a scan of one group).
int64_t find_word(const NameCodes& codes, std::string_view word) {
  size_t low = 0, high = std::size(kLexiconGroups); // the group is in [low, high)
  while (high - low > 1) {
    size_t middle = (low + high) / 2;
    if (LexiconReader(codes, uint32_t(middle * kLexiconGroup)).next() <= word) {
      low = middle;
    } else {
      high = middle;
    }
  }
  uint32_t id = uint32_t(low * kLexiconGroup);
  LexiconReader reader(codes, id);
  for (; id < kWordCount && id < (low + 1) * kLexiconGroup; ++id) {
    if (reader.next() == word) return id;
  }
  return -1;
}

/// The bit of kNameBlockFirstWords for a first word (the generator's first_word_bit()).
uint32_t first_word_bit(uint32_t word_id) { return 1u << ((word_id * 0x9E3779B1u) >> 27); }

/// Walks the entries of the name stream, keeping the current entry's tokens.
class NameReader {
public:
  /// Positions before entry `entry` (decoding from its restart point).
  NameReader(const NameCodes& codes, uint32_t entry)
      : codes_(codes), in_(kNameStream, sizeof kNameStream, kNameRestarts[entry / kNameRestart]),
        next_(entry - entry % kNameRestart) {
    while (next_ < entry) next();
  }
  /// Decodes the next entry; returns how many of its leading tokens it kept.
  size_t next() {
    int header = codes_.header.decode(in_);
    size_t kept = size_t(header >> 4);
    count_ = kept + size_t(header & 15);
    for (size_t i = kept; i < count_; ++i) tokens_[i] = read_token();
    ++next_;
    return kept;
  }
  /// The current entry's tokens.
  const uint32_t* tokens() const { return tokens_; }
  /// How many tokens the current entry has.
  size_t count() const { return count_; }

private:
  /// Reads one token: a word id or kHyphen.
  uint32_t read_token() {
    uint32_t lead = uint32_t(codes_.token.decode(in_));
    if (lead < kOneByteWords) return kFrequentWords[lead];
    if (lead == kOneByteWords) return kHyphen;
    return (lead - kOneByteWords - 1) << 8 | in_.read(8);
  }

  /// The codes.
  const NameCodes& codes_;
  /// Position in kNameStream.
  BitReader in_;
  /// Index of the entry next() decodes.
  uint32_t next_;
  /// The current entry's tokens.
  uint32_t tokens_[kMaxTokens] = {};
  /// How many.
  size_t count_ = 0;
};

/// Whether cp is a CJK unified ideograph (named algorithmically).
bool is_unified_ideograph(uint32_t cp) {
  for (const auto& range : kCjkRanges) {
    if (range[0] <= cp && cp <= range[1]) return true;
  }
  return false;
}

/// Appends cp in uppercase hex, at least four digits ("%04X").
void append_hex(std::string* out, uint32_t cp) {
  char digits[8];
  int n = 0;
  do {
    digits[n++] = "0123456789ABCDEF"[cp & 15];
    cp >>= 4;
  } while (cp || n < 4);
  while (n > 0) out->push_back(digits[--n]);
}

/// Parses hex digits (uppercase only, as CPython's name lookup) into *value.
bool parse_hex(std::string_view digits, uint32_t* value) {
  if (digits.empty() || digits.size() > 6) return false;
  uint32_t v = 0;
  for (char c : digits) {
    if (c >= '0' && c <= '9') {
      v = v * 16 + uint32_t(c - '0');
    } else if (c >= 'A' && c <= 'F') {
      v = v * 16 + uint32_t(c - 'A' + 10);
    } else {
      return false;
    }
  }
  *value = v;
  return true;
}

/// The longest of `count` jamo names that starts `text`, as CPython's
/// find_syllable: sets *index (left alone when none matches, the empty name
/// counting as a match) and returns the matched length.
size_t find_syllable(std::string_view text, const char* const* names, int count, int* index) {
  int best = -1;
  for (int i = 0; i < count; ++i) {
    std::string_view name = names[i];
    if (int(name.size()) <= best) continue;
    if (text.substr(0, name.size()) == name) {
      best = int(name.size());
      *index = i;
    }
  }
  return best < 0 ? 0 : size_t(best);
}

/// Looks up "HANGUL SYLLABLE <rest>" (CPython's algorithm, greedy per jamo).
bool lookup_hangul(std::string_view rest, uint32_t* cp) {
  int l = -1, v = -1, t = -1;
  rest.remove_prefix(find_syllable(rest, kJamoL, int(std::size(kJamoL)), &l));
  rest.remove_prefix(find_syllable(rest, kJamoV, int(std::size(kJamoV)), &v));
  rest.remove_prefix(find_syllable(rest, kJamoT, int(std::size(kJamoT)), &t));
  if (l < 0 || v < 0 || t < 0 || !rest.empty()) return false;
  *cp = kHangulBase + uint32_t((l * int(std::size(kJamoV)) + v) * int(std::size(kJamoT)) + t);
  return true;
}

/// Looks up "PREFIX-XXXX" names whose digits are the code point (text uppercase).
bool lookup_hex_name(std::string_view text, uint32_t* cp) {
  size_t dash = text.rfind('-');
  uint32_t value;
  if (dash == std::string_view::npos || !parse_hex(text.substr(dash + 1), &value)) return false;
  std::string canonical;
  append_hex(&canonical, value);
  if (canonical != text.substr(dash + 1)) return false; // "%04X" exactly: no extra zeros
  for (const HexNameRange& range : kHexNameRanges) {
    if (kHexNamePrefixes[range.prefix] == text.substr(0, dash) && range.first <= value &&
        value <= range.last) {
      *cp = value;
      return true;
    }
  }
  return false;
}

/// Splits uppercase text into tokens (word ids and kHyphen); false when a
/// word is not in the lexicon (then no stored name can match).
bool tokenize(const NameCodes& codes, std::string_view text, uint32_t* tokens, size_t* count) {
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ' ' && text[i] != '-') continue;
    int64_t id = find_word(codes, text.substr(start, i - start));
    if (id < 0 || n == kMaxTokens) return false;
    tokens[n++] = uint32_t(id);
    if (i < text.size() && text[i] == '-') {
      if (n == kMaxTokens) return false;
      tokens[n++] = kHyphen;
    }
    start = i + 1;
  }
  *count = n;
  return true;
}

/// Finds the entry whose tokens are `query` (length >= 1); its index, or -1.
int64_t find_entry(const NameCodes& codes, const uint32_t* query, size_t length) {
  const uint32_t entries = kStoredNames + uint32_t(std::size(kAliasCodePoints));
  const uint32_t bit = first_word_bit(query[0]);
  for (uint32_t block = 0; block < std::size(kNameBlockFirstWords); ++block) {
    if (!(kNameBlockFirstWords[block] & bit)) continue;
    uint32_t entry = block * kNameRestart;
    NameReader reader(codes, entry);
    size_t matched = 0; // leading tokens of the current entry equal to the query's
    for (; entry < entries && entry < (block + 1) * kNameRestart; ++entry) {
      matched = std::min(matched, reader.next());
      const uint32_t* tokens = reader.tokens();
      while (matched < reader.count() && matched < length && tokens[matched] == query[matched]) {
        ++matched;
      }
      if (matched == length && reader.count() == length) return entry;
    }
  }
  return -1;
}

} // namespace

bool lookup_name(std::string_view name, uint32_t* cp) {
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix) {
    return lookup_hangul(name.substr(kHangulPrefix.size()), cp);
  }
  if (name.substr(0, kCjkPrefix.size()) == kCjkPrefix) {
    std::string_view digits = name.substr(kCjkPrefix.size());
    uint32_t value;
    if (digits.size() < 4 || digits.size() > 5 || !parse_hex(digits, &value)) return false;
    if (!is_unified_ideograph(value)) return false;
    *cp = value;
    return true;
  }
  if (name.empty() || name.size() > kLongestName) return false;
  // Stored names and aliases compare case-insensitively (ASCII), as CPython's.
  char upper[kLongestName];
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    upper[i] = c >= 'a' && c <= 'z' ? char(c - 32) : c;
  }
  std::string_view text(upper, name.size());
  if (lookup_hex_name(text, cp)) return true;
  NameCodes codes;
  uint32_t query[kMaxTokens];
  size_t length = 0;
  if (!tokenize(codes, text, query, &length)) return false;
  int64_t entry = find_entry(codes, query, length);
  if (entry < 0) return false;
  if (entry >= int64_t(kStoredNames)) {
    *cp = kAliasCodePoints[entry - kStoredNames];
    return true;
  }
  const uint16_t* begin = std::begin(kNameRunFirsts);
  const uint16_t* run = std::upper_bound(begin, std::end(kNameRunFirsts), uint32_t(entry)) - 1;
  *cp = kNameRunStarts[run - begin] + uint32_t(entry - *run);
  return true;
}

bool char_name(uint32_t cp, std::string* out) {
  out->clear();
  if (cp - kHangulBase < kHangulCount) {
    uint32_t s = cp - kHangulBase;
    uint32_t per_l = uint32_t(std::size(kJamoV) * std::size(kJamoT));
    out->append(kHangulPrefix);
    out->append(kJamoL[s / per_l]);
    out->append(kJamoV[s % per_l / std::size(kJamoT)]);
    out->append(kJamoT[s % std::size(kJamoT)]);
    return true;
  }
  if (is_unified_ideograph(cp)) {
    out->append(kCjkPrefix);
    append_hex(out, cp);
    return true;
  }
  for (const HexNameRange& range : kHexNameRanges) {
    if (range.first <= cp && cp <= range.last) {
      out->append(kHexNamePrefixes[range.prefix]);
      out->push_back('-');
      append_hex(out, cp);
      return true;
    }
  }
  const uint32_t* begin = std::begin(kNameRunStarts);
  const uint32_t* run = std::upper_bound(begin, std::end(kNameRunStarts), cp);
  if (run == begin) return false;
  size_t r = size_t(run - begin) - 1;
  uint32_t entry = kNameRunFirsts[r] + (cp - kNameRunStarts[r]);
  uint32_t end = r + 1 < std::size(kNameRunFirsts) ? kNameRunFirsts[r + 1] : kStoredNames;
  if (entry >= end) return false;
  NameCodes codes;
  NameReader reader(codes, entry);
  reader.next();
  for (size_t i = 0; i < reader.count(); ++i) {
    uint32_t token = reader.tokens()[i];
    if (token == kHyphen) {
      out->push_back('-');
      continue;
    }
    if (i > 0 && reader.tokens()[i - 1] != kHyphen) out->push_back(' ');
    out->append(LexiconReader(codes, token).next());
  }
  return true;
}

} // namespace py::unicode
