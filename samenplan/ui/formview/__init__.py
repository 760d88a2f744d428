"""The guided form: widgets generated from a form definition."""
