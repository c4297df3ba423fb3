x + y - z * q ^ t ** k
