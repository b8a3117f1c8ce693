"""How each kind of figure reads, in one place for the UI, the notifications, the CLI and the reports.

One form per kind, so the plan, the what-changed message, the routine window and ``stats`` never
say the same thing two ways:

- a dose: "3 sets of 12" ("1 set of 12"), "2 [times sign] 30 s" with the real times sign
  (``TIMES``; "30 s hold" for one), "3 min"; " each side" when done on both sides;
- a duration (how long something takes): "45 s" under a minute and a half, else "about 3 min";
- minutes (a measured amount): whole minutes, "52 min"; ``tenths=True`` for the small amounts
  of a week's stretching, "2.5 min"; hours and minutes for a week's sitting, "22 h 10 min";
- sets done (half-done sets count half): "6", "4.5";
- a week: its number in the year, "48" of "2026-W48" (see ``week_calendar.week_label``), and
  its days as "Mon 23 Nov to Sun 29 Nov 2026" (the Progress window writes them in the locale's
  long form instead).
"""

from __future__ import annotations

import math
from datetime import date

from desk_coach.domain.coaching.exercises import Dose, HoldDose, RepsDose

TIMES = "\N{MULTIPLICATION SIGN}"
"""The times sign of two holds of 30 seconds, "2 [times sign] 30 s"."""

DURATION_IN_SECONDS_BELOW_S = 90


def dose_words(dose: Dose, per_side: bool) -> str:
    """A dose as the user reads it: "3 sets of 12", "2 [times sign] 30 s each side", "30 s hold",
    "3 min"."""
    side = " each side" if per_side else ""
    if isinstance(dose, RepsDose):
        sets = "1 set" if dose.sets == 1 else f"{dose.sets} sets"
        return f"{sets} of {dose.reps}{side}"
    if isinstance(dose, HoldDose):
        holds = f"{dose.hold_s} s hold" if dose.reps == 1 else f"{dose.reps} {TIMES} {dose.hold_s} s"
        return holds + side
    return f"{dose.minutes} min"


def duration_words(seconds: float) -> str:
    """How long something takes: "45 s" under a minute and a half, else "about 3 min"."""
    if seconds < DURATION_IN_SECONDS_BELOW_S:
        return f"{round(seconds)} s"
    return f"about {round(seconds / 60)} min"


def countdown_words(seconds: float) -> str:
    """What a countdown's face reads: whole seconds rounded up ("30"), m:ss from a minute ("5:00"),
    so that 0 shows only at the very end. The break window and the guided routine both count so."""
    whole = max(0, math.ceil(seconds - 1e-6))
    if whole < 60:
        return str(whole)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


def time_of_day_words(minutes: int) -> str:
    """A time of day from minutes after midnight, on the 24-hour clock: "06:30"."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_words(minutes: float, *, tenths: bool = False) -> str:
    """A measured number of minutes: "52 min"; with ``tenths``, "2.5 min" (and "3 min")."""
    return f"{minutes_figure(minutes, tenths=tenths)} min"


def minutes_figure(minutes: float, *, tenths: bool = False) -> str:
    """The number alone, for a column or a sentence that names its unit once."""
    if tenths:
        return f"{minutes:.1f}".rstrip("0").rstrip(".")
    return f"{minutes:.0f}"


def hours_minutes_words(minutes: float) -> str:
    """A long stretch of time, to the minute: "22 h 10 min", "0 h 05 min"."""
    whole = round(minutes)
    return f"{whole // 60} h {whole % 60:02d} min"


def sets_words(sets: float) -> str:
    """Sets as the user counts them: whole when whole, else to one decimal (half-done sets)."""
    return f"{sets:.0f}" if float(sets).is_integer() else f"{sets:.1f}"


def week_number(label: str) -> str:
    """The week's number in its year, "48", from its label "2026-W48"."""
    return label.partition("-W")[2].lstrip("0") or label


def week_span_words(first: date, last: date) -> str:
    """A week's days, first to last: "Mon 23 Nov to Sun 29 Nov 2026"."""
    return f"{first:%a %d %b} to {last:%a %d %b} {last.year:04d}"
