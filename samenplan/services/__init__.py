"""Glue between the core and the widgets; QtCore only."""
