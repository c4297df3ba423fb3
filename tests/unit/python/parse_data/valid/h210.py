try:
  pass
except* Exception:
  pass