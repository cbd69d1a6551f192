"""Default administrative checklist, French and Belgian, until coordination sends its own."""

from __future__ import annotations

from reconv_desktop.domain.models import AdminStepTemplate

# (code, label, country, due days after enrolment)
DEFAULT_STEPS: tuple[tuple[str, str, str, int | None], ...] = (
    ("be_c4", "Formulaire C4 reçu et vérifié", "BE", 7),
    ("be_chomage", "Demande d'allocations introduite (organisme de paiement)", "BE", 14),
    ("be_inscription", "Inscription comme demandeur d'emploi (Forem / Actiris / VDAB)", "BE", 14),
    ("be_cellule", "Inscription à la cellule de reconversion", "BE", 30),
    ("be_cct", "Droits CCT vérifiés (préavis, indemnités, outplacement)", "BE", 30),
    ("fr_attestation", "Attestation employeur France Travail reçue", "FR", 7),
    ("fr_inscription", "Inscription à France Travail", "FR", 14),
    ("fr_csp", "Contrat de sécurisation professionnelle proposé / signé", "FR", 21),
    ("fr_cpf", "Droits CPF consultés (budget formation)", "FR", 30),
    ("budget_formation", "Budget de formation identifié", "*", 45),
    ("consentement", "Consentement RGPD recueilli", "*", 0),
)


def default_step_templates() -> list[AdminStepTemplate]:
    """The shipped checklist as templates, in display order."""
    return [
        AdminStepTemplate(
            id=f"default-{code}",
            code=code,
            label=label,
            country=country,
            position=i,
            due_days=due,
        )
        for i, (code, label, country, due) in enumerate(DEFAULT_STEPS)
    ]
