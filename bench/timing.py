"""Repeat, take the median, keep the table rows."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Row:
    scale: str
    action: str
    figure: float
    unit: str
    baseline: float | None
    baseline_label: str
    target: str = ""
    extra: str = ""

    @property
    def ratio(self) -> str:
        if not self.baseline:
            return "–"
        return f"{self.figure / self.baseline:.1f}×"


def median_seconds(action: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """Median wall time of `action` over `repeat` runs, after `warmup` unmeasured runs."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def markdown(rows: list[Row]) -> str:
    lines = [
        "| scale | action | figure (median) | baseline in the same run | ratio | target | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        base = f"{fmt(r.baseline, r.unit)} ({r.baseline_label})" if r.baseline_label else "–"
        lines.append(
            f"| {r.scale} | {r.action} | {fmt(r.figure, r.unit)} | {base} | {r.ratio} "
            f"| {r.target} | {r.extra} |"
        )
    return "\n".join(lines)
