x = 'don't'
