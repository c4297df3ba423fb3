lambda **kwargs, /: None
