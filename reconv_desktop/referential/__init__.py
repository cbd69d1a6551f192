"""Skills and occupations referential: ESCO CSV import, the shipped starter set, accent-insensitive
search and occupation matching. Pure core: no Qt here, every function takes a `sqlite_utils`
database whose schema comes from `schema.apply_referential_schema`."""
