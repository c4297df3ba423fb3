total = price * 1.1 €
