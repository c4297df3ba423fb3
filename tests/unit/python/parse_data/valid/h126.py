x = r'abc' + r'ABC' + R'ABC' + R'ABC'
