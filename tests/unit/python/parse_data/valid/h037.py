[spam for spam in SPAM]
