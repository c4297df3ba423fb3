print "old style",
