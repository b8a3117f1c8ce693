"""The charts' colours in a contrast theme (issue 17, 6): every series 7:1 off black or white, and
the series of a chart as far apart as the everyday palette's rules ask
(tests/unit/ui/test_chart_colours.py), to normal vision and with each colour-vision deficiency."""

from __future__ import annotations

from itertools import combinations

import pytest
from colour_vision import VISIONS, contrast, delta_e

from desk_coach.ui.chart_colours import (
    APART_NORMAL,
    APART_SIMULATED,
    CHARTS,
    ENHANCED_CONTRAST,
    HIGH_CONTRAST_BACKGROUNDS,
    HIGH_CONTRAST_SCREEN_COLOURS,
    HIGH_CONTRAST_SERIES_COLOURS,
    SCREEN_COLOURS,
    SERIES_COLOURS,
)

PALETTES = ("light", "dark")
ALL_CHARTS = (*CHARTS, "self-check")


def chart_colours(chart: str, palette: str) -> dict[str, str]:
    dark = palette == "dark"
    if chart == "self-check":
        return {f"S{n}": colour.on(dark) for n, colour in enumerate(HIGH_CONTRAST_SCREEN_COLOURS, 1)}
    return {name: HIGH_CONTRAST_SERIES_COLOURS[name].on(dark) for name in CHARTS[chart]}


def test_every_series_has_its_contrast_colours():
    assert set(HIGH_CONTRAST_SERIES_COLOURS) == set(SERIES_COLOURS)
    assert len(HIGH_CONTRAST_SCREEN_COLOURS) == len(SCREEN_COLOURS)


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("chart", ALL_CHARTS)
def test_each_series_stands_7_to_1_off_the_window(chart, palette):
    faint = [
        (name, colour, round(contrast(colour, background), 2))
        for name, colour in chart_colours(chart, palette).items()
        for background in HIGH_CONTRAST_BACKGROUNDS[palette]
        if contrast(colour, background) < ENHANCED_CONTRAST
    ]
    assert not faint


@pytest.mark.parametrize("vision", VISIONS)
@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("chart", ALL_CHARTS)
def test_the_series_of_a_chart_stay_apart(chart, palette, vision):
    least = APART_NORMAL if vision == "normal" else APART_SIMULATED
    colours = chart_colours(chart, palette)
    close = [
        (first, second, round(delta_e(colours[first], colours[second], vision), 1))
        for first, second in combinations(colours, 2)
        if delta_e(colours[first], colours[second], vision) < least
    ]
    assert not close
