x=1+\
1
# This is a comment\
# This also
