"""Values of the referential: skill and occupation records, relation kinds, import reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from reconv_desktop.errors import ReconvError


class SkillType(enum.StrEnum):
    """ESCO skill types, stored as ESCO spells them."""

    SKILL = "skill/competence"
    KNOWLEDGE = "knowledge"


class ReuseLevel(enum.StrEnum):
    """How far a skill travels between jobs: transversal skills are the transferable ones."""

    TRANSVERSAL = "transversal"
    CROSS_SECTOR = "cross-sector"
    SECTOR_SPECIFIC = "sector-specific"
    OCCUPATION_SPECIFIC = "occupation-specific"


class Relation(enum.StrEnum):
    """Whether an occupation needs a skill (essential) or merely values it (optional)."""

    ESSENTIAL = "essential"
    OPTIONAL = "optional"


class ReferentialSource(enum.StrEnum):
    """Where the referential in the database came from."""

    ESCO = "esco"
    STARTER = "starter"


class ReferentialImportError(ReconvError):
    """A referential file that cannot be imported; the message names file, line and column."""

    def __init__(self, message: str, code: str = "referential_import") -> None:
        super().__init__(message, code)


@dataclass(frozen=True, slots=True)
class SkillRecord:
    """One skill as stored: `alt_labels` is a tuple of alternative labels."""

    uri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    description: str = ""
    skill_type: str | None = None
    reuse_level: str | None = None


@dataclass(frozen=True, slots=True)
class OccupationRecord:
    """One occupation as stored; `code` is the ESCO code, `isco_group` the ISCO-08 group."""

    uri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    description: str = ""
    code: str | None = None
    isco_group: str | None = None


@dataclass(frozen=True, slots=True)
class LabelRecord:
    """A skill's or occupation's labels in a language other than the referential's main one."""

    uri: str
    label: str
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RelationRecord:
    """An occupation-skill link."""

    occupation_uri: str
    skill_uri: str
    relation: Relation


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import put in the database, and what it had to say about the files."""

    source: ReferentialSource
    lang: str
    skills: int
    occupations: int
    relations: int
    skipped_relations: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)
    seconds: float = 0.0
    # Skills and occupations given a label in each other language of the folder: {"nl": 3}.
    labels: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReferentialInfo:
    """The referential currently in the database (the `ref_meta` row)."""

    source: str
    source_detail: str
    lang: str
    imported_at: str
    skills: int
    occupations: int
    relations: int
