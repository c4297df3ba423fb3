class Dog:
def bark(self):
    pass
