    STRING     'f"""abc"""'  (1, 0) (1, 10)
    
