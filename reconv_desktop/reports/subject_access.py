"""The subject access document: everything the vault holds about one person, for that person.

Built from `store.rights.subject_access_data` (the same content as the JSON export), laid
out for reading: identity and consent first, then one section per kind of record, then the
list of accesses to the file. Technical columns (clocks, device ids) are left out here; the
JSON keeps them.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from reconv_desktop.domain.workers import FIELD_LABELS
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from reconv_desktop.reports.layout import LIGHT, RULE, numbered_canvas, para, styles

TABLE_TITLES = LabelTable(
    {
        "worker": QT_TRANSLATE_NOOP("reports", "Identité et coordonnées"),
        "appointment": QT_TRANSLATE_NOOP("reports", "Rendez-vous"),
        "note": QT_TRANSLATE_NOOP("reports", "Notes de suivi"),
        "admin_step": QT_TRANSLATE_NOOP("reports", "Démarches administratives"),
        "action": QT_TRANSLATE_NOOP("reports", "Actions (formations, candidatures, stages)"),
        "outcome": QT_TRANSLATE_NOOP("reports", "Sorties"),
        "skill_audit": QT_TRANSLATE_NOOP("reports", "Bilans de compétences"),
        "audit_experience": QT_TRANSLATE_NOOP("reports", "Expériences professionnelles"),
        "audit_education": QT_TRANSLATE_NOOP("reports", "Formations et diplômes"),
        "audit_skill": QT_TRANSLATE_NOOP("reports", "Compétences"),
        "audit_target": QT_TRANSLATE_NOOP("reports", "Métiers visés"),
        "audit_plan_step": QT_TRANSLATE_NOOP("reports", "Plan d'action"),
    }
)
# Technical columns: in the JSON export, not in the document for the person.
HIDDEN = frozenset(
    {"id", "updated_at", "origin", "worker_id", "audit_id", "cell_id", "seq", "sort_key"}
)


def _label(column: str) -> str:
    return FIELD_LABELS.get(column, column.replace("_", " ").capitalize())


def _rights_notice(controller: str) -> str:
    if controller:
        text = translate(
            "reports",
            "Ce document répond à votre droit d'accès (article 15 du RGPD). Vous pouvez "
            "demander la rectification d'une donnée inexacte ou l'effacement de vos données "
            "à votre accompagnateur ou accompagnatrice ({controller}).",
        )
    else:
        text = translate(
            "reports",
            "Ce document répond à votre droit d'accès (article 15 du RGPD). Vous pouvez "
            "demander la rectification d'une donnée inexacte ou l'effacement de vos données "
            "à votre accompagnateur ou accompagnatrice.",
        )
    return text.format(controller=controller)


def _value(value: Any) -> str:
    if value is None or value == "":
        return ""
    return str(value)


def _record_table(row: dict[str, Any], st: dict[str, Any], width: float) -> Table:
    lines = []
    for column, value in row.items():
        if column in HIDDEN or column == "deleted":
            continue
        text = _value(value)
        if text:
            lines.append([para(_label(column), st["small"]), para(text, st["small"])])
    if row.get("deleted"):
        lines.append(
            [
                para(translate("reports", "État"), st["small"]),
                para(translate("reports", "supprimé (conservé jusqu'à effacement)"), st["small"]),
            ]
        )
    if not lines:
        lines = [
            [para("—", st["small"]), para(translate("reports", "(aucun contenu)"), st["small"])]
        ]
    table = Table(lines, colWidths=[width * 0.32, width * 0.68])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def render_subject_access(data: dict[str, Any]) -> bytes:
    """The PDF bytes of a subject access export."""
    st = styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=translate("reports", "Données personnelles — droit d'accès"),
    )
    width = doc.width
    generated = datetime.fromisoformat(data["generated_at"]).strftime("%d/%m/%Y")
    story: list[Any] = [
        para(translate("reports", "Vos données personnelles"), st["title"]),
        para(
            translate(
                "reports", "Copie de toutes les données vous concernant, établie le {generated}."
            ).format(generated=generated),
            st["subtitle"],
        ),
        para(_rights_notice(data.get("controller") or ""), st["body"]),
        Spacer(1, 4 * mm),
        para(translate("reports", "Consentement"), st["h1"]),
    ]
    consent = data["consent"]
    if consent["scope"] == "aucun" or not consent["given_on"]:
        story.append(para(translate("reports", "Aucun consentement enregistré."), st["body"]))
    else:
        given = datetime.fromisoformat(consent["given_on"]).strftime("%d/%m/%Y")
        if consent["recorded_by"]:
            text = translate("rights", "{scope} — donné le {date}, recueilli par {by}.")
        else:
            text = translate("rights", "{scope} — donné le {date}.")
        story.append(
            para(
                text.format(scope=consent["scope_label"], date=given, by=consent["recorded_by"]),
                st["body"],
            )
        )
    for table, rows in data["tables"].items():
        story.append(para(f"{TABLE_TITLES.get(table, _label(table))} ({len(rows)})", st["h1"]))
        for row in rows:
            story += [_record_table(row, st, width), Spacer(1, 2.5 * mm)]
    story.append(para(translate("reports", "Accès à votre dossier"), st["h1"]))
    if not data["journal"]:
        story.append(para(translate("reports", "Aucun accès enregistré."), st["body"]))
    for event in data["journal"]:
        when = event["at"].replace("T", " ")[:16]
        story.append(para(f"{when} — {event['label']} ({event['actor']})", st["small"]))
    canvas = numbered_canvas(translate("reports", "Données personnelles — droit d'accès"))
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()


def write_subject_access_pdf(data: dict[str, Any], out: Path) -> None:
    """Render and write the document atomically (owner-only permissions)."""
    write_atomic(Path(out), render_subject_access(data), mode=0o600)


def render_consent(record: Any, display_name: str, printed_on: datetime | None = None) -> bytes:
    """A one-page printable consent record (date, scope, by whom) to give or sign."""
    st = styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=translate("reports", "Consentement"),
    )
    printed = (printed_on or datetime.now()).strftime("%d/%m/%Y")
    story = [
        para(translate("reports", "Consentement au traitement des données"), st["title"]),
        para(display_name, st["subtitle"]),
        para(record.summary, st["body"]),
        Spacer(1, 8 * mm),
        para(
            translate(
                "reports", "Imprimé le {printed}. Le consentement peut être retiré à tout moment."
            ).format(printed=printed),
            st["muted"],
        ),
        Spacer(1, 20 * mm),
        Table(
            [
                [
                    para(translate("reports", "Signature de la personne"), st["small"]),
                    para(translate("reports", "Signature de l'accompagnateur·rice"), st["small"]),
                ]
            ],
            colWidths=[doc.width / 2] * 2,
            rowHeights=[30 * mm],
            style=[
                ("BOX", (0, 0), (0, 0), 0.5, colors.grey),
                ("BOX", (1, 0), (1, 0), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ],
        ),
    ]
    doc.build(story)
    return buffer.getvalue()
