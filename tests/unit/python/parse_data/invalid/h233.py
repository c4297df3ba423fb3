Test if there are cosmetic issues caused by unnecessary additions
