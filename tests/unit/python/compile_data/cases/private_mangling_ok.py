class C:
    def __f(self, __a):
        __b = __a
        return self.__x
