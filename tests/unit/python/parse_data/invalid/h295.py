f'x}x'
