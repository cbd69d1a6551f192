"""The CV as a Word document the worker can keep editing: real headings, real bulleted
lists and plain paragraphs (no text boxes, no tables for layout), French proofing language.
The photo, when the draft's option is on, is an ordinary picture above the name, on the right.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from reconv_desktop.domain.cv import CV_LEVELS, SECTION_TITLES, CvContent, CvTemplate
from reconv_desktop.domain.cv_photo import CvPhoto
from reconv_desktop.domain.cv_text import format_period, visible_sections
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import document_language, translate

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

# Calibri ships with Word and covers Vietnamese and Polish; LibreOffice maps it to Carlito.
FONT_NAME = "Calibri"
PHOTO_WIDTH = Mm(25)
COLOURS = {
    CvTemplate.CLASSIC: RGBColor(0x1F, 0x4E, 0x79),
    CvTemplate.MODERN: RGBColor(0x1F, 0x6E, 0x6B),
}


def _set_language(style, lang: str | None = None) -> None:
    lang = lang or document_language()
    rpr = style.element.get_or_add_rPr()
    node = rpr.find(qn("w:lang"))
    if node is None:
        node = rpr.makeelement(qn("w:lang"), {})
        rpr.append(node)
    node.set(qn("w:val"), lang)


def _prepare(doc, colour: RGBColor) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(18))
    section.top_margin = section.bottom_margin = Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)
    _set_language(normal)
    for name, size in (("Title", 24), ("Heading 1", 13), ("Heading 2", 11), ("Subtitle", 13)):
        style = doc.styles[name]
        style.font.name = FONT_NAME
        style.font.size = Pt(size)
        style.font.color.rgb = colour if name != "Subtitle" else RGBColor(0x5A, 0x66, 0x75)
        # East-Asian/complex-script slots too, or Word falls back to the theme font.
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT_NAME)
        rfonts.attrib.pop(qn("w:asciiTheme"), None)
        rfonts.attrib.pop(qn("w:hAnsiTheme"), None)
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(12)
    doc.styles["Heading 2"].paragraph_format.space_before = Pt(6)


def _lines(doc, text: str) -> None:
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(("- ", "• ", "* ")):
            doc.add_paragraph(line[2:].strip(), style="List Bullet")
        elif line:
            doc.add_paragraph(line)


def _dated_heading(doc, text: str, period: str) -> None:
    # The period on its own line below: a right-aligned tab wraps badly on long job titles.
    doc.add_heading(text, level=2)
    if period:
        p = doc.add_paragraph()
        run = p.add_run(period)
        run.italic = True
        run.font.size = Pt(9.5)
        run.font.color.rgb = RGBColor(0x5A, 0x66, 0x75)


def _section(doc, content: CvContent, key: str) -> None:
    doc.add_heading(SECTION_TITLES[key], level=1)
    if key == "summary":
        for paragraph in content.summary.split("\n\n"):
            doc.add_paragraph(" ".join(paragraph.split()))
    elif key == "experiences":
        for e in content.experiences:
            text = e.role + (f" — {e.employer}" if e.employer else "")
            _dated_heading(doc, text, format_period(e.start, e.end))
            _lines(doc, e.description)
    elif key == "education":
        for edu in content.education:
            p = doc.add_paragraph()
            p.add_run(edu.title).bold = True
            rest = ", ".join(x for x in (edu.institution, edu.year) if x)
            if rest:
                p.add_run(f" — {rest}")
            _lines(doc, edu.note)
    elif key == "skills":
        for s in content.skills:
            p = doc.add_paragraph(s.label, style="List Bullet")
            if s.level in CV_LEVELS:
                p.add_run(f" · {CV_LEVELS[s.level]}").italic = True
    elif key == "qualities":
        for q in content.qualities:
            doc.add_paragraph(q, style="List Bullet")
    elif key == "languages":
        for x in content.languages:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(x.language).bold = True
            if x.fluency:
                p.add_run(f" : {x.fluency}")
    elif key == "licences":
        parts = (
            [translate("cv", "Permis {codes}").format(codes=", ".join(content.licences))]
            if content.licences
            else []
        )
        notes = [line.strip() for line in content.licence_note.splitlines() if line.strip()]
        if parts and notes:
            notes[0] = notes[0][:1].lower() + notes[0][1:]
        if parts or notes:
            doc.add_paragraph(" · ".join(parts + notes))
    elif key == "interests":
        for i in content.interests:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(i.label).bold = True
            if i.detail:
                p.add_run(f" : {i.detail}")


def render_cv_docx(
    content: CvContent, template: CvTemplate | str, title: str = "", photo: CvPhoto | None = None
) -> bytes:
    """The CV as .docx bytes; `photo` is inserted only when the content's option is on."""
    template = CvTemplate(template)
    doc = Document()
    _prepare(doc, COLOURS[template])
    ident = content.identity_lines()
    doc.core_properties.title = title or translate("cv", "CV — {target}").format(
        target=ident.get("name", "")
    )
    doc.core_properties.author = ident.get("name", "")
    doc.core_properties.language = document_language()
    if content.photo and photo is not None:
        # An inline picture in its own paragraph: the worker can move, resize or delete it in
        # Word like any picture (a floating one hides behind text in LibreOffice).
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
        p.add_run().add_picture(io.BytesIO(photo.data), width=PHOTO_WIDTH)
    doc.add_paragraph(ident.get("name", ""), style="Title")
    if ident.get("headline"):
        doc.add_paragraph(ident["headline"], style="Subtitle")
    contacts = [ident[k] for k in ("phone", "email", "address", "city") if k in ident]
    if "address" in ident and "city" in ident and ident["city"] in ident["address"]:
        contacts.remove(ident["city"])
    if "birth_date" in ident:
        contacts.append(
            translate("cv", "né·e le {birth_date}").format(birth_date=ident["birth_date"])
        )
    if contacts:
        doc.add_paragraph("  ·  ".join(contacts))
    for key in visible_sections(content):
        _section(doc, content, key)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_cv_docx(store: Store, draft_id: str, out: Path) -> None:
    """Write a draft as .docx to `out` (atomic write)."""
    draft = store.cv_drafts.get(draft_id)
    photo = store.cv_drafts.printed_photo(draft)
    write_atomic(
        Path(out), render_cv_docx(draft.content, draft.template, draft.title, photo), 0o600
    )
