#include "python/modules/time_civil.hpp"

#include <climits>

namespace py::civil {

namespace {

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), for any year.
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/// Floor division and modulo (C's / and % truncate).
int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

bool is_leap(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

constexpr const char* kAbDay[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kDay[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};
constexpr const char* kAbMon[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kMon[12] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};

/// The number of days from the first day of the first ISO week of this year to
/// the year day yday with week day wday (ISO weeks start on Monday; week 1
/// holds the year's first Thursday); yday may be as small as -366.
int iso_week_days(int yday, int wday) {
  constexpr int kBigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
  return yday - (yday - wday + 4 + kBigEnoughMultipleOf7) % 7 + 4 - 1;
}

/// Characters (code points) of UTF-8 text.
size_t char_count(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

/// glibc's __strftime_internal for the C locale, one conversion at a time.
/// Output is counted in characters, as wcsftime counts wide characters.
class Formatter {
public:
  Formatter(const Tm& tp, size_t limit) : tp_(tp), limit_(limit) {
    hour12_ = tp.hour > 12 ? tp.hour - 12 : tp.hour == 0 ? 12 : tp.hour;
  }

  /// Formats `fmt`; false when the result reached the size limit.
  bool run(std::string_view fmt);

  std::string out;
  size_t chars = 0;

private:
  /// The flags, width and modifier of the conversion being formatted.
  struct Spec {
    char pad = 0; // '_', '-', '0' or none
    int width = -1;
    bool upper = false;
    bool lower = false;
    bool change_case = false;
    char modifier = 0; // 'E', 'O' or none
  };

  /// Room for `n` more characters (glibc fails once the buffer would be full).
  bool room(size_t n) {
    if (chars + n >= limit_) overflow_ = true;
    return !overflow_;
  }
  /// glibc's add(): `text` (n characters) right-aligned in the field width.
  void add(const Spec& s, std::string_view text, size_t n);
  /// glibc's cpy(): add() with the case conversion asked for.
  void cpy(const Spec& s, std::string_view text);
  /// A number of at least `digits` digits (do_number).
  void number(Spec& s, int digits, int64_t value);
  /// The digits (and sign) in `text` padded to `digits` (do_number_sign_and_padding).
  void sign_and_padding(Spec& s, int digits, std::string text);
  /// A conversion defined as another format ("%c", "%D", "%T"…).
  void subformat(const Spec& s, std::string_view fmt);

  const Tm& tp_;
  size_t limit_;
  int hour12_;
  bool overflow_ = false;
};

void Formatter::add(const Spec& s, std::string_view text, size_t n) {
  size_t delta = s.width > int(n) ? size_t(s.width) - n : 0;
  if (!room(n + delta)) return;
  out.append(delta, s.pad == '0' ? '0' : ' ');
  out.append(text);
  chars += n + delta;
}

void Formatter::cpy(const Spec& s, std::string_view text) {
  if (!s.lower && !s.upper) return add(s, text, char_count(text));
  std::string converted(text);
  for (char& c : converted) {
    if (s.lower && c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (!s.lower && c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
  }
  add(s, converted, char_count(converted));
}

void Formatter::number(Spec& s, int digits, int64_t value) {
  bool negative = value < 0;
  uint64_t u = negative ? 0 - uint64_t(value) : uint64_t(value);
  std::string text;
  do {
    text.insert(text.begin(), char('0' + u % 10));
    u /= 10;
  } while (u != 0);
  if (negative) text.insert(text.begin(), '-');
  sign_and_padding(s, digits, std::move(text));
}

void Formatter::sign_and_padding(Spec& s, int digits, std::string text) {
  int padding = digits - int(text.size());
  if (s.pad != '-' && padding > 0) {
    if (!room(size_t(padding))) return;
    if (s.pad == '_') {
      out.append(size_t(padding), ' ');
      s.width = s.width > padding ? s.width - padding : 0;
    } else {
      if (text[0] == '-') {
        text.erase(0, 1);
        out.push_back('-');
        ++chars;
      }
      out.append(size_t(padding), '0');
      s.width = 0;
    }
    chars += size_t(padding);
  }
  cpy(s, text);
}

void Formatter::subformat(const Spec& s, std::string_view fmt) {
  Formatter sub(tp_, SIZE_MAX);
  sub.run(fmt);
  if (s.upper) {
    for (char& c : sub.out) {
      if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    }
  }
  add(s, sub.out, sub.chars);
}

bool Formatter::run(std::string_view f) {
  for (size_t i = 0; i < f.size() && !overflow_; ++i) {
    if (f[i] != '%') {
      size_t end = i + 1;
      while (end < f.size() && (static_cast<unsigned char>(f[end]) & 0xC0) == 0x80) ++end;
      if (!room(1)) break;
      out.append(f.substr(i, end - i));
      ++chars;
      i = end - 1;
      continue;
    }
    Spec s;
    for (;; ++i) {
      char c = i + 1 < f.size() ? f[i + 1] : '\0';
      if (c == '_' || c == '-' || c == '0') {
        s.pad = c;
      } else if (c == '^') {
        s.upper = true;
      } else if (c == '#') {
        s.change_case = true;
      } else {
        break;
      }
    }
    ++i;
    auto at = [&](size_t k) { return k < f.size() ? f[k] : '\0'; };
    if (at(i) >= '0' && at(i) <= '9') {
      s.width = 0;
      for (; at(i) >= '0' && at(i) <= '9'; ++i) {
        int digit = at(i) - '0';
        s.width = s.width > (INT_MAX - digit) / 10 ? INT_MAX : s.width * 10 + digit;
      }
    }
    if (at(i) == 'E' || at(i) == 'O') s.modifier = f[i++];
    const Tm& tp = tp_;
    int64_t year = int64_t(tp.year) + 1900;
    bool bad = false;
    switch (at(i)) {
    case '%':
      if (s.modifier) {
        bad = true;
        break;
      }
      add(s, "%", 1);
      break;
    case 'a':
    case 'A':
      if (s.modifier) {
        bad = true;
        break;
      }
      if (s.change_case) s.upper = true;
      cpy(s, tp.wday < 0 || tp.wday > 6 ? "?" : (at(i) == 'a' ? kAbDay : kDay)[tp.wday]);
      break;
    case 'b':
    case 'h':
    case 'B':
      // glibc upper-cases %#b before rejecting %Eb, but rejects %EB first.
      if (s.change_case && at(i) != 'B') s.upper = true;
      if (s.modifier == 'E') {
        bad = true;
        break;
      }
      if (s.change_case) s.upper = true;
      cpy(s, tp.mon < 0 || tp.mon > 11 ? "?" : (at(i) == 'B' ? kMon : kAbMon)[tp.mon]);
      break;
    case 'c':
      if (s.modifier == 'O') {
        bad = true;
        break;
      }
      subformat(s, "%a %b %e %H:%M:%S %Y");
      break;
    case 'C': number(s, s.width > 1 ? s.width : 1, year / 100 - (year % 100 < 0)); break;
    case 'x':
      if (s.modifier == 'O') {
        bad = true;
        break;
      }
      subformat(s, "%m/%d/%y");
      break;
    case 'D':
      if (s.modifier) {
        bad = true;
        break;
      }
      subformat(s, "%m/%d/%y");
      break;
    case 'F':
      if (s.modifier) {
        bad = true;
        break;
      }
      subformat(s, "%Y-%m-%d");
      break;
    case 'R': subformat(s, "%H:%M"); break;
    case 'r': subformat(s, "%I:%M:%S %p"); break;
    case 'X':
      if (s.modifier == 'O') {
        bad = true;
        break;
      }
      subformat(s, "%H:%M:%S");
      break;
    case 'T': subformat(s, "%H:%M:%S"); break;
    case 'n': add(s, "\n", 1); break;
    case 't': add(s, "\t", 1); break;
    case 'P':
    case 'p':
      if (at(i) == 'P' || s.change_case) s.lower = true;
      cpy(s, tp.hour > 11 ? "PM" : "AM");
      break;
    case 'Z': {
      if (s.change_case) {
        s.upper = false;
        s.lower = true;
      }
      std::string zone = tp.zone ? *tp.zone : std::string();
      if (zone.empty() && tp.isdst >= 0) zone = "UTC"; // tzname[isdst] under TZ=UTC
      cpy(s, zone);
      break;
    }
    case 'z': {
      if (tp.isdst < 0) break;
      int64_t diff = tp.gmtoff;
      add(s, diff < 0 ? "-" : "+", 1);
      if (diff < 0) diff = -diff;
      diff /= 60;
      number(s, s.width > 4 ? s.width : 4, (diff / 60) * 100 + diff % 60);
      break;
    }
    case 's': {
      int64_t t;
      if (!mktime(tp, &t)) t = -1; // mktime's error value

      std::string text = t < 0 ? "-" : "";
      text += std::to_string(t < 0 ? 0 - uint64_t(t) : uint64_t(t));
      sign_and_padding(s, 1, std::move(text));
      break;
    }
    default: {
      // The numeric conversions: an E modifier is an error for most of them.
      char conv = at(i);
      int digits = 0;
      int64_t value = 0;
      bool spacepad = false;
      switch (conv) {
      case 'd': digits = 2, value = tp.mday; break;
      case 'e': digits = 2, value = tp.mday, spacepad = true; break;
      case 'H': digits = 2, value = tp.hour; break;
      case 'I': digits = 2, value = hour12_; break;
      case 'k': digits = 2, value = tp.hour, spacepad = true; break;
      case 'l': digits = 2, value = hour12_, spacepad = true; break;
      case 'j': digits = 3, value = 1 + int64_t(tp.yday); break;
      case 'M': digits = 2, value = tp.min; break;
      case 'm': digits = 2, value = int64_t(tp.mon) + 1; break;
      case 'S': digits = 2, value = tp.sec; break;
      case 'u': digits = 1, value = (tp.wday - 1 + 7) % 7 + 1; break;
      case 'U': digits = 2, value = (tp.yday - tp.wday + 7) / 7; break;
      case 'W': digits = 2, value = (tp.yday - (tp.wday - 1 + 7) % 7 + 7) / 7; break;
      case 'w': digits = 1, value = tp.wday; break;
      case 'Y': digits = 1, value = year, bad = s.modifier == 'O'; break;
      case 'y': digits = 2, value = (tp.year % 100 + 100) % 100; break;
      case 'V':
      case 'g':
      case 'G': {
        int64_t iso_year = year;
        int days = iso_week_days(tp.yday, tp.wday);
        if (days < 0) {
          // This ISO week belongs to the previous year.
          iso_year--;
          days = iso_week_days(tp.yday + (365 + is_leap(iso_year)), tp.wday);
        } else {
          int d = iso_week_days(tp.yday - (365 + is_leap(iso_year)), tp.wday);
          if (d >= 0) {
            // This ISO week belongs to the next year.
            iso_year++;
            days = d;
          }
        }
        if (conv == 'g') digits = 2, value = (iso_year % 100 + 100) % 100;
        if (conv == 'G') digits = 1, value = iso_year;
        if (conv == 'V') digits = 2, value = days / 7 + 1;
        break;
      }
      default: bad = true; break;
      }
      // E is allowed on Y and y (no era in the C locale) but not on the others.
      if (s.modifier == 'E' && conv != 'Y' && conv != 'y' && conv != 'u') bad = true;
      if (bad) break;
      if (spacepad && s.pad != '0' && s.pad != '-') s.pad = '_';
      number(s, digits > s.width ? digits : s.width, value);
      break;
    }
    }
    if (bad || at(i) == '\0') {
      // Unknown conversion: copy it from its '%' on (a '%' at the end alone).
      if (at(i) == '\0') --i;
      size_t end = i + 1;
      while (end < f.size() && (static_cast<unsigned char>(f[end]) & 0xC0) == 0x80) ++end;
      size_t start = f.rfind('%', i);
      cpy(s, f.substr(start, end - start));
      i = end - 1;
    }
  }
  return !overflow_;
}

} // namespace

bool gmtime(int64_t t, Tm* out) {
  int64_t days = floor_div(t, 86400);
  int64_t secs = floor_mod(t, 86400);
  // Howard Hinnant's civil_from_days.
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t mday = doy - (153 * mp + 2) / 5 + 1;
  int64_t mon = mp < 10 ? mp + 3 : mp - 9;
  int64_t year = yoe + era * 400 + (mon <= 2);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return false;
  out->year = int(year - 1900);
  out->mon = int(mon - 1);
  out->mday = int(mday);
  out->hour = int(secs / 3600);
  out->min = int(secs / 60 % 60);
  out->sec = int(secs % 60);
  out->wday = int(floor_mod(days + 4, 7)); // 1970-01-01 was a Thursday
  out->yday = int(days - days_from_civil(year, 1, 1));
  out->isdst = 0;
  out->gmtoff = 0;
  return true;
}

bool mktime(const Tm& tm, int64_t* out) {
  int64_t year = int64_t(tm.year) + 1900 + floor_div(tm.mon, 12);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return false;
  int64_t days = days_from_civil(year, floor_mod(tm.mon, 12) + 1, 1) + int64_t(tm.mday) - 1;
  *out = days * 86400 + int64_t(tm.hour) * 3600 + int64_t(tm.min) * 60 + tm.sec -
         (tm.isdst > 0 ? 3600 : 0);
  return true;
}

std::string strftime(std::string_view format, const Tm& tm, size_t* chars) {
  // CPython grows its buffer from 1024 characters by doubling and gives up
  // (returning '') once it holds 256 times the format's length: a result
  // that does not fit below that size comes out empty.
  size_t limit = 1024;
  for (size_t want = 256 * char_count(format); limit < want;) limit *= 2;
  Formatter f(tm, limit);
  if (!f.run(format)) {
    *chars = 0;
    return std::string();
  }
  *chars = f.chars;
  return std::move(f.out);
}

} // namespace py::civil
