"""One place decides where files go: platformdirs, overridden by --data-dir or RECONV_DATA_DIR.

Nothing is created at import time; callers ask for a folder and create it when they write.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ReconvDesktop"
APP_AUTHOR = "Reconv"
DATA_DIR_ENV = "RECONV_DATA_DIR"

DATABASE_FILENAME = "vault.db"
HEADER_FILENAME = "vault.header.json"
LOCK_FILENAME = "vault.lock"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Folders of one installation; `data_dir` holds the vault, the others are side files."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def header(self) -> Path:
        return self.data_dir / HEADER_FILENAME

    @property
    def lock_file(self) -> Path:
        return self.data_dir / LOCK_FILENAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve the folders: explicit argument, then RECONV_DATA_DIR, then the OS defaults.

    When a data folder is given, config and logs live inside it so that a test or a USB
    installation keeps everything in one place.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=base, config_dir=base / "config", log_dir=base / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
