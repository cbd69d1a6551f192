"""From a target's skill gaps to the catalogue: trainings that cover what the worker lacks.

Used by the action plan: for each target occupation of an audit (picked, or ranked when none
is picked yet), the catalogue trainings whose skills intersect the missing ones, or which aim
at that occupation, best coverage of essential gaps first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reconv_desktop.domain.skill_audit import GapSkill, SkillAudit
from reconv_desktop.domain.training import Training
from reconv_desktop.store.store import Store


@dataclass(frozen=True, slots=True)
class TrainingSuggestion:
    """One training and the missing skills it covers."""

    training: Training
    covered: tuple[GapSkill, ...]
    aims_at_target: bool

    @property
    def essential_covered(self) -> int:
        return sum(1 for g in self.covered if g.essential)


@dataclass(frozen=True, slots=True)
class TargetTrainings:
    """A target occupation, its gaps and the trainings suggested for them."""

    label: str
    uri: str | None
    missing: tuple[GapSkill, ...]
    suggestions: tuple[TrainingSuggestion, ...]


def suggest_trainings(
    store: Store,
    missing: Iterable[GapSkill],
    target_uri: str | None = None,
    today: date | None = None,
) -> list[TrainingSuggestion]:
    """Trainings not yet over that cover some `missing` skills or aim at `target_uri`."""
    gaps = [g for g in missing if g.uri]
    by_uri = {g.uri: g for g in gaps}
    today = today or date.today()
    out = []
    for training in store.trainings.all():
        if training.is_over(today):
            continue
        covered = tuple(by_uri[u] for u in training.skill_uris if u in by_uri)
        aims = bool(target_uri) and training.target_occupation_uri == target_uri
        if covered or aims:
            out.append(TrainingSuggestion(training, covered, aims))
    out.sort(
        key=lambda s: (
            -s.essential_covered,
            -len(s.covered),
            not s.aims_at_target,
            s.training.start_date or date.max,
            s.training.title,
        )
    )
    return out


def trainings_for_audit(
    store: Store, audit: SkillAudit, today: date | None = None, ranked_count: int = 3
) -> list[TargetTrainings]:
    """Suggestions per target of the audit; without picked targets, per best-ranked ones."""
    targets = [(t.occupation_label, t.occupation_uri, t.missing) for t in audit.targets]
    if not targets:
        from reconv_desktop.referential.targets import rank_targets

        targets = [
            (r.fit.label, r.fit.uri, r.missing)
            for r in rank_targets(store.db, audit, limit=ranked_count)
        ]
    return [
        TargetTrainings(
            label, uri, tuple(missing), tuple(suggest_trainings(store, missing, uri, today))
        )
        for label, uri, missing in targets
    ]
