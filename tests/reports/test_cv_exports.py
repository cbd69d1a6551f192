"""CV exports read back as an employer's tools would: pypdf, python-docx, a JSON validator."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path

import docx
import jsonschema
import pytest
from pypdf import PdfReader

from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_text import visible_sections, with_section_text
from reconv_desktop.reports.cv_docx import render_cv_docx
from reconv_desktop.reports.cv_jsonresume import cv_to_jsonresume
from reconv_desktop.reports.cv_pdf import render_cv, write_cv_pdf
from reconv_desktop.store.store import Store
from tests.store.test_cv_drafts import make_audited_worker

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "jsonresume" / "schema.json").read_text("utf-8")
)


def _draft(store: Store, family: str, given: str) -> cv.CvDraft:
    draft = store.cv_drafts.create(make_audited_worker(store, family, given))
    content = with_section_text(draft.content, "languages", "Français — langue maternelle")
    return store.cv_drafts.save(draft.id, content)


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize("template", list(cv.CvTemplate))
@pytest.mark.parametrize(("family", "given"), [("Nguyễn", "Thị Hoa"), ("Wójcik", "Łukasz")])
def test_pdf_holds_every_section_and_the_unicode_name(
    store: Store, template: cv.CvTemplate, family: str, given: str
) -> None:
    draft = _draft(store, family, given)
    rendered = render_cv(draft.content, template, draft.title)
    text = _pdf_text(rendered.pdf)
    assert f"{given} {family}" in text
    for key in visible_sections(draft.content):
        assert cv.SECTION_TITLES[key].upper() in text, key
    for expected in (
        "Verreries Fictives",
        "Conduire un four verrier",
        "09/2001 – 12/2024",
        "Permis B",
        "Jardinage",
        "Français",
    ):
        assert expected in text
    assert "1971" not in text  # birth date not shown by default
    assert rendered.pages == 1 and rendered.warnings == []
    fonts = PdfReader(io.BytesIO(rendered.pdf)).pages[0]["/Resources"]["/Font"]
    names = [str(f.get_object()["/BaseFont"]) for f in fonts.values()]
    assert any("DejaVuSans" in n for n in names), names  # the Unicode font, embedded


@pytest.mark.parametrize("template", list(cv.CvTemplate))
def test_overflow_beyond_one_page_is_warned(store: Store, template: cv.CvTemplate) -> None:
    draft = _draft(store, "Yılmaz", "Ayşe")
    jobs = tuple(
        cv.CvExperience(
            f"Poste {n}",
            "Entreprise Fictive",
            "2001",
            "2002",
            "\n".join(f"- Tâche {n}.{i}" for i in range(6)),
        )
        for n in range(14)
    )
    rendered = render_cv(replace(draft.content, experiences=jobs), template)
    assert rendered.pages >= 2
    assert "tenir sur une page" in rendered.warnings[0]
    assert "Poste 13" in _pdf_text(rendered.pdf)  # overflow moves on, nothing is cut


def test_modern_sidebar_overflow_moves_to_the_main_column(store: Store) -> None:
    draft = _draft(store, "Yılmaz", "Ayşe")
    skills = tuple(cv.CvSkill(f"Compétence fictive numéro {n}", 3) for n in range(60))
    rendered = render_cv(replace(draft.content, skills=skills), cv.CvTemplate.MODERN)
    assert any("colonne de gauche déborde" in w for w in rendered.warnings)
    assert "Compétence fictive numéro 59" in _pdf_text(rendered.pdf)


def test_written_pdf_file(store: Store, tmp_path: Path) -> None:
    draft = _draft(store, "Wójcik", "Łukasz")
    out = tmp_path / "CV Łukasz.pdf"
    write_cv_pdf(store, draft.id, out)
    assert "Łukasz Wójcik" in _pdf_text(out.read_bytes())


@pytest.mark.parametrize("template", list(cv.CvTemplate))
def test_docx_has_real_headings_lists_and_every_section(
    store: Store, template: cv.CvTemplate
) -> None:
    draft = _draft(store, "Nguyễn", "Thị Hoa")
    document = docx.Document(io.BytesIO(render_cv_docx(draft.content, template, draft.title)))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Thị Hoa Nguyễn") in paragraphs
    headings = [t for s, t in paragraphs if s == "Heading 1"]
    assert headings == [cv.SECTION_TITLES[k] for k in visible_sections(draft.content)]
    bullets = [t for s, t in paragraphs if s == "List Bullet"]
    assert "Conduite du four" in bullets and "Travailler en équipe" in bullets
    at = paragraphs.index(("Heading 2", "Opératrice de four — Verreries Fictives"))
    assert paragraphs[at + 1][1] == "09/2001 – 12/2024"
    assert ("Normal", "CESS technique — Athénée Fictif, 1990") in paragraphs
    assert not document.tables and not document.inline_shapes  # plain, editable text
    assert document.core_properties.title == draft.title


def test_json_resume_validates_against_the_published_schema(store: Store) -> None:
    draft = _draft(store, "Wójcik", "Łukasz")
    content = cv.set_identity(draft.content, "address", shown=True)
    resume = cv_to_jsonresume(content)
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(resume)) == []
    assert resume["basics"]["name"] == "Łukasz Wójcik"
    assert resume["work"][0] == {
        "name": "Verreries Fictives",
        "position": "Opératrice de four",
        "startDate": "2001-09",
        "endDate": "2024-12",
        "highlights": ["Conduite du four", "Contrôle qualité", "Consignation"],
    }
    assert resume["languages"] == [{"language": "Français", "fluency": "langue maternelle"}]
    assert {"name": "Permis de conduire B"} in resume["certificates"]
    assert "1971" not in json.dumps(resume)  # birth date only if the worker chose it


def test_hidden_sections_are_left_out_of_every_format(store: Store) -> None:
    draft = _draft(store, "Wójcik", "Łukasz")
    content = cv.set_hidden(draft.content, "interests", True)
    assert "Jardinage" not in _pdf_text(render_cv(content, "moderne").pdf)
    document = docx.Document(io.BytesIO(render_cv_docx(content, "classique")))
    assert all("Jardinage" not in p.text for p in document.paragraphs)
    assert "interests" not in cv_to_jsonresume(content)
