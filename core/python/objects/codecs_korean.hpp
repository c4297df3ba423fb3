// The Korean double-byte encodings euc-kr (KS X 1001) and cp949 (Microsoft's
// Unified Hangul Code: euc-kr plus the 8822 Hangul syllables KS X 1001
// lacks), as CPython's _codecs_kr maps them. codecs.cpp runs the loops and
// the error handling; this file only maps characters.
#pragma once

#include <cstdint>

namespace py {

/// The code point of the two-byte code lead, trail (lead >= 0x81), or 0 when
/// the pair is not a character of the encoding.
uint32_t korean_decode_pair(bool cp949, uint8_t lead, uint8_t trail);
/// Whether `lead` can start a two-byte code of the encoding.
bool korean_lead_byte(bool cp949, uint8_t lead);
/// The two-byte code of a non-ASCII code point as lead << 8 | trail, or 0
/// when the encoding has no such character.
uint16_t korean_encode(bool cp949, uint32_t code_point);

} // namespace py
