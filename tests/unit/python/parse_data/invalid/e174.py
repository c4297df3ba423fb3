x = 1
z = f'''
{a
b c}'''
