"""Hostile input: bad CSVs, bad bundles and bad form values never crash, hang or change data.

Hypothesis feeds random and mutated files to the ESCO importer and the bundle reader, and
random values to every form validator; a kept corpus of bad ESCO folders
(tests/data/hostile/esco) runs through the importer each time.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.domain import skill_audit as audit_rules
from reconv_desktop.domain import validation as v
from reconv_desktop.domain.enums import WorkerStatus
from reconv_desktop.domain.national_number import validate_national_number
from reconv_desktop.domain.passphrase import check_new_passphrase, estimate_strength
from reconv_desktop.domain.workers import EDITABLE_FIELDS, clean_worker_fields
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.referential.esco_import import import_esco
from reconv_desktop.referential.model import ReferentialImportError
from tests.conftest import shared_fixture_settings
from tests.referential.conftest import open_database

DATA = Path(__file__).parents[1] / "data"
VALID_ESCO = DATA / "esco" / "fr"
HOSTILE_ESCO = sorted((DATA / "hostile" / "esco").iterdir())
FILES = ("skills_fr.csv", "occupations_fr.csv", "occupationSkillRelations_fr.csv")
FUZZ = shared_fixture_settings(max_examples=60)


def _dump(db) -> dict[str, list[tuple]]:
    tables = [
        r[0]
        for r in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(map(tuple, db.conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}


@pytest.fixture
def referential_db(tmp_path):
    db = open_database(tmp_path / "référentiel.db")
    import_esco(db, VALID_ESCO, "fr")  # a previous referential that must survive
    yield db
    db.close()


def check_refused_unchanged(db, folder: Path) -> None:
    before = _dump(db)
    try:
        import_esco(db, folder, "fr")
    except ReferentialImportError as exc:
        assert exc.message and "Traceback" not in exc.message
        assert _dump(db) == before
        return
    # A mutation may happen to still be a valid ESCO file: then it simply imported.


@pytest.mark.parametrize("case", HOSTILE_ESCO, ids=[p.name for p in HOSTILE_ESCO])
def test_hostile_esco_corpus_is_refused_and_changes_nothing(referential_db, case):
    if case.name.startswith("tolerated-"):  # odd but readable: imported, never a crash
        import_esco(referential_db, case, "fr")
        return
    before = _dump(referential_db)
    with pytest.raises(ReferentialImportError) as caught:
        import_esco(referential_db, case, "fr")
    assert caught.value.message
    assert _dump(referential_db) == before


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, position, chunk in edits:
        at = position % (len(out) + 1)
        if kind == 0:  # insert
            out[at:at] = chunk
        elif kind == 1:  # overwrite
            out[at : at + len(chunk)] = chunk
        else:  # delete
            del out[at : at + len(chunk) + 1]
    return bytes(out)


NASTY = [
    b'"',
    b",",
    b"\n",
    b"\r",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff",
    b"conceptUri",
    b'"""',
    b"=cmd|' /C calc'!A0",
]
EDITS = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.integers(0, 10_000),
        st.one_of(st.binary(min_size=1, max_size=12), st.sampled_from(NASTY)),
    ),
    min_size=1,
    max_size=8,
)


@FUZZ
@given(which=st.sampled_from(FILES), edits=EDITS)
def test_mutated_esco_files_never_crash_nor_half_import(referential_db, which, edits):
    with tempfile.TemporaryDirectory() as folder:
        for name in FILES:
            shutil.copyfile(VALID_ESCO / name, Path(folder) / name)
        target = Path(folder) / which
        target.write_bytes(_mutate(target.read_bytes(), edits))
        check_refused_unchanged(referential_db, Path(folder))


@FUZZ
@given(files=st.tuples(st.binary(max_size=600), st.binary(max_size=600), st.binary(max_size=300)))
def test_random_bytes_as_esco_files_are_refused(referential_db, files):
    with tempfile.TemporaryDirectory() as folder:
        for name, data in zip(FILES, files, strict=True):
            (Path(folder) / name).write_bytes(data)
        check_refused_unchanged(referential_db, Path(folder))


# --- form validators ------------------------------------------------------------------------
ANY_VALUE = st.one_of(
    st.none(),
    st.text(max_size=80),
    st.integers(),
    st.floats(allow_nan=True),
    st.dates(),
    st.booleans(),
    st.binary(max_size=8),
)
FORM_TEXT = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "31/02/2024",
            "2024-13-01",
            "∞",
            "Łukasz\u202eWójcik",
            "a" * 5000,
            "99.99.99-999.99",
            "<script>",
            "'; DROP TABLE worker; --",
        ]
    ),
)


def check_only_validation_errors(call) -> None:
    try:
        call()
    except ReconvError as exc:
        assert exc.message
    except (TypeError, AttributeError) as exc:
        # Non-text values cannot come from a form field; only text must be handled.
        raise AssertionError(f"validator crashed on form text: {exc!r}") from exc


@FUZZ
@given(
    fields=st.dictionaries(st.sampled_from(EDITABLE_FIELDS), FORM_TEXT, max_size=8),
    partial=st.booleans(),
)
def test_worker_form_never_crashes(fields, partial):
    check_only_validation_errors(lambda: clean_worker_fields(fields, partial=partial))


@FUZZ
@given(text=FORM_TEXT, today=st.dates(min_value=date(2000, 1, 1)))
def test_single_field_validators_never_crash(text, today):
    for call in (
        lambda: v.parse_date(text, "date"),
        lambda: v.parse_birth_date(text, today),
        lambda: v.required_name(text, "family_name", "Nom"),
        lambda: v.optional_email(text),
        lambda: v.optional_phone(text),
        lambda: v.bounded_text(text, "note", "Note"),
        lambda: v.choice(text, "status", "Statut", WorkerStatus),
        lambda: validate_national_number(text),
        lambda: check_new_passphrase(text, text),
        lambda: check_new_passphrase(text, text + "x"),
    ):
        check_only_validation_errors(call)
    assert 0 <= estimate_strength(text).score <= 4


AUDIT_FORMS = [
    (audit_rules.clean_audit_fields, ("title", "started_on", "closed_on", "counsellor")),
    (
        audit_rules.clean_experience,
        ("employer", "role", "sector", "start_date", "end_date", "tasks"),
    ),
    (audit_rules.clean_education, ("title", "kind", "institution", "obtained_on", "note")),
    (audit_rules.clean_skill, ("label", "level", "source", "evidence", "skill_type")),
    (audit_rules.clean_plan_step, ("step", "owner", "deadline", "status")),
    (audit_rules.clean_constraints, ("mobility_km", "hours", "driving_licence", "health")),
]


@FUZZ
@given(form=st.sampled_from(range(len(AUDIT_FORMS))), data=st.data())
def test_skills_audit_forms_never_crash(form, data):
    clean, names = AUDIT_FORMS[form]
    fields = data.draw(st.dictionaries(st.sampled_from(names), FORM_TEXT, max_size=len(names)))
    check_only_validation_errors(lambda: clean(fields))
    check_only_validation_errors(lambda: audit_rules.parse_level(data.draw(FORM_TEXT)))


def test_validation_errors_name_their_field():
    with pytest.raises(ValidationError) as caught:
        clean_worker_fields({"email": "pas une adresse"}, partial=True)
    assert caught.value.field == "email" and "adresse" in caught.value.message.lower()
