"""The progress report: the last N of the user's weeks gathered for a physiotherapist or trainer.

One reading of the history for the report ``desk-coach report`` and Progress's "Save report…"
print: weeks counted as :class:`~desk_coach.services.week_report.WeekReport` counts them (the
user's first day of the week, a night shift's day start), and for each week sitting, breaks,
routines and exercise minutes per target; over the whole span the self-checks (both sides of
each item), the pain reported and what the coach changed, and the level of each exercise track
at the end of each week (walked back from today's levels through the changes made since).

Pure over the ports: the caller passes the week report, the unit of work and the clock. Every
sentence is a :class:`Said` (``ReportSaid``), worded in ``wording/sentences/report.py``; the
report holds nothing that names the user but the name they chose to give.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from desk_coach.domain.coaching.exercises import Region, Target
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.progression import Rule
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord, ScreenRecord, ScreenScore, Side
from desk_coach.domain.said import Said, SaidCode, Term, said
from desk_coach.domain.week_glance import BreaksDue, StretchGoals
from desk_coach.domain.weekly import WeekStats
from desk_coach.services.ports import UnitOfWork
from desk_coach.services.week_report import WeekReport

MIN_WEEKS = 1
MAX_WEEKS = 260
"""A report covers 1 to 260 weeks (five years): more would not be read."""

DEFAULT_WEEKS = 12

NO_STRETCH_GOALS = StretchGoals()
"""Without exercise content, or while exercises are on hold, the plan sets no stretching goal."""

PAIN_RULES = frozenset({Rule.PAIN, Rule.PAUSE})
"""The changes the coach made because of pain: a step down, or the region paused (rule 5)."""

UP_RULES = frozenset({Rule.PROGRESS})
DOWN_RULES = frozenset({Rule.REGRESS, Rule.PAIN})


class ReportSaid(SaidCode):
    """What the report says (worded in ``wording/sentences/report.py``)."""

    # page 1: the summary
    NOTHING_YET = "report.nothing_yet"
    SITTING_AVERAGE = "report.sitting_average"  # minutes (per day sat), days (n)
    SITTING_TREND_DOWN = "report.sitting_trend_down"  # first, last (minutes a day)
    SITTING_TREND_UP = "report.sitting_trend_up"  # first, last
    SITTING_TREND_SAME = "report.sitting_trend_same"  # minutes
    SITTING_GOAL_DAYS = "report.sitting_goal_days"  # n days over, goal (minutes)
    BREAKS_SHARE = "report.breaks_share"  # n taken, due, share (per cent)
    ROUTINES = "report.routines"  # n completed
    STRETCH_GOAL = "report.stretch_goal"  # n (weeks), met (weeks), goal (minutes), target
    STRETCH_GOAL_EACH_SIDE = "report.stretch_goal_each_side"  # as STRETCH_GOAL, minutes on each side
    CHECKS_NONE = "report.checks_none"
    CHECKS_ONE = "report.checks_one"  # day
    CHECKS_COMPARED = "report.checks_compared"  # n checks, first (day), last (day), better, worse
    BETTER = "report.better"  # n items/sides
    WORSE = "report.worse"  # n
    PAIN_NONE = "report.pain_none"
    PAIN_REPORTS = "report.pain_reports"  # n
    CHANGES_NONE = "report.changes_none"
    CHANGES = "report.changes"  # n, up (Said), down (Said), pain (Said)
    STEPS_UP = "report.steps_up"  # n
    STEPS_DOWN = "report.steps_down"  # n
    BECAUSE_OF_PAIN = "report.because_of_pain"  # n
    PAUSED_NOW = "report.paused_now"  # regions (tuple of terms)
    # the table of pain reports
    EXERCISE_PAIN = "report.exercise_pain"  # exercise, what (tuple of the clauses below)
    PAIN_DURING = "report.pain_during"  # pain
    PAIN_BUTTON = "report.pain_button"
    SHARP_PAIN = "report.sharp_pain"
    NUMBNESS = "report.numbness"
    NEXT_DAY_PAIN = "report.next_day_pain"  # pain
    REGION_PAUSED = "report.region_paused"  # region, reason (Said)


@dataclass(frozen=True)
class ReportWeek:
    """One of the user's weeks: its days and the figures the report draws."""

    label: str  # 2026-W48
    first_day: date
    last_day: date
    sitting_minutes: float
    days_sat: int  # days with any sitting recorded
    longest_bout_minutes: float
    days_over_goal: int
    breaks_taken: int  # of breaks_due, each break once by its last answer (``WeekReport.breaks_due``)
    breaks_due: int
    routines_completed: int
    exercise_minutes: dict[Target, float]
    levels: dict[str, Level]  # each track's level at the end of the week
    stretch_minutes_per_side: Mapping[Target, float] = field(default_factory=dict)  # against the goal

    @property
    def sitting_per_day(self) -> float:
        """Minutes sat on an average day with any sitting (a day off is not a day of 0 minutes)."""
        return self.sitting_minutes / self.days_sat if self.days_sat else 0.0

    @property
    def breaks_share(self) -> float | None:
        """Breaks taken as a share (0-1) of breaks due; None without any due."""
        return self.breaks_taken / self.breaks_due if self.breaks_due else None


@dataclass(frozen=True)
class Row:
    """One line of the table of pain reports and coach changes, oldest first."""

    at: datetime
    said: Said
    is_change: bool  # what the coach changed (else: what the user reported)


@dataclass(frozen=True)
class ProgressReport:
    first_day: date
    last_day: date
    made_on: date
    goal_minutes: int  # the daily sitting goal (at most), 0 when none
    weeks: tuple[ReportWeek, ...]
    screens: tuple[ScreenRecord, ...]
    pain_rows: tuple[Row, ...]  # what was reported, and what the coach changed because of pain
    changes: tuple[LevelChange, ...]  # every level change in the span
    levels_now: dict[str, Level]
    paused: dict[Region, Said]  # regions paused now, with why
    summary: tuple[Said, ...]
    stretch_goals: StretchGoals = NO_STRETCH_GOALS  # the plan's weekly stretching goals now

    @property
    def empty(self) -> bool:
        """Nothing recorded in the span: the report says so instead of drawing empty charts."""
        return not (
            any(
                w.sitting_minutes or w.breaks_due or w.breaks_taken or w.routines_completed
                for w in self.weeks
            )
            or self.screens
            or self.pain_rows
            or self.changes
        )

    @property
    def pain_reports(self) -> int:
        return sum(1 for row in self.pain_rows if not row.is_change)

    @property
    def tracks(self) -> list[str]:
        """The tracks with a level in the span, in the order of the targets."""
        seen = set(self.levels_now) | {c.track for c in self.changes}
        for week in self.weeks:
            seen |= set(week.levels)
        order = [t.value for t in Target]
        return sorted(seen, key=lambda t: (order.index(t) if t in order else len(order), t))


def gather_report(
    week_report: WeekReport,
    unit_of_work: Callable[[], UnitOfWork],
    now: Callable[[], datetime],
    weeks: int,
    goal_minutes: int = 0,
    stretch_goals: StretchGoals = NO_STRETCH_GOALS,
) -> ProgressReport:
    """The last ``weeks`` of the user's weeks, this one included, up to ``now()`` (the clock's).

    ``stretch_goals``: the plan's weekly stretching goals (``services/week_glance.stretch_goals``),
    each week's stretching counted against them on one side, as the Progress window counts it."""
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise ValueError(f"a report covers {MIN_WEEKS} to {MAX_WEEKS} weeks, not {weeks}")
    at = now()
    calendar = week_report.calendar()
    today = week_report.today()
    this_week = calendar.days_of(today)
    first_day = this_week[0] - timedelta(weeks=weeks - 1)
    since, _ = calendar.span_utc((first_day,), at.tzinfo)
    stats = [week_report.week_of(first_day + timedelta(weeks=i)) for i in range(weeks)]
    with unit_of_work() as uow:
        screens = tuple(uow.coaching.screens_between(since, at + timedelta(seconds=1)))
        sessions = uow.coaching.sessions_between(since, at + timedelta(seconds=1))
        changes = tuple(uow.coaching.level_changes_between(since, at + timedelta(seconds=1)))
        levels_now = uow.coaching.levels()
        pauses = uow.coaching.paused_regions()
    ends = [calendar.span_utc((week.days[-1].day,), at.tzinfo)[1] for week in stats]
    levels = levels_at(levels_now, changes, ends)
    report_weeks = tuple(
        _week(week, goal_minutes, week_levels, week_report.breaks_due(_days(week), unit_of_work))
        for week, week_levels in zip(stats, levels, strict=True)
    )
    paused = {region: pause.reason for region, pause in pauses.items()}
    paused_rows = [
        Row(
            pause.since,
            said(ReportSaid.REGION_PAUSED, region=Term("region", Region(region).value), reason=pause.reason),
            True,
        )
        for region, pause in pauses.items()
        if pause.since >= since
    ]
    rows = pain_rows(sessions, changes, paused_rows)
    report = ProgressReport(
        first_day=first_day,
        last_day=this_week[-1],
        made_on=today,
        goal_minutes=goal_minutes,
        weeks=report_weeks,
        screens=screens,
        pain_rows=rows,
        changes=changes,
        levels_now=levels_now,
        paused=paused,
        summary=(),
        stretch_goals=stretch_goals,
    )
    return with_summary(report)


def _days(week: WeekStats) -> tuple[date, ...]:
    return tuple(day.day for day in week.days)


def _week(stats: WeekStats, goal_minutes: int, levels: dict[str, Level], breaks: BreaksDue) -> ReportWeek:
    """``breaks``: the week's breaks due, counted as the Progress window's breaks tile counts them."""
    return ReportWeek(
        label=stats.week,
        first_day=stats.days[0].day,
        last_day=stats.days[-1].day,
        sitting_minutes=stats.sitting_minutes,
        days_sat=sum(1 for day in stats.days if day.sitting_minutes > 0),
        longest_bout_minutes=stats.longest_bout_minutes,
        days_over_goal=sum(1 for day in stats.days if goal_minutes and day.sitting_minutes > goal_minutes),
        breaks_taken=breaks.taken,
        breaks_due=breaks.due,
        routines_completed=stats.routines_completed,
        exercise_minutes=stats.exercise_minutes,
        levels=levels,
        stretch_minutes_per_side=stats.stretch_minutes_per_side,
    )


def levels_at(
    levels_now: dict[str, Level], changes: Sequence[LevelChange], moments: Sequence[datetime]
) -> list[dict[str, Level]]:
    """Each track's level at each of ``moments``: today's levels with every change made after the
    moment undone (a change's ``before``; a track that had none then has no level)."""
    result = []
    for moment in moments:
        levels = dict(levels_now)
        for change in reversed(changes):
            if change.at < moment:
                break
            if change.before is None:
                levels.pop(change.track, None)
            else:
                levels[change.track] = change.before
        result.append(levels)
    return result


def pain_rows(
    sessions: Sequence[RoutineRecord], changes: Sequence[LevelChange], pauses: Sequence[Row] = ()
) -> tuple[Row, ...]:
    """What the user reported (pain during an exercise, the pain button, sharp pain, numbness,
    pain the morning after) and the changes the coach made because of pain (``pauses``: the
    regions paused in the span), oldest first."""
    rows: list[Row] = []
    for session in sessions:
        at = session.ended_at or session.started_at
        for record in session.exercises:
            felt = _felt(record)
            if felt:
                exercise = Term("exercise", record.exercise_id)
                rows.append(Row(at, said(ReportSaid.EXERCISE_PAIN, exercise=exercise, what=felt), False))
        if session.next_day_pain:
            morning = session.started_at + timedelta(days=1)
            rows.append(Row(morning, said(ReportSaid.NEXT_DAY_PAIN, pain=session.next_day_pain), False))
    for change in changes:
        if change.rule in PAIN_RULES:
            rows.append(Row(change.at, change.reason, True))
    rows.extend(pauses)  # a pause follows the change made at the same moment
    rows.sort(key=lambda row: (row.at, row.is_change))
    return tuple(dict.fromkeys(rows))  # a line said twice at the same moment reads once


def _felt(record: ExerciseRecord) -> tuple[Said, ...]:
    """What the user reported during one exercise, most serious first."""
    felt = []
    if record.sharp_pain:
        felt.append(said(ReportSaid.SHARP_PAIN))
    if record.numbness:
        felt.append(said(ReportSaid.NUMBNESS))
    if record.pain > 0:
        felt.append(said(ReportSaid.PAIN_DURING, pain=record.pain))
    if record.pain_button:
        felt.append(said(ReportSaid.PAIN_BUTTON))
    return tuple(felt)


def score_changes(first: ScreenRecord, last: ScreenRecord) -> tuple[int, int]:
    """How many item sides scored higher, and lower, in ``last`` than in ``first``."""
    before = _scores(first.scores)
    better = worse = 0
    for key, score in _scores(last.scores).items():
        old = before.get(key)
        if old is None or score is None:
            continue
        better += score > old
        worse += score < old
    return better, worse


def _scores(scores: Sequence[ScreenScore]) -> dict[tuple[str, Side | None], int | None]:
    return {(score.item_id, score.side): score.score for score in scores}


def with_summary(report: ProgressReport) -> ProgressReport:
    """``report`` with its page-1 sentences, said from its figures."""
    if report.empty:
        return replace(report, summary=(said(ReportSaid.NOTHING_YET),))
    lines = [*_sitting_lines(report)]
    due = sum(w.breaks_due for w in report.weeks)
    taken = sum(w.breaks_taken for w in report.weeks)
    if due:
        share = round(100 * min(taken, due) / due)
        lines.append(said(ReportSaid.BREAKS_SHARE, n=taken, due=due, share=share))
    lines.append(said(ReportSaid.ROUTINES, n=sum(w.routines_completed for w in report.weeks)))
    lines.extend(_stretch_goal_lines(report))
    lines.append(_checks_line(report.screens))
    count = report.pain_reports
    lines.append(said(ReportSaid.PAIN_REPORTS, n=count) if count else said(ReportSaid.PAIN_NONE))
    lines.append(_changes_line(report.changes))
    if report.paused:
        regions = tuple(Term("region", Region(region).value) for region in report.paused)
        lines.append(said(ReportSaid.PAUSED_NOW, regions=regions))
    return replace(report, summary=tuple(lines))


def _sitting_lines(report: ProgressReport) -> list[Said]:
    """The average day at the desk, the trend from the first quarter of the weeks to the last,
    and the days over the goal."""
    sat = [w for w in report.weeks if w.days_sat]
    if not sat:
        return []
    days = sum(w.days_sat for w in sat)
    lines = [said(ReportSaid.SITTING_AVERAGE, minutes=round(_per_day(sat)), n=days)]
    if len(sat) >= 4:
        part = max(1, len(sat) // 4)
        first, last = _per_day(sat[:part]), _per_day(sat[-part:])
        if abs(last - first) < max(10.0, first * 0.05):
            lines.append(said(ReportSaid.SITTING_TREND_SAME, minutes=round(last)))
        else:
            code = ReportSaid.SITTING_TREND_DOWN if last < first else ReportSaid.SITTING_TREND_UP
            lines.append(said(code, first=round(first), last=round(last)))
    if report.goal_minutes:
        over = sum(w.days_over_goal for w in sat)
        lines.append(said(ReportSaid.SITTING_GOAL_DAYS, n=over, goal=report.goal_minutes))
    return lines


def _stretch_goal_lines(report: ProgressReport) -> list[Said]:
    """For each target with a weekly stretching goal, the weeks that reached it, its stretching
    counted on one side (2 x 30 s each side is 1 minute), as ``desk-coach plan --week`` counts it."""
    goals = report.stretch_goals
    lines = []
    for target in goals.targets:
        met = sum(1 for w in report.weeks if w.stretch_minutes_per_side.get(target, 0.0) >= goals.minutes)
        code = ReportSaid.STRETCH_GOAL_EACH_SIDE if target in goals.per_side else ReportSaid.STRETCH_GOAL
        target_term = Term("week_target", target.value)
        lines.append(said(code, n=len(report.weeks), met=met, goal=goals.minutes, target=target_term))
    return lines


def _checks_line(screens: Sequence[ScreenRecord]) -> Said:
    if not screens:
        return said(ReportSaid.CHECKS_NONE)
    if len(screens) == 1:
        return said(ReportSaid.CHECKS_ONE, day=screens[0].taken_at.date())
    better, worse = score_changes(screens[0], screens[-1])
    return said(
        ReportSaid.CHECKS_COMPARED,
        n=len(screens),
        first=screens[0].taken_at.date(),
        last=screens[-1].taken_at.date(),
        better=said(ReportSaid.BETTER, n=better),
        worse=said(ReportSaid.WORSE, n=worse),
    )


def _changes_line(changes: Sequence[LevelChange]) -> Said:
    if not changes:
        return said(ReportSaid.CHANGES_NONE)
    return said(
        ReportSaid.CHANGES,
        n=len(changes),
        up=said(ReportSaid.STEPS_UP, n=sum(1 for c in changes if c.rule in UP_RULES)),
        down=said(ReportSaid.STEPS_DOWN, n=sum(1 for c in changes if c.rule in DOWN_RULES)),
        pain=said(ReportSaid.BECAUSE_OF_PAIN, n=sum(1 for c in changes if c.rule in PAIN_RULES)),
    )


def _per_day(weeks: Sequence[ReportWeek]) -> float:
    days = sum(w.days_sat for w in weeks)
    return sum(w.sitting_minutes for w in weeks) / days if days else 0.0
