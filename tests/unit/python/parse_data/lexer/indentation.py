if x:
    a
    if y:
        b

        # comment at another level
    c
d
if x:
	tab
	if y:
		two_tabs
e
