"""A CV's first draft from the skills audit, and what a refresh from the audit would change.

The audit speaks to the counsellor (levels with evidence, third-person synthesis); the CV
speaks to an employer: recent jobs first with their tasks as bullet points, skills useful
to the target occupation first, transferable skills as short "atouts", no health details.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from datetime import date

from reconv_desktop.domain.cv import (
    IDENTITY_FIELDS,
    IDENTITY_LABELS,
    SECTION_TITLES,
    CvContent,
    CvEducation,
    CvExperience,
    CvInterest,
    CvSkill,
)
from reconv_desktop.domain.cv_text import section_text
from reconv_desktop.domain.models import Worker
from reconv_desktop.domain.skill_audit import SkillAudit, TargetOccupation
from reconv_desktop.i18n import translate

MAX_SKILLS = 12
MAX_QUALITIES = 5


def _cap(text: str) -> str:
    """Referential labels are lower case ("souder à l'arc"); a CV line starts with a capital."""
    text = text.strip()
    return text[:1].upper() + text[1:]


def _month(day: date | None) -> str:
    return f"{day.year:04d}-{day.month:02d}" if day else ""


def _bullets(tasks: str) -> str:
    """Audit tasks "a; b; c." as CV bullet points, one per line."""
    parts = [p.strip().rstrip(".") for p in tasks.replace("\n", ";").split(";") if p.strip()]
    if len(parts) < 2:
        return tasks.strip()
    return "\n".join(f"- {p[0].upper()}{p[1:]}" for p in parts)


def identity_from_worker(worker: Worker, headline: str = "") -> dict[str, str]:
    address = " ".join(p for p in (worker.address, worker.postal_code, worker.city) if p)
    values = {
        "name": f"{worker.given_name} {worker.family_name}".strip(),
        "headline": headline,
        "email": worker.email,
        "phone": worker.phone,
        "city": worker.city,
        "address": address,
        "birth_date": f"{worker.birth_date:%d/%m/%Y}" if worker.birth_date else "",
    }
    return {k: values[k] for k in IDENTITY_FIELDS}


def _headline(target: TargetOccupation | None) -> str:
    if target is None:
        return ""
    return _cap(target.occupation_label)


def _summary(audit: SkillAudit, target: TargetOccupation | None) -> str:
    """A first profile paragraph from the facts of the audit, for the counsellor to rework."""
    sentences = []
    if audit.experiences:
        latest = audit.experiences[0]
        starts = [e.start_date for e in audit.experiences if e.start_date]
        ends = [e.end_date or date.today() for e in audit.experiences if e.start_date]
        years = (max(ends) - min(starts)).days // 365 if starts else 0
        if years >= 2:
            sentence = translate(
                "cv",
                "{role} avec {years} ans d'expérience professionnelle, "
                "dernièrement chez {employer}.",
            )
        else:
            sentence = translate("cv", "{role}, dernièrement chez {employer}.")
        sentences.append(
            sentence.format(role=_cap(latest.role), years=years, employer=latest.employer)
        )
    strong = [s.label for s in audit.skills if not s.transferable][:3]
    if strong:
        sentences.append(
            translate("cv", "Points forts : {skills}.").format(skills=", ".join(strong))
        )
    soft = [s.label for s in audit.transferable_skills][:2]
    if soft:
        sentences.append(
            translate("cv", "Reconnu·e pour : {qualities}.").format(qualities=", ".join(soft))
        )
    if target is not None:
        sentences.append(
            translate(
                "cv",
                "Projet : exercer le métier de {occupation_label}, en mettant à profit "
                "une solide expérience de terrain.",
            ).format(occupation_label=target.occupation_label)
        )
    return " ".join(sentences)


def content_from_audit(
    worker: Worker,
    audit: SkillAudit,
    target: TargetOccupation | None = None,
    base: CvContent | None = None,
) -> CvContent:
    """The CV the audit suggests; `base` keeps its section order, hidden flags and identity
    choices (which fields are printed), so a refresh never undoes those decisions."""
    matched = {g.uri for g in target.matched if g.uri} if target else set()
    technical = [s for s in audit.skills if not s.transferable]
    # Skills the target occupation asks for come first, then by level (the audit's order).
    technical.sort(key=lambda s: s.skill_uri not in matched)
    licences = audit.constraints.driving_licences
    base = base or CvContent()
    return replace(
        base,
        identity=identity_from_worker(worker, _headline(target)),
        summary=_summary(audit, target),
        experiences=tuple(
            CvExperience(
                _cap(e.role),
                e.employer,
                _month(e.start_date),
                _month(e.end_date),
                _bullets(e.tasks),
            )
            for e in audit.experiences
        ),
        education=tuple(
            CvEducation(e.title, e.institution, str(e.obtained_on.year) if e.obtained_on else "")
            for e in audit.education
        ),
        skills=tuple(CvSkill(_cap(s.label), int(s.level)) for s in technical[:MAX_SKILLS]),
        qualities=tuple(_cap(s.label) for s in audit.transferable_skills[:MAX_QUALITIES]),
        licences=tuple(licences),
        licence_note=translate("cv", "Véhicule personnel")
        if licences and audit.constraints.has_vehicle
        else "",
        interests=tuple(CvInterest(i.label, i.detail) for i in audit.interests),
    )


@dataclass(frozen=True, slots=True)
class SectionChange:
    """What a refresh would do to one section: its text now, its text after, a line diff."""

    key: str
    title: str
    before: str
    after: str

    @property
    def diff_lines(self) -> list[str]:
        """ "- old line" / "+ new line" entries, as a reader of the preview wants them."""
        out = []
        for line in difflib.ndiff(self.before.splitlines(), self.after.splitlines()):
            if line[:2] in ("- ", "+ "):
                out.append(line)
        return out


def _identity_text(content: CvContent) -> str:
    return "\n".join(
        f"{IDENTITY_LABELS[k]} : {content.identity[k]}"
        for k in IDENTITY_FIELDS
        if content.identity.get(k) and k != "headline"
    )


def diff_sections(current: CvContent, fresh: CvContent) -> list[SectionChange]:
    """The sections whose text differs between the draft and the audit's version."""
    changes = []
    before, after = _identity_text(current), _identity_text(fresh)
    if before != after:
        changes.append(SectionChange("identity", SECTION_TITLES["identity"], before, after))
    for section in current.sections:
        before, after = section_text(current, section.key), section_text(fresh, section.key)
        if section.key in ("languages",):
            continue  # the audit has no languages: what the counsellor typed stays
        if before != after:
            changes.append(SectionChange(section.key, SECTION_TITLES[section.key], before, after))
    return changes


def apply_sections(current: CvContent, fresh: CvContent, keys: list[str] | None) -> CvContent:
    """`current` with the chosen sections (all changed ones if None) taken from `fresh`."""
    wanted = {c.key for c in diff_sections(current, fresh)}
    if keys is not None:
        wanted &= set(keys)
    result = current
    fields = {
        "identity": ("identity",),
        "summary": ("summary",),
        "experiences": ("experiences",),
        "education": ("education",),
        "skills": ("skills",),
        "qualities": ("qualities",),
        "licences": ("licences", "licence_note"),
        "interests": ("interests",),
    }
    for key in wanted:
        changes = {f: getattr(fresh, f) for f in fields[key]}
        if key == "identity":
            # The headline belongs to the draft's target, never overwritten by a refresh.
            changes["identity"] = {
                **fresh.identity,
                "headline": current.identity.get("headline", ""),
            }
        result = replace(result, **changes)
    return result
