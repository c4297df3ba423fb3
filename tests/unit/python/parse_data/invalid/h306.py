f-string: closing parenthesis '\}' does not match opening parenthesis '\('
