"""Skills assessment PDF against a plain reportlab document of the same text."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from bench.timing import Row, median_seconds
from reconv_desktop.demo.skill_audits import fill_demo_audits
from reconv_desktop.reports.assessment import _story, assessment_data, write_assessment_pdf
from reconv_desktop.reports.layout import styles
from reconv_desktop.store.store import Store


def _texts(flowables: list) -> list[str]:
    """Every paragraph and table cell text of the story, in order."""
    out: list[str] = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(f.text)
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    out.extend(_texts(cell if isinstance(cell, list) else [cell]))
        elif isinstance(cell_text := getattr(f, "text", None), str):
            out.append(cell_text)
        elif hasattr(f, "_content"):
            out.extend(_texts(f._content))
    return out


def _plain_pdf(texts: list[str]) -> bytes:
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(t, style) for t in texts])
    return buffer.getvalue()


def assessment_pdf(store: Store, repeat: int) -> Row:
    """Print one demo worker's assessment (gather + lay out + write)."""
    fill_demo_audits(store, 3, seed=8)
    worker_id = store.conn.execute(
        "SELECT worker_id FROM skill_audit WHERE deleted = 0 ORDER BY seq LIMIT 1"
    ).fetchone()[0]
    out = Path(tempfile.mkdtemp(prefix="reconv-bench-pdf-")) / "bilan.pdf"
    pages: list[int] = []
    figure = median_seconds(
        lambda: pages.append(write_assessment_pdf(store, worker_id, out)), repeat
    )
    texts = _texts(_story(assessment_data(store, worker_id), styles()))
    baseline = median_seconds(lambda: _plain_pdf(texts), repeat)
    size = out.stat().st_size
    out.unlink()
    out.parent.rmdir()
    return Row(
        "demo audit",
        f"skills assessment PDF ({pages[-1]} pages)",
        figure * 1000,
        "ms",
        baseline * 1000,
        "plain reportlab, same text",
        target="< 500 ms",
        extra=f"{size / 1024:.0f} KB, {len(texts)} text blocks",
    )
