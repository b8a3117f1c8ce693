"""A user's history written down in plain Python, stored through the app's own repositories, and
the week's figures counted from it by hand: the independent side of the tests that check the
week everywhere it is shown (the SQL aggregation, the Progress window, `stats`, the summary).

Nothing here calls the code under test to count: a day is the local wall-clock date of an
event's own moment, moved back by the minutes the day starts late (a night shift); a dose's
minutes and sets are written out from its fields.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.exercises import ExerciseLibrary, HoldDose, RepsDose, TimedDose
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Prescription
from desk_coach.domain.coaching.records import RoutineSource
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 12, 2, 15, 0, tzinfo=BERLIN)  # a Wednesday, 15:00 in Berlin
TODAY = NOW.date()

KINDS = ("taken", "partial", "natural", "snoozed", "dismissed", "skipped", "quiet_delayed")
"""Every break-event kind a week counts, written out here (not read from the code)."""


@dataclass(frozen=True)
class Done:
    """One exercise of a routine as the diary wrote it: what the library says it works and
    the dose prescribed, done in part (``fraction``)."""

    exercise_id: str
    target: str
    pattern: str
    per_side: bool
    dose: HoldDose | RepsDose | TimedDose
    fraction: float

    @property
    def minutes(self) -> float:
        sides = 2 if self.per_side else 1
        if isinstance(self.dose, HoldDose):
            seconds = self.dose.hold_s * self.dose.reps * sides
        elif isinstance(self.dose, RepsDose):
            seconds = self.dose.reps * self.dose.sets * self.dose.rep_s * sides
        else:
            seconds = self.dose.minutes * 60  # a walk has no sides
        return seconds * self.fraction / 60

    @property
    def stretch_minutes_one_side(self) -> float:
        """A stretch's minutes on one side, the unit of the weekly stretching goal (2 x 30 s each
        side is 1 minute); 0 for anything but a stretch."""
        if self.pattern != "stretch":
            return 0.0
        return self.minutes / (2 if self.per_side else 1)

    @property
    def sets(self) -> float:
        """A reps dose counts its sets; a series of holds one set; a walk none."""
        if isinstance(self.dose, RepsDose):
            return self.dose.sets * self.fraction
        return self.fraction if isinstance(self.dose, HoldDose) else 0.0


@dataclass
class Diary:
    """What happened, as the user lived it (aware local times, each in the zone of the moment)."""

    bouts: list[tuple[datetime, datetime]] = field(default_factory=list)
    events: list[tuple[datetime, str]] = field(default_factory=list)
    routines: list[tuple[datetime, bool, list[Done]]] = field(default_factory=list)

    def sat(self, start: datetime, minutes: float) -> Diary:
        self.bouts.append((start, start + timedelta(minutes=minutes)))
        return self

    def broke(self, at: datetime, kind: str) -> Diary:
        self.events.append((at, kind))
        return self

    def exercised(self, started: datetime, completed: bool, *done: Done) -> Diary:
        self.routines.append((started, completed, list(done)))
        return self

    def store_last_bout(self, engine) -> None:
        """The bout written last, saved as the coach saves a bout when it ends."""
        start, end = self.bouts[-1]
        with SqlUnitOfWork(engine) as uow:
            uow.history.add_bout(SittingBout(start, end, BoutEnd.BREAK))

    def store(self, engine, library: ExerciseLibrary) -> None:
        """Through the repositories the app saves with, as the coach and the routines do."""
        with SqlUnitOfWork(engine) as uow:
            for start, end in self.bouts:
                uow.history.add_bout(SittingBout(start, end, BoutEnd.BREAK))
            for at, kind in self.events:
                uow.history.add_break_event(BreakEvent(at, BreakEventKind(kind), BreakKind.MICRO))
            for started, completed, done in self.routines:
                session = uow.coaching.add_session(started, BreakKind.MICRO, RoutineSource.BREAK)
                results = [
                    (Prescription(item.exercise_id, item.dose, "test"),
                     ExerciseFeedback(item.exercise_id, Effort.JUST_RIGHT, 0, item.fraction,
                                      skipped=item.fraction == 0))
                    for item in done
                ]
                uow.coaching.finish_session(session, started + timedelta(minutes=7), completed, results,
                                            library=library)


def done(library: ExerciseLibrary, exercise_id: str, fraction: float,
         dose: HoldDose | RepsDose | TimedDose | None = None) -> Done:
    """An exercise of the library done in part, at its own dose unless another was prescribed."""
    exercise = library[exercise_id]
    return Done(exercise_id, exercise.target.value, exercise.pattern.value, exercise.per_side,
                dose or exercise.dose, fraction)


@dataclass
class ByHand:
    """A week's figures counted from the diary: per day (in the week's order) and in all."""

    days: tuple[date, ...]
    sitting: dict[date, float]
    longest: dict[date, float]
    breaks: dict[date, dict[str, int]]
    routines: dict[date, int]
    exercise: dict[date, dict[str, float]]
    pull_sets: float
    push_sets: float
    stretch_per_side: dict[str, float] = field(default_factory=dict)  # the week's, per target

    @property
    def week_exercise(self) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        for worked in self.exercise.values():
            for target, minutes in worked.items():
                totals[target] += minutes
        return dict(totals)

    @property
    def breaks_taken(self) -> int:
        return sum(b["taken"] + b["natural"] for b in self.breaks.values())

    @property
    def sitting_total(self) -> float:
        return sum(self.sitting.values())

    @property
    def longest_total(self) -> float:
        return max(self.longest.values())


def sitting_status(sitting_s: float):
    """The coach's status while the user has sat ``sitting_s`` seconds (no break planned yet)."""
    from desk_coach.services.coach_status import CoachState, CoachStatus

    return CoachStatus(CoachState.SITTING, sitting_s, interval_s=3000, interval_elapsed_s=sitting_s,
                       next_break_at=None, next_break_kind=BreakKind.MICRO, detail=None, sensing=True,
                       sensor="test")


def tray_minutes(sitting_s: float) -> int:
    """The minutes the tray's tooltip says the user has sat, read from its words: "Sitting 11 min"."""
    import re

    from desk_coach.wording.status_words import status_line

    match = re.match(r"Sitting (\d+) min", status_line(sitting_status(sitting_s).summary(NOW)))
    assert match is not None
    return int(match.group(1))


def users_day(moment: datetime, day_start_min: int = 0) -> date:
    """The day the user counts ``moment`` on: its own local date, or the day before while a night
    shift that ends ``day_start_min`` minutes after midnight is still on (wall-clock arithmetic)."""
    return (moment - timedelta(minutes=day_start_min)).date()


def count_week(diary: Diary, days: tuple[date, ...], day_start_min: int = 0, *,
               bout_in_progress: tuple[date, float] | None = None) -> ByHand:
    """The figures of ``days`` by hand; ``bout_in_progress``: (today, whole minutes) not stored yet."""
    bouts: dict[date, list[float]] = defaultdict(list)
    for start, end in diary.bouts:
        bouts[users_day(start, day_start_min)].append((end - start).total_seconds() / 60)
    if bout_in_progress is not None and bout_in_progress[1] > 0:
        bouts[bout_in_progress[0]].append(bout_in_progress[1])
    breaks = {day: dict.fromkeys(KINDS, 0) for day in days}
    for at, kind in diary.events:
        if users_day(at, day_start_min) in breaks:
            breaks[users_day(at, day_start_min)][kind] += 1
    routines: dict[date, int] = defaultdict(int)
    exercise: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    pull = push = 0.0
    for started, completed, items in diary.routines:
        day = users_day(started, day_start_min)
        if day not in breaks:
            continue
        routines[day] += 1 if completed else 0
        for item in items:
            exercise[day][item.target] += item.minutes
            if item.pattern == "pull":
                pull += item.sets
            elif item.pattern == "push":
                push += item.sets
    return ByHand(
        days=days,
        sitting={day: sum(bouts[day]) for day in days},
        longest={day: max(bouts[day], default=0.0) for day in days},
        breaks=breaks,
        routines={day: routines[day] for day in days},
        exercise={day: dict(exercise[day]) for day in days},
        pull_sets=pull,
        push_sets=push,
        stretch_per_side=stretch_by_hand(diary, days, day_start_min),
    )


def stretch_by_hand(diary: Diary, days: tuple[date, ...], day_start_min: int = 0) -> dict[str, float]:
    """Each target's stretching minutes of ``days`` on one side, as the weekly goal counts them."""
    stretch: dict[str, float] = defaultdict(float)
    for started, _, items in diary.routines:
        if users_day(started, day_start_min) in days:
            for item in items:
                if item.pattern == "stretch":
                    stretch[item.target] += item.stretch_minutes_one_side
    return dict(stretch)


def half_up_tenth(value: float) -> str:
    """A figure as the week says sets: to the tenth rounded half up, no ".0" ("4.5", "4")."""
    from decimal import ROUND_HALF_UP, Decimal

    tenth = Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(tenth.quantize(Decimal(1))) if tenth == tenth.to_integral_value() else str(tenth)


def at(day: int, hh: int, mm: int = 0, zone: ZoneInfo = BERLIN, month: int = 11) -> datetime:
    return datetime.combine(date(2026, month, day), time(hh, mm), tzinfo=zone)


def travelling_diary(library: ExerciseLibrary) -> Diary:
    """Two weeks around Sunday 22 November 2026, lived in Berlin, New York and Tokyo, and today
    (``TODAY``) so far: the history the tests of the week's figures share."""
    d = Diary()
    d.sat(at(21, 23, 30), 40)  # Saturday night into Sunday: counts on Saturday
    d.sat(at(22, 10), 45).broke(at(22, 10, 45), "taken")  # Sunday: Monday-first weeks end here
    d.sat(at(22, 3), 30)  # Sunday 03:00: still Saturday's night shift
    d.sat(at(23, 9), 52.5).sat(at(23, 11), 20).broke(at(23, 9, 52), "partial").broke(at(23, 12), "snoozed")
    d.sat(at(24, 9, zone=NEW_YORK), 60)  # travelling: stored at UTC-05:00
    d.broke(at(24, 23, 30, zone=NEW_YORK), "taken")  # Wednesday in Berlin, Tuesday where it was
    d.broke(at(25, 0, 30, zone=TOKYO), "natural")  # Tuesday in UTC, Wednesday in Tokyo
    d.sat(at(25, 8, zone=TOKYO), 30).broke(at(25, 8, 30, zone=TOKYO), "dismissed")
    d.sat(at(26, 23, 50), 25)  # Thursday into Friday
    d.exercised(at(26, 12), True,
                done(library, "UB2", 0.75),  # pull, 2 sets of 12: 1.5 sets
                done(library, "UB1", 1.0),  # pull, holds: 1 set
                done(library, "HF1", 1.0),  # per side: 2 x 2 x 30 s
                done(library, "GL3", 1.0))  # per side: 8 x 2 x 4 s each side, 2.1333 min
    d.exercised(at(27, 9), True,
                done(library, "UB6", 1.0, RepsDose(reps=10, sets=3, rep_s=4)),  # push, 3 sets
                done(library, "MV1", 0.5))
    d.exercised(at(27, 17), False,  # left before its end: its minutes count, not the routine
                done(library, "UB6", 0.5, RepsDose(reps=10, sets=3, rep_s=4)),  # 1.5 push sets
                done(library, "NK2", 0.25))
    d.exercised(at(28, 2), True, done(library, "CH1", 1.0))  # Saturday 02:00: Friday's night shift
    d.sat(at(28, 23, 40), 50)  # the week's last evening, into Sunday 29
    for kind in KINDS:
        d.broke(at(28, 18), kind)
    d.sat(at(29, 9), 10)  # the next week
    d.sat(at(2, 9, month=12), 4)  # today, before the bout in progress
    return d
