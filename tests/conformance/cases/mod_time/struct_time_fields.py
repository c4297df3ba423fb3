# time.localtime/gmtime struct_time fields and repr, time.mktime, ctime/asctime, timezone attributes under UTC.
import time
lt = time.localtime()
print(lt)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, lt.tm_wday, lt.tm_yday, lt.tm_isdst)
print(lt[0], lt[:3], len(lt), tuple(lt), lt.tm_zone, lt.tm_gmtoff)
g = time.gmtime(0)
print(g, time.gmtime(1_000_000_000).tm_year, time.gmtime(-86400)[:3])
print(time.mktime(lt), time.mktime(time.localtime(12345)), time.ctime(), time.ctime(0), time.asctime(), time.asctime(g))
print(time.timezone, time.altzone, time.daylight, time.tzname)
time.sleep(86400 * 47)
later = time.localtime()
print(later.tm_year, later.tm_mon, later.tm_mday, later.tm_wday, later.tm_yday, time.strftime("%Y-%m-%d %a"))
print(time.gmtime(1_700_000_000.9).tm_sec, time.localtime(1e9)[:6])
