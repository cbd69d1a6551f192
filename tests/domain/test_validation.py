from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.domain import validation as v
from reconv_desktop.domain.passphrase import check_new_passphrase, estimate_strength
from reconv_desktop.domain.workers import clean_worker_fields
from reconv_desktop.errors import ValidationError


def test_dates_accept_french_and_iso_forms():
    assert v.parse_date("31/03/2024", "d") == date(2024, 3, 31)
    assert v.parse_date("2024-03-31", "d") == date(2024, 3, 31)
    assert v.parse_date("", "d") is None


@pytest.mark.parametrize("bad", ["31/02/2024", "demain", "2024-13-01", "01/01/1700"])
def test_bad_dates_are_refused_with_expected_format(bad):
    with pytest.raises(ValidationError, match="JJ/MM/AAAA"):
        v.parse_date(bad, "start_date", "Date de début")


def test_birth_date_must_give_a_plausible_age():
    with pytest.raises(ValidationError, match="passé"):
        v.parse_birth_date("01/01/2090", today=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="peu plausible"):
        v.parse_birth_date("01/01/2020", today=date(2026, 1, 1))


def test_worker_fields_keep_unicode_names_and_reject_bad_contact():
    cleaned = clean_worker_fields({"family_name": "  Nguyễn ", "given_name": "Thị  Hoa"})
    assert cleaned["family_name"] == "Nguyễn" and cleaned["given_name"] == "Thị Hoa"
    with pytest.raises(ValidationError) as err:
        clean_worker_fields({"family_name": "Yılmaz", "given_name": "Ayşe", "email": "ayse@"})
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err:
        clean_worker_fields({"phone": "12"}, partial=True)
    assert err.value.field == "phone"


def test_new_worker_needs_both_names():
    with pytest.raises(ValidationError, match="Prénom est obligatoire"):
        clean_worker_fields({"family_name": "Wójcik"})


def test_passphrase_rules():
    with pytest.raises(ValidationError, match="au moins 10"):
        check_new_passphrase("court")
    with pytest.raises(ValidationError, match="pas identiques"):
        check_new_passphrase("une phrase assez longue", "une autre phrase longue")
    with pytest.raises(ValidationError, match="trop faible"):
        check_new_passphrase("aaaaaaaaaaaa")
    check_new_passphrase("la cellule de Liège 2026")
    assert estimate_strength("la cellule de Liège 2026").score >= 3


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "family_name",
                "given_name",
                "email",
                "phone",
                "birth_date",
                "national_number",
                "status",
                "consent_scope",
                "city",
            ]
        ),
        st.text(max_size=60),
    )
)
def test_worker_validation_never_crashes(fields):
    try:
        clean_worker_fields(fields, partial=True)
    except ValidationError as exc:
        assert exc.message
