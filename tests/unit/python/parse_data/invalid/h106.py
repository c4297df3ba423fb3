print "old style"
