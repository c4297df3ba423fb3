f'result: {value:{width:{0}}.{precision:1}}'
