class foo:
    
