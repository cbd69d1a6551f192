"""Bar charts of the monthly indicators (QtCharts): one bar per indicator, one set per series.

Bars are horizontal so the indicators' French labels read whole on the left axis.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from reconv_desktop.gui.kit import styles
from reconv_desktop.sync.indicators import INDICATORS

# Same colours as the reportlab chart of the PDF, so screen and paper look alike.
SERIES_COLOURS = styles.SERIES


class IndicatorChart(QChartView):
    """Totals per indicator (`sync.indicators.totals`) for one or several series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setAccessibleName(self.tr("Graphique des indicateurs"))
        self.values: dict[str, dict[str, int]] = {}
        self.set_totals({})

    def set_totals(self, series: dict[str, dict[str, tuple[int, int]]]) -> None:
        """`series` maps a name to {indicator: (shown total, masked count)}."""
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setVisible(len(series) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        indicators = [
            code for code in INDICATORS if any(code in totals for totals in series.values())
        ]
        self.values = {
            name: {code: totals.get(code, (0, 0))[0] for code in indicators}
            for name, totals in series.items()
        }
        if not indicators:
            chart.setTitle(self.tr("Aucun chiffre pour ce mois"))
            self.setChart(chart)
            return
        bars = QHorizontalBarSeries()
        # Horizontal bars draw bottom-up: reverse so the first indicator is on top.
        shown = list(reversed(indicators))
        for number, (name, values) in enumerate(self.values.items()):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]))
            bar_set.append([float(values[code]) for code in shown])
            bar_set.setLabelColor(QColor(styles.TEXT))
            bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        categories = QBarCategoryAxis()
        # "(par type)" and the like are in the table; the axis keeps the short name.
        categories.append([INDICATORS[code].split(" (")[0] for code in shown])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(categories)
        axis = QValueAxis()
        top = max([v for values in self.values.values() for v in values.values()] + [1])
        axis.setRange(0, top * 1.15)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%d")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis)
        self.setChart(chart)
