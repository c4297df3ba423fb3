# The built-in exception hierarchy: issubclass chains and __mro__ of common exceptions.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, ModuleNotFoundError, StopIteration, KeyboardInterrupt, SystemExit,
            GeneratorExit, UnicodeDecodeError, NotImplementedError, TimeoutError,
            BrokenPipeError, DeprecationWarning, ExceptionGroup, BaseExceptionGroup, BaseException]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(OSError, EnvironmentError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(Warning, Exception), issubclass(bool, Exception))
print(ArithmeticError.__subclasses__())
print(sorted(c.__name__ for c in LookupError.__subclasses__()))
