"""The sync tests' paired vaults (counsellor + coordination), reused by the bundle fuzz tests."""

from tests.sync.conftest import (  # noqa: F401  (fixtures re-exported for this folder)
    coord,
    coordination_template,
    open_copy,
    paired,
)
