x = f"{'unclosed}"
