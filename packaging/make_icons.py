"""Render the app icon (resources/icons/reconv-desktop.svg) in every size the platforms want.

Run once when the SVG changes: `python packaging/make_icons.py`. Writes PNGs 16-1024 for
Linux (hicolor), an .ico for Windows and an .icns for macOS, using Qt's own image plugins.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "reconv-desktop.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"invalid SVG: {SVG}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(OUT / f"reconv-desktop-{size}.png"))
    render(renderer, 256).save(str(OUT / "reconv-desktop.ico"))
    if not render(renderer, 1024).save(str(OUT / "reconv-desktop.icns")):
        print("icns plugin missing: macOS icon not written", file=sys.stderr)
    render(renderer, 256).save(str(ROOT / "resources" / "icons" / "reconv-desktop-256.png"))
    print("\n".join(sorted(p.name for p in OUT.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
