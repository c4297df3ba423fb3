f'\N'
