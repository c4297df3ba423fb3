value = data["key"
