"""Statuses and kinds stored as text in the vault and in bundles.

Each member declares its stored value and its label; `.label` is translated when read.
"""

from __future__ import annotations

from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelledStrEnum


class WorkerStatus(LabelledStrEnum):
    WELCOME = "accueil", QT_TRANSLATE_NOOP("WorkerStatus", "Accueil")
    IN_AUDIT = "en_bilan", QT_TRANSLATE_NOOP("WorkerStatus", "En bilan")
    IN_TRAINING = "en_formation", QT_TRANSLATE_NOOP("WorkerStatus", "En formation")
    JOB_SEARCH = "en_recherche", QT_TRANSLATE_NOOP("WorkerStatus", "En recherche")
    EMPLOYED = "en_emploi", QT_TRANSLATE_NOOP("WorkerStatus", "En emploi")
    LEFT = "sorti", QT_TRANSLATE_NOOP("WorkerStatus", "Sorti")


class ConsentScope(LabelledStrEnum):
    NONE = "aucun", QT_TRANSLATE_NOOP("ConsentScope", "Pas de consentement")
    FOLLOW_UP = "accompagnement", QT_TRANSLATE_NOOP("ConsentScope", "Accompagnement")
    FOLLOW_UP_AND_SHARING = (
        "accompagnement_et_partage",
        QT_TRANSLATE_NOOP("ConsentScope", "Accompagnement et partage avec la coordination"),
    )


class AppointmentKind(LabelledStrEnum):
    INDIVIDUAL = "individuel", QT_TRANSLATE_NOOP("AppointmentKind", "Entretien individuel")
    COLLECTIVE = "collectif", QT_TRANSLATE_NOOP("AppointmentKind", "Séance collective")
    DROP_IN = "permanence", QT_TRANSLATE_NOOP("AppointmentKind", "Passage en permanence")


class AppointmentStatus(LabelledStrEnum):
    PLANNED = "prevu", QT_TRANSLATE_NOOP("AppointmentStatus", "prévu")
    DONE = "realise", QT_TRANSLATE_NOOP("AppointmentStatus", "réalisé")
    CANCELLED = "annule", QT_TRANSLATE_NOOP("AppointmentStatus", "annulé")
    NO_SHOW = "absent", QT_TRANSLATE_NOOP("AppointmentStatus", "absent")


class ActionKind(LabelledStrEnum):
    TRAINING = "formation", QT_TRANSLATE_NOOP("ActionKind", "Formation")
    IMMERSION = "immersion", QT_TRANSLATE_NOOP("ActionKind", "Immersion en entreprise")
    APPLICATION = "candidature", QT_TRANSLATE_NOOP("ActionKind", "Candidature")
    INTERVIEW = "entretien_embauche", QT_TRANSLATE_NOOP("ActionKind", "Entretien d'embauche")


class ActionStatus(LabelledStrEnum):
    PLANNED = "prevue", QT_TRANSLATE_NOOP("ActionStatus", "prévue")
    ONGOING = "en_cours", QT_TRANSLATE_NOOP("ActionStatus", "en cours")
    DONE = "terminee", QT_TRANSLATE_NOOP("ActionStatus", "terminée")
    ABANDONED = "abandonnee", QT_TRANSLATE_NOOP("ActionStatus", "abandonnée")


class OutcomeKind(LabelledStrEnum):
    JOB = "emploi", QT_TRANSLATE_NOOP("OutcomeKind", "Emploi")
    TRAINING = "formation", QT_TRANSLATE_NOOP("OutcomeKind", "Formation qualifiante")
    BUSINESS = "creation_activite", QT_TRANSLATE_NOOP("OutcomeKind", "Création d'activité")
    RETIREMENT = "retraite_rcc", QT_TRANSLATE_NOOP("OutcomeKind", "Retraite / RCC")
    NO_SOLUTION = "sans_solution", QT_TRANSLATE_NOOP("OutcomeKind", "Sans solution")


class ContractType(LabelledStrEnum):
    PERMANENT = "cdi", QT_TRANSLATE_NOOP("ContractType", "CDI")
    FIXED_TERM = "cdd", QT_TRANSLATE_NOOP("ContractType", "CDD")
    TEMPORARY = "interim", QT_TRANSLATE_NOOP("ContractType", "Intérim")
    SUBSIDISED = "contrat_aide", QT_TRANSLATE_NOOP("ContractType", "Contrat aidé")
    OTHER = "autre", QT_TRANSLATE_NOOP("ContractType", "Autre")
