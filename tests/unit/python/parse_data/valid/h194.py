(lambda z: 
 z**3)
