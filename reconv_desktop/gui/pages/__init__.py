"""The window's pages, one module per page; each exposes `Page(session, parent)`."""
