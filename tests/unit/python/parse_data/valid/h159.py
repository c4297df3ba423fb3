bad_coding2.py
