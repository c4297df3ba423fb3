x = 'line one\
line two'
y = """multi
line
string"""
z = '''it's "quoted"'''
