# time.strftime with many directives under the virtual clock (UTC, 1_700_000_000 = 2023-11-14 22:13:20).
import time
for fmt in ["%Y-%m-%d %H:%M:%S", "%X", "%x", "%c", "%A %a", "%B %b %h", "%j", "%U %W", "%w %u", "%I:%M %p", "%y", "%Z",
            "%z", "%D", "%T", "%R", "%e", "%C", "%G-W%V", "%%", "%Y년 %m월 %d일", "[%m/%d]"]:
    print(repr(fmt), "->", repr(time.strftime(fmt)))
time.sleep(3600 * 5 + 61.5)
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.strftime("%A"))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(0)), time.strftime("%c", time.gmtime(86400 * 365.25 * 30)))
print(time.strftime("%H:%M:%S", time.localtime(1_700_000_000 + 59.999)))
