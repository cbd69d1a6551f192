from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.domain.clock import HybridClock, is_hlc, parse_hlc
from reconv_desktop.domain.text import fold, name_sort_key


def test_clock_never_goes_backwards_when_the_wall_clock_does():
    walls = iter([5_000, 4_000, 4_000, 6_000])
    clock = HybridClock(wall_ms=lambda: next(walls))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert all(is_hlc(s) for s in stamps)


def test_observing_a_later_remote_clock_moves_ours_past_it():
    remote = HybridClock(wall_ms=lambda: 10_000_000).now()
    local = HybridClock(wall_ms=lambda: 1_000)
    local.observe(remote)
    assert local.now() > remote


@given(st.lists(st.integers(min_value=1, max_value=4_102_444_800_000), min_size=2, max_size=30))
def test_text_order_is_time_order(walls):
    stamps = [HybridClock(wall_ms=lambda w=w: w).now() for w in walls]
    assert [parse_hlc(s)[0] for s in sorted(stamps)] == sorted(walls)


def test_fold_handles_letters_without_decomposition():
    assert fold("Łukasz Wójcik") == "lukasz wojcik"
    assert fold("Ayşe Yılmaz") == "ayse yilmaz"
    assert fold("Nguyễn Thị Hoa") == "nguyen thi hoa"
    assert fold("Øster Straße") == "oster strasse"


def test_names_sort_french_style_ignoring_accents_and_case():
    names = [("Zoë", "A"), ("élodie", "B"), ("Eliott", "C"), ("Łukasz", "D"), ("Lambert", "E")]
    ordered = sorted(names, key=lambda n: name_sort_key(*n))
    assert [n[0] for n in ordered] == ["Eliott", "élodie", "Lambert", "Łukasz", "Zoë"]
