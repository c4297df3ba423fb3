// euc-kr and cp949 character mapping: KS X 1001 from a generated table, the
// cp949 extension computed (its codes list the missing syllables in code
// point order), and the reverse map built on first use.
#include "python/objects/codecs_korean.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace py {

namespace {

#include "codecs_korean_table.inc"

/// The first and one-past-last Hangul syllable.
constexpr uint32_t kHangulFirst = 0xAC00, kHangulEnd = 0xD7A4;

/// Trail bytes of a cp949 extension code: 0x41-0x5A, 0x61-0x7A, then 0x81-0xFE
/// (only up to 0xA0 for leads from 0xA1, where euc-kr's area begins).
size_t extension_trail_count(uint8_t lead) { return lead < 0xA1 ? 178 : 84; }

/// Position of a trail byte in its lead's extension row, or -1.
int extension_trail_index(uint8_t lead, uint8_t trail) {
  if (trail >= 0x41 && trail <= 0x5A) return trail - 0x41;
  if (trail >= 0x61 && trail <= 0x7A) return trail - 0x61 + 26;
  if (trail >= 0x81 && size_t(trail - 0x81 + 52) < extension_trail_count(lead)) {
    return trail - 0x81 + 52;
  }
  return -1;
}

/// The syllables KS X 1001 lacks, in code point order: the cp949 extension.
const std::vector<uint16_t>& extension_syllables() {
  static const std::vector<uint16_t> syllables = [] {
    std::vector<bool> present(kHangulEnd - kHangulFirst);
    for (uint16_t c : kKsX1001) {
      if (c >= kHangulFirst && c < kHangulEnd) present[c - kHangulFirst] = true;
    }
    std::vector<uint16_t> missing;
    for (uint32_t c = kHangulFirst; c < kHangulEnd; ++c) {
      if (!present[c - kHangulFirst]) missing.push_back(uint16_t(c));
    }
    return missing;
  }();
  return syllables;
}

/// (code point, code) for every character of the encoding, sorted for lookup.
using ReverseMap = std::vector<std::pair<uint16_t, uint16_t>>;

ReverseMap build_reverse(bool cp949) {
  ReverseMap map;
  for (size_t i = 0; i < std::size(kKsX1001); ++i) {
    uint16_t code = uint16_t((0xA1 + i / 94) << 8 | (0xA1 + i % 94));
    // euc-kr leaves 0xA4D4 (the Hangul filler) to make-up sequences.
    if (kKsX1001[i] != 0 && (cp949 || code != 0xA4D4)) map.emplace_back(kKsX1001[i], code);
  }
  if (cp949) {
    const std::vector<uint16_t>& syllables = extension_syllables();
    size_t k = 0;
    for (unsigned lead = 0x81; k < syllables.size(); ++lead) {
      for (unsigned trail = 0x41; trail <= 0xFE && k < syllables.size(); ++trail) {
        if (extension_trail_index(uint8_t(lead), uint8_t(trail)) >= 0) {
          map.emplace_back(syllables[k++], uint16_t(lead << 8 | trail));
        }
      }
    }
  }
  std::sort(map.begin(), map.end());
  return map;
}

/// The reverse map of an encoding, built the first time it is needed.
const ReverseMap& reverse_map(bool cp949) {
  if (cp949) {
    static const ReverseMap uhc = build_reverse(true);
    return uhc;
  }
  static const ReverseMap euc_kr = build_reverse(false);
  return euc_kr;
}

} // namespace

bool korean_lead_byte(bool cp949, uint8_t lead) {
  return cp949 ? lead >= 0x81 && lead <= 0xFE : lead >= 0xA1 && lead <= 0xFE;
}

uint32_t korean_decode_pair(bool cp949, uint8_t lead, uint8_t trail) {
  if (lead >= 0xA1 && trail >= 0xA1 && trail <= 0xFE) {
    if (!cp949 && lead == 0xA4 && trail == 0xD4) return 0;
    return kKsX1001[(lead - 0xA1) * 94 + (trail - 0xA1)];
  }
  if (!cp949 || lead < 0x81 || lead > 0xC6) return 0;
  int t = extension_trail_index(lead, trail);
  if (t < 0) return 0;
  size_t index = 0;
  for (unsigned l = 0x81; l < lead; ++l) index += extension_trail_count(uint8_t(l));
  index += size_t(t);
  const std::vector<uint16_t>& syllables = extension_syllables();
  return index < syllables.size() ? syllables[index] : 0;
}

uint16_t korean_encode(bool cp949, uint32_t code_point) {
  if (code_point > 0xFFFF) return 0;
  const ReverseMap& map = reverse_map(cp949);
  auto it =
      std::lower_bound(map.begin(), map.end(), std::make_pair(uint16_t(code_point), uint16_t(0)));
  return it != map.end() && it->first == code_point ? it->second : 0;
}

} // namespace py
