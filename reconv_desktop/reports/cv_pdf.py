"""The printed CV: A4, embedded Unicode fonts, two layouts ("classique" one column,
"moderne" with a coloured sidebar), and a warning when the text does not fit on one page.
The worker's photo is printed only when the draft's photo option is on (off by default).

Pure function of the draft's content: the editor's live preview and the export call the
same `render_cv`, so what the counsellor sees is what the employer gets.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reconv_desktop.domain.cv import (
    CV_LEVELS,
    SECTION_TITLES,
    SIDEBAR_SECTIONS,
    CvContent,
    CvTemplate,
)
from reconv_desktop.domain.cv_photo import CvPhoto
from reconv_desktop.domain.cv_text import format_period, visible_sections
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from reconv_desktop.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from reconv_desktop.reports.layout import LIGHT, MUTED, PRIMARY, RULE, SLASH_BETWEEN_LETTERS, para

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
SIDEBAR_W = 64 * mm
SIDEBAR_PAD = 7 * mm
# Passport-like proportions: a portrait fits the box, a landscape picture gets its width.
PHOTO_BOX = {CvTemplate.CLASSIC: (25 * mm, 31 * mm), CvTemplate.MODERN: (34 * mm, 42 * mm)}
PHOTO_GAP = 6 * mm
CONTACT_LABELS = LabelTable(
    {
        "email": QT_TRANSLATE_NOOP("cv", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("cv", "Tél."),
        "city": QT_TRANSLATE_NOOP("cv", "Localité"),
        "address": QT_TRANSLATE_NOOP("cv", "Adresse"),
        "birth_date": QT_TRANSLATE_NOOP("cv", "Né·e le"),
    }
)


@dataclass(frozen=True, slots=True)
class RenderedCv:
    """The PDF bytes, their page count, and what the counsellor should know (French)."""

    pdf: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)


def _styles(sidebar: bool = False) -> dict[str, ParagraphStyle]:
    register_fonts()
    ink = colors.HexColor("#1B1F24")
    body = ParagraphStyle(
        "cv_body", fontName=FONT, fontSize=9.5, leading=12.8, textColor=ink, splitLongWords=1
    )
    side = ParagraphStyle("cv_side", parent=body, fontSize=8.8, leading=11.8)
    base = side if sidebar else body
    return {
        "body": base,
        "muted": ParagraphStyle("cv_muted", parent=base, fontName=FONT_ITALIC, textColor=MUTED),
        "strong": ParagraphStyle("cv_strong", parent=base, fontName=FONT_BOLD),
        "right": ParagraphStyle("cv_right", parent=base, alignment=2, textColor=MUTED),
        "bullet": ParagraphStyle(
            "cv_bullet", parent=base, leftIndent=10, bulletIndent=2, spaceBefore=0.5
        ),
        "name": ParagraphStyle(
            "cv_name", parent=body, fontName=FONT_BOLD, fontSize=22, leading=26, textColor=PRIMARY
        ),
        "headline": ParagraphStyle(
            "cv_headline", parent=body, fontSize=12.5, leading=16, textColor=MUTED, spaceBefore=2
        ),
        "h": ParagraphStyle(
            "cv_h",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5 if sidebar else 11.5,
            leading=14,
            textColor=PRIMARY,
            spaceBefore=10,
            spaceAfter=1,
            keepWithNext=1,
        ),
    }


def _heading(key: str, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    return [
        Paragraph(SECTION_TITLES[key].upper(), st["h"]),
        HRFlowable(width=width, thickness=0.7, color=RULE, spaceBefore=1, spaceAfter=4),
    ]


def _description(text: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(("- ", "• ", "* ")):
            bullet = para(line[2:].strip(), st["bullet"])
            bullet.bulletText = "•"
            out.append(bullet)
        elif line:
            out.append(para(line, st["body"]))
    return out


def _dated_row(left: Flowable, period: str, st: dict, width: float) -> Flowable:
    if not period:
        return left
    style = st["right"]
    period_w = stringWidth(period, style.fontName, style.fontSize) + 3 * mm
    table = Table([[left, para(period, st["right"])]], colWidths=[width - period_w, period_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _section(
    content: CvContent, key: str, st: dict, width: float, columns: int = 1
) -> list[Flowable]:
    """The flowables of one section, heading included; short-item lists in `columns`."""
    body: list = []  # flowables, or lists of flowables that stay together
    if key == "summary":
        body = [para(line, st["body"]) for line in content.summary.split("\n\n") if line.strip()]
    elif key == "experiences":
        for e in content.experiences:
            head = f"<b>{_esc(e.role)}</b>" + (f" — {_esc(e.employer)}" if e.employer else "")
            item = [
                _dated_row(Paragraph(head, st["body"]), format_period(e.start, e.end), st, width)
            ]
            item += [*_description(e.description, st), Spacer(1, 4)]
            body.append(item)
    elif key == "education":
        for edu in content.education:
            head = f"<b>{_esc(edu.title)}</b>" + (
                f" — {_esc(edu.institution)}" if edu.institution else ""
            )
            item = [_dated_row(Paragraph(head, st["body"]), edu.year, st, width)]
            item += [*_description(edu.note, st), Spacer(1, 3)]
            body.append(item)
    elif key == "skills":
        for s in content.skills:
            level = (
                f' <font color="#5A6675">· {CV_LEVELS[s.level]}</font>'
                if s.level in CV_LEVELS
                else ""
            )
            body.append(Paragraph(_esc(s.label) + level, st["bullet"], bulletText="•"))
    elif key == "qualities":
        body = [para(q, st["bullet"]) for q in content.qualities]
        for p in body:
            p.bulletText = "•"
    elif key == "languages":
        body = [
            Paragraph(
                f"<b>{_esc(x.language)}</b>" + (f" : {_esc(x.fluency)}" if x.fluency else ""),
                st["body"],
            )
            for x in content.languages
        ]
    elif key == "licences":
        parts = (
            [translate("cv", "Permis {codes}").format(codes=", ".join(content.licences))]
            if content.licences
            else []
        )
        notes = [line.strip() for line in content.licence_note.splitlines() if line.strip()]
        if parts and notes:  # "Permis B · véhicule personnel" reads as one fact
            notes[0] = notes[0][:1].lower() + notes[0][1:]
        if parts or notes:
            body.append(para(" · ".join(parts + notes), st["body"]))
    elif key == "interests":
        for i in content.interests:
            text = f"<b>{_esc(i.label)}</b>" + (f" : {_esc(i.detail)}" if i.detail else "")
            body.append(Paragraph(text, st["bullet"], bulletText="•"))
    if columns > 1 and key in ("skills", "qualities") and len(body) > 3:
        body = [_columns(body, columns, width)]
    groups = [b if isinstance(b, list) else [b] for b in body]
    if not groups:
        return []
    # Each group stays on one page; the heading never ends a page without its first item.
    return [_kept(_heading(key, st, width) + groups[0])] + [_kept(g) for g in groups[1:]]


def _columns(items: list[Flowable], columns: int, width: float) -> Table:
    """Short items side by side, filled column by column (read top to bottom)."""
    per_column = -(-len(items) // columns)
    cols = [items[i * per_column : (i + 1) * per_column] for i in range(columns)]
    rows = [[col[r] if r < len(col) else "" for col in cols] for r in range(per_column)]
    table = Table(rows, colWidths=[width / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _kept(group: list[Flowable]) -> Flowable:
    return group[0] if len(group) == 1 else KeepTogether(group)


def _esc(text: str) -> str:
    """Escaped for a Paragraph; a slash between words gets spaces so narrow columns can
    break there ("plombier / plombière") instead of inside a word."""
    return SLASH_BETWEEN_LETTERS.sub(" / ", escape(text or ""))


def _photo(photo: CvPhoto, template: CvTemplate, align: Literal["CENTER", "RIGHT"]) -> Image:
    """The photo scaled into its template's box, proportions kept."""
    box_w, box_h = PHOTO_BOX[template]
    width, height = ImageReader(io.BytesIO(photo.data)).getSize()
    scale = min(box_w / width, box_h / height)
    image = Image(io.BytesIO(photo.data), width=width * scale, height=height * scale)
    image.hAlign = align
    return image


def _with_photo(header: list[Flowable], photo: Image, width: float) -> Flowable:
    """The header's text on the left, the photo at its top right."""
    photo_w = photo.drawWidth + PHOTO_GAP
    table = Table([[header, photo]], colWidths=[width - photo_w, photo_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _identity(
    content: CvContent,
    st: dict,
    with_contacts: bool,
    photo: Image | None = None,
    width: float = 0.0,
) -> list[Flowable]:
    ident = content.identity_lines()
    out: list[Flowable] = [para(ident.get("name", ""), st["name"])]
    if ident.get("headline"):
        out.append(para(ident["headline"], st["headline"]))
    if with_contacts:
        contacts = [
            ident[k] for k in ("phone", "email", "address", "city", "birth_date") if k in ident
        ]
        if "address" in ident and "city" in ident and ident["city"] in ident["address"]:
            contacts.remove(ident["city"])
        if "birth_date" in ident:
            contacts[-1] = translate("cv", "né·e le {birth_date}").format(
                birth_date=ident["birth_date"]
            )
        if contacts:
            out.append(Spacer(1, 3))
            out.append(para("   ·   ".join(contacts), st["body"]))
    if photo is not None:
        out = [_with_photo(out, photo, width)]
    out.append(HRFlowable(width="100%", thickness=1.4, color=PRIMARY, spaceBefore=6, spaceAfter=2))
    return out


def _sidebar_contacts(content: CvContent, st: dict) -> list[Flowable]:
    ident = content.identity_lines()
    rows = [
        (CONTACT_LABELS[k], ident[k])
        for k in ("phone", "email", "address", "city", "birth_date")
        if k in ident
    ]
    if "address" in ident and "city" in ident and ident["city"] in ident["address"]:
        rows = [r for r in rows if r[0] != CONTACT_LABELS["city"]]
    if not rows:
        return []
    out: list[Flowable] = [
        Paragraph(translate("cv", "CONTACT"), st["h"]),
        HRFlowable(width="100%", thickness=0.7, color=RULE, spaceBefore=1, spaceAfter=4),
    ]
    for label, value in rows:
        out.append(Paragraph(f'<font color="#5A6675" size="7.5">{label}</font>', st["body"]))
        out.append(para(value, st["body"]))
        out.append(Spacer(1, 2))
    return out


def render_cv(
    content: CvContent, template: CvTemplate | str, title: str = "", photo: CvPhoto | None = None
) -> RenderedCv:
    """The CV as PDF bytes with its page count and fitting warnings; `photo` is printed only
    when the content's photo option is on."""
    template = CvTemplate(template)
    shown = photo if content.photo else None
    buffer = io.BytesIO()
    name = content.identity.get("name", "")
    meta = {
        "title": title or translate("cv", "CV — {target}").format(target=name),
        "author": name,
        "subject": translate("cv", "Curriculum vitae"),
        "creator": "Reconv Desktop",
    }
    warnings: list[str] = []
    if template == CvTemplate.CLASSIC:
        pages = _build_classic(buffer, content, meta, shown)
    else:
        pages = _build_modern(buffer, content, meta, warnings, shown)
    if pages > 1:
        warnings.insert(
            0,
            translate(
                "cv",
                "Le CV tient sur {pages} pages : raccourcissez les rubriques les plus "
                "longues ou masquez-en une pour tenir sur une page.",
            ).format(pages=pages),
        )
    return RenderedCv(buffer.getvalue(), pages, warnings)


def _build_classic(
    buffer: io.BytesIO, content: CvContent, meta: dict, photo: CvPhoto | None
) -> int:
    st = _styles()
    width = PAGE_W - 2 * MARGIN
    frame = Frame(
        MARGIN,
        MARGIN,
        width,
        PAGE_H - 2 * MARGIN,
        id="main",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        buffer, pagesize=A4, pageTemplates=[PageTemplate("page", [frame])], **meta
    )
    image = _photo(photo, CvTemplate.CLASSIC, "RIGHT") if photo else None
    story = _identity(content, st, with_contacts=True, photo=image, width=width)
    for key in visible_sections(content):
        story += _section(content, key, st, width, columns=2)
    doc.build(story)
    return doc.page


def _build_modern(
    buffer: io.BytesIO,
    content: CvContent,
    meta: dict,
    warnings: list[str],
    photo: CvPhoto | None,
) -> int:
    st, side_st = _styles(), _styles(sidebar=True)
    main_x = SIDEBAR_W + 9 * mm
    main_w = PAGE_W - main_x - MARGIN
    side_w = SIDEBAR_W - 2 * SIDEBAR_PAD
    side_h = PAGE_H - 2 * MARGIN
    sidebar: list[Flowable] = []
    if photo is not None:
        sidebar += [_photo(photo, CvTemplate.MODERN, "CENTER"), Spacer(1, 2 * mm)]
    sidebar += _sidebar_contacts(content, side_st)
    main: list[Flowable] = _identity(content, st, with_contacts=False)
    for key in visible_sections(content):
        if key in SIDEBAR_SECTIONS:
            sidebar += _section(content, key, side_st, side_w)
        else:
            main += _section(content, key, st, main_w)
    # What fits in the first page's sidebar is drawn there; the rest follows the main column
    # (never lost), and the counsellor is told. A heading moves with its first item.
    # (KeepTogether keeps its flowables in `_content`, which types-reportlab does not declare.)
    groups = [
        list(f._content) if isinstance(f, KeepTogether) else [f]  # type: ignore[attr-defined]
        for f in sidebar
    ]
    fitting: list[Flowable] = []
    used = 0.0
    for i, group in enumerate(groups):
        height = sum(
            f.wrap(side_w, side_h)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in group
        )
        if used + height > side_h:
            main += [f for g in groups[i:] for f in g]
            warnings.append(
                translate(
                    "cv",
                    "La colonne de gauche déborde : la fin des rubriques de gauche "
                    "passe dans la colonne principale.",
                )
            )
            break
        fitting.extend(group)
        used += height

    def background(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(LIGHT)
        canvas.rect(0, 0, SIDEBAR_W, PAGE_H, stroke=0, fill=1)
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()
        if doc.page == 1:
            frame = Frame(
                SIDEBAR_PAD,
                MARGIN,
                side_w,
                side_h,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            frame.addFromList(list(fitting), canvas)

    frame = Frame(
        main_x,
        MARGIN,
        main_w,
        PAGE_H - 2 * MARGIN,
        id="main",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        **meta,
        pageTemplates=[PageTemplate("page", [frame], onPage=background)],
    )
    doc.build(main)
    return doc.page


def write_cv_pdf(store: Store, draft_id: str, out: Path) -> RenderedCv:
    """Print a draft to `out` (atomic write, owner-only permissions)."""
    draft = store.cv_drafts.get(draft_id)
    photo = store.cv_drafts.printed_photo(draft)
    rendered = render_cv(draft.content, draft.template, draft.title, photo)
    write_atomic(Path(out), rendered.pdf, mode=0o600)
    return rendered
