Traceback (most recent call last):
  File "