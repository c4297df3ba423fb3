f"{x}" "plain" f'{y}' 'tail'
