"""Where the shipped resources (starter referential, icons, translations...) are found."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_path(*parts: str) -> Path:
    """Path of a shipped resource: the wheel's `reconv_desktop/_resources`, else the source tree's
    top-level `resources/` folder."""
    packaged = Path(str(resources.files("reconv_desktop").joinpath("_resources")))
    base = packaged if packaged.is_dir() else Path(__file__).resolve().parents[1] / "resources"
    return base.joinpath(*parts)
