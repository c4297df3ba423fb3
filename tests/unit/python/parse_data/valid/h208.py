a[b, *a, *a, c]
