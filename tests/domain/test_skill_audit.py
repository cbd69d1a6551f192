"""Rules of the skills-audit editor: what the counsellor may type, and the French errors."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.domain import skill_audit as a
from reconv_desktop.errors import ValidationError


def test_levels_have_clear_french_words() -> None:
    assert [lvl.label for lvl in a.SkillLevel] == [
        "Notions",
        "Pratique accompagnée",
        "Autonome",
        "Expert·e / peut transmettre",
    ]
    assert a.parse_level("autonome") is a.SkillLevel.AUTONOMOUS
    assert a.parse_level("4") is a.SkillLevel.EXPERT


@pytest.mark.parametrize("bad", [0, 5, "7", "excellent", True, None, 2.5])
def test_level_out_of_range_is_refused_with_the_words(bad: object) -> None:
    with pytest.raises(ValidationError) as err:
        a.parse_level(bad)
    assert err.value.field == "level"
    assert "1 Notions" in err.value.message and "4 Expert·e" in err.value.message


def test_skill_needs_a_name_and_attested_needs_evidence() -> None:
    with pytest.raises(ValidationError, match="Le nom de la compétence est obligatoire"):
        a.clean_skill({"label": "   ", "level": 2})
    with pytest.raises(ValidationError, match="attestée doit citer sa preuve"):
        a.clean_skill({"label": "Souder à l'arc", "level": 3, "source": "attestee"})
    ok = a.clean_skill(
        {
            "label": "Souder  à l'arc",
            "level": 3,
            "source": "attestee",
            "evidence": "Certificat EN ISO 9606",
        }
    )
    assert ok["label"] == "Souder à l'arc" and ok["source"] == "attestee"


def test_unknown_source_lists_accepted_values() -> None:
    with pytest.raises(ValidationError, match="declaree, observee, attestee"):
        a.clean_skill({"label": "Cariste", "source": "supposée"})


def test_experience_dates_must_be_in_order_and_not_future() -> None:
    with pytest.raises(ValidationError, match="La date de sortie précède la date d'entrée"):
        a.clean_experience(
            {
                "employer": "Aciéries Fictives",
                "role": "Soudeur",
                "start_date": "01/06/2015",
                "end_date": "31/12/2014",
            }
        )
    future = (date.today() + timedelta(days=40)).isoformat()
    with pytest.raises(ValidationError, match="dans le futur"):
        a.clean_experience({"employer": "X", "role": "Y", "start_date": future})
    with pytest.raises(ValidationError, match="L'employeur est obligatoire"):
        a.clean_experience({"employer": "", "role": "Soudeur"})
    with pytest.raises(ValidationError, match="format attendu JJ/MM/AAAA"):
        a.clean_experience({"employer": "X", "role": "Y", "start_date": "mars"})


def test_constraints_licences_commute_and_hours() -> None:
    c = a.clean_constraints(
        {
            "driving_licences": ["ce", "B", "b"],
            "max_commute_minutes": "45",
            "hours": "pas_de_nuit",
            "health_restrictions": "Pas de charges",
        }
    )
    assert c.driving_licences == ("B", "CE") and c.max_commute_minutes == 45
    assert c.hours.label == "Pas de travail de nuit"
    with pytest.raises(ValidationError, match="Permis inconnu : « Z »"):
        a.clean_constraints({"driving_licences": ["Z"]})
    with pytest.raises(ValidationError, match="Temps de trajet peu plausible"):
        a.clean_constraints({"max_commute_minutes": 900})
    with pytest.raises(ValidationError, match="Horaires inconnu"):
        a.clean_constraints({"hours": "jamais"})


def test_plan_step_and_target_rules() -> None:
    with pytest.raises(ValidationError, match="L'étape du plan d'action est obligatoire"):
        a.clean_plan_step({"step": "  "})
    with pytest.raises(ValidationError, match="Échéance invalide"):
        a.clean_plan_step({"step": "Inscription CACES", "deadline": "demain"})
    with pytest.raises(ValidationError, match="entre 0 et 100 %"):
        a.clean_target({"occupation_label": "cariste", "fit": 1.5})
    with pytest.raises(ValidationError, match="La clôture du bilan précède son début"):
        a.clean_audit_fields(
            {"title": "Bilan", "started_on": "2025-05-01", "closed_on": "2025-04-01"}
        )


def test_gaps_become_plan_steps_once() -> None:
    target = a.TargetOccupation(
        id="t",
        occupation_label="cariste",
        missing=(
            a.GapSkill("conduire un chariot", "urn:s:1", True),
            a.GapSkill("gérer les stocks", "urn:s:2", False),
        ),
    )
    steps = a.plan_steps_for_gaps(target, ())
    assert [s["step"] for s in steps] == ["Acquérir « conduire un chariot » (visé : cariste)"]
    existing = (a.ActionPlanStep(id="p", step="CACES 3", skill_uri="urn:s:1"),)
    assert a.plan_steps_for_gaps(target, existing) == []
    assert len(a.plan_steps_for_gaps(target, (), essential_only=False)) == 2


@given(
    st.dictionaries(
        st.sampled_from(["label", "level", "source", "evidence", "transferable", "skill_uri"]),
        st.one_of(st.none(), st.text(max_size=30), st.integers(-3, 9), st.booleans()),
    )
)
def test_skill_validator_never_crashes(fields: dict) -> None:
    try:
        out = a.clean_skill(fields)
    except ValidationError as err:
        assert err.message and err.field
    else:
        assert 1 <= out["level"] <= 4 and out["label"]
