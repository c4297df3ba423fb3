{target} = foo
