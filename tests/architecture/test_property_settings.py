"""Property tests take their deadline and health checks from the one hypothesis profile of
tests/conftest.py: a test that sets its own `suppress_health_check` replaces the profile's
list (it is not merged), and a deadline fails at random on a loaded machine."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
SETTINGS_CALLS = {"settings", "shared_fixture_settings"}
PROFILE_ONLY = {"deadline", "suppress_health_check"}


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def test_property_tests_leave_deadline_and_health_checks_to_the_profile():
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == TESTS / "conftest.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called_name(node.func) in SETTINGS_CALLS:
                offenders += [
                    f"{path.relative_to(TESTS)}:{node.lineno} sets {kw.arg}"
                    for kw in node.keywords
                    if kw.arg in PROFILE_ONLY
                ]
    assert offenders == [], (
        "use the profile (tests/conftest.py), or shared_fixture_settings(...) when the "
        "examples share a function-scoped fixture: " + ", ".join(offenders)
    )
