x = obj.attr.sub
y = obj[1][1:2][::3][a:b:c][:, 1][..., None][1:2, ::3]
z = f(a)(b)[c].d(e=f)
w = obj[*idx]
v = obj[a, *b]
