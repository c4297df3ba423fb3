try:
pass
except:
  pass
