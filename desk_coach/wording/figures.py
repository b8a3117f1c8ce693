"""How each kind of figure reads, in the user's language, for the windows, the notifications,
the command line and the reports.

One form per kind, so the plan, the what-changed message, the routine window and ``stats`` never
say the same thing two ways:

- a dose: "3 sets of 12" ("1 set of 12"), "2 [times sign] 30 s" with the real times sign
  (``TIMES``; "30 s hold" for one), "3 min"; " each side" when done on both sides;
- a duration (how long something takes): "45 s" under a minute and a half, else "about 3 min";
- minutes (a measured amount): whole minutes, "52 min"; ``tenths=True`` for the small amounts
  of a week's stretching, "2.5 min"; hours and minutes for a week's sitting, "22 h 10 min";
- sets done (half-done sets count half): "6", "4.5";
- a week: its number in the year, "48" of "2026-W48", and its days as "Mon 23 Nov to Sun 29 Nov
  2026" in the language's own form;
- a day and a time of day, in the language's short forms.

Numbers take the language's decimal sign ("2,5 min" in German) through ``translate.number``.
"""

from __future__ import annotations

import math
from datetime import date

from desk_coach.domain.coaching.exercises import Dose, HoldDose, RepsDose
from desk_coach.domain.weekly import sets_figure, tenth_figure
from desk_coach.wording.translate import number, translate

TIMES = "\N{MULTIPLICATION SIGN}"
"""The times sign of two holds of 30 seconds, "2 [times sign] 30 s"."""

DURATION_IN_SECONDS_BELOW_S = 90


def dose_words(dose: Dose, per_side: bool) -> str:
    """A dose as the user reads it: "3 sets of 12", "2 [times sign] 30 s each side", "30 s hold",
    "3 min"."""
    if isinstance(dose, RepsDose):
        #: A strength dose: sets of repetitions, "3 sets of 12".
        text = translate("Doses", "%n set(s) of {reps}", None, dose.sets).format(reps=number(dose.reps))
    elif isinstance(dose, HoldDose) and dose.reps == 1:
        #: One held stretch, in seconds: "30 s hold".
        text = translate("Doses", "{seconds} s hold").format(seconds=number(dose.hold_s))
    elif isinstance(dose, HoldDose):
        #: Several holds: two holds of 30 seconds, with the times sign between.
        text = translate("Doses", "{holds} {times} {seconds} s").format(
            holds=number(dose.reps), times=TIMES, seconds=number(dose.hold_s)
        )
    else:
        text = minutes_words(dose.minutes)
    if per_side:
        #: A dose done on the left and on the right: "3 sets of 12 each side".
        text = translate("Doses", "{dose} each side").format(dose=text)
    return text


def duration_words(seconds: float) -> str:
    """How long something takes: "45 s" under a minute and a half, else "about 3 min"."""
    if seconds < DURATION_IN_SECONDS_BELOW_S:
        return translate("Durations", "{seconds} s").format(seconds=number(round(seconds)))
    #: How long something takes, rounded to minutes.
    return translate("Durations", "about {minutes} min").format(minutes=number(round(seconds / 60)))


def countdown_words(seconds: float) -> str:
    """What a countdown's face reads: whole seconds rounded up ("30"), m:ss from a minute ("5:00"),
    so that 0 shows only at the very end. The break window and the guided routine both count so."""
    whole = max(0, math.ceil(seconds - 1e-6))
    if whole < 60:
        return number(whole)
    minutes, secs = divmod(whole, 60)
    return f"{number(minutes)}:{secs:02d}"


def time_of_day_words(minutes: int) -> str:
    """A time of day from minutes after midnight, on the 24-hour clock: "06:30"."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_words(minutes: float, *, tenths: bool = False) -> str:
    """A measured number of minutes: "52 min"; with ``tenths``, "2.5 min" (and "3 min")."""
    #: A measured number of minutes, "52 min".
    return translate("Durations", "{minutes} min").format(minutes=minutes_figure(minutes, tenths=tenths))


def minutes_figure(minutes: float, *, tenths: bool = False) -> str:
    """The number alone, for a column or a sentence that names its unit once."""
    if tenths:  # half up, as the week's summary says minutes per target (weekly.tenth_figure)
        rounded = tenth_figure(minutes)
        return number(rounded, 0 if isinstance(rounded, int) else 1)
    return number(round(minutes))


def hours_minutes_words(minutes: float) -> str:
    """A long stretch of time, to the minute: "22 h 10 min", "0 h 05 min"."""
    whole = round(minutes)
    #: Hours and minutes of sitting, "22 h 10 min".
    return translate("Durations", "{hours} h {minutes} min").format(
        hours=number(whole // 60), minutes=f"{whole % 60:02d}"
    )


def sets_words(sets: float) -> str:
    """Sets as the user counts them: whole when whole, else to the tenth, rounded half up
    (``weekly.sets_figure``: "4.5", never "0.0")."""
    figure = sets_figure(sets)
    return number(figure, 0 if isinstance(figure, int) else 1)


def week_number(label: str) -> str:
    """The week's number in its year, "48", from its label "2026-W48"."""
    return label.partition("-W")[2].lstrip("0") or label


def weekday_short(weekday: int) -> str:
    """A weekday's short name, 0 = Monday: "Mon"."""
    return (
        translate("Weekdays", "Mon"),
        translate("Weekdays", "Tue"),
        translate("Weekdays", "Wed"),
        translate("Weekdays", "Thu"),
        translate("Weekdays", "Fri"),
        translate("Weekdays", "Sat"),
        translate("Weekdays", "Sun"),
    )[weekday]


def month_short(month: int) -> str:
    """A month's short name, 1 = January: "Jan"."""
    return (
        translate("Months", "Jan"),
        translate("Months", "Feb"),
        translate("Months", "Mar"),
        translate("Months", "Apr"),
        #: The month of May, short (as "Jan", "Feb").
        translate("Months", "May", "short"),
        translate("Months", "Jun"),
        translate("Months", "Jul"),
        translate("Months", "Aug"),
        translate("Months", "Sep"),
        translate("Months", "Oct"),
        translate("Months", "Nov"),
        translate("Months", "Dec"),
    )[month - 1]


def day_words(day: date) -> str:
    """A day in short: "Mon 23 Nov"."""
    #: A day in short: weekday, day of the month, month: "Mon 23 Nov".
    return translate("Dates", "{weekday} {day} {month}").format(
        weekday=weekday_short(day.weekday()), day=number(day.day), month=month_short(day.month)
    )


def week_span_words(first: date, last: date) -> str:
    """A week's days, first to last: "Mon 23 Nov to Sun 29 Nov 2026"."""
    #: A week's days, first to last, and the year: "Mon 23 Nov to Sun 29 Nov 2026".
    return translate("Dates", "{first} to {last} {year}").format(
        first=day_words(first), last=day_words(last), year=f"{last.year:04d}"
    )
