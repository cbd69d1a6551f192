"""Sync with coordination: identities, signed and encrypted bundles, export, import and merge."""
