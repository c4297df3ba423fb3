이름 = 1
π = 3.14
naïve_café = 2
_private __dunder__ x1 _ __
match case type print exec
async await
