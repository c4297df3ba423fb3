\
pass
        \

pass

