"""The CV in the public JSON Resume format (schema v1.0.0, jsonresume.org), so job boards and
other tools can read it. Only fields the worker chose to show leave the app; the photo
(draft option on) travels inside the file as a `data:` URI in basics.image.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reconv_desktop.domain.cv import CV_LEVELS, CvContent
from reconv_desktop.domain.cv_photo import CvPhoto
from reconv_desktop.domain.cv_text import visible_sections
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import translate

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"


def _date(value: str) -> str | None:
    """Our dates are already ISO 8601 partial dates ("1999-09", "1999")."""
    return value or None


def _split(text: str) -> tuple[str, list[str]]:
    """(summary, highlights): bullet lines become highlights, other lines the summary."""
    summary, highlights = [], []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(("- ", "• ", "* ")):
            highlights.append(line[2:].strip())
        elif line:
            summary.append(line)
    return " ".join(summary), highlights


def _clean(value: Any) -> Any:
    """Drop empty strings, lists and None: a reader should not see blank fields."""
    if isinstance(value, dict):
        return {k: c for k, v in value.items() if (c := _clean(v)) not in ("", None, [], {})}
    if isinstance(value, list):
        return [c for v in value if (c := _clean(v)) not in ("", None, [], {})]
    return value


def cv_to_jsonresume(
    content: CvContent, lang: str = "fr", photo: CvPhoto | None = None
) -> dict[str, Any]:
    """The visible sections of the CV as a JSON Resume document (`photo` only when the
    content's photo option is on)."""
    visible = set(visible_sections(content))
    ident = content.identity_lines()
    basics: dict[str, Any] = {
        "name": ident.get("name", ""),
        "label": ident.get("headline", ""),
        "email": ident.get("email", ""),
        "phone": ident.get("phone", ""),
        "summary": content.summary if "summary" in visible else "",
        "location": {"city": ident.get("city", ""), "address": ident.get("address", "")},
    }
    if content.photo and photo is not None:
        basics["image"] = photo.data_uri()  # the schema's "URL" string; RFC 2397 is one
    resume: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": basics}
    if "experiences" in visible:
        resume["work"] = []
        for e in content.experiences:
            summary, highlights = _split(e.description)
            resume["work"].append(
                {
                    "name": e.employer,
                    "position": e.role,
                    "startDate": _date(e.start),
                    "endDate": _date(e.end),
                    "summary": summary,
                    "highlights": highlights,
                }
            )
    if "education" in visible:
        resume["education"] = [
            {
                "institution": e.institution,
                "area": e.title,
                "endDate": _date(e.year),
                "courses": _split(e.note)[1],
            }
            for e in content.education
        ]
    skills: list[dict[str, Any]] = []
    if "skills" in visible:
        skills += [{"name": s.label, "level": CV_LEVELS.get(s.level, "")} for s in content.skills]
    if "qualities" in visible:
        skills += [
            {"name": q, "keywords": [translate("cv", "savoir-être")]} for q in content.qualities
        ]
    if skills:
        resume["skills"] = skills
    if "languages" in visible:
        resume["languages"] = [
            {"language": x.language, "fluency": x.fluency} for x in content.languages
        ]
    if "interests" in visible:
        resume["interests"] = [
            {"name": i.label, "keywords": [i.detail] if i.detail else []} for i in content.interests
        ]
    if "licences" in visible:
        # JSON Resume has no driving licences: they travel as certificates, which they are.
        resume["certificates"] = [
            {"name": translate("cv", "Permis de conduire {code}").format(code=code)}
            for code in content.licences
        ]
        if content.licence_note:
            basics["drivingLicenceNote"] = content.licence_note
    resume["meta"] = {"version": "v1.0.0", "language": lang}
    return _clean(resume)


def render_cv_json(content: CvContent, photo: CvPhoto | None = None) -> bytes:
    resume = cv_to_jsonresume(content, photo=photo)
    return json.dumps(resume, ensure_ascii=False, indent=2).encode("utf-8")


def write_cv_json(store: Store, draft_id: str, out: Path) -> None:
    """Write a draft as JSON Resume to `out` (atomic write)."""
    draft = store.cv_drafts.get(draft_id)
    photo = store.cv_drafts.printed_photo(draft)
    write_atomic(Path(out), render_cv_json(draft.content, photo) + b"\n", 0o600)
