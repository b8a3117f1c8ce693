"""The Progress window's chart colours, as data: one colour for a light palette and one for a dark
palette per series, chosen so the series of a chart stay apart for colour-blind users and in
dark themes.

How they were chosen (``tests/unit/ui/test_chart_colours.py`` checks every rule, in light and dark):

- every series stands off the chart's background (:data:`BACKGROUNDS`: light windows of Fusion,
  plain white and GTK Adwaita; dark ones of a dark Fusion palette, near black and Adwaita-dark) by a
  contrast ratio of at least 3:1, WCAG 2.1's bar for non-text content
  (1.4.11), so a bar or line is seen at all;
- any two series of one chart are at least :data:`APART_NORMAL` apart in CIEDE2000 to normal
  vision, and at least :data:`APART_SIMULATED` apart after simulating protanopia, deuteranopia
  and tritanopia at full severity (Machado et al. 2009). ΔE00 of 10 is a plainly different colour
  at a glance, 20 an unmistakable one;
- the seven break kinds are seven colours in two families: what became a break (taken, ended
  early, natural: green, grey-green, blue; solid bars) and the reminders put off (snoozed, closed
  unanswered, skipped, delayed by quiet time: amber, violet, crimson, slate), which the window also
  hatches (:data:`PUT_OFF`), so the two families part by texture as well as by colour;
- the progress report (``ui/report_charts.py``) is printed on white paper (:data:`PAPER`) and takes
  the light colours: the same series in the same colour as on screen, and its own series sets
  (:data:`REPORT_CHARTS`: the eight targets stacked in one bar, the left and right sides'
  lines, the level marks) held to the same rules on white;
- the six self-check lines also differ by their points' shape (:data:`SCREEN_MARKERS`), so no
  line is told apart by its colour alone (WCAG 1.4.1).

The colours came from a search over sRGB that kept each series near a colour of its meaning and
maximised the least distance under the four visions; they were then rounded by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_coach.domain.coaching.exercises import Target
from desk_coach.ui.progress_presenter import (
    DISMISSED,
    EXERCISE,
    GOAL,
    LONGEST_BOUT,
    NATURAL,
    PARTIAL,
    QUIET_DELAYED,
    SITTING,
    SKIPPED,
    SNOOZED,
    TAKEN,
)

APART_NORMAL = 20.0
"""The least CIEDE2000 distance between two series of one chart, to normal vision."""
APART_SIMULATED = 10.0
"""The least CIEDE2000 distance between two series of one chart after a dichromacy simulation."""
LEAST_CONTRAST = 3.0
"""The least contrast ratio of a series against the chart's background (WCAG 2.1, 1.4.11)."""

#: Typical window colours the charts are drawn on (the window's own colour is the chart's background).
BACKGROUNDS: dict[str, tuple[str, ...]] = {
    "light": ("#EFEFEF", "#FFFFFF", "#FAF9F8"),  # Fusion, a white window, GTK Adwaita
    "dark": ("#2B2B2B", "#1E1E1E", "#323232"),  # a dark Fusion palette, a black-ish one, Adwaita-dark
}


@dataclass(frozen=True)
class SeriesColour:
    """One series' colour on a light and on a dark palette (``"#RRGGBB"``)."""

    light: str
    dark: str

    def on(self, dark: bool) -> str:
        return self.dark if dark else self.light


SERIES_COLOURS: dict[str, SeriesColour] = {
    SITTING: SeriesColour("#0072B2", "#56B4E9"),
    LONGEST_BOUT: SeriesColour("#B35900", "#F0C04A"),
    GOAL: SeriesColour("#333333", "#E0E0E0"),  # a dashed line in the text's colour family: a limit
    # What became of the breaks: the breaks made (solid) ...
    TAKEN: SeriesColour("#085800", "#00A070"),
    PARTIAL: SeriesColour("#688878", "#E0FFE0"),
    NATURAL: SeriesColour("#0080FF", "#68C8FF"),
    # ... and the reminders put off (hatched, see PUT_OFF).
    SNOOZED: SeriesColour("#B87010", "#E8B000"),
    DISMISSED: SeriesColour("#8000D0", "#C050D8"),
    SKIPPED: SeriesColour("#B83040", "#E83838"),
    QUIET_DELAYED: SeriesColour("#484850", "#C8B8C0"),
    EXERCISE: SeriesColour("#007A50", "#3CCB9B"),
}

PUT_OFF: frozenset[str] = frozenset({SNOOZED, DISMISSED, SKIPPED, QUIET_DELAYED})
"""The break kinds that are reminders put off rather than breaks: drawn hatched."""

#: The series drawn together in one chart, each a set whose colours must stay apart.
CHARTS: dict[str, tuple[str, ...]] = {
    "sitting": (SITTING, LONGEST_BOUT, GOAL),
    "breaks": (TAKEN, PARTIAL, NATURAL, SNOOZED, DISMISSED, SKIPPED, QUIET_DELAYED),
    "targets": (EXERCISE,),
}

#: The self-check lines' colours, in the checks' order (S1..S6).
SCREEN_COLOURS: tuple[SeriesColour, ...] = (
    SeriesColour("#0080FF", "#68D8FF"),
    SeriesColour("#A07000", "#E0C808"),
    SeriesColour("#107860", "#18A878"),
    SeriesColour("#E0109C", "#B878B0"),
    SeriesColour("#980800", "#D85820"),
    SeriesColour("#383848", "#FFF0F0"),
)

ENHANCED_CONTRAST = 7.0
"""In a contrast theme every series stands off the window by 7:1 (WCAG 1.4.6)."""
HIGH_CONTRAST_BACKGROUNDS: dict[str, tuple[str, ...]] = {"light": ("#FFFFFF",), "dark": ("#000000",)}
"""A contrast theme's windows: black on white, white on black."""

#: The series' colours in a contrast theme (``ui/contrast.py``): ``light`` on white, ``dark`` on
#: black, each 7:1 off it and the series of a chart as far apart as above (APART_NORMAL,
#: APART_SIMULATED), kept within about 40° of hue of the series' everyday colour. Found by a search
#: over sRGB like the everyday ones; checked in tests/unit/ui/test_chart_colours_high_contrast.py.
HIGH_CONTRAST_SERIES_COLOURS: dict[str, SeriesColour] = {
    SITTING: SeriesColour("#152FD4", "#0B9BFE"),
    LONGEST_BOUT: SeriesColour("#B50223", "#F76D0C"),
    GOAL: SeriesColour("#12110F", "#F4F3F0"),
    TAKEN: SeriesColour("#13150B", "#00B07B"),
    PARTIAL: SeriesColour("#455B50", "#EFF9E3"),
    NATURAL: SeriesColour("#09398A", "#56DAE6"),
    SNOOZED: SeriesColour("#7D4C0B", "#ECEA2B"),
    DISMISSED: SeriesColour("#8000D0", "#AC88DC"),
    SKIPPED: SeriesColour("#5F074E", "#D98233"),
    QUIET_DELAYED: SeriesColour("#585064", "#EFA8AE"),
    EXERCISE: SeriesColour("#006240", "#3CCB9B"),
}

#: The self-check lines' colours in a contrast theme, as :data:`HIGH_CONTRAST_SERIES_COLOURS`.
HIGH_CONTRAST_SCREEN_COLOURS: tuple[SeriesColour, ...] = (
    SeriesColour("#1439F4", "#85D5FC"),
    SeriesColour("#150A05", "#F9C94A"),
    SeriesColour("#0D4139", "#1DA98D"),
    SeriesColour("#A40C74", "#BA78FE"),
    SeriesColour("#980800", "#E4794C"),
    SeriesColour("#12024D", "#FFF0F0"),
)

#: The self-check lines' point shapes, in the checks' order: names of QScatterSeries.MarkerShape.
SCREEN_MARKERS: tuple[str, ...] = (
    "MarkerShapeCircle",
    "MarkerShapeRectangle",
    "MarkerShapeTriangle",
    "MarkerShapeRotatedRectangle",
    "MarkerShapePentagon",
    "MarkerShapeStar",
)


def screen_colour(number: int, *, high_contrast: bool = False) -> SeriesColour:
    """The colour of the self-check line ``number`` (0 for S1); repeats after six."""
    colours = HIGH_CONTRAST_SCREEN_COLOURS if high_contrast else SCREEN_COLOURS
    return colours[number % len(colours)]


def screen_marker(number: int) -> str:
    """The point shape of the self-check line ``number`` (0 for S1); repeats after six."""
    return SCREEN_MARKERS[number % len(SCREEN_MARKERS)]


PAPER = "#FFFFFF"
"""The progress report's page: it is printed, so its charts take the light colours."""

#: Each target's colour in the report's stacked exercise bars (light palette, on white paper).
TARGET_COLOURS: dict[Target, str] = {
    Target.HIP_FLEXORS: "#0061CE",
    Target.CHEST: "#B4600C",
    Target.GLUTES: "#09774E",
    Target.UPPER_BACK: "#A22D8C",
    Target.THORACIC: "#009ACA",
    Target.HAMSTRINGS: "#AC0013",
    Target.NECK: "#9A8F61",
    Target.WALK: "#64656B",
}

LEFT, RIGHT, BOTH = "left", "right", "both"
UP, DOWN, SAME = "up", "down", "same"

#: The series drawn together in one chart of the report, each a set whose colours must stay apart
#: on :data:`PAPER`: the window's own colours where the series is the window's.
REPORT_CHARTS: dict[str, dict[str, str]] = {
    "report-sitting": {name: SERIES_COLOURS[name].light for name in (SITTING, LONGEST_BOUT, GOAL)},
    "report-breaks": {TAKEN: SERIES_COLOURS[TAKEN].light},
    # a self-check item's left and right sides (and an item done once): solid and dashed lines too
    "report-sides": {
        LEFT: SERIES_COLOURS[SITTING].light,
        RIGHT: SERIES_COLOURS[LONGEST_BOUT].light,
        BOTH: SERIES_COLOURS[GOAL].light,
    },
    "report-targets": {target.value: colour for target, colour in TARGET_COLOURS.items()},
    # a level stepped up, down or kept: also told by the marks' shapes (▲ ▼ ■)
    "report-levels": {
        UP: SERIES_COLOURS[TAKEN].light,
        DOWN: SERIES_COLOURS[SKIPPED].light,
        SAME: SERIES_COLOURS[QUIET_DELAYED].light,
    },
}
