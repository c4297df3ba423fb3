f"""'end' "quote\""""
