'a' "b" '''c''' """d"""
r'\n' R"\d" u'x' U"y" b'z' B"w" br'\x' rb"\y" Rb'q' bR"r" Br'' rB""
f'{x}' F"{y!r}" rf'{z}' fR"{w}" Rf'' FR"" fr'{a:{b}}'
'it\'s' "say \"hi\"" 'back\\slash' ''
'''multi
line''' """with "quotes" inside"""
'continued\
string'
'한글' "naïve" '😀'
