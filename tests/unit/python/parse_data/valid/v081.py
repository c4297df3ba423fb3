print(*[1, 2], sep='')
print(**{'sep': ''})
