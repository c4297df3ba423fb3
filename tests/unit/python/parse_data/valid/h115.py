while False:
   pass
