"""Default administrative checklist, French and Belgian, until coordination sends its own.

Its labels are given in the language of the app (coordination's checklist is data, as sent).
"""

from __future__ import annotations

from reconv_desktop.domain.models import AdminStepTemplate
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translated

# (code, label, country, due days after enrolment)
DEFAULT_STEPS: tuple[tuple[str, str, str, int | None], ...] = (
    ("be_c4", QT_TRANSLATE_NOOP("admin_steps", "Formulaire C4 reçu et vérifié"), "BE", 7),
    (
        "be_chomage",
        QT_TRANSLATE_NOOP(
            "admin_steps", "Demande d'allocations introduite (organisme de paiement)"
        ),
        "BE",
        14,
    ),
    (
        "be_inscription",
        QT_TRANSLATE_NOOP(
            "admin_steps", "Inscription comme demandeur d'emploi (Forem / Actiris / VDAB)"
        ),
        "BE",
        14,
    ),
    (
        "be_cellule",
        QT_TRANSLATE_NOOP("admin_steps", "Inscription à la cellule de reconversion"),
        "BE",
        30,
    ),
    (
        "be_cct",
        QT_TRANSLATE_NOOP("admin_steps", "Droits CCT vérifiés (préavis, indemnités, outplacement)"),
        "BE",
        30,
    ),
    (
        "fr_attestation",
        QT_TRANSLATE_NOOP("admin_steps", "Attestation employeur France Travail reçue"),
        "FR",
        7,
    ),
    ("fr_inscription", QT_TRANSLATE_NOOP("admin_steps", "Inscription à France Travail"), "FR", 14),
    (
        "fr_csp",
        QT_TRANSLATE_NOOP("admin_steps", "Contrat de sécurisation professionnelle proposé / signé"),
        "FR",
        21,
    ),
    (
        "fr_cpf",
        QT_TRANSLATE_NOOP("admin_steps", "Droits CPF consultés (budget formation)"),
        "FR",
        30,
    ),
    (
        "budget_formation",
        QT_TRANSLATE_NOOP("admin_steps", "Budget de formation identifié"),
        "*",
        45,
    ),
    ("consentement", QT_TRANSLATE_NOOP("admin_steps", "Consentement RGPD recueilli"), "*", 0),
)


def default_step_templates() -> list[AdminStepTemplate]:
    """The shipped checklist as templates, in display order."""
    return [
        AdminStepTemplate(
            id=f"default-{code}",
            code=code,
            label=translated(label),
            country=country,
            position=i,
            due_days=due,
        )
        for i, (code, label, country, due) in enumerate(DEFAULT_STEPS)
    ]
