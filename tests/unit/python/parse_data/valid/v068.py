x = "\d\w\s"
y = b"\q"
z = "\777"
