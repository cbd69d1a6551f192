import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.domain.national_number import (
    is_valid_nir,
    is_valid_niss,
    niss_birth_date,
    validate_national_number,
)
from reconv_desktop.errors import ValidationError


@pytest.mark.parametrize(
    "raw",
    ["93051822361", "93.05.18-223.61", "85073003328", "00010100105", "93 05 18 223 61"],
)
def test_valid_niss_accepted_and_normalised(raw):
    assert validate_national_number(raw).isdigit()
    assert len(validate_national_number(raw)) == 11


def test_niss_born_after_2000_uses_prefix_two():
    assert is_valid_niss("00010100105")
    assert niss_birth_date("00010100105").year == 2000
    assert niss_birth_date("93051822361").isoformat() == "1993-05-18"


@pytest.mark.parametrize(
    "raw", ["255081416802538", "2 55 08 14 168 025 38", "185052A12345633", "185052B12345660"]
)
def test_valid_nir_accepted(raw):
    assert len(validate_national_number(raw)) == 15


def test_wrong_niss_key_is_refused_in_french():
    with pytest.raises(ValidationError, match="NISS invalide"):
        validate_national_number("93051822362")


def test_wrong_nir_key_is_refused_in_french():
    with pytest.raises(ValidationError, match="NIR invalide"):
        validate_national_number("255081416802539")


def test_unknown_length_is_explained():
    with pytest.raises(ValidationError, match="11 chiffres"):
        validate_national_number("12345")


def test_empty_number_is_allowed():
    assert validate_national_number("  ") == ""


@given(st.text(max_size=40))
def test_validator_never_crashes(text):
    try:
        result = validate_national_number(text)
    except ValidationError as exc:
        assert exc.field == "national_number" and exc.message
    else:
        assert result == "" or is_valid_niss(result) or is_valid_nir(result)


@given(st.integers(min_value=0, max_value=999_999_999))
def test_any_niss_body_with_its_key_is_valid(body):
    number = f"{body:09d}{97 - body % 97:02d}"
    assert is_valid_niss(number)
    wrong = f"{body:09d}{(97 - body % 97) % 97 + 1:02d}"
    assert not is_valid_niss(wrong) or wrong == number
