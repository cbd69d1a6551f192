"""The photo option in the three exports: off by default (nothing printed even when the worker
has a photo), on: the photo is in the PDF (both layouts), the Word file and the JSON Resume."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import docx
import jsonschema
import pytest
from pypdf import PdfReader

from reconv_desktop.domain import cv
from reconv_desktop.reports.cv_docx import render_cv_docx, write_cv_docx
from reconv_desktop.reports.cv_jsonresume import cv_to_jsonresume, write_cv_json
from reconv_desktop.reports.cv_pdf import render_cv, write_cv_pdf
from reconv_desktop.store.cv_photos import get_photo, set_photo
from reconv_desktop.store.store import Store
from tests.domain.test_cv_photo import tiny_image
from tests.reports.test_cv_exports import SCHEMA, _pdf_text
from tests.store.test_cv_drafts import make_audited_worker


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def drafted(store: Store) -> cv.CvDraft:
    """A draft of a worker who has a photo (the draft's option still off)."""
    worker_id = make_audited_worker(store, "Wójcik", "Łukasz")
    set_photo(store, worker_id, tiny_image("JPEG", (60, 75)))
    return store.cv_drafts.create(worker_id)


def test_off_by_default_nothing_is_printed_anywhere(
    store: Store, drafted: cv.CvDraft, tmp_path: Path
) -> None:
    assert drafted.content.photo is False
    for template in cv.CvTemplate:
        store.cv_drafts.save(drafted.id, template=template)
        write_cv_pdf(store, drafted.id, tmp_path / "cv.pdf")
        page = PdfReader(tmp_path / "cv.pdf").pages[0]
        assert not page["/Resources"].get("/XObject") and len(page.images) == 0
    write_cv_docx(store, drafted.id, tmp_path / "cv.docx")
    assert len(docx.Document(tmp_path / "cv.docx").inline_shapes) == 0
    write_cv_json(store, drafted.id, tmp_path / "cv.json")
    assert "image" not in json.loads((tmp_path / "cv.json").read_text("utf-8"))["basics"]


@pytest.mark.parametrize("template", list(cv.CvTemplate))
def test_on_the_pdf_shows_the_photo_and_still_fits_one_page(
    store: Store, drafted: cv.CvDraft, template: cv.CvTemplate, tmp_path: Path
) -> None:
    store.cv_drafts.set_photo_option(drafted.id, True)
    store.cv_drafts.save(drafted.id, template=template)
    rendered = write_cv_pdf(store, drafted.id, tmp_path / "cv.pdf")
    assert _images(rendered.pdf) == 1
    assert rendered.pages == 1 and rendered.warnings == []
    text = _pdf_text(rendered.pdf)
    assert "Łukasz Wójcik" in text and "EXPÉRIENCE PROFESSIONNELLE" in text


def test_on_without_a_photo_prints_none(store: Store) -> None:
    draft = store.cv_drafts.create(make_audited_worker(store, "Yılmaz", "Ayşe"))
    draft = store.cv_drafts.set_photo_option(draft.id, True)
    assert store.cv_drafts.printed_photo(draft) is None
    assert _images(render_cv(draft.content, draft.template, photo=None).pdf) == 0


def test_a_landscape_photo_keeps_its_proportions(store: Store, drafted: cv.CvDraft) -> None:
    photo = set_photo(store, drafted.worker_id, tiny_image("PNG", (90, 40)))
    content = replace(drafted.content, photo=True)
    for template in cv.CvTemplate:
        (image,) = (
            PdfReader(io.BytesIO(render_cv(content, template, photo=photo).pdf)).pages[0].images
        )
        assert image.image.size == (90, 40)


def test_on_the_word_file_has_one_picture_above_the_name(
    store: Store, drafted: cv.CvDraft, tmp_path: Path
) -> None:
    store.cv_drafts.set_photo_option(drafted.id, True)
    write_cv_docx(store, drafted.id, tmp_path / "cv.docx")
    document = docx.Document(tmp_path / "cv.docx")
    assert len(document.inline_shapes) == 1
    assert document.paragraphs[1].text == "Łukasz Wójcik"  # the photo's paragraph, then the name
    assert not document.tables  # still plain, editable paragraphs


def test_on_the_json_resume_carries_a_data_uri_and_validates(
    store: Store, drafted: cv.CvDraft
) -> None:
    draft = store.cv_drafts.set_photo_option(drafted.id, True)
    resume = cv_to_jsonresume(draft.content, photo=get_photo(store, draft.worker_id))
    assert resume["basics"]["image"].startswith("data:image/jpeg;base64,")
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(resume)) == []


def test_the_renderers_ignore_a_photo_when_the_option_is_off(
    store: Store, drafted: cv.CvDraft
) -> None:
    photo = get_photo(store, drafted.worker_id)
    assert _images(render_cv(drafted.content, "moderne", photo=photo).pdf) == 0
    word = docx.Document(io.BytesIO(render_cv_docx(drafted.content, "classique", photo=photo)))
    assert len(word.inline_shapes) == 0
    assert "image" not in cv_to_jsonresume(drafted.content, photo=photo)["basics"]
