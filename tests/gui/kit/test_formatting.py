"""How the window writes dates, times, names and sizes."""

from __future__ import annotations

from datetime import UTC, date, datetime

from reconv_desktop.gui.kit.formatting import (
    DAY_SECOND,
    clock_time,
    day,
    iso_day,
    list_name,
    local_time,
    sentence_name,
    size_text,
)


def test_dates_are_written_as_counsellors_write_them():
    assert day(date(2026, 3, 2)) == "02/03/2026"
    assert day(None) == ""
    assert iso_day("2026-03-02") == "02/03/2026"
    assert iso_day("2026-03-02T09:30:00+00:00") == "02/03/2026"
    assert iso_day("pas une date") == "pas une date"
    assert iso_day(None) == ""


def test_stored_utc_times_are_shown_in_local_time():
    moment = datetime(2026, 3, 2, 9, 30, 15, tzinfo=UTC)
    local = moment.astimezone()
    assert local_time(moment.isoformat()) == local.strftime("%d/%m/%Y %H:%M")
    assert local_time(moment) == local.strftime("%d/%m/%Y %H:%M")
    assert local_time(moment.isoformat(), DAY_SECOND).endswith(local.strftime("%H:%M:%S"))
    assert local_time("illisible") == "illisible" and local_time(None) == ""
    stamp = f"{moment:%Y-%m-%dT%H:%M:%S}.000Z/000003"
    assert clock_time(stamp) == local.strftime("%d/%m/%Y %H:%M")
    assert clock_time("pas une horloge") == ""


def test_names_in_lists_and_in_sentences():
    assert list_name("Wójcik", "Łukasz") == "WÓJCIK Łukasz"
    assert list_name("Nguyễn", "") == "NGUYỄN"
    assert sentence_name("Ayşe", "Yılmaz") == "Ayşe Yılmaz"


def test_sizes_in_ko_and_mo():
    assert size_text(10) == "1 Ko"
    assert size_text(200 * 1024) == "200 Ko"
    assert size_text(3 * 1_048_576 + 524_288).replace(".", ",") == "3,5 Mo"
