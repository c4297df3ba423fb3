while False:
   pass