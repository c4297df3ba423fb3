Test cases for traceback module
