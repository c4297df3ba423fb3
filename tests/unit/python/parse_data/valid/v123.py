with a: pass
for x in y: pass
while z: break
class C: pass
def f(): pass
