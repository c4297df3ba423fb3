assert ()
