"""Storage: the encrypted vault, its schema migrations and the repositories over it."""
