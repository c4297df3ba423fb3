# except Exception does not catch BaseException subclasses like KeyboardInterrupt or GeneratorExit.
for exc in [KeyboardInterrupt, GeneratorExit, SystemExit, ValueError]:
    try:
        try:
            raise exc("x")
        except Exception as e:
            print("Exception caught", type(e).__name__)
    except BaseException as e:
        print("only BaseException caught", type(e).__name__)
