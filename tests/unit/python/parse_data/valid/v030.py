try:
    a()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as exc:
    pass
else:
    b()
finally:
    c()
