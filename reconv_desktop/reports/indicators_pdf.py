"""Monthly indicator reports: the counsellor's own (what they sign) and coordination's
consolidated one, as PDF (table + bar chart from reportlab.graphics) and CSV.

Both print figures from `sync.indicators`, the same numbers the bundles carry; small counts
show as "< 5".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import translate
from reconv_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from reconv_desktop.sync.coordination import CounsellorFigures
from reconv_desktop.sync.indicators import (
    INDICATORS,
    SUPPRESS_BELOW,
    Figure,
    category_label,
    totals,
)

PRIMARY = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#E8EEF5")
SERIES = [
    colors.HexColor(c)
    for c in (
        "#1F4E79",
        "#C55A11",
        "#548235",
        "#7030A0",
        "#BF9000",
        "#2E75B6",
        "#A50021",
        "#00796B",
    )
]
CSV_HEADER = [
    "periode",
    "accompagnement",
    "appareil",
    "cellule",
    "indicateur",
    "categorie",
    "valeur",
    "masque",
]


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            textColor=PRIMARY,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=PRIMARY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "head": ParagraphStyle("head", parent=body, fontName=FONT_BOLD, textColor=colors.white),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[float],
    st: dict[str, ParagraphStyle],
) -> Table:
    data = [[_p(h, st["head"]) for h in header]] + [[_p(c, st["body"]) for c in r] for r in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#B7C4D4")),
            ]
        )
    )
    return table


def _chart(series: dict[str, dict[str, tuple[int, int]]]) -> Drawing:
    """Grouped bars: one group per indicator, one bar per series (counsellor or 'total')."""
    codes = [c for c in INDICATORS if any(c in s for s in series.values())]
    drawing = Drawing(170 * mm, 80 * mm)
    chart = VerticalBarChart()
    # types-reportlab declares these int; reportlab takes any number of points.
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 18 * mm, 150 * mm, 55 * mm  # type: ignore[assignment]
    chart.data = [[s.get(c, (0, 0))[0] for c in codes] for s in series.values()] or [[0]]
    chart.categoryAxis.categoryNames = [c.replace("_", " ") for c in codes]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()  # x and y: numbers of points, as the chart's above
        legend.x, legend.y, legend.fontName, legend.fontSize = 14 * mm, 8 * mm, FONT, 7  # type: ignore[assignment]
        legend.columnMaximum, legend.alignment = 1, "right"
        legend.colorNamePairs = [
            (SERIES[i % len(SERIES)], name[:30]) for i, name in enumerate(series)
        ]
        drawing.add(legend)
    drawing.add(
        String(
            12 * mm,
            76 * mm,
            translate("reports", "Valeurs affichées (les comptes masqués < 5 valent 0)"),
            fontName=FONT,
            fontSize=7,
        )
    )
    return drawing


def _figure_rows(figures: Iterable[Figure]) -> list[list[str]]:
    return [
        [
            f.cell_name,
            INDICATORS.get(f.indicator, f.indicator),
            category_label(f.indicator, f.category) or "—",
            f.shown(),
        ]
        for f in figures
    ]


def _totals_rows(figures: Iterable[Figure]) -> list[list[str]]:
    return [
        [INDICATORS[code], str(shown), str(hidden) if hidden else "—"]
        for code, (shown, hidden) in totals(figures).items()
    ]


def _render(story: list, out: Path, title: str) -> None:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author="Reconv Desktop",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
    )
    doc.build(story)
    write_atomic(Path(out), buffer.getvalue(), mode=0o600)


def _intro(st: dict, title: str, period: str, owner: str) -> list:
    return [
        _p(title, st["title"]),
        _p(
            (
                translate("reports", "Période : {period} — établi le {today:%d/%m/%Y} par {owner}")
                if owner
                else translate("reports", "Période : {period} — établi le {today:%d/%m/%Y}")
            ).format(period=period, today=date.today(), owner=owner),
            st["body"],
        ),
        _p(
            translate(
                "reports",
                "Les comptes de 1 à {highest} sont masqués (« < {threshold} ») pour "
                "qu'aucun chiffre ne désigne une personne.",
            ).format(highest=SUPPRESS_BELOW - 1, threshold=SUPPRESS_BELOW),
            st["body"],
        ),
    ]


def write_monthly_pdf(figures: list[Figure], period: str, out: Path, owner: str = "") -> None:
    """The counsellor's monthly activity report: totals, chart, detail per cell."""
    st = _styles()
    story = _intro(st, translate("reports", "Rapport mensuel d'activité"), period, owner)
    story += [
        _p(translate("reports", "Totaux"), st["h2"]),
        _table(
            [
                translate("reports", "Indicateur"),
                translate("reports", "Total affiché"),
                translate("reports", "Comptes masqués"),
            ],
            _totals_rows(figures),
            [100 * mm, 35 * mm, 35 * mm],
            st,
        ),
        Spacer(1, 4 * mm),
        _chart({"total": totals(figures)}),
        _p(translate("reports", "Détail par cellule"), st["h2"]),
        _table(
            [
                translate("reports", "Cellule"),
                translate("reports", "Indicateur"),
                translate("reports", "Catégorie"),
                translate("reports", "Valeur"),
            ],
            _figure_rows(figures),
            [50 * mm, 65 * mm, 35 * mm, 20 * mm],
            st,
        ),
        Spacer(1, 12 * mm),
        _p(translate("reports", "Signature : ________________________"), st["body"]),
    ]
    _render(story, out, translate("reports", "Rapport mensuel {period}").format(period=period))


def write_consolidated_pdf(
    data: list[CounsellorFigures], period: str, out: Path, owner: str = ""
) -> None:
    """Coordination's report: per counsellor and all together, with a grouped bar chart."""
    st = _styles()
    story = _intro(st, translate("reports", "Indicateurs consolidés"), period, owner)
    all_figures = [f for d in data for f in d.figures]
    story += [
        _p(translate("reports", "Totaux, tous accompagnements"), st["h2"]),
        _table(
            [
                translate("reports", "Indicateur"),
                translate("reports", "Total affiché"),
                translate("reports", "Comptes masqués"),
            ],
            _totals_rows(all_figures),
            [100 * mm, 35 * mm, 35 * mm],
            st,
        ),
        Spacer(1, 4 * mm),
        _chart({d.counsellor or d.device_id[:8]: totals(d.figures) for d in data}),
    ]
    for d in data:
        story.append(
            _p(
                translate("reports", "{counsellor} — source : {source}").format(
                    counsellor=d.counsellor, source=d.source
                ),
                st["h2"],
            )
        )
        if not d.figures:
            story.append(_p(translate("reports", "Rien reçu pour cette période."), st["body"]))
            continue
        story.append(
            _table(
                [
                    translate("reports", "Cellule"),
                    translate("reports", "Indicateur"),
                    translate("reports", "Catégorie"),
                    translate("reports", "Valeur"),
                ],
                _figure_rows(d.figures),
                [50 * mm, 65 * mm, 35 * mm, 20 * mm],
                st,
            )
        )
    _render(
        story, out, translate("reports", "Indicateurs consolidés {period}").format(period=period)
    )


def _csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes spreadsheets read UTF-8


def _csv_row(f: Figure, who: str, device: str) -> list[object]:
    return [
        f.period,
        who,
        device,
        f.cell_name,
        f.indicator,
        f.category,
        "" if f.value is None else f.value,
        int(f.value is None),
    ]


def write_monthly_csv(figures: list[Figure], out: Path, owner: str = "") -> None:
    write_atomic(Path(out), _csv_bytes(_csv_row(f, owner, "") for f in figures), mode=0o600)


def write_consolidated_csv(data: list[CounsellorFigures], out: Path) -> None:
    rows = (_csv_row(f, d.counsellor, d.device_id) for d in data for f in d.figures)
    write_atomic(Path(out), _csv_bytes(rows), mode=0o600)
