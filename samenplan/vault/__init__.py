"""Encrypted storage of profiles and dossiers (Qt-free; stores bytes)."""
