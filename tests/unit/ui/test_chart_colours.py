"""The Progress charts' colours stay apart for colour-blind users and stand off light and dark
backgrounds (issue 15): every chart's series set, in the light and the dark palette, to normal
vision and simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1.0).

Thresholds (``desk_coach.ui.chart_colours``): CIEDE2000 ≥ 20 to normal vision and ≥ 10 after
simulation between any two series of one chart; contrast ≥ 3:1 against the chart's background
(WCAG 2.1, 1.4.11 non-text contrast)."""

from __future__ import annotations

from itertools import combinations

import pytest
from colour_vision import MACHADO, VISIONS, ciede2000, contrast, delta_e, lab, simulate

from desk_coach.domain.coaching.exercises import Target
from desk_coach.ui.chart_colours import (
    APART_NORMAL,
    APART_SIMULATED,
    BACKGROUNDS,
    CHARTS,
    LEAST_CONTRAST,
    PAPER,
    PUT_OFF,
    REPORT_CHARTS,
    SCREEN_COLOURS,
    SCREEN_MARKERS,
    SERIES_COLOURS,
    TARGET_COLOURS,
)
from desk_coach.ui.progress_presenter import BREAK_SERIES

PALETTES = ("light", "dark")


def chart_colours(chart: str, palette: str) -> dict[str, str]:
    if chart == "self-check":
        return {f"S{n}": colour.on(palette == "dark") for n, colour in enumerate(SCREEN_COLOURS, 1)}
    return {name: SERIES_COLOURS[name].on(palette == "dark") for name in CHARTS[chart]}


ALL_CHARTS = (*CHARTS, "self-check")


# -- the colour science itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 17, 25 and 34
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ],
)
def test_ciede2000_matches_the_published_test_data(first, second, expected):
    assert ciede2000(first, second) == pytest.approx(expected, abs=1e-4)


def test_the_simulations_keep_white_and_grey_and_merge_red_with_green():
    for vision in MACHADO:  # each row of Machado's matrices sums to 1: neutral stays neutral
        assert simulate("#FFFFFF", vision) == pytest.approx((1.0, 1.0, 1.0), abs=1e-3)
        assert lab(simulate("#777777", vision))[1:] == pytest.approx((0.0, 0.0), abs=0.5)
    red, green = "#D00000", "#00A000"
    assert delta_e(red, green) > 60
    assert delta_e(red, green, "deuteranopia") < delta_e(red, green) / 3
    assert delta_e("#0000FF", "#00A000", "tritanopia") < delta_e("#0000FF", "#00A000") / 2


# -- the palette --------------------------------------------------------------------------------


def test_every_series_has_a_light_and_a_dark_colour():
    for chart in CHARTS.values():
        assert set(chart) <= set(SERIES_COLOURS)
    assert set(CHARTS["breaks"]) == {name for name, _ in BREAK_SERIES}
    assert len(SCREEN_COLOURS) == len(SCREEN_MARKERS) == 6


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("chart", ALL_CHARTS)
def test_each_series_stands_off_the_background(chart, palette):
    too_faint = [
        (name, colour, background, round(contrast(colour, background), 2))
        for name, colour in chart_colours(chart, palette).items()
        for background in BACKGROUNDS[palette]
        if contrast(colour, background) < LEAST_CONTRAST
    ]
    assert not too_faint


def too_close(colours: dict[str, str], vision: str) -> list[tuple[str, str, float]]:
    """The pairs of ``colours`` nearer than the palette allows to ``vision``, with their ΔE00."""
    least = APART_NORMAL if vision == "normal" else APART_SIMULATED
    return [
        (first, second, round(delta_e(colours[first], colours[second], vision), 1))
        for first, second in combinations(colours, 2)
        if delta_e(colours[first], colours[second], vision) < least
    ]


@pytest.mark.parametrize("vision", VISIONS)
@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("chart", ALL_CHARTS)
def test_the_series_of_a_chart_stay_apart(chart, palette, vision):
    assert not too_close(chart_colours(chart, palette), vision)


def test_the_self_check_lines_have_a_point_shape_each():
    assert len(set(SCREEN_MARKERS)) == len(SCREEN_MARKERS)


def test_the_put_off_kinds_are_the_reminders_not_taken():
    put_off = {"snoozed", "dismissed", "skipped", "quiet_delayed"}
    assert {name for name, kind in BREAK_SERIES if kind in put_off} == PUT_OFF


# -- the progress report, printed on white paper ------------------------------------------------


def test_the_report_takes_the_windows_light_colours_and_has_one_for_every_target():
    assert set(TARGET_COLOURS) == set(Target)  # the eight targets stacked in one bar
    assert REPORT_CHARTS["report-sitting"] == {name: SERIES_COLOURS[name].light for name in CHARTS["sitting"]}
    assert set(REPORT_CHARTS["report-sides"]) == {"left", "right", "both"}


@pytest.mark.parametrize("chart", REPORT_CHARTS)
def test_each_report_series_stands_off_the_paper(chart):
    too_faint = [
        (name, colour, round(contrast(colour, PAPER), 2))
        for name, colour in REPORT_CHARTS[chart].items()
        if contrast(colour, PAPER) < LEAST_CONTRAST
    ]
    assert not too_faint


@pytest.mark.parametrize("vision", VISIONS)
@pytest.mark.parametrize("chart", REPORT_CHARTS)
def test_the_series_of_a_report_chart_stay_apart(chart, vision):
    assert not too_close(REPORT_CHARTS[chart], vision)
