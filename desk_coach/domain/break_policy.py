"""The break policy: is a break due now, and if not, why not and until when.

Pure functions over the user's settings, what the coach remembers (BreakState) and one
moment of the desktop. Everything that can hold a break back is decided here, in this order:
paused, outside work hours, away, not yet due, quiet time, typing. A break that is held back
by quiet time or typing is not lost: it stays due and is shown as soon as the hold ends.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desk_coach.domain.history import BreakKind
from desk_coach.domain.quiet import QuietReason
from desk_coach.domain.settings import Settings


class Verdict(StrEnum):
    """What the policy says about the present moment."""

    NOT_DUE = "not_due"
    REMIND = "remind"
    PAUSED = "paused"
    OFF_HOURS = "off_hours"
    AWAY = "away"
    QUIET = "quiet"
    TYPING = "typing"


@dataclass(frozen=True)
class BreakState:
    """What the coach remembers between two decisions.

    Monotonic readings measure intervals (immune to clock changes); ``paused_until`` is a
    wall-clock time because "until tomorrow" is a calendar idea.
    """

    interval_start_mono: float | None = None  # the sitting interval runs from here
    snoozed_until_mono: float | None = None
    snoozes_in_a_row: int = 0
    skips_in_a_row: int = 0
    paused_until: datetime | None = None
    typing_wait_since_mono: float | None = None
    # When each recent long break was taken: the policy counts those of the current work day
    # (a night shift's work day runs past midnight, so a date alone would not tell).
    long_breaks_at: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class Moment:
    """The desktop right now, as the policy needs it."""

    wall: datetime
    mono: float
    idle_s: float | None
    sitting: bool
    quiet: frozenset[QuietReason] = frozenset()


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    kind: BreakKind = BreakKind.MICRO
    due_in_s: float | None = None  # seconds until the break is due (0 once it is due)
    until: datetime | None = None  # end of a pause, or the next start of work
    quiet: frozenset[QuietReason] = frozenset()

    @property
    def is_due(self) -> bool:
        return self.verdict in (Verdict.REMIND, Verdict.QUIET, Verdict.TYPING)


def decide(settings: Settings, state: BreakState, now: Moment) -> Decision:
    """The policy's answer for ``now``."""
    if state.paused_until is not None and now.wall < state.paused_until:
        return Decision(Verdict.PAUSED, until=state.paused_until)
    if settings.work_hours.honour and not in_work_hours(settings, now.wall):
        return Decision(Verdict.OFF_HOURS, until=next_work_start(settings, now.wall))
    if not now.sitting or state.interval_start_mono is None:
        return Decision(Verdict.AWAY)
    due_in = due_at_mono(settings, state) - now.mono
    kind = break_kind_due(settings, state, now.wall)
    if due_in > 0:
        return Decision(Verdict.NOT_DUE, kind=kind, due_in_s=due_in)
    quiet = relevant_quiet(settings, now.quiet)
    if quiet:
        return Decision(Verdict.QUIET, kind=kind, due_in_s=0.0, quiet=quiet)
    if _still_typing(settings, state, now):
        return Decision(Verdict.TYPING, kind=kind, due_in_s=0.0)
    return Decision(Verdict.REMIND, kind=kind, due_in_s=0.0)


def due_at_mono(settings: Settings, state: BreakState) -> float:
    """Monotonic time at which the next break falls due (a snooze moves it)."""
    if state.snoozed_until_mono is not None:
        return state.snoozed_until_mono
    assert state.interval_start_mono is not None
    return state.interval_start_mono + settings.breaks.sit_interval_min * 60


def relevant_quiet(settings: Settings, reasons: frozenset[QuietReason]) -> frozenset[QuietReason]:
    """The quiet-time reasons the user wants honoured."""
    wanted = set()
    if settings.quiet.fullscreen:
        wanted.add(QuietReason.FULLSCREEN)
    if settings.quiet.camera_or_microphone:
        wanted |= {QuietReason.CAMERA, QuietReason.MICROPHONE}
    if settings.quiet.desktop_do_not_disturb:
        wanted.add(QuietReason.DO_NOT_DISTURB)
    return frozenset(reasons & wanted)


def _still_typing(settings: Settings, state: BreakState, now: Moment) -> bool:
    """True while input is still going on and the wait for a pause has not hit its cap."""
    if now.idle_s is None or now.idle_s >= settings.typing.pause_s:
        return False
    if state.typing_wait_since_mono is None:
        return True
    return now.mono - state.typing_wait_since_mono < settings.typing.max_wait_s


# --- work hours ------------------------------------------------------------------------------
# A range that passes midnight belongs to the weekday it starts on: a Monday 22:00-06:00 night
# shift is Monday's, and Tuesday 05:00 is inside it (and inside Monday's work day).
def in_work_hours(settings: Settings, wall: datetime) -> bool:
    day, minute = work_day_minute(settings, wall)
    return any(r.holds(minute) for r in settings.work_hours.on(day.weekday()))


def work_day_minute(settings: Settings, wall: datetime) -> tuple[date, int]:
    """The work day ``wall`` falls in and the minute of it (counted from that day's midnight).

    Inside the part of yesterday's overnight range that runs past midnight, that is yesterday
    and a minute past 1440; otherwise today and the clock minute.
    """
    minute = wall.hour * 60 + wall.minute
    yesterday = wall.date() - timedelta(days=1)
    if any(r.holds(minute + _DAY_MIN) for r in settings.work_hours.on(yesterday.weekday())):
        return yesterday, minute + _DAY_MIN
    return wall.date(), minute


def next_work_start(settings: Settings, wall: datetime) -> datetime | None:
    """The next moment work hours begin, within a week; None if no day has work hours."""
    minute_now = wall.hour * 60 + wall.minute
    for days_ahead in range(8):
        day = wall.date() + timedelta(days=days_ahead)
        for work in sorted(settings.work_hours.on(day.weekday()), key=lambda r: r.start_min):
            if days_ahead == 0 and work.start_min <= minute_now:
                continue
            return _at_minute(wall, day, work.start_min)
    return None


def _at_minute(wall: datetime, day: date, minute_of_day: int) -> datetime:
    hours, minutes = divmod(minute_of_day, 60)
    return datetime.combine(day, time(hours % 24, minutes), tzinfo=wall.tzinfo) + timedelta(days=hours // 24)


_DAY_MIN = 24 * 60


# --- long breaks -------------------------------------------------------------------------------
def break_kind_due(settings: Settings, state: BreakState, wall: datetime) -> BreakKind:
    """LONG when the next of the day's routines is due, else MICRO.

    The day's routines are spread evenly over its work span: with one routine a day it is
    offered at the first break after the middle of the work day, with two after the first
    and second thirds. A night shift is one work day across midnight (the day it started).
    """
    per_day = settings.breaks.long_breaks_per_day
    day, minute = work_day_minute(settings, wall)
    done = sum(1 for at in state.long_breaks_at if work_day_minute(settings, at)[0] == day)
    ranges = settings.work_hours.on(day.weekday())
    if per_day == 0 or done >= per_day or not ranges:
        return BreakKind.MICRO
    start = min(r.start_min for r in ranges)
    end = max(r.end_min for r in ranges)
    checkpoint = start + (end - start) * (done + 1) / (per_day + 1)
    return BreakKind.LONG if minute >= checkpoint else BreakKind.MICRO


# --- what the user and the tracker do to the state -----------------------------------------
def bout_started(state: BreakState, mono: float) -> BreakState:
    """A new sitting bout (after a natural or taken break): a fresh interval, no escalation."""
    return replace(
        state,
        interval_start_mono=mono,
        snoozed_until_mono=None,
        snoozes_in_a_row=0,
        skips_in_a_row=0,
        typing_wait_since_mono=None,
    )


def bout_ended(state: BreakState) -> BreakState:
    return replace(state, interval_start_mono=None, snoozed_until_mono=None, typing_wait_since_mono=None)


def snoozed(settings: Settings, state: BreakState, mono: float, minutes: float | None = None) -> BreakState:
    """Put the due break off for ``minutes`` (by default the usual snooze length); counts
    towards the snooze limit whatever the length."""
    length = settings.snooze.length_min if minutes is None else minutes
    return replace(
        state,
        snoozed_until_mono=mono + length * 60,
        snoozes_in_a_row=state.snoozes_in_a_row + 1,
        typing_wait_since_mono=None,
    )


def dismissed(settings: Settings, state: BreakState, mono: float) -> BreakState:
    """The reminder went away unanswered (closed, expired, its server left): an answer like a snooze.

    It comes back after the snooze length and counts towards the snooze limit. Once the limit
    is reached it still comes back, as a reminder that can no longer be snoozed (Start or Skip):
    closing a reminder never silences it for good.
    """
    return snoozed(settings, state, mono)


def put_off(settings: Settings, state: BreakState, mono: float) -> BreakState:
    """A due break begun and left too soon to count: it comes back after the snooze length.

    Not counted as a snooze: the user did start the break.
    """
    back_at = mono + settings.snooze.length_min * 60
    return replace(state, snoozed_until_mono=back_at, typing_wait_since_mono=None)


def skipped(state: BreakState, mono: float) -> BreakState:
    """The user said no: the next break comes a whole interval from now, and is told so."""
    return replace(
        state,
        interval_start_mono=mono,
        snoozed_until_mono=None,
        snoozes_in_a_row=0,
        skips_in_a_row=state.skips_in_a_row + 1,
        typing_wait_since_mono=None,
    )


def break_taken(state: BreakState, kind: BreakKind, wall: datetime) -> BreakState:
    """A break was taken; a long one is remembered (for two days) towards its work day's routines."""
    recent = tuple(at for at in state.long_breaks_at if wall - at < _KEEP_LONG_BREAKS)
    return replace(
        bout_ended(state),
        snoozes_in_a_row=0,
        skips_in_a_row=0,
        long_breaks_at=recent + ((wall,) if kind == BreakKind.LONG else ()),
    )


_KEEP_LONG_BREAKS = timedelta(days=2)  # a work day, even one across midnight, is shorter


def waiting_for_typing_pause(state: BreakState, mono: float) -> BreakState:
    if state.typing_wait_since_mono is not None:
        return state
    return replace(state, typing_wait_since_mono=mono)


def can_snooze(settings: Settings, state: BreakState) -> bool:
    """Snooze is offered until the limit in a row; never in strict mode (it starts by itself)."""
    if settings.break_screen.strict:
        return False
    return state.snoozes_in_a_row < settings.snooze.max_in_a_row


def can_skip(settings: Settings) -> bool:
    """Skipping a due (or put-off) break is allowed unless strict mode is on."""
    return not settings.break_screen.strict


# --- strict mode: a due break starts by itself after a heads-up --------------------------------
class StrictStart(StrEnum):
    """What strict mode's heads-up does with the decision of the moment."""

    START = "start"  # nothing holds the break: it starts now (at the end of the warning)
    WAIT_FOR_TYPING = "wait_for_typing"  # input still going on: the start waits for a pause, heads-up up
    HELD = "held"  # quiet time, a pause, off hours, away: the heads-up goes, the break waits as before


def strict_start(decision: Decision) -> StrictStart:
    """The automatic start against what holds a reminder today.

    Typing does not take the heads-up away (it says "finish your sentence"): the start waits
    for a pause in the input, no longer than the typing wait allows (``typing.max_wait_s`` from
    the first wait), so keys never land on a break screen mid-word. Everything else that holds a
    reminder holds the start and withdraws the heads-up; the break stays due and a new heads-up
    comes once the hold ends (a lock is the coach's to see: it withdraws every reminder)."""
    if decision.verdict == Verdict.REMIND:
        return StrictStart.START
    if decision.verdict == Verdict.TYPING:
        return StrictStart.WAIT_FOR_TYPING
    return StrictStart.HELD


# --- pausing ----------------------------------------------------------------------------------
def paused(state: BreakState, until: datetime) -> BreakState:
    return replace(state, paused_until=until)


def resumed(state: BreakState) -> BreakState:
    return replace(state, paused_until=None)


def tomorrow_morning(settings: Settings, wall: datetime) -> datetime:
    """End of a "pause until tomorrow": the start of work on the user's next day, or the start
    of that day when it has no work.

    The user's day begins at ``work_hours.day_start_min`` (midnight, or the end of a night
    shift), so at 02:00 in a Monday night shift "tomorrow" is Tuesday's shift, not Wednesday's.
    """
    work_hours = settings.work_hours
    tomorrow = work_hours.day_of(wall) + timedelta(days=1)
    day_begins = _at_minute(wall, tomorrow, work_hours.day_start_min)
    start = next_work_start(settings, day_begins - timedelta(minutes=1))
    return start if start is not None and work_hours.day_of(start) == tomorrow else day_begins
