"""Rank occupations by how well a worker's skills cover them, with the reasons shown."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from reconv_desktop.referential.model import Relation

ESSENTIAL_WEIGHT = 2.0
OPTIONAL_WEIGHT = 1.0
MIN_LEVEL, MAX_LEVEL = 1, 4
DEFAULT_LEVEL = 3
# How much of a skill's weight a worker earns at each level: notions (1) count half,
# guided practice (2) three quarters, autonomous (3) and expert (4) in full.
LEVEL_FACTORS = {1: 0.5, 2: 0.75, 3: 1.0, 4: 1.0}


@dataclass(frozen=True, slots=True)
class HeldSkill:
    """A skill the worker has, at level 1 (notions) to 4 (expert)."""

    uri: str
    level: int = DEFAULT_LEVEL

    def __post_init__(self) -> None:
        if not MIN_LEVEL <= self.level <= MAX_LEVEL:
            raise ValueError(f"skill level must be {MIN_LEVEL}..{MAX_LEVEL}, got {self.level}")


class SkillRef(NamedTuple):
    """A skill named in an explanation: unpacks as (uri, label)."""

    uri: str
    label: str


@dataclass(frozen=True, slots=True)
class OccupationFit:
    """How well the worker fits one occupation: score 0..1 and the skills behind it."""

    uri: str
    label: str
    score: float
    matched_essential: tuple[SkillRef, ...]
    matched_optional: tuple[SkillRef, ...]
    missing_essential: tuple[SkillRef, ...]
    missing_optional: tuple[SkillRef, ...]


# Score = earned weight / total weight of the occupation's skills. Only occupations sharing
# at least one skill with the worker are looked at (through the skill_uri index), and the score
# is rounded so that float noise never decides a tie: ties go to label, then uri.
_RANK_SQL = f"""
WITH held (uri, factor) AS (
    SELECT value ->> 0, value ->> 1 FROM json_each(:held)
),
earned AS (
    SELECT os.occupation_uri AS uri,
           sum(CASE os.relation WHEN 'essential' THEN {ESSENTIAL_WEIGHT}
               ELSE {OPTIONAL_WEIGHT} END * held.factor) AS weight
    FROM held JOIN ref_occupation_skill os ON os.skill_uri = held.uri
    GROUP BY os.occupation_uri
),
scored AS (
    SELECT earned.uri, round(earned.weight / (
        SELECT sum(CASE relation WHEN 'essential' THEN {ESSENTIAL_WEIGHT}
                   ELSE {OPTIONAL_WEIGHT} END)
        FROM ref_occupation_skill WHERE occupation_uri = earned.uri), 9) AS score
    FROM earned
)
SELECT scored.uri, o.label, scored.score
FROM scored JOIN ref_occupation o ON o.uri = scored.uri
WHERE scored.score >= :min_score
ORDER BY scored.score DESC, o.label, o.uri
LIMIT :limit
"""

_SKILLS_OF_SQL = """
SELECT os.skill_uri, s.label, os.relation
FROM ref_occupation_skill os JOIN ref_skill s ON s.uri = os.skill_uri
WHERE os.occupation_uri = ?
ORDER BY s.label, s.uri
"""


def rank_occupations(
    worker_skills: Iterable[HeldSkill | str],
    db: sqlite_utils.Database,
    limit: int = 20,
    min_score: float = 0.0,
) -> list[OccupationFit]:
    """Best-fitting occupations first: weighted coverage of essential (x2) and optional (x1)
    skills, each scaled by the worker's level; plain URIs count as autonomous level."""
    held = _held_factors(worker_skills)
    if not held or limit <= 0:
        return []
    params = {"held": json.dumps(list(held.items())), "min_score": min_score, "limit": limit}
    fits = []
    for uri, label, score in db.execute(_RANK_SQL, params).fetchall():
        parts: dict[tuple[bool, str], list[SkillRef]] = {
            (matched, relation): [] for matched in (True, False) for relation in Relation
        }
        for skill_uri, skill_label, relation in db.execute(_SKILLS_OF_SQL, (uri,)):
            parts[(skill_uri in held, relation)].append(SkillRef(skill_uri, skill_label))
        fits.append(
            OccupationFit(
                uri=uri,
                label=label,
                score=score,
                matched_essential=tuple(parts[(True, Relation.ESSENTIAL)]),
                matched_optional=tuple(parts[(True, Relation.OPTIONAL)]),
                missing_essential=tuple(parts[(False, Relation.ESSENTIAL)]),
                missing_optional=tuple(parts[(False, Relation.OPTIONAL)]),
            )
        )
    return fits


def _held_factors(worker_skills: Iterable[HeldSkill | str]) -> dict[str, float]:
    """URI -> level factor; a skill listed twice keeps its best level."""
    factors: dict[str, float] = {}
    for skill in worker_skills:
        held = HeldSkill(skill) if isinstance(skill, str) else skill
        factor = LEVEL_FACTORS[held.level]
        if factor > factors.get(held.uri, 0.0):
            factors[held.uri] = factor
    return factors
