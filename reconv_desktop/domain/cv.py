"""A CV draft: its sections, their order and visibility, and the rules an editor respects.

Plain values (no SQL, no Qt). A draft is built from the skills audit once, then edited
freely; the audit is never written back. Each section has a plain-text form (what the
editor shows, one block or line per item) that parses back to the same values, so the
window, the CLI and the exports all read one structure.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    LabelledStrEnum,
    LabelTable,
    translate,
    translated,
)

MAX_SECTION_CHARS = 20_000
MAX_TITLE_LENGTH = 200
CONTENT_FORMAT = 1


class CvTemplate(LabelledStrEnum):
    """Page layouts of the printed CV."""

    CLASSIC = "classique", QT_TRANSLATE_NOOP("CvTemplate", "Classique (une colonne)")
    MODERN = "moderne", QT_TRANSLATE_NOOP("CvTemplate", "Moderne (deux colonnes)")


# Sections after the identity block, in their default order.
SECTION_KEYS = (
    "summary",
    "experiences",
    "education",
    "skills",
    "qualities",
    "languages",
    "licences",
    "interests",
)
# Titles as the editor and the printed CV show them (translated when read).
SECTION_TITLES = LabelTable(
    {
        "identity": QT_TRANSLATE_NOOP("CvSections", "Identité et coordonnées"),
        "summary": QT_TRANSLATE_NOOP("CvSections", "Profil"),
        "experiences": QT_TRANSLATE_NOOP("CvSections", "Expérience professionnelle"),
        "education": QT_TRANSLATE_NOOP("CvSections", "Formation"),
        "skills": QT_TRANSLATE_NOOP("CvSections", "Compétences"),
        "qualities": QT_TRANSLATE_NOOP("CvSections", "Atouts"),
        "languages": QT_TRANSLATE_NOOP("CvSections", "Langues"),
        "licences": QT_TRANSLATE_NOOP("CvSections", "Permis de conduire"),
        "interests": QT_TRANSLATE_NOOP("CvSections", "Centres d'intérêt"),
    }
)
# The sidebar of the two-column layout; the other sections go in the main column.
SIDEBAR_SECTIONS = frozenset({"skills", "qualities", "languages", "licences", "interests"})


@dataclass(frozen=True, slots=True)
class Guidance:
    """Recommended length of a section, in characters (what employers read in a glance)."""

    low: int
    high: int
    hint_source: str  # marked with QT_TRANSLATE_NOOP

    @property
    def hint(self) -> str:
        """The advice in the current language."""
        return translated(self.hint_source)


GUIDANCE = {
    "summary": Guidance(
        300,
        600,
        QT_TRANSLATE_NOOP("cv", "3 à 5 phrases : métier, expérience, points forts, projet."),
    ),
    "experiences": Guidance(
        0, 2200, QT_TRANSLATE_NOOP("cv", "Les emplois récents en détail, les anciens en une ligne.")
    ),
    "education": Guidance(
        0,
        900,
        QT_TRANSLATE_NOOP("cv", "Diplômes, certificats et formations utiles au métier visé."),
    ),
    "skills": Guidance(
        0,
        800,
        QT_TRANSLATE_NOOP("cv", "6 à 12 compétences, les plus utiles au métier visé d'abord."),
    ),
    "qualities": Guidance(
        0, 300, QT_TRANSLATE_NOOP("cv", "3 à 5 atouts ou savoir-être, en quelques mots.")
    ),
    "languages": Guidance(0, 200, QT_TRANSLATE_NOOP("cv", "Une langue par ligne, avec le niveau.")),
    "licences": Guidance(
        0, 150, QT_TRANSLATE_NOOP("cv", "Catégories, puis éventuellement « véhicule personnel ».")
    ),
    "interests": Guidance(
        0, 300, QT_TRANSLATE_NOOP("cv", "2 à 4 centres d'intérêt qui disent quelque chose de vous.")
    ),
}

IDENTITY_FIELDS = ("name", "headline", "email", "phone", "city", "address", "birth_date")
IDENTITY_LABELS = LabelTable(
    {
        "name": QT_TRANSLATE_NOOP("cv", "Nom"),
        "headline": QT_TRANSLATE_NOOP("cv", "Titre (métier visé)"),
        "email": QT_TRANSLATE_NOOP("cv", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("cv", "Téléphone"),
        "city": QT_TRANSLATE_NOOP("cv", "Localité"),
        "address": QT_TRANSLATE_NOOP("cv", "Adresse"),
        "birth_date": QT_TRANSLATE_NOOP("cv", "Date de naissance"),
    }
)
# Age and full address invite discrimination and are not needed to call someone back:
# off unless the worker asks for them.
IDENTITY_SHOWN_BY_DEFAULT = frozenset({"name", "headline", "email", "phone", "city"})

# Levels as an employer reads them on a CV (the audit's words are for the counsellor).
CV_LEVELS = LabelTable(
    {
        1: QT_TRANSLATE_NOOP("cv", "Notions"),
        2: QT_TRANSLATE_NOOP("cv", "Pratique"),
        3: QT_TRANSLATE_NOOP("cv", "Maîtrise"),
        4: QT_TRANSLATE_NOOP("cv", "Expertise"),
    }
)


@dataclass(frozen=True, slots=True)
class CvExperience:
    role: str
    employer: str = ""
    start: str = ""  # "YYYY-MM", "YYYY" or ""
    end: str = ""  # "" with a start: still in the job
    description: str = ""  # lines; "- " starts a bullet point


@dataclass(frozen=True, slots=True)
class CvEducation:
    title: str
    institution: str = ""
    year: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class CvSkill:
    label: str
    level: int = 0  # 0: no level printed


@dataclass(frozen=True, slots=True)
class CvLanguage:
    language: str
    fluency: str = ""


@dataclass(frozen=True, slots=True)
class CvInterest:
    label: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CvSection:
    key: str
    hidden: bool = False


def default_sections() -> tuple[CvSection, ...]:
    return tuple(CvSection(k) for k in SECTION_KEYS)


@dataclass(frozen=True, slots=True)
class CvContent:
    """Everything a CV prints, section by section."""

    identity: dict[str, str] = field(default_factory=dict)
    shown: frozenset[str] = IDENTITY_SHOWN_BY_DEFAULT
    sections: tuple[CvSection, ...] = field(default_factory=default_sections)
    summary: str = ""
    experiences: tuple[CvExperience, ...] = ()
    education: tuple[CvEducation, ...] = ()
    skills: tuple[CvSkill, ...] = ()
    qualities: tuple[str, ...] = ()
    languages: tuple[CvLanguage, ...] = ()
    licences: tuple[str, ...] = ()
    licence_note: str = ""
    interests: tuple[CvInterest, ...] = ()
    photo: bool = False  # anti-discrimination: no photo unless the worker wants one

    def identity_lines(self) -> dict[str, str]:
        """The identity fields the worker chose to show, with a value."""
        return {
            k: self.identity[k]
            for k in IDENTITY_FIELDS
            if k in self.shown and self.identity.get(k, "").strip()
        }


# --- section order and visibility ------------------------------------------------------


def move_section(content: CvContent, key: str, delta: int) -> CvContent:
    """The section moved `delta` places up (<0) or down (>0), clamped to the list."""
    sections = list(content.sections)
    index = next(i for i, s in enumerate(sections) if s.key == key)
    target = max(0, min(len(sections) - 1, index + delta))
    sections.insert(target, sections.pop(index))
    return replace(content, sections=tuple(sections))


def reorder_sections(content: CvContent, keys: list[str]) -> CvContent:
    """Sections in the order of `keys` (a permutation of the draft's sections)."""
    by_key = {s.key: s for s in content.sections}
    if sorted(keys) != sorted(by_key):
        raise ValidationError("sections", translate("cv", "Ordre des rubriques invalide."))
    return replace(content, sections=tuple(by_key[k] for k in keys))


def set_hidden(content: CvContent, key: str, hidden: bool) -> CvContent:
    return replace(
        content,
        sections=tuple(CvSection(s.key, hidden) if s.key == key else s for s in content.sections),
    )


def set_identity(
    content: CvContent, name: str, value: str | None = None, shown: bool | None = None
) -> CvContent:
    """Change one identity field's value and/or whether it is printed."""
    if name not in IDENTITY_FIELDS:
        raise ValidationError(
            "identity", translate("cv", "Champ d'identité inconnu : {name}.").format(name=name)
        )
    identity = dict(content.identity)
    if value is not None:
        identity[name] = _bounded(value, "identity", IDENTITY_LABELS[name], MAX_TITLE_LENGTH)
    chosen = set(content.shown)
    if shown is not None:
        (chosen.add if shown else chosen.discard)(name)
    return replace(content, identity=identity, shown=frozenset(chosen))


def _bounded(text: str, field_name: str, what: str, limit: int) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise ValidationError(
            field_name,
            translate("cv", "{what} : texte trop long ({n} caractères, {limit} au plus).").format(
                what=what, n=len(text), limit=limit
            ),
        )
    return text


def guidance_message(key: str, count: int) -> tuple[str, str]:
    """("ok" | "short" | "long", French message) for a section of `count` characters."""
    rule = GUIDANCE.get(key)
    if rule is None:
        return "ok", translate("cv", "{count} caractères").format(count=count)
    span = (
        translate("cv", "{low} à {high}").format(low=rule.low, high=rule.high)
        if rule.low
        else translate("cv", "{high} au plus").format(high=rule.high)
    )
    if count and count < rule.low:
        return "short", translate(
            "cv", "{count} caractères — un peu court (conseillé : {span})"
        ).format(count=count, span=span)
    if count > rule.high:
        return "long", translate(
            "cv", "{count} caractères — trop long pour une page (conseillé : {span})"
        ).format(count=count, span=span)
    return "ok", translate("cv", "{count} caractères (conseillé : {span})").format(
        count=count, span=span
    )


# --- JSON form (stored in the vault) ------------------------------------------------------


def content_to_json(content: CvContent) -> str:
    data = asdict(content)
    data["shown"] = sorted(content.shown)
    data["format"] = CONTENT_FORMAT
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def content_from_json(raw: str | None) -> CvContent:
    """A draft's content from its stored JSON; blank (an erased draft) gives an empty CV."""
    data: dict[str, Any] = json.loads(raw) if raw else {}
    known = {
        s["key"]: CvSection(s["key"], bool(s.get("hidden")))
        for s in data.get("sections", [])
        if s.get("key") in SECTION_KEYS
    }
    # Sections added by a later version of the app land at the end, visible.
    sections = tuple(known.values()) + tuple(CvSection(k) for k in SECTION_KEYS if k not in known)
    return CvContent(
        identity={k: str(v) for k, v in data.get("identity", {}).items() if k in IDENTITY_FIELDS},
        shown=frozenset(data.get("shown", IDENTITY_SHOWN_BY_DEFAULT)),
        sections=sections,
        summary=data.get("summary", ""),
        experiences=tuple(CvExperience(**e) for e in data.get("experiences", [])),
        education=tuple(CvEducation(**e) for e in data.get("education", [])),
        skills=tuple(CvSkill(**s) for s in data.get("skills", [])),
        qualities=tuple(data.get("qualities", [])),
        languages=tuple(CvLanguage(**x) for x in data.get("languages", [])),
        licences=tuple(data.get("licences", [])),
        licence_note=data.get("licence_note", ""),
        interests=tuple(CvInterest(**i) for i in data.get("interests", [])),
        photo=bool(data.get("photo", False)),
    )


@dataclass(frozen=True, slots=True)
class CvDraft:
    """One CV draft of a worker, aimed at one target occupation."""

    id: str
    worker_id: str
    title: str
    template: CvTemplate
    content: CvContent
    created_on: str
    audit_id: str | None = None
    target_uri: str | None = None
    target_label: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class CvVersion:
    """A saved state of a draft, for the history and restore."""

    id: str
    number: int
    saved_at: str
    reason: str
    title: str
    template: CvTemplate


def clean_title(raw: Any) -> str:
    text = " ".join(str(raw or "").split())
    if not text:
        raise ValidationError("title", translate("cv", "Le titre du CV est obligatoire."))
    if len(text) > MAX_TITLE_LENGTH:
        raise ValidationError(
            "title",
            translate("cv", "Titre trop long ({limit} caractères au plus).").format(
                limit=MAX_TITLE_LENGTH
            ),
        )
    return text


def clean_template(raw: Any) -> CvTemplate:
    try:
        return CvTemplate(str(raw).strip().casefold())
    except ValueError:
        names = ", ".join(t.value for t in CvTemplate)
        raise ValidationError(
            "template",
            translate("cv", "Modèle inconnu : « {raw} » (choisissez : {names}).").format(
                raw=raw, names=names
            ),
        ) from None
