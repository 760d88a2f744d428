"""Form engine: the form dialect, its strict loader, conditions, validation and answers."""
