try:
 pass
except:
 pass
finally:
