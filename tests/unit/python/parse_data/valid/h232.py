
a = f'''
          {blech}
    '''

