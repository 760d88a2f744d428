"""Widgets: windows, generated form pages, dialogs."""
