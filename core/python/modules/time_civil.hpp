// Civil time for the time module, computed here rather than by the C
// library so that the native and wasm builds agree with the oracle (glibc,
// TZ=UTC): breaking a timestamp into calendar fields, glibc's mktime
// normalization, and glibc's strftime in the C locale (flags _ - 0 ^ #,
// field widths, the E and O modifiers, every conversion it knows).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace py::civil {

/// A C `struct tm` (C conventions: year since 1900, month 0-11, wday 0 = Sunday).
struct Tm {
  int year = 0;
  int mon = 0;
  int mday = 0;
  int hour = 0;
  int min = 0;
  int sec = 0;
  int wday = 0;
  int yday = 0;
  int isdst = 0;
  /// Seconds east of UTC.
  int64_t gmtoff = 0;
  /// The zone abbreviation (tm_zone), absent when the struct has none.
  std::optional<std::string> zone;
};

/// gmtime_r(t): false when the year does not fit in an int (glibc's EOVERFLOW).
bool gmtime(int64_t t, Tm* out);

/// mktime() in UTC: normalizes out-of-range fields (month 13 is next January…),
/// an isdst > 0 moves the time an hour earlier as glibc does in a zone without
/// daylight saving time. False when the normalized year does not fit in an int.
bool mktime(const Tm& tm, int64_t* out);

/// strftime(format, tm) as glibc's wcsftime in the C locale under TZ=UTC, and
/// the length of the result in characters. `format` is UTF-8 with no NUL.
std::string strftime(std::string_view format, const Tm& tm, size_t* chars);

} // namespace py::civil
