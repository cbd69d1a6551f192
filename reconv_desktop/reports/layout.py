"""Shared page furniture of printed documents: styles, level bars, and "page x / y" footers."""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, Paragraph

from reconv_desktop.i18n import translate
from reconv_desktop.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

PRIMARY = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#B7C4D4")
EMPTY = colors.HexColor("#D5DCE5")
MUTED = colors.HexColor("#5A6675")


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles of our documents, on the embedded Unicode font."""
    register_fonts()
    # Words wider than their column are cut so nothing overflows a cell. reportlab's
    # embeddedHyphenation can drop the hyphen of "plombière-chauffagiste", so it stays off.
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=12.5, splitLongWords=1, embeddedHyphenation=0
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "strong": ParagraphStyle("strong", parent=body, fontName=FONT_BOLD),
        "muted": ParagraphStyle("muted", parent=body, fontName=FONT_ITALIC, textColor=MUTED),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=colors.white,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=PRIMARY,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=PRIMARY,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=26,
            leading=32,
            textColor=PRIMARY,
            spaceAfter=8,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=14, leading=18, textColor=MUTED, spaceAfter=24
        ),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
    }


# "soudeur/soudeuse" has no break point: in a narrow column reportlab would cut it anywhere
# ("soudeur/soude-use"), so a slash between letters gets spaces around it.
SLASH_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain user text: markup characters escaped, line breaks kept."""
    return Paragraph(
        SLASH_BETWEEN_LETTERS.sub(" / ", escape(text or "")).replace("\n", "<br/>"), style
    )


class LevelBar(Flowable):
    """`steps` small boxes, the first `value` filled: a skill level readable in black and white."""

    def __init__(
        self,
        value: int,
        steps: int = 4,
        box: float = 4.2 * mm,
        height: float = 2.6 * mm,
        gap: float = 0.8 * mm,
    ) -> None:
        super().__init__()
        self.value, self.steps, self.box, self.bar_height, self.gap = value, steps, box, height, gap
        self.width = steps * box + (steps - 1) * gap
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.4)
        c.setStrokeColor(PRIMARY)
        for i in range(self.steps):
            c.setFillColor(PRIMARY if i < self.value else colors.white)
            c.rect(i * (self.box + self.gap), 0, self.box, self.bar_height, stroke=1, fill=1)


class FitBar(Flowable):
    """A horizontal gauge for a 0..1 score."""

    def __init__(self, score: float, width: float = 22 * mm, height: float = 2.6 * mm) -> None:
        super().__init__()
        self.score = max(0.0, min(1.0, score))
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(EMPTY)
        c.setStrokeColor(EMPTY)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(PRIMARY)
        c.rect(0, 0, self.width * self.score, self.height, stroke=0, fill=1)


def numbered_canvas(
    footer: str, on_done: Callable[[int], None] | None = None
) -> type[pdfcanvas.Canvas]:
    """A canvas class that prints `footer` and "Page x / y" on every page.

    The total is only known at the end, so pages are kept until `save()` and stamped then
    (the usual two-pass trick, in one pass over the story).
    """

    class NumberedCanvas(pdfcanvas.Canvas):
        # Canvas internals used below, which types-reportlab does not declare.
        _pagesize: tuple[float, float]
        _pageNumber: int
        _startPage: Callable[[], None]

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._stamp(total)
                super().showPage()
            if on_done:
                on_done(total)
            super().save()

        def _stamp(self, total: int) -> None:
            width, _ = self._pagesize
            left, right, base = 18 * mm, width - 18 * mm, 10 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, base + 4 * mm, right, base + 4 * mm)
            size, text, room = 7.5, footer, right - left - 22 * mm
            while size > 6 and stringWidth(text, FONT, size) > room:
                size -= 0.25
            while len(text) > 10 and stringWidth(text, FONT, size) > room:
                text = text[:-2] + "…"
            self.setFont(FONT, size)
            self.setFillColor(MUTED)
            self.drawString(left, base, text)
            self.setFont(FONT_BOLD, 8)
            self.drawRightString(
                right,
                base,
                translate("reports", "Page {page} / {total}").format(
                    page=self._pageNumber, total=total
                ),
            )
            self.restoreState()

    return NumberedCanvas
