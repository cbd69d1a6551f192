"""Second and third vaults for sync tests: a coordination and another counsellor.

The shared `store` fixture is a copy of one template vault, so every copy has the same
device identity; the peers here are created from scratch (fast KDF) to get their own keys.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reconv_desktop.paths import app_paths
from reconv_desktop.store.store import Store
from reconv_desktop.sync.coordination import add_counsellor, init_coordination
from reconv_desktop.sync.identity import device_identity, enrol_peer
from reconv_desktop.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(scope="session")
def coordination_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("coordination") / "vault"
    store = Vault.create(
        app_paths(folder), PASSPHRASE, kdf=FAST_KDF, owner_name="Coordination Ayşe Yılmaz"
    ).vault.unlock(PASSPHRASE)
    init_coordination(store)
    store.close()
    return folder


@pytest.fixture(scope="session")
def counsellor_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("counsellor2") / "vault"
    Vault.create(app_paths(folder), PASSPHRASE, kdf=FAST_KDF, owner_name="Nguyễn Thị Hoa")
    return folder


@pytest.fixture
def open_copy(tmp_path: Path) -> Iterator[Callable[[Path, str], Store]]:
    opened: list[Store] = []

    def copy(template: Path, name: str) -> Store:
        target = tmp_path / name
        shutil.copytree(template, target)
        store = Vault(app_paths(target)).unlock(PASSPHRASE)
        opened.append(store)
        return store

    yield copy
    for store in opened:
        store.close()


def pair(counsellor: Store, coordination: Store) -> None:
    enrol_peer(counsellor, device_identity(coordination).card, "coordination")
    add_counsellor(coordination, device_identity(counsellor).card)


@pytest.fixture
def coord(open_copy, coordination_template: Path) -> Store:
    return open_copy(coordination_template, "coordination")


@pytest.fixture
def other_counsellor(open_copy, counsellor_template: Path) -> Store:
    return open_copy(counsellor_template, "counsellor2")


@pytest.fixture
def paired(store: Store, coord: Store) -> tuple[Store, Store]:
    """(counsellor, coordination), each enrolled with the other."""
    pair(store, coord)
    return store, coord


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal dumps mean an unchanged database."""
    tables = [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(map(repr, store.conn.execute(f"SELECT * FROM {t}"))) for t in tables}
