del '' f''
