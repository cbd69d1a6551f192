"""Hybrid logical clock: sortable text timestamps that never go backwards on one device.

Format: `2026-11-23T17:40:00.123Z/000001` (UTC wall time in ms, then a counter), fixed width
so that text order is time order. Merge compares (clock, origin) pairs.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime

_COUNTER_WIDTH = 6


def _format(wall_ms: int, counter: int) -> str:
    moment = datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{wall_ms % 1000:03d}Z/{counter:0{_COUNTER_WIDTH}d}"


# Fixed width, ASCII digits only. A regex and datetime() check the same ranges as strptime
# did, 10x faster: every row of an imported bundle is checked (188,000 at 5,000 workers).
_HLC = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z/(\d{6})", re.ASCII)


def parse_hlc(stamp: str) -> tuple[int, int]:
    """(wall ms, counter) of a clock value; ValueError when malformed."""
    match = _HLC.fullmatch(stamp)
    if match is None:
        raise ValueError(f"horloge invalide : {stamp!r}")
    year, month, day, hour, minute, second, ms, counter = map(int, match.groups())
    moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)  # ValueError if bad
    return round(moment.timestamp()) * 1000 + ms, counter


def is_hlc(stamp: object) -> bool:
    """True when `stamp` is a well-formed clock value."""
    if not isinstance(stamp, str) or len(stamp) != 24 + 1 + _COUNTER_WIDTH:
        return False
    try:
        parse_hlc(stamp)
    except ValueError:
        return False
    return True


class HybridClock:
    """Issue monotonic timestamps; `observe` folds in a clock seen in an imported row."""

    def __init__(self, last: str | None = None, wall_ms: Callable[[], int] | None = None) -> None:
        self._wall_ms = wall_ms or (lambda: int(time.time() * 1000))
        self._last = parse_hlc(last) if last else (0, 0)

    @property
    def last(self) -> str:
        return _format(*self._last)

    def now(self) -> str:
        wall = self._wall_ms()
        last_wall, last_counter = self._last
        self._last = (wall, 0) if wall > last_wall else (last_wall, last_counter + 1)
        return _format(*self._last)

    def observe(self, remote: str) -> None:
        remote_pair = parse_hlc(remote)
        if remote_pair > self._last:
            self._last = remote_pair
