"""Target occupations for a worker's skills audit: ranking through the referential, in words.

Glue between the audit (domain values) and `matching.rank_occupations`; also makes sure a
vault has a referential at all, loading the shipped starter set the first time it is needed.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from reconv_desktop.domain.skill_audit import GapSkill, SkillAudit, TargetOccupation
from reconv_desktop.i18n import translate
from reconv_desktop.referential.matching import HeldSkill, OccupationFit, rank_occupations
from reconv_desktop.referential.starter import load_starter
from reconv_desktop.store.skill_audits import SkillAuditRepository

DEFAULT_TARGET_COUNT = 10


def ensure_referential(db: sqlite_utils.Database) -> bool:
    """Load the starter referential when the vault has none yet; True when it was loaded.

    Call it outside any open transaction: the loader runs its own all-or-nothing one.
    """
    has_meta = db.execute("SELECT count(*) FROM ref_meta").fetchone()[0]
    has_skills = db.execute("SELECT EXISTS (SELECT 1 FROM ref_skill)").fetchone()[0]
    if has_meta or has_skills:
        return False
    load_starter(db)
    return True


def held_skills(audit: SkillAudit) -> list[HeldSkill]:
    """The audit's skills that the referential knows, with their level."""
    return [HeldSkill(s.skill_uri, int(s.level)) for s in audit.skills if s.skill_uri]


@dataclass(frozen=True, slots=True)
class RankedTarget:
    """One ranked occupation, with its skill gaps ready to be stored as a target."""

    fit: OccupationFit
    matched: tuple[GapSkill, ...]
    missing: tuple[GapSkill, ...]

    @property
    def percent(self) -> int:
        return round(self.fit.score * 100)

    def explanation(self, max_listed: int = 6) -> str:
        """Two or three French lines saying why the occupation is ranked where it is."""
        f = self.fit
        lines = [
            translate(
                "referential",
                "Compétences essentielles couvertes : {essential} sur {essential_total} ; "
                "optionnelles : {optional} sur {optional_total}.",
            ).format(
                essential=len(f.matched_essential),
                essential_total=len(f.matched_essential) + len(f.missing_essential),
                optional=len(f.matched_optional),
                optional_total=len(f.matched_optional) + len(f.missing_optional),
            )
        ]
        if self.matched:
            matched = _listing([g.label for g in self.matched], max_listed)
            lines.append(translate("referential", "Atouts : {skills}").format(skills=matched))
        gaps = [g.label for g in self.missing if g.essential]
        if gaps:
            lines.append(
                translate("referential", "À acquérir (essentiel) : {skills}").format(
                    skills=_listing(gaps, max_listed)
                )
            )
        return "\n".join(lines)


def _listing(labels: list[str], limit: int) -> str:
    shown = ", ".join(labels[:limit])
    if len(labels) <= limit:
        return shown
    return translate("referential", "{shown} (+ {n} autres)").format(
        shown=shown, n=len(labels) - limit
    )


def rank_targets(
    db: sqlite_utils.Database, audit: SkillAudit, limit: int = DEFAULT_TARGET_COUNT
) -> list[RankedTarget]:
    """Occupations ranked by fit for the audit's referential skills (best first)."""
    ranked = []
    for fit in rank_occupations(held_skills(audit), db, limit=limit):
        matched = tuple(
            [GapSkill(s.label, s.uri, True) for s in fit.matched_essential]
            + [GapSkill(s.label, s.uri, False) for s in fit.matched_optional]
        )
        missing = tuple(
            [GapSkill(s.label, s.uri, True) for s in fit.missing_essential]
            + [GapSkill(s.label, s.uri, False) for s in fit.missing_optional]
        )
        ranked.append(RankedTarget(fit, matched, missing))
    return ranked


def pick_ranked_target(
    audits: SkillAuditRepository, audit_id: str, ranked: RankedTarget
) -> TargetOccupation:
    """Keep a ranked occupation as a target of the audit, with its fit and gaps."""
    return audits.pick_target(
        audit_id, ranked.fit.label, ranked.fit.uri, ranked.fit.score, ranked.matched, ranked.missing
    )
