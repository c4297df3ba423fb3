if cond1:
    suite1
elif cond2:
    suite2
else:
    suite3
