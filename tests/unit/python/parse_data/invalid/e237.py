x = "say "hi""
