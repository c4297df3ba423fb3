' for object of type '
