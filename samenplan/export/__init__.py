"""PDF output: pocket cards and full-page plans (Qt-free, reportlab)."""
