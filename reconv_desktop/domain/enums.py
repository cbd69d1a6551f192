"""Statuses and kinds stored as text in the vault and in bundles."""

from __future__ import annotations

from enum import StrEnum


class WorkerStatus(StrEnum):
    WELCOME = "accueil"
    IN_AUDIT = "en_bilan"
    IN_TRAINING = "en_formation"
    JOB_SEARCH = "en_recherche"
    EMPLOYED = "en_emploi"
    LEFT = "sorti"

    @property
    def label(self) -> str:
        return WORKER_STATUS_LABELS[self]


WORKER_STATUS_LABELS = {
    WorkerStatus.WELCOME: "Accueil",
    WorkerStatus.IN_AUDIT: "En bilan",
    WorkerStatus.IN_TRAINING: "En formation",
    WorkerStatus.JOB_SEARCH: "En recherche",
    WorkerStatus.EMPLOYED: "En emploi",
    WorkerStatus.LEFT: "Sorti",
}


class ConsentScope(StrEnum):
    NONE = "aucun"
    FOLLOW_UP = "accompagnement"
    FOLLOW_UP_AND_SHARING = "accompagnement_et_partage"

    @property
    def label(self) -> str:
        return {
            ConsentScope.NONE: "Pas de consentement",
            ConsentScope.FOLLOW_UP: "Accompagnement",
            ConsentScope.FOLLOW_UP_AND_SHARING: "Accompagnement et partage avec la coordination",
        }[self]


class AppointmentKind(StrEnum):
    INDIVIDUAL = "individuel"
    COLLECTIVE = "collectif"
    DROP_IN = "permanence"

    @property
    def label(self) -> str:
        return {
            AppointmentKind.INDIVIDUAL: "Entretien individuel",
            AppointmentKind.COLLECTIVE: "Séance collective",
            AppointmentKind.DROP_IN: "Passage en permanence",
        }[self]


class AppointmentStatus(StrEnum):
    PLANNED = "prevu"
    DONE = "realise"
    CANCELLED = "annule"
    NO_SHOW = "absent"


class ActionKind(StrEnum):
    TRAINING = "formation"
    IMMERSION = "immersion"
    APPLICATION = "candidature"
    INTERVIEW = "entretien_embauche"

    @property
    def label(self) -> str:
        return {
            ActionKind.TRAINING: "Formation",
            ActionKind.IMMERSION: "Immersion en entreprise",
            ActionKind.APPLICATION: "Candidature",
            ActionKind.INTERVIEW: "Entretien d'embauche",
        }[self]


class ActionStatus(StrEnum):
    PLANNED = "prevue"
    ONGOING = "en_cours"
    DONE = "terminee"
    ABANDONED = "abandonnee"


class OutcomeKind(StrEnum):
    JOB = "emploi"
    TRAINING = "formation"
    BUSINESS = "creation_activite"
    RETIREMENT = "retraite_rcc"
    NO_SOLUTION = "sans_solution"

    @property
    def label(self) -> str:
        return {
            OutcomeKind.JOB: "Emploi",
            OutcomeKind.TRAINING: "Formation qualifiante",
            OutcomeKind.BUSINESS: "Création d'activité",
            OutcomeKind.RETIREMENT: "Retraite / RCC",
            OutcomeKind.NO_SOLUTION: "Sans solution",
        }[self]


class ContractType(StrEnum):
    PERMANENT = "cdi"
    FIXED_TERM = "cdd"
    TEMPORARY = "interim"
    SUBSIDISED = "contrat_aide"
    OTHER = "autre"
