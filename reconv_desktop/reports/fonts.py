"""Unicode fonts for every printed document, embedded in the PDF.

reportlab's built-in Helvetica only knows Latin-1: "Nguyễn" or "Łukasz" would print as black
boxes. DejaVu Sans (shipped in resources/fonts with its licence) covers Latin, Greek,
Cyrillic and Vietnamese, and TrueType fonts are always embedded (subset) by reportlab.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate
from reconv_desktop.resources import resources_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def register_fonts() -> str:
    """Register the DejaVu Sans family once per process; return the regular font's name.

    `<b>` and `<i>` in Paragraphs then pick the bold and oblique faces.
    """
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    for name, filename in _FILES.items():
        path = resources_path("fonts", filename)
        if name == FONT_BOLD_ITALIC and not path.exists():
            path = resources_path("fonts", _FILES[FONT_BOLD])
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:  # a broken installation, said plainly
            raise ReconvError(
                translate(
                    "reports",
                    "Police de caractères manquante : « {name} » (réinstallez l'application).",
                ).format(name=path.name),
                "font_missing",
            ) from exc
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    return FONT
