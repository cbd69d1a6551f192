"""Settings of this computer (auto-lock, remember, language, backup folder, clipboard delay).

Kept as a small JSON file in the config folder; a missing or damaged file gives the defaults
so that a bad edit never prevents the app from starting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from reconv_desktop.errors import ValidationError
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import LANGUAGES, translate
from reconv_desktop.paths import AppPaths

log = logging.getLogger(__name__)

DEFAULT_AUTO_LOCK_MINUTES = 5.0
MAX_AUTO_LOCK_MINUTES = 240.0
DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30
MAX_CLIPBOARD_CLEAR_SECONDS = 600


@dataclass(frozen=True, slots=True)
class Settings:
    """What the counsellor chose in Settings; `backup_dir` empty means the default folder."""

    auto_lock_minutes: float = DEFAULT_AUTO_LOCK_MINUTES
    remember: bool = False
    language: str = "fr"
    backup_dir: str = ""
    # Personal data copied by the app is wiped from the clipboard after this delay (0: never).
    clipboard_clear_seconds: int = DEFAULT_CLIPBOARD_CLEAR_SECONDS

    def with_changes(self, **changes: Any) -> Settings:
        """A validated copy with some values changed."""
        return _validated(replace(self, **changes))


def _validated(settings: Settings) -> Settings:
    minutes = float(settings.auto_lock_minutes)
    if not 0 < minutes <= MAX_AUTO_LOCK_MINUTES:
        raise ValidationError(
            "auto_lock_minutes",
            translate(
                "settings",
                "Délai de verrouillage invalide (plus de 0 et au plus {limit:.0f} minutes).",
            ).format(limit=MAX_AUTO_LOCK_MINUTES),
        )
    if settings.language not in LANGUAGES:
        raise ValidationError(
            "language",
            translate("settings", "Langue non prise en charge : {language}.").format(
                language=settings.language
            ),
        )
    try:
        clear_after = int(settings.clipboard_clear_seconds)
    except (TypeError, ValueError):
        clear_after = -1
    if not 0 <= clear_after <= MAX_CLIPBOARD_CLEAR_SECONDS:
        raise ValidationError(
            "clipboard_clear_seconds",
            translate(
                "settings",
                "Délai d'effacement du presse-papiers invalide (0 à {limit} s).",
            ).format(limit=MAX_CLIPBOARD_CLEAR_SECONDS),
        )
    return replace(
        settings,
        auto_lock_minutes=minutes,
        remember=bool(settings.remember),
        backup_dir=str(settings.backup_dir or ""),
        clipboard_clear_seconds=clear_after,
    )


def load_settings(paths: AppPaths) -> Settings:
    """Settings from the config folder, or the defaults when absent or unreadable."""
    try:
        raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("settings file unreadable, defaults used")
        return Settings()
    known = {f.name for f in fields(Settings)}
    try:
        return _validated(Settings(**{k: v for k, v in raw.items() if k in known}))
    except (ValidationError, TypeError, ValueError):
        log.warning("settings file holds invalid values, defaults used")
        return Settings()


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write the settings atomically (temp file, fsync, rename)."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(_validated(settings)), indent=2, ensure_ascii=False)
    write_atomic(paths.settings_file, data.encode("utf-8"))
