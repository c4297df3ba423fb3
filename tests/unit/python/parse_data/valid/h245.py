z = 'ሴ'; assert ord(z) == 0x1234

