exec "old style"
