Örter = 'places'
grün = 'green'
