f'{x}' = x
