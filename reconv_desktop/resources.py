"""Find shipped resources (translations, referential, fonts, icons, forms).

Installed wheels carry them inside the package (`_resources`, `_ui`); a source checkout or an
editable install reads the top-level `resources/` and `ui/` folders. PyInstaller bundles use
the packaged layout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE_ROOT = Path(str(files("reconv_desktop")))


def _pick(packaged: str, source: str) -> Path:
    inside = _PACKAGE_ROOT / packaged
    if inside.is_dir():
        return inside
    return _PACKAGE_ROOT.parent / source


def resources_path(*parts: str) -> Path:
    """Path of a file or folder under `resources/`."""
    return _pick("_resources", "resources").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a Qt Designer form under `ui/`."""
    return _pick("_ui", "ui").joinpath(*parts)
