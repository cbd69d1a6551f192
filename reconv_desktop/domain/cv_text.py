"""The plain-text form of each CV section: what the editor shows and parses back.

One line per simple item ("Souder à l'arc (TIG) — Expertise"), one block per job or diploma
with labelled lines ("Employeur : …", "Période : 09/1999 – 12/2024"), blank lines between
blocks. `parse_section_text(key, section_text(content, key))` gives the same values back.
The labels and words are written in the current language and read back in it or in French.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from reconv_desktop.domain.cv import (
    CV_LEVELS,
    MAX_SECTION_CHARS,
    SECTION_KEYS,
    SECTION_TITLES,
    CvContent,
    CvEducation,
    CvExperience,
    CvInterest,
    CvLanguage,
    CvSkill,
)
from reconv_desktop.domain.skill_audit import DRIVING_LICENCES
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate, translated

SEPARATOR = " — "
EMPLOYER = QT_TRANSLATE_NOOP("cv", "Employeur")
PERIOD = QT_TRANSLATE_NOOP("cv", "Période")
INSTITUTION = QT_TRANSLATE_NOOP("cv", "Établissement")
YEAR = QT_TRANSLATE_NOOP("cv", "Année")
SINCE = QT_TRANSLATE_NOOP("cv", "depuis {date}")
UNTIL = QT_TRANSLATE_NOOP("cv", "jusqu'en {date}")
_DATE = r"(?:\d{1,2}/\d{4}|\d{4})"
_RANGE = re.compile(rf"^(?P<s>{_DATE})\s*[–—-]\s*(?P<e>{_DATE})$")
_ONLY = re.compile(rf"^(?P<only>{_DATE})$")
_LABELLED = re.compile(r"^\s*([^\W\d_][\w ]*?)\s*:\s*(.*)$")
_SPLIT = re.compile(r"\s+[—–-]\s+")


def _spellings(word: str) -> tuple[str, ...]:
    """A word of the text form in the current language, then in French (the source)."""
    return tuple(dict.fromkeys((translated(word), str(word))))


def _dated(template: str, text: str) -> str | None:
    """The date in `text` written as `template` ("depuis {date}") says, else None."""
    for spelling in _spellings(template):
        before, _, after = spelling.partition("{date}")
        pattern = (
            re.escape(before.strip()) + r"\s*(" + _DATE + r")\s*" + re.escape(after.strip()) + "$"
        )
        match = re.match(pattern, text, re.IGNORECASE)
        if match:
            return match[1]
    return None


def _level_words() -> dict[str, int]:
    words = {str(n): n for n in CV_LEVELS}
    for n in CV_LEVELS:
        for spelling in (CV_LEVELS[n], CV_LEVELS.source(n)):
            words.setdefault(spelling.casefold(), n)
    return words


# --- dates ------------------------------------------------------------------------------------


def _show_date(value: str) -> str:
    """ "1999-09" -> "09/1999"; "1999" stays."""
    if len(value) >= 7:
        return f"{value[5:7]}/{value[:4]}"
    return value


def _read_date(text: str) -> str:
    if "/" in text:
        month, year = text.split("/")
        if not 1 <= int(month) <= 12:
            raise ValidationError(
                str(PERIOD), translate("cv", "Mois invalide : « {text} ».").format(text=text)
            )
        return f"{year}-{int(month):02d}"
    return text


def format_period(start: str, end: str) -> str:
    """A job's period as printed: "09/1999 – 12/2024", "depuis 2019", "2019"; "" if unknown."""
    if start and end:
        return _show_date(start) if start == end else f"{_show_date(start)} – {_show_date(end)}"
    if start:
        return translated(SINCE).format(date=_show_date(start))
    return translated(UNTIL).format(date=_show_date(end)) if end else ""


def parse_period(text: str) -> tuple[str, str]:
    """(start, end) from a period as `format_period` writes it (dashes of any kind)."""
    flat = " ".join(text.split())
    match = _RANGE.match(flat)
    if match:
        return _read_date(match["s"]), _read_date(match["e"])
    match = _ONLY.match(flat)
    if match:
        return _read_date(match["only"]), _read_date(match["only"])
    since = _dated(SINCE, flat)
    if since is not None:
        return _read_date(since), ""
    until = _dated(UNTIL, flat)
    if until is not None:
        return "", _read_date(until)
    raise ValidationError(
        "period",
        translate("cv", "Période illisible : « {text} » (exemple : 09/1999 – 12/2024).").format(
            text=text
        ),
    )


# --- content -> text --------------------------------------------------------------------------


def visible_sections(content: CvContent) -> list[str]:
    """Keys of the sections to print, in order: not hidden and not empty."""
    return [s.key for s in content.sections if not s.hidden and section_text(content, s.key)]


def section_text(content: CvContent, key: str) -> str:
    """The section as the editor shows it (and as its character counter counts it)."""
    if key == "summary":
        return content.summary.strip()
    if key == "experiences":
        return "\n\n".join(_experience_block(e) for e in content.experiences)
    if key == "education":
        return "\n\n".join(_education_block(e) for e in content.education)
    if key == "skills":
        return "\n".join(
            s.label + (SEPARATOR + CV_LEVELS[s.level] if s.level in CV_LEVELS else "")
            for s in content.skills
        )
    if key == "qualities":
        return "\n".join(content.qualities)
    if key == "languages":
        return "\n".join(_pair(x.language, x.fluency) for x in content.languages)
    if key == "licences":
        return "\n".join(p for p in (", ".join(content.licences), content.licence_note) if p)
    if key == "interests":
        return "\n".join(_pair(i.label, i.detail) for i in content.interests)
    raise ValueError(f"unknown CV section {key!r}")


def _pair(first: str, second: str) -> str:
    return f"{first}{SEPARATOR}{second}" if second else first


def _experience_block(e: CvExperience) -> str:
    lines = [e.role]
    if e.employer:
        lines.append(f"{translated(EMPLOYER)} : {e.employer}")
    period = format_period(e.start, e.end)
    if period:
        lines.append(f"{translated(PERIOD)} : {period}")
    lines.extend(line for line in e.description.splitlines() if line.strip())
    return "\n".join(lines)


def _education_block(e: CvEducation) -> str:
    lines = [e.title]
    if e.institution:
        lines.append(f"{translated(INSTITUTION)} : {e.institution}")
    if e.year:
        lines.append(f"{translated(YEAR)} : {e.year}")
    lines.extend(line for line in e.note.splitlines() if line.strip())
    return "\n".join(lines)


# --- text -> content --------------------------------------------------------------------------


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _labelled(line: str, *labels: str) -> tuple[str, str] | None:
    """(label as given, value) when the line starts with one of `labels` in any spelling."""
    match = _LABELLED.match(line)
    if match:
        for label in labels:
            if match[1].casefold() in (s.casefold() for s in _spellings(label)):
                return label, match[2].strip()
    return None


def _parse_experience(block: list[str]) -> CvExperience:
    fields: dict[str, Any] = {"role": " ".join(block[0].split()), "description": []}
    for line in block[1:]:
        found = _labelled(line, EMPLOYER, PERIOD)
        if found and found[0] == EMPLOYER:
            fields["employer"] = found[1]
        elif found:
            fields["start"], fields["end"] = parse_period(found[1]) if found[1] else ("", "")
        else:
            fields["description"].append(line.strip())
    fields["description"] = "\n".join(fields["description"])
    return CvExperience(**fields)


def _parse_education(block: list[str]) -> CvEducation:
    fields: dict[str, Any] = {"title": " ".join(block[0].split()), "note": []}
    for line in block[1:]:
        found = _labelled(line, INSTITUTION, YEAR)
        if found and found[0] == INSTITUTION:
            fields["institution"] = found[1]
        elif found:
            if found[1] and not re.fullmatch(r"\d{4}", found[1]):
                raise ValidationError(
                    "year",
                    translate("cv", "Année invalide : « {year} » (exemple : 2012).").format(
                        year=found[1]
                    ),
                )
            fields["year"] = found[1]
        else:
            fields["note"].append(line.strip())
    fields["note"] = "\n".join(fields["note"])
    return CvEducation(**fields)


def _parse_skill(line: str) -> CvSkill:
    parts = _SPLIT.split(line)
    words = _level_words()
    if len(parts) > 1 and parts[-1].casefold() in words:
        return CvSkill(SEPARATOR.join(parts[:-1]), words[parts[-1].casefold()])
    return CvSkill(line)


def _split_pair(line: str) -> tuple[str, str]:
    parts = _SPLIT.split(line, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (line, "")


def parse_section_text(key: str, text: str) -> dict[str, Any]:
    """The content fields a section's text stands for (raises ValidationError if unreadable)."""
    title = SECTION_TITLES.get(key, key)
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_SECTION_CHARS:
        raise ValidationError(
            key,
            translate("cv", "{what} : texte trop long ({n} caractères, {limit} au plus).").format(
                what=title, n=len(text), limit=MAX_SECTION_CHARS
            ),
        )
    if key == "summary":
        return {"summary": text.strip()}
    if key == "experiences":
        return {"experiences": tuple(_parse_experience(b) for b in _blocks(text))}
    if key == "education":
        return {"education": tuple(_parse_education(b) for b in _blocks(text))}
    if key == "skills":
        return {"skills": tuple(_parse_skill(line) for line in _lines(text))}
    if key == "qualities":
        return {"qualities": tuple(_lines(text))}
    if key == "languages":
        return {"languages": tuple(CvLanguage(*_split_pair(line)) for line in _lines(text))}
    if key == "interests":
        return {"interests": tuple(CvInterest(*_split_pair(line)) for line in _lines(text))}
    if key == "licences":
        lines = _lines(text)
        codes = [c.strip().upper() for c in lines[0].split(",")] if lines else []
        if codes and all(c in DRIVING_LICENCES for c in codes):
            return {"licences": tuple(codes), "licence_note": "\n".join(lines[1:])}
        return {"licences": (), "licence_note": "\n".join(lines)}
    raise ValueError(f"unknown CV section {key!r}")


def with_section_text(content: CvContent, key: str, text: str) -> CvContent:
    """A copy of `content` with one section replaced by what `text` says."""
    if key not in SECTION_KEYS:
        raise ValidationError(
            "section", translate("cv", "Rubrique inconnue : {key}.").format(key=key)
        )
    return replace(content, **parse_section_text(key, text))
