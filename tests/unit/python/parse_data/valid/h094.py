Both or neither
