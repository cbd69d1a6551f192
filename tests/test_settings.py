"""Settings of this computer: defaults, round trip, damaged file."""

from __future__ import annotations

import pytest

from reconv_desktop.errors import ValidationError
from reconv_desktop.paths import app_paths
from reconv_desktop.settings import Settings, load_settings, save_settings


def test_defaults_then_round_trip(data_dir):
    paths = app_paths(data_dir)
    assert load_settings(paths) == Settings(
        auto_lock_minutes=5.0, remember=False, language="fr", backup_dir=""
    )
    changed = load_settings(paths).with_changes(
        auto_lock_minutes=12, language="en", backup_dir=str(data_dir / "sauvegardes Łódź")
    )
    save_settings(paths, changed)
    assert load_settings(paths) == changed


def test_damaged_file_gives_defaults(data_dir):
    paths = app_paths(data_dir)
    paths.config_dir.mkdir()
    paths.settings_file.write_text("{pas du json", encoding="utf-8")
    assert load_settings(paths) == Settings()
    paths.settings_file.write_text('{"auto_lock_minutes": -3, "language": "fr"}')
    assert load_settings(paths) == Settings()


def test_invalid_values_are_refused_in_french():
    with pytest.raises(ValidationError, match="Délai de verrouillage"):
        Settings().with_changes(auto_lock_minutes=0)
    with pytest.raises(ValidationError, match="Langue"):
        Settings().with_changes(language="xx")
