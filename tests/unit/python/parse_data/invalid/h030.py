try:

