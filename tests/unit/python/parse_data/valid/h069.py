Exception: projector
