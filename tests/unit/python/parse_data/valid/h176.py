g:'really a local'
