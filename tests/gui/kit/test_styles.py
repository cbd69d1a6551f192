"""One palette: every colour the window shows is named in gui/kit/styles.py, and the forms
use the same values (one red for errors, one grey for secondary text)."""

from __future__ import annotations

import re
from pathlib import Path

from reconv_desktop.gui.kit import styles

ROOT = Path(__file__).resolve().parents[3]
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def _palette() -> set[str]:
    values = [getattr(styles, name) for name in dir(styles) if name.isupper()]
    flat: list[str] = []
    for value in values:
        flat.extend(value if isinstance(value, tuple) else [value])
    return {c.lower() for v in flat if isinstance(v, str) for c in COLOUR.findall(v)}


def test_no_colour_literal_outside_the_style_module():
    offenders = []
    for path in (ROOT / "reconv_desktop" / "gui").rglob("*.py"):
        if path.name == "styles.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COLOUR.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_forms_use_the_palette_only():
    palette = _palette()
    used = {
        colour.lower()
        for path in (ROOT / "ui").rglob("*.ui")
        for colour in COLOUR.findall(path.read_text(encoding="utf-8"))
    }
    assert used and used <= palette, used - palette


def test_one_red_says_error_everywhere():
    assert styles.ERROR in styles.ERROR_TEXT and styles.ERROR in styles.ERROR_BORDER
    assert styles.ERROR in styles.DANGER_BUTTON and styles.STRENGTH[0] == styles.ERROR
    assert styles.MUTED_GREY in styles.MUTED and styles.MUTED_GREY in styles.FRAMED
