f\(\) missing 1 required positional argument: 'b'
