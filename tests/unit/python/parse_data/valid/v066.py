s = "it's"
t = 'say "hi"'
u = 'both \' and "'
v = "tab\there"
w = "\x00\x7f\x80\xff"
z = "\u200b\u00a0\ufeff\U0010ffff\ud800"
