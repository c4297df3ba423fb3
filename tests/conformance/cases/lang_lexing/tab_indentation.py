# Tabs as indentation: a block indented with a tab, nested tab blocks.
if True:
	x = 1
	if x:
		print("tab-indented", x)
	for i in range(2):
		print("loop", i)
def f():
	return "tab function"
print(f())
print("a\tb".expandtabs(4), repr("\t"))
