"""Shared fixtures: temporary data dirs, an in-memory keyring, and unlocked vaults.

A template vault is created once per session (the KDF is the slow part) and copied per
test, the way Anki's tests copy a template collection.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from hypothesis import HealthCheck, settings
from keyring.backend import KeyringBackend

# Offscreen Qt for every GUI test, set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RECONV_DATA_DIR", None)
os.environ.pop("RECONV_PASSPHRASE", None)
os.environ.pop("RECONV_LANG", None)  # the suite speaks French, whatever the shell says

from reconv_desktop.domain import clock as clock_module
from reconv_desktop.paths import AppPaths, app_paths
from reconv_desktop.store.store import Store
from reconv_desktop.vault import crypto
from reconv_desktop.vault.vault import Vault

PASSPHRASE = "Fictif-Coffre-de-test-2026"
FAST_KDF = crypto.FAST_ARGON2

# Property tests: one profile for all, loaded here, before any test module builds its own
# `settings(...)` (those inherit what they do not set). A loaded 2-core machine makes any
# timing check flaky, so no deadline and no "too slow" health check; large generated data
# is the point of the fuzz tests. Chosen by HYPOTHESIS_PROFILE, else "ci" when CI is set.
# "ci" replays the same examples on every run (derandomize): a submission is judged on its
# own changes, while developers' runs keep exploring new examples.
_PROPERTY_BASE = settings(
    deadline=None,
    max_examples=50,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", _PROPERTY_BASE)
settings.register_profile("ci", _PROPERTY_BASE, derandomize=True, print_blob=True)
settings.register_profile("thorough", _PROPERTY_BASE, max_examples=1000)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


def shared_fixture_settings(**changes: Any) -> settings:
    """The profile's settings for a property test whose function-scoped fixtures every example
    shares on purpose (built once, not changed by an example); `changes` as for `settings`."""
    return settings(
        suppress_health_check=[
            *settings.default.suppress_health_check,
            HealthCheck.function_scoped_fixture,
        ],
        **changes,
    )


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (test machines have no OS keyring)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class WallTime:
    """The wall time every hybrid clock reads in a test: the real time plus a shift the test
    moves on explicitly, so "this change is the later one" holds however loaded the machine
    (a sleep only says how long to wait, not that the clock moved)."""

    def __init__(self) -> None:
        self.shift_ms = 0

    def time(self) -> float:
        return time.time() + self.shift_ms / 1000

    def advance(self, ms: int = 60_000) -> None:
        self.shift_ms += ms


@pytest.fixture
def wall_time(monkeypatch: pytest.MonkeyPatch) -> WallTime:
    shifted = WallTime()
    # HybridClock reads `time.time()` through its module's `time` name at every `now()`.
    monkeypatch.setattr(clock_module, "time", shifted)
    return shifted


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "données Łódź"  # a Unicode path, as on a counsellor's laptop
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "vault"
    created = Vault.create(
        app_paths(folder), PASSPHRASE, kdf=FAST_KDF, owner_name="Conseillère Test"
    )
    return folder, created.recovery_key


@pytest.fixture
def vault_paths(template_vault: tuple[Path, str], data_dir: Path) -> AppPaths:
    shutil.copytree(template_vault[0], data_dir, dirs_exist_ok=True)
    return app_paths(data_dir)


@pytest.fixture
def recovery_key(template_vault: tuple[Path, str]) -> str:
    return template_vault[1]


@pytest.fixture
def vault(vault_paths: AppPaths) -> Vault:
    return Vault(vault_paths)


@pytest.fixture
def store(vault: Vault) -> Iterator[Store]:
    opened = vault.unlock(PASSPHRASE)
    yield opened
    opened.close()


def type_unicode(widget, text: str) -> None:
    """Type any text into a Qt widget, one key event per character.

    QTest.keyClicks aborts on non-ASCII characters (qasciikey.cpp), so Unicode goes through
    QKeyEvent with Key_unknown and the character as text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture(autouse=True)
def _french_after_each_test():
    """A test that switches the language (CLI in-process, window in English) leaves the
    process speaking French again, the language every other test expects."""
    yield
    from reconv_desktop import i18n

    i18n.set_language(i18n.SOURCE_LANGUAGE)
