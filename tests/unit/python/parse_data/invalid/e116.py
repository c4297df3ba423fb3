a = "\xZZ"
