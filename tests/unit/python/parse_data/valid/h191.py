with x as y, z as q: pass
