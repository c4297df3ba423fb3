a}
