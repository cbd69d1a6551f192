"""The printed skills assessment (bilan de compétences): what the worker takes home and shows
to employers and training bodies. A4, French, fonts embedded, "page x / y" on every page.

Long free texts flow: every table cell is a Paragraph, tables repeat their header and split
by row (and inside a row when a single row is taller than a page).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reconv_desktop.domain.models import Cell, Worker
from reconv_desktop.domain.skill_audit import AuditSkill, SkillAudit, SkillLevel
from reconv_desktop.errors import NotFoundError
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate, translated
from reconv_desktop.reports.layout import (
    LIGHT,
    PRIMARY,
    RULE,
    FitBar,
    LevelBar,
    numbered_canvas,
    para,
    styles,
)

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

Progress = Callable[[int, int, str], None]

SECTION_TITLES = (
    QT_TRANSLATE_NOOP("assessment", "Parcours professionnel"),
    QT_TRANSLATE_NOOP("assessment", "Formation et certificats"),
    QT_TRANSLATE_NOOP("assessment", "Compétences"),
    QT_TRANSLATE_NOOP("assessment", "Compétences transférables et savoir-être"),
    QT_TRANSLATE_NOOP("assessment", "Centres d'intérêt et contraintes"),
    QT_TRANSLATE_NOOP("assessment", "Métiers visés"),
    QT_TRANSLATE_NOOP("assessment", "Plan d'action"),
    QT_TRANSLATE_NOOP("assessment", "Synthèse"),
    QT_TRANSLATE_NOOP("assessment", "Signatures"),
)
FRAME_WIDTH = A4[0] - 36 * mm
MAX_LISTED = 8  # skills listed per target occupation before "et N autre(s)"
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "assessment", "Confidentiel — bilan de {name}, à ne diffuser qu'avec son accord."
)


@dataclass(frozen=True, slots=True)
class AssessmentData:
    """Everything printed: the worker, their cell, the counsellor and one audit."""

    worker: Worker
    cell: Cell | None
    counsellor: str
    audit: SkillAudit
    printed_on: date
    include_health: bool = False  # health details are not for employers unless asked


def assessment_data(
    store: Store,
    worker_id: str,
    audit_id: str | None = None,
    printed_on: date | None = None,
    include_health: bool = False,
) -> AssessmentData:
    """Gather what the assessment prints; the worker's current audit unless one is named."""
    worker = store.workers.get(worker_id)
    audit = store.skill_audits.get(audit_id) if audit_id else store.skill_audits.current(worker_id)
    if audit is None or audit.worker_id != worker_id:
        raise NotFoundError(
            translate(
                "assessment",
                "Aucun bilan de compétences pour {display_name} : commencez-en un d'abord.",
            ).format(display_name=worker.display_name),
            "no_audit",
        )
    cell = store.cells.get(worker.cell_id) if worker.cell_id else None
    counsellor = audit.counsellor or store.meta("owner_name") or ""
    return AssessmentData(
        worker, cell, counsellor, audit, printed_on or date.today(), include_health
    )


def write_assessment_pdf(
    store: Store,
    worker_id: str,
    out: Path,
    audit_id: str | None = None,
    include_health: bool = False,
    progress: Progress | None = None,
) -> int:
    """Print the worker's assessment to `out` (atomic write); return the page count."""
    data = assessment_data(store, worker_id, audit_id, include_health=include_health)
    pdf, pages = render_assessment(data, progress)
    write_atomic(Path(out), pdf, mode=0o600)
    return pages


def render_assessment(data: AssessmentData, progress: Progress | None = None) -> tuple[bytes, int]:
    """The assessment as PDF bytes, with its number of pages."""
    st = styles()
    buffer = io.BytesIO()
    name = f"{data.worker.given_name} {data.worker.family_name}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title=translate("assessment", "Bilan de compétences — {name}").format(name=name),
        author=data.counsellor,
        subject=translate("assessment", "Bilan de compétences"),
        creator="Reconv Desktop",
    )
    if progress:
        progress(0, 2, translate("assessment", "Mise en page du bilan"))
    story = _story(data, st)
    pages: list[int] = []
    doc.build(
        story, canvasmaker=numbered_canvas(translated(CONFIDENTIAL).format(name=name), pages.append)
    )
    if progress:
        progress(2, 2, translate("assessment", "Bilan prêt"))
    return buffer.getvalue(), pages[0] if pages else 0


# --- story -----------------------------------------------------------------------------------


def _story(data: AssessmentData, st: dict) -> list[Flowable]:
    audit = data.audit
    # (title, content, room wanted before the title so it does not sit alone at a page bottom)
    sections = [
        (_career(audit, st), 30),
        (_education(audit, st), 30),
        (_skills(audit, st), 45),
        (
            _skill_table(
                audit.transferable_skills,
                st,
                translate("assessment", "Aucune compétence transférable notée."),
            ),
            45,
        ),
        (_interests(data, st), 40),
        (_targets(audit, st), 55),
        (_plan(audit, st), 40),
        (
            _paragraphs(
                audit.synthesis, st, translate("assessment", "Synthèse à rédiger avec la personne.")
            ),
            30,
        ),
    ]
    story = _cover(data, st)
    for number, (title, (content, room)) in enumerate(
        zip(SECTION_TITLES[:-1], sections, strict=True), start=1
    ):
        heading = f"{number}. {translated(title)}"
        story += [CondPageBreak(room * mm), para(heading, st["h1"]), *content]
    story.append(_signatures(data, st, f"{len(sections) + 1}. {translated(SECTION_TITLES[-1])}"))
    return story


def _cover(data: AssessmentData, st: dict) -> list[Flowable]:
    audit, worker = data.audit, data.worker
    cell = data.cell
    cell_text = (
        cell.name
        + (f" ({cell.company})" if cell and cell.company and cell.company not in cell.name else "")
        if cell
        else "—"
    )
    period = translate("assessment", "commencé le {date}").format(date=_d(audit.started_on))
    if audit.closed_on:
        period = translate("assessment", "commencé le {start}, clôturé le {end}").format(
            start=_d(audit.started_on), end=_d(audit.closed_on)
        )
    rows = [
        (translate("assessment", "Personne accompagnée"), worker.display_name),
        (translate("assessment", "Cellule de reconversion"), cell_text),
        (translate("assessment", "Conseiller·e"), data.counsellor or "—"),
        (translate("assessment", "Bilan"), f"{audit.title} — {period}"),
        (translate("assessment", "Document édité le"), _d(data.printed_on)),
    ]
    table = Table(
        [[para(k, st["muted"]), para(v, st["body"])] for k, v in rows],
        colWidths=[50 * mm, FRAME_WIDTH - 50 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    summary = translate(
        "assessment",
        "{experiences} expérience(s) professionnelle(s), {education} formation(s) ou "
        "certificat(s), {skills} compétence(s) évaluée(s), {targets} métier(s) visé(s), "
        "{steps} étape(s) au plan d'action.",
    ).format(
        experiences=len(audit.experiences),
        education=len(audit.education),
        skills=len(audit.skills),
        targets=len(audit.targets),
        steps=len(audit.plan),
    )
    legend = Table(
        [
            [LevelBar(int(lvl)), para(f"{int(lvl)} — {lvl.label}", st["small"])]
            for lvl in SkillLevel
        ],
        colWidths=[22 * mm, 90 * mm],
        hAlign="LEFT",
    )
    legend.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [
        Spacer(1, 30 * mm),
        para(translate("assessment", "Bilan de compétences"), st["title"]),
        para(worker.display_name, st["subtitle"]),
        table,
        Spacer(1, 10 * mm),
        para(
            translate(
                "assessment",
                "Ce document récapitule le parcours, les compétences, les pistes de métiers et le "
                "plan d'action établis ensemble au cours du bilan. {summary}",
            ).format(summary=summary),
            st["body"],
        ),
        Spacer(1, 8 * mm),
        para(translate("assessment", "Lecture des niveaux de maîtrise"), st["h2"]),
        legend,
        PageBreak(),
    ]


def _grid(
    header: list[str], rows: list[list], widths_mm: list[float], st: dict, empty: str
) -> list[Flowable]:
    """A table with a coloured header row repeated on each page, or a line saying it is empty."""
    if not rows:
        return [para(empty, st["muted"])]
    total = sum(widths_mm)
    widths = [FRAME_WIDTH * w / total for w in widths_mm]
    table = Table(
        [[para(h, st["cell_head"]) for h in header], *rows],
        colWidths=widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [table]


def _career(audit: SkillAudit, st: dict) -> list[Flowable]:
    rows = []
    for job in audit.experiences:
        start = _d(job.start_date, month=True) if job.start_date else "?"
        end = (
            _d(job.end_date, month=True) if job.end_date else translate("assessment", "aujourd'hui")
        )
        where = job.employer + (f" — {job.sector}" if job.sector else "")
        rows.append(
            [
                para(f"{start} – {end}", st["small"]),
                [para(job.role, st["strong"]), para(where, st["small"])],
                para(job.tasks or "—", st["body"]),
            ]
        )
    return _grid(
        [
            translate("assessment", "Période"),
            translate("assessment", "Fonction et employeur"),
            translate("assessment", "Tâches et responsabilités"),
        ],
        rows,
        [24, 52, 98],
        st,
        translate("assessment", "Aucune expérience professionnelle renseignée."),
    )


def _education(audit: SkillAudit, st: dict) -> list[Flowable]:
    rows = [
        [
            para(str(e.obtained_on.year) if e.obtained_on else "—", st["small"]),
            [para(e.title, st["body"]), para(e.kind.label, st["small"])],
            para(" — ".join(x for x in (e.institution, e.note) if x) or "—", st["body"]),
        ]
        for e in audit.education
    ]
    return _grid(
        [
            translate("assessment", "Année"),
            translate("assessment", "Intitulé"),
            translate("assessment", "Établissement et remarques"),
        ],
        rows,
        [16, 70, 88],
        st,
        translate("assessment", "Aucune formation renseignée."),
    )


def _skills(audit: SkillAudit, st: dict) -> list[Flowable]:
    technical = [s for s in audit.skills if not s.transferable]
    groups = (
        (
            translate("assessment", "Savoir-faire"),
            [s for s in technical if s.skill_type != "knowledge"],
        ),
        (
            translate("assessment", "Connaissances"),
            [s for s in technical if s.skill_type == "knowledge"],
        ),
    )
    out: list[Flowable] = []
    for title, skills in groups:
        if skills:
            out += [para(title, st["h2"]), *_skill_table(tuple(skills), st, "")]
    return out or [para(translate("assessment", "Aucune compétence technique notée."), st["muted"])]


def _skill_table(skills: tuple[AuditSkill, ...], st: dict, empty: str) -> list[Flowable]:
    rows = [
        [
            para(s.label, st["body"]),
            [LevelBar(int(s.level)), Spacer(1, 1.2 * mm), para(s.level.label, st["small"])],
            para(s.source.label, st["small"]),
            para(s.evidence or "—", st["small"]),
        ]
        for s in skills
    ]
    return _grid(
        [
            translate("assessment", "Compétence"),
            translate("assessment", "Niveau"),
            translate("assessment", "Source"),
            translate("assessment", "Preuve, observation"),
        ],
        rows,
        [60, 36, 20, 58],
        st,
        empty,
    )


def _interests(data: AssessmentData, st: dict) -> list[Flowable]:
    audit, c = data.audit, data.audit.constraints
    out: list[Flowable] = [para(translate("assessment", "Centres d'intérêt"), st["h2"])]
    if audit.interests:
        out += [
            para(f"• {i.label}" + (f" : {i.detail}" if i.detail else ""), st["body"])
            for i in audit.interests
        ]
    else:
        out.append(para(translate("assessment", "Non renseignés."), st["muted"]))
    mobility = []
    if c.max_commute_minutes is not None:
        mobility.append(
            translate("assessment", "trajet de {minutes} min au plus").format(
                minutes=c.max_commute_minutes
            )
        )
    if c.public_transport_only:
        mobility.append(translate("assessment", "en transports en commun"))
    if c.has_vehicle:
        mobility.append(translate("assessment", "dispose d'un véhicule"))
    health = "—"
    if c.health_restrictions:
        health = (
            c.health_restrictions
            if data.include_health
            else (translate("assessment", "À aborder avec la personne (non imprimé)."))
        )
    rows = [
        (translate("assessment", "Mobilité"), ", ".join(mobility) or "—"),
        (
            translate("assessment", "Permis de conduire"),
            ", ".join(c.driving_licences) or translate("assessment", "aucun"),
        ),
        (translate("assessment", "Horaires"), c.hours.label),
        (translate("assessment", "Restrictions de santé"), health),
        (translate("assessment", "Autres contraintes"), c.other or "—"),
    ]
    table = Table(
        [[para(k, st["muted"]), para(v, st["body"])] for k, v in rows],
        colWidths=[45 * mm, FRAME_WIDTH - 45 * mm],
        splitByRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE)]
        )
    )
    return [*out, para(translate("assessment", "Contraintes"), st["h2"]), table]


def _targets(audit: SkillAudit, st: dict) -> list[Flowable]:
    rows = []
    for t in audit.targets:
        essential = [g.label for g in t.missing if g.essential]
        optional = [g.label for g in t.missing if not g.essential]
        gaps: list[Flowable] = []
        if essential:
            gaps.append(
                para(
                    translate("assessment", "Essentiel : {skills}").format(
                        skills=_listing(essential)
                    ),
                    st["small"],
                )
            )
        if optional:
            gaps.append(
                para(
                    translate("assessment", "Souhaitable : {skills}").format(
                        skills=_listing(optional)
                    ),
                    st["small"],
                )
            )
        fit = [para(f"{round(t.fit * 100)}\u00a0%", st["strong"]), FitBar(t.fit, width=16 * mm)]
        label = [para(t.occupation_label, st["strong"])]
        if t.note:
            label.append(para(t.note, st["small"]))
        rows.append(
            [
                label,
                fit,
                para(_listing([g.label for g in t.matched]) or "—", st["small"]),
                gaps or para(translate("assessment", "Aucun écart repéré"), st["small"]),
            ]
        )
    return _grid(
        [
            translate("assessment", "Métier"),
            translate("assessment", "Adéquation"),
            translate("assessment", "Atouts"),
            translate("assessment", "À acquérir"),
        ],
        rows,
        [50, 23, 49, 52],
        st,
        translate("assessment", "Aucun métier visé pour l'instant."),
    )


def _listing(labels: list[str], limit: int = MAX_LISTED) -> str:
    shown = ", ".join(labels[:limit])
    if len(labels) <= limit:
        return shown
    return translate("assessment", "{shown} et {n} autre(s)").format(
        shown=shown, n=len(labels) - limit
    )


def _plan(audit: SkillAudit, st: dict) -> list[Flowable]:
    rows = [
        [
            para(str(i), st["small"]),
            para(s.step, st["body"]),
            para(s.owner.label, st["small"]),
            para(_d(s.deadline) if s.deadline else "—", st["small"]),
            para(s.status.label, st["small"]),
        ]
        for i, s in enumerate(audit.plan, start=1)
    ]
    return _grid(
        [
            translate("assessment", "N°"),
            translate("assessment", "Étape"),
            translate("assessment", "Responsable"),
            translate("assessment", "Échéance"),
            translate("assessment", "Statut"),
        ],
        rows,
        [10, 90, 30, 22, 20],
        st,
        translate("assessment", "Plan d'action à construire."),
    )


def _paragraphs(text: str, st: dict, empty: str) -> list[Flowable]:
    blocks = [b.strip() for b in (text or "").split("\n\n") if b.strip()]
    if not blocks:
        return [para(empty, st["muted"])]
    return [item for b in blocks for item in (para(b, st["body"]), Spacer(1, 2 * mm))]


def _signatures(data: AssessmentData, st: dict, title: str) -> Flowable:
    box: list[list[Flowable | str]] = [
        [
            para(translate("assessment", "La personne accompagnée"), st["h2"]),
            para(translate("assessment", "Le ou la conseiller·e"), st["h2"]),
        ],
        [para(data.worker.display_name, st["body"]), para(data.counsellor or " ", st["body"])],
        [
            para(translate("assessment", "Date et signature :"), st["small"]),
            para(translate("assessment", "Date et signature :"), st["small"]),
        ],
        ["", ""],
    ]
    table = Table(box, colWidths=[FRAME_WIDTH / 2] * 2, rowHeights=[None, None, None, 25 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, -1), 0.5, RULE),
                ("BOX", (1, 0), (1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    note = para(
        translate(
            "assessment",
            "Les deux signataires attestent que ce bilan a été établi ensemble. La personne "
            "accompagnée reste seule juge de sa diffusion.",
        ),
        st["small"],
    )
    return KeepTogether([para(title, st["h1"]), note, Spacer(1, 3 * mm), table])


def _d(day: date, month: bool = False) -> str:
    return day.strftime("%m/%Y") if month else day.strftime("%d/%m/%Y")
