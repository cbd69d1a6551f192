"""The skills audit (bilan de compétences): its records and the rules an editor must respect.

Plain frozen values and validators only (no SQL, no Qt): the window and the CLI call the
same `clean_*` functions, so both give the same French error for the same input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reconv_desktop.domain import validation as v
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelledIntEnum, LabelledStrEnum, translate

MAX_LABEL_LENGTH = 200
MAX_EVIDENCE_LENGTH = 2_000
MAX_SYNTHESIS_LENGTH = 20_000
MAX_COMMUTE_MINUTES = 240
DRIVING_LICENCES = (
    "AM",
    "A1",
    "A2",
    "A",
    "B",
    "BE",
    "C1",
    "C1E",
    "C",
    "CE",
    "D1",
    "D1E",
    "D",
    "DE",
    "G",
)


class SkillLevel(LabelledIntEnum):
    """How well the worker masters a skill, in words a worker and an employer both read."""

    NOTIONS = 1, QT_TRANSLATE_NOOP("SkillLevel", "Notions")
    GUIDED = 2, QT_TRANSLATE_NOOP("SkillLevel", "Pratique accompagnée")
    AUTONOMOUS = 3, QT_TRANSLATE_NOOP("SkillLevel", "Autonome")
    EXPERT = 4, QT_TRANSLATE_NOOP("SkillLevel", "Expert·e / peut transmettre")


class SkillSource(LabelledStrEnum):
    """How the counsellor knows the worker has the skill."""

    DECLARED = "declaree", QT_TRANSLATE_NOOP("SkillSource", "Déclarée")
    OBSERVED = "observee", QT_TRANSLATE_NOOP("SkillSource", "Observée")
    ATTESTED = "attestee", QT_TRANSLATE_NOOP("SkillSource", "Attestée")


class EducationKind(LabelledStrEnum):
    DIPLOMA = "diplome", QT_TRANSLATE_NOOP("EducationKind", "Diplôme")
    CERTIFICATE = "certificat", QT_TRANSLATE_NOOP("EducationKind", "Certificat / attestation")
    TRAINING = "formation", QT_TRANSLATE_NOOP("EducationKind", "Formation suivie")


class WorkingHours(LabelledStrEnum):
    """Which working hours the worker can take."""

    ANY = "tous", QT_TRANSLATE_NOOP("WorkingHours", "Tous horaires (y compris nuit et week-end)")
    NO_NIGHTS = "pas_de_nuit", QT_TRANSLATE_NOOP("WorkingHours", "Pas de travail de nuit")
    DAY_ONLY = "journee", QT_TRANSLATE_NOOP("WorkingHours", "Horaires de jour uniquement")
    PART_TIME = "temps_partiel", QT_TRANSLATE_NOOP("WorkingHours", "Temps partiel souhaité")


class PlanOwner(LabelledStrEnum):
    """Who carries an action-plan step."""

    WORKER = "personne", QT_TRANSLATE_NOOP("PlanOwner", "Personne accompagnée")
    COUNSELLOR = "conseiller", QT_TRANSLATE_NOOP("PlanOwner", "Conseiller·e")
    PARTNER = "partenaire", QT_TRANSLATE_NOOP("PlanOwner", "Partenaire")


class PlanStatus(LabelledStrEnum):
    TODO = "a_faire", QT_TRANSLATE_NOOP("PlanStatus", "À faire")
    ONGOING = "en_cours", QT_TRANSLATE_NOOP("PlanStatus", "En cours")
    DONE = "fait", QT_TRANSLATE_NOOP("PlanStatus", "Fait")
    DROPPED = "abandonne", QT_TRANSLATE_NOOP("PlanStatus", "Abandonné")


@dataclass(frozen=True, slots=True)
class WorkExperience:
    id: str
    employer: str
    role: str
    sector: str = ""
    start_date: date | None = None
    end_date: date | None = None  # None: still in the job (or unknown)
    tasks: str = ""


@dataclass(frozen=True, slots=True)
class Education:
    id: str
    title: str
    kind: EducationKind = EducationKind.DIPLOMA
    institution: str = ""
    obtained_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class AuditSkill:
    """A skill of the worker: from the referential (`skill_uri`) or typed freely (None)."""

    id: str
    label: str
    level: SkillLevel = SkillLevel.AUTONOMOUS
    source: SkillSource = SkillSource.DECLARED
    evidence: str = ""
    transferable: bool = False  # soft or transferable skill, shown in its own section
    skill_uri: str | None = None
    skill_type: str | None = None  # copied from the referential: "skill/competence", "knowledge"


@dataclass(frozen=True, slots=True)
class Interest:
    label: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Constraints:
    """What limits the jobs the worker can take (mobility, licences, health, hours)."""

    max_commute_minutes: int | None = None
    public_transport_only: bool = False
    driving_licences: tuple[str, ...] = ()
    has_vehicle: bool = False
    health_restrictions: str = ""
    hours: WorkingHours = WorkingHours.ANY
    other: str = ""


@dataclass(frozen=True, slots=True)
class GapSkill:
    """A skill of a target occupation, matched or missing."""

    label: str
    uri: str | None = None
    essential: bool = True


@dataclass(frozen=True, slots=True)
class TargetOccupation:
    id: str
    occupation_label: str
    occupation_uri: str | None = None
    fit: float = 0.0  # 0..1, weighted coverage of the occupation's skills
    matched: tuple[GapSkill, ...] = ()
    missing: tuple[GapSkill, ...] = ()
    note: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class ActionPlanStep:
    id: str
    step: str
    owner: PlanOwner = PlanOwner.WORKER
    deadline: date | None = None
    status: PlanStatus = PlanStatus.TODO
    skill_uri: str | None = None  # the missing skill this step closes, if any
    position: int = 0


@dataclass(frozen=True, slots=True)
class SkillAudit:
    """One audit of one worker, with everything in it (several audits per worker over time)."""

    id: str
    worker_id: str
    title: str
    started_on: date
    is_current: bool = False
    counsellor: str = ""
    closed_on: date | None = None
    synthesis: str = ""
    interests: tuple[Interest, ...] = ()
    constraints: Constraints = field(default_factory=Constraints)
    experiences: tuple[WorkExperience, ...] = ()
    education: tuple[Education, ...] = ()
    skills: tuple[AuditSkill, ...] = ()
    targets: tuple[TargetOccupation, ...] = ()
    plan: tuple[ActionPlanStep, ...] = ()

    @property
    def transferable_skills(self) -> tuple[AuditSkill, ...]:
        return tuple(s for s in self.skills if s.transferable)


# --- rules -----------------------------------------------------------------------------------


def _free(raw: Any, field_name: str, what: str, limit: int = v.MAX_NOTE_LENGTH) -> str:
    """Free text of any given value (a form may hand over a number), trimmed and bounded."""
    text = "" if raw is None else str(raw).strip()
    if len(text) > limit:
        raise ValidationError(
            field_name,
            translate(
                "audit", "{what} : texte trop long ({n} caractères, {limit} au plus)."
            ).format(what=what, n=len(text), limit=limit),
        )
    return text


def _label(raw: Any, field_name: str, what: str, required: bool = True) -> str:
    text = " ".join(str(raw or "").split())
    if required and not text:
        raise ValidationError(
            field_name,
            translate("audit", "{what} est obligatoire.").format(what=what),
        )
    if len(text) > MAX_LABEL_LENGTH:
        raise ValidationError(
            field_name,
            translate("audit", "{what} : texte trop long ({limit} caractères au plus).").format(
                what=what, limit=MAX_LABEL_LENGTH
            ),
        )
    return text


def parse_level(raw: Any) -> SkillLevel:
    """A level 1..4 given as a number, its text, or its French word."""
    if isinstance(raw, str):
        text = raw.strip()
        for level in SkillLevel:
            spellings = (level.label.casefold(), level.source_label.casefold(), str(level.value))
            if text.casefold() in spellings:
                return level
    elif isinstance(raw, int) and not isinstance(raw, bool) and 1 <= raw <= 4:
        return SkillLevel(raw)
    words = ", ".join(f"{lvl.value} {lvl.label}" for lvl in SkillLevel)
    raise ValidationError(
        "level",
        translate("audit", "Niveau invalide : « {raw} » (choisissez : {words}).").format(
            raw=raw, words=words
        ),
    )


def clean_audit_fields(fields: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Header of an audit: title, start and close dates, counsellor, synthesis."""
    out: dict[str, Any] = {}
    if "title" in fields or not partial:
        out["title"] = _label(fields.get("title"), "title", translate("audit", "Le titre du bilan"))
    if "started_on" in fields or not partial:
        started = v.parse_date(
            fields.get("started_on"), "started_on", translate("audit", "Date de début")
        )
        out["started_on"] = started or date.today()
    if "closed_on" in fields:
        out["closed_on"] = v.parse_date(
            fields["closed_on"], "closed_on", translate("audit", "Date de clôture")
        )
    if "counsellor" in fields:
        out["counsellor"] = _label(
            fields["counsellor"],
            "counsellor",
            translate("audit", "Le nom du conseiller"),
            required=False,
        )
    if "synthesis" in fields:
        out["synthesis"] = _free(
            fields["synthesis"],
            "synthesis",
            translate("audit", "La synthèse"),
            MAX_SYNTHESIS_LENGTH,
        )
    started, closed = out.get("started_on"), out.get("closed_on")
    if started and closed and closed < started:
        raise ValidationError(
            "closed_on", translate("audit", "La clôture du bilan précède son début.")
        )
    return out


def clean_experience(fields: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """A job held: employer and role required; the end cannot precede the start."""
    out: dict[str, Any] = {}
    if "employer" in fields or not partial:
        out["employer"] = _label(
            fields.get("employer"), "employer", translate("audit", "L'employeur")
        )
    if "role" in fields or not partial:
        out["role"] = _label(fields.get("role"), "role", translate("audit", "La fonction occupée"))
    if "sector" in fields:
        out["sector"] = _label(
            fields["sector"],
            "sector",
            translate("audit", "Le secteur"),
            required=False,
        )
    for key, what in (
        ("start_date", translate("audit", "Date d'entrée")),
        ("end_date", translate("audit", "Date de sortie")),
    ):
        if key in fields:
            out[key] = v.parse_date(fields[key], key, what)
    if "tasks" in fields:
        out["tasks"] = _free(
            fields["tasks"], "tasks", translate("audit", "La description des tâches")
        )
    start, end = out.get("start_date"), out.get("end_date")
    if start and start > date.today():
        raise ValidationError(
            "start_date", translate("audit", "La date d'entrée est dans le futur.")
        )
    if start and end and end < start:
        raise ValidationError(
            "end_date", translate("audit", "La date de sortie précède la date d'entrée.")
        )
    return out


def clean_education(fields: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """A diploma, certificate or training: title required, date not in the future."""
    out: dict[str, Any] = {}
    if "title" in fields or not partial:
        out["title"] = _label(
            fields.get("title"), "title", translate("audit", "L'intitulé du diplôme")
        )
    if fields.get("kind") is not None:
        out["kind"] = v.choice(
            fields["kind"], "kind", translate("audit", "Type de formation"), EducationKind
        )
    if "institution" in fields:
        out["institution"] = _label(
            fields["institution"],
            "institution",
            translate("audit", "L'établissement"),
            required=False,
        )
    if "obtained_on" in fields:
        out["obtained_on"] = v.parse_date(
            fields["obtained_on"], "obtained_on", translate("audit", "Date d'obtention")
        )
        if out["obtained_on"] and out["obtained_on"] > date.today():
            raise ValidationError(
                "obtained_on", translate("audit", "La date d'obtention est dans le futur.")
            )
    if "note" in fields:
        out["note"] = _free(
            fields["note"],
            "note",
            translate("audit", "La remarque"),
            MAX_EVIDENCE_LENGTH,
        )
    return out


def clean_skill(fields: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """A skill with its level 1..4, source and evidence; an attested skill needs evidence."""
    out: dict[str, Any] = {}
    if "label" in fields or not partial:
        out["label"] = _label(
            fields.get("label"), "label", translate("audit", "Le nom de la compétence")
        )
    if "level" in fields or not partial:
        level = fields.get("level")
        out["level"] = parse_level(SkillLevel.AUTONOMOUS if level is None else level)
    if fields.get("source") is not None:
        out["source"] = v.choice(
            fields["source"],
            "source",
            translate("audit", "Source"),
            SkillSource,
        )
    if "evidence" in fields:
        out["evidence"] = _free(
            fields["evidence"],
            "evidence",
            translate("audit", "La preuve"),
            MAX_EVIDENCE_LENGTH,
        )
    if "transferable" in fields:
        out["transferable"] = bool(fields["transferable"])
    for key in ("skill_uri", "skill_type"):
        if key in fields:
            out[key] = (str(fields[key]).strip() or None) if fields[key] else None
    evidence_known = "evidence" in out or not partial
    if out.get("source") == SkillSource.ATTESTED and evidence_known and not out.get("evidence"):
        raise ValidationError(
            "evidence",
            translate(
                "audit", "Une compétence attestée doit citer sa preuve (attestation, certificat…)."
            ),
        )
    return out


def clean_interest(label: Any, detail: Any = "") -> Interest:
    return Interest(
        _label(label, "interest", translate("audit", "Le centre d'intérêt")),
        _free(detail, "interest_detail", translate("audit", "Le détail"), MAX_EVIDENCE_LENGTH),
    )


def clean_constraints(fields: dict[str, Any]) -> Constraints:
    """Mobility, licences, health restrictions and hours, checked as a whole."""
    minutes = fields.get("max_commute_minutes")
    if minutes in ("", None):
        minutes = None
    else:
        try:
            minutes = int(minutes)
        except (TypeError, ValueError):
            raise ValidationError(
                "max_commute_minutes",
                translate("audit", "Temps de trajet invalide : « {minutes} » (en minutes).").format(
                    minutes=minutes
                ),
            ) from None
        if not 0 <= minutes <= MAX_COMMUTE_MINUTES:
            raise ValidationError(
                "max_commute_minutes",
                translate(
                    "audit", "Temps de trajet peu plausible : {minutes} min (0 à {limit})."
                ).format(minutes=minutes, limit=MAX_COMMUTE_MINUTES),
            )
    licences = []
    for raw in fields.get("driving_licences") or ():
        code = str(raw).strip().upper()
        if code not in DRIVING_LICENCES:
            raise ValidationError(
                "driving_licences",
                translate(
                    "audit", "Permis inconnu : « {raw} » (catégories : {categories})."
                ).format(raw=raw, categories=", ".join(DRIVING_LICENCES)),
            )
        if code not in licences:
            licences.append(code)
    hours = fields.get("hours", WorkingHours.ANY)
    return Constraints(
        max_commute_minutes=minutes,
        public_transport_only=bool(fields.get("public_transport_only", False)),
        driving_licences=tuple(sorted(licences, key=DRIVING_LICENCES.index)),
        has_vehicle=bool(fields.get("has_vehicle", False)),
        health_restrictions=_free(
            fields.get("health_restrictions"),
            "health_restrictions",
            translate("audit", "Les restrictions de santé"),
            MAX_EVIDENCE_LENGTH,
        ),
        hours=WorkingHours(
            v.choice(
                str(hours),
                "hours",
                translate("audit", "Horaires"),
                WorkingHours,
            )
        ),
        other=_free(
            fields.get("other"),
            "other",
            translate("audit", "Les autres contraintes"),
            MAX_EVIDENCE_LENGTH,
        ),
    )


def clean_plan_step(fields: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """An action-plan step: what, who, by when, where it stands."""
    out: dict[str, Any] = {}
    if "step" in fields or not partial:
        out["step"] = _free(
            fields.get("step"), "step", translate("audit", "L'étape"), MAX_EVIDENCE_LENGTH
        )
        if not out["step"]:
            raise ValidationError(
                "step", translate("audit", "L'étape du plan d'action est obligatoire.")
            )
    if fields.get("owner") is not None:
        out["owner"] = v.choice(
            fields["owner"],
            "owner",
            translate("audit", "Responsable"),
            PlanOwner,
        )
    if fields.get("status") is not None:
        out["status"] = v.choice(
            fields["status"], "status", translate("audit", "Statut de l'étape"), PlanStatus
        )
    if "deadline" in fields:
        out["deadline"] = v.parse_date(
            fields["deadline"], "deadline", translate("audit", "Échéance")
        )
    if "skill_uri" in fields:
        out["skill_uri"] = fields["skill_uri"] or None
    return out


def clean_target(fields: dict[str, Any]) -> dict[str, Any]:
    """A target occupation: label required, fit between 0 and 1."""
    fit = fields.get("fit", 0.0)
    try:
        fit = float(fit)
    except (TypeError, ValueError):
        raise ValidationError(
            "fit",
            translate("audit", "Adéquation invalide : « {fit} ».").format(fit=fit),
        ) from None
    if not 0.0 <= fit <= 1.0:
        raise ValidationError(
            "fit", translate("audit", "L'adéquation doit être comprise entre 0 et 100 %.")
        )
    return {
        "occupation_label": _label(
            fields.get("occupation_label"), "occupation_label", translate("audit", "Le métier visé")
        ),
        "occupation_uri": fields.get("occupation_uri") or None,
        "fit": fit,
        "note": _free(
            fields.get("note"),
            "note",
            translate("audit", "La remarque"),
            MAX_EVIDENCE_LENGTH,
        ),
    }


def plan_steps_for_gaps(
    target: TargetOccupation, plan: tuple[ActionPlanStep, ...], essential_only: bool = True
) -> list[dict[str, Any]]:
    """New action-plan steps (as field dicts) for the target's missing skills that no existing
    step already covers; essential gaps only unless told otherwise."""
    covered = {s.skill_uri for s in plan if s.skill_uri} | {s.step.casefold() for s in plan}
    steps = []
    for gap in target.missing:
        if essential_only and not gap.essential:
            continue
        text = translate("audit", "Acquérir « {label} » (visé : {occupation_label})").format(
            label=gap.label, occupation_label=target.occupation_label
        )
        if (gap.uri and gap.uri in covered) or text.casefold() in covered:
            continue
        covered.add(gap.uri or text.casefold())
        steps.append(
            {
                "step": text,
                "owner": PlanOwner.WORKER,
                "status": PlanStatus.TODO,
                "skill_uri": gap.uri,
            }
        )
    return steps
