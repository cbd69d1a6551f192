"""Printed documents (reportlab Platypus, A4, French): the skills assessment, and later CVs
and activity reports. Pure core: they write PDF files, the window previews and prints them."""
