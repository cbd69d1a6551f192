"""CV draft rules: section text forms, order and visibility, identity choices, guidance."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_text import (
    format_period,
    parse_period,
    parse_section_text,
    section_text,
    visible_sections,
    with_section_text,
)
from reconv_desktop.errors import ValidationError

EXPERIENCES = """Soudeur TIG
Employeur : Aciéries Fictives du Nord
Période : 09/1999 – 12/2024
- Soudure de tuyauteries inox
- Lecture de plans isométriques

Magasinier
employeur: Entrepôts Démo
Période : depuis 2025"""


def test_experience_blocks_are_read_field_by_field() -> None:
    jobs = parse_section_text("experiences", EXPERIENCES)["experiences"]
    assert jobs[0] == cv.CvExperience(
        "Soudeur TIG",
        "Aciéries Fictives du Nord",
        "1999-09",
        "2024-12",
        "- Soudure de tuyauteries inox\n- Lecture de plans isométriques",
    )
    assert jobs[1] == cv.CvExperience("Magasinier", "Entrepôts Démo", "2025", "")


def test_section_text_round_trips_through_the_editor_form() -> None:
    content = cv.CvContent()
    for key, text in (
        ("experiences", EXPERIENCES),
        ("skills", "Souder à l'arc (TIG) — Expertise\nLire un plan — Maîtrise\nCariste"),
        ("languages", "Français — langue maternelle\nPolski — courant"),
        ("licences", "B, CE\nVéhicule personnel"),
        ("interests", "Pêche — concours régionaux\nVélo"),
        ("summary", "Soudeur expérimenté."),
    ):
        content = with_section_text(content, key, text)
        again = with_section_text(content, key, section_text(content, key))
        assert again == content, key
    assert content.skills[0] == cv.CvSkill("Souder à l'arc (TIG)", 4)
    assert content.skills[2] == cv.CvSkill("Cariste", 0)
    assert content.licences == ("B", "CE") and content.licence_note == "Véhicule personnel"


def test_an_unreadable_period_is_refused_in_french() -> None:
    with pytest.raises(ValidationError, match="Période illisible"):
        parse_section_text("experiences", "Soudeur\nPériode : l'an dernier")
    with pytest.raises(ValidationError, match="Mois invalide"):
        parse_period("13/2020 – 2021")


line = (
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="—–-:"),
        min_size=1,
        max_size=30,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
year = st.integers(1950, 2030).map(str)
month_date = st.tuples(st.integers(1950, 2030), st.integers(1, 12)).map(
    lambda t: f"{t[0]}-{t[1]:02d}"
)


@given(
    st.lists(
        st.tuples(
            line,
            line,
            st.one_of(st.just(""), year, month_date),
            st.one_of(st.just(""), year, month_date),
            st.lists(line, max_size=3),
        ),
        max_size=4,
    )
)
def test_any_experience_list_survives_its_text_form(jobs) -> None:
    items = tuple(
        cv.CvExperience(r, e, s, f, "\n".join(f"- {d}" for d in ds)) for r, e, s, f, ds in jobs
    )
    content = cv.CvContent(experiences=items)
    back = with_section_text(content, "experiences", section_text(content, "experiences"))
    assert back.experiences == items


@given(st.lists(st.tuples(line, st.sampled_from([0, 1, 2, 3, 4])), max_size=8))
def test_any_skill_list_survives_its_text_form(skills) -> None:
    content = cv.CvContent(skills=tuple(cv.CvSkill(label, level) for label, level in skills))
    back = with_section_text(content, "skills", section_text(content, "skills"))
    assert back.skills == content.skills


def test_sections_move_hide_and_survive_json() -> None:
    content = cv.move_section(cv.CvContent(), "skills", -2)
    assert [s.key for s in content.sections][:2] == ["summary", "skills"]
    content = cv.set_hidden(content, "interests", True)
    content = with_section_text(content, "interests", "Vélo")
    content = with_section_text(content, "summary", "Cariste polyvalent.")
    assert "interests" not in visible_sections(content)
    assert visible_sections(content) == ["summary"]  # empty sections are not printed
    assert cv.content_from_json(cv.content_to_json(content)) == content
    assert cv.content_from_json("") == cv.CvContent()  # an erased draft reads as empty


def test_identity_fields_are_chosen_one_by_one_birth_date_off_by_default() -> None:
    content = cv.CvContent(
        identity={"name": "Łukasz Wójcik", "birth_date": "01/02/1970", "phone": "0470 00 00 00"}
    )
    assert content.identity_lines() == {"name": "Łukasz Wójcik", "phone": "0470 00 00 00"}
    content = cv.set_identity(content, "birth_date", shown=True)
    content = cv.set_identity(content, "phone", shown=False)
    assert content.identity_lines() == {"name": "Łukasz Wójcik", "birth_date": "01/02/1970"}
    assert cv.CvContent().photo is False


def test_guidance_says_when_a_summary_is_too_short_or_too_long() -> None:
    assert cv.guidance_message("summary", 120)[0] == "short"
    assert cv.guidance_message("summary", 450) == ("ok", "450 caractères (conseillé : 300 à 600)")
    status, message = cv.guidance_message("summary", 900)
    assert status == "long" and "trop long" in message


def test_periods_print_the_way_people_write_them() -> None:
    assert format_period("1999-09", "2024-12") == "09/1999 – 12/2024"
    assert format_period("2019", "") == "depuis 2019"
    assert format_period("2019", "2019") == "2019"
    assert parse_period("09/1999 - 12/2024") == ("1999-09", "2024-12")


def test_unknown_template_is_refused_with_the_choices() -> None:
    assert cv.clean_template("Moderne") == cv.CvTemplate.MODERN
    with pytest.raises(ValidationError, match="classique, moderne"):
        cv.clean_template("fantaisie")
