"""What the Progress window shows and where it may go, decided without Qt.

The window (``progress_window.py``) only lays out charts and copies these values into them. The
presenter holds the week shown, the user's today, the daily goal, and turns a ``WeekStats``, the
self-checks and the streak into plain numbers and sentences: the bars of each chart, the axis
tops, the heading's week and dates, the empty states and which buttons are live.

Every text it makes is in the user's language (``wording.translate``; figures through
``wording.figures``). The series keep English ids (``SITTING``...), which the window and its
tests use to find them; :func:`series_name` is what a legend shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.coaching.records import ScreenRecord, Side
from desk_coach.domain.week_glance import TargetGlance, WeekGlance
from desk_coach.domain.weekly import BREAK_KINDS, WeekStats, break_streak, tenth_figure, week_days
from desk_coach.ui.week_glance_page import GlancePage
from desk_coach.wording.figures import day_words, minutes_words, month_short, sets_words, week_number
from desk_coach.wording.translate import number, translate
from desk_coach.wording.week_stats_words import summary_lines


def empty_text() -> str:
    """What the Progress window says in place of the charts of a week with nothing recorded."""
    return translate("Progress", "No sitting recorded this week yet — the charts fill in as you work.")


def screen_empty_text() -> str:
    """What stands in for the self-check chart before the first self-check."""
    #: "Self-check…" is the tray menu's item.
    return translate(
        "Progress", "No self-check yet — take one from the tray menu (Self-check…) and your scores show here."
    )

SCREEN_DAYS = 183
"""How far back the self-check chart reaches: about six months."""

# Series ids: what the window's series_values() takes; series_name() gives what the legends show.
SITTING = "Sitting"
LONGEST_BOUT = "Longest bout"
GOAL = "Daily goal"
TAKEN = "Taken"
PARTIAL = "Ended early"
NATURAL = "Natural"
SNOOZED = "Snoozed"
DISMISSED = "Closed unanswered"
SKIPPED = "Skipped"
QUIET_DELAYED = "Delayed by quiet time"
EXERCISE = "Exercise minutes"

# The legend name of each break kind WeekStats counts; stacked bottom-up in BREAK_KINDS order.
BREAK_NAMES = {
    "taken": TAKEN,
    "partial": PARTIAL,
    "natural": NATURAL,
    "snoozed": SNOOZED,
    "dismissed": DISMISSED,
    "skipped": SKIPPED,
    "quiet_delayed": QUIET_DELAYED,
}
BREAK_SERIES: tuple[tuple[str, str], ...] = tuple((BREAK_NAMES[kind], kind) for kind in BREAK_KINDS)

_SERIES_NAMES: dict[str, Callable[[], str]] = {
    #: A legend on the sitting chart: minutes sat each day.
    SITTING: lambda: translate("Progress", "Sitting"),
    #: A legend on the sitting chart: the longest stretch of sitting without a break, each day.
    LONGEST_BOUT: lambda: translate("Progress", "Longest bout"),
    #: A legend on the sitting chart: the daily sitting goal.
    GOAL: lambda: translate("Progress", "Daily goal"),
    #: A legend on the breaks chart: breaks taken when suggested.
    TAKEN: lambda: translate("Progress", "Taken"),
    #: A legend on the breaks chart: breaks started and ended before their time.
    PARTIAL: lambda: translate("Progress", "Ended early"),
    #: A legend on the breaks chart: breaks the user took on their own (away from the computer).
    NATURAL: lambda: translate("Progress", "Natural"),
    #: A legend on the breaks chart: reminders put off for a while.
    SNOOZED: lambda: translate("Progress", "Snoozed"),
    #: A legend on the breaks chart: reminders closed without an answer.
    DISMISSED: lambda: translate("Progress", "Closed unanswered"),
    #: A legend on the breaks chart: breaks skipped.
    SKIPPED: lambda: translate("Progress", "Skipped"),
    #: A legend on the breaks chart: reminders held back while the user was busy (full screen, a call).
    QUIET_DELAYED: lambda: translate("Progress", "Delayed by quiet time"),
    #: The bars of the exercise chart: minutes of exercise per body area.
    EXERCISE: lambda: translate("Progress", "Exercise minutes"),
}

_TARGET_NAMES: dict[Target, Callable[[], str]] = {
    #: A body area on the exercise chart's axis.
    Target.HIP_FLEXORS: lambda: translate("Progress", "Hip flexors"),
    #: A body area on the exercise chart's axis.
    Target.CHEST: lambda: translate("Progress", "Chest"),
    #: A body area on the exercise chart's axis: the buttock muscles.
    Target.GLUTES: lambda: translate("Progress", "Glutes"),
    #: A body area on the exercise chart's axis.
    Target.UPPER_BACK: lambda: translate("Progress", "Upper back"),
    #: A body area on the exercise chart's axis: the mid back, turning and bending it.
    Target.THORACIC: lambda: translate("Progress", "Thoracic"),
    #: A body area on the exercise chart's axis: the backs of the thighs.
    Target.HAMSTRINGS: lambda: translate("Progress", "Hamstrings"),
    #: A body area on the exercise chart's axis.
    Target.NECK: lambda: translate("Progress", "Neck"),
    #: Walking, shown among the body areas on the exercise chart's axis.
    Target.WALK: lambda: translate("Progress", "Walk"),
}


def series_name(series: str) -> str:
    """What a chart's legend shows for the series ``series`` (an id such as ``SITTING``)."""
    return _SERIES_NAMES[series]()

ScreenLegend = Sequence[tuple[str, str]]  # (item id, name) of each movement check, in the self-check's order

LoadWeek = Callable[[date], WeekStats]
LoadScreens = Callable[[date, date], list[ScreenRecord]]
LoadBreakDays = Callable[[date], list[date]]
LoadGlance = Callable[[WeekStats], WeekGlance]


def nice_ceiling(value: float) -> float:
    """A round upper bound for an axis that shows ``value`` with a little headroom."""
    if value <= 0:
        return 10.0
    value *= 1.08
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(10 * magnitude)


def lowest_scores(screen: ScreenRecord) -> dict[str, int]:
    """Each scored item of ``screen`` with its lowest side score (unscored sides left out)."""
    lowest: dict[str, int] = {}
    for item_id, _side, score, _pain in screen.scores:
        if score is not None:
            lowest[item_id] = min(score, lowest.get(item_id, score))
    return lowest


def target_name(target: Target) -> str:
    named = _TARGET_NAMES.get(target)
    if named is not None:
        return named()
    text = target.value.replace("_", " ")
    return text[:1].upper() + text[1:]


def streak_text(streak: int) -> str:
    if streak == 0:
        return translate("Progress", "Streak: none yet — take a break today to start one.")
    if streak == 1:
        #: The streak of a single day (English says "1 day" and leaves "in a row" out).
        return translate("Progress", "Streak: 1 day with at least one break taken.")
    #: Days in a row, up to today, with at least one break taken (two or more).
    return translate("Progress", "Streak: %n days in a row with at least one break taken.", None, streak)


def past_streak_text(streak: int) -> str:
    """The streak as a past week left it: on its last day, which is over (no grace for it)."""
    if streak == 0:
        #: Under the summary of a past week: its last day had no break, so no run of days was going on.
        return translate("Progress", "Streak at the end of this week: none.")
    if streak == 1:
        #: Under the summary of a past week: only its last day had a break.
        return translate("Progress", "Streak at the end of this week: 1 day with at least one break taken.")
    #: Under the summary of a past week: days in a row, up to the week's last day, with a break (two or more).
    return translate(
        "Progress",
        "Streak at the end of this week: %n days in a row with at least one break taken.",
        None,
        streak,
    )


def bar_label_format() -> str:
    """The value label on each exercise bar, Qt's "@value" with its unit: "@value min"; the bars
    hold their minutes to the tenth (:func:`bar_minutes`), so the label reads "2.1 min"."""
    return translate("Durations", "{minutes} min").format(minutes="@value")


def bar_minutes(minutes: float) -> float:
    """An exercise bar's length, to the tenth of a minute its label shows (the tooltip is exact)."""
    return float(tenth_figure(minutes))  # half up, as the summary says it


def bar_label(minutes: float) -> str:
    """What an exercise bar's label reads ("2.1 min", "20 min"), as :func:`bar_label_format` fills it."""
    return minutes_words(minutes, tenths=True)


def exact_minutes(minutes: float) -> str:
    """Minutes to the second, for a tooltip: "2 min 8 s"; "20 min" when whole, "50 s" under one."""
    whole, seconds = divmod(round(minutes * 60), 60)
    if seconds == 0:
        return minutes_words(whole)
    if whole == 0:
        return translate("Durations", "{seconds} s").format(seconds=number(seconds))
    #: An exact measured time in a chart's tooltip, minutes and seconds: "2 min 8 s".
    return translate("Progress", "{minutes} min {seconds} s").format(
        minutes=number(whole), seconds=number(seconds)
    )


def axis_label_format(low: float, high: float, ticks: int) -> str:
    """A value axis's printf format: whole figures when its ticks fall on whole numbers, else the
    decimals its step needs ("0, 0.2, 0.4"), so no two ticks read alike."""
    step = (high - low) / max(1, ticks - 1)
    for decimals in range(3):
        scaled = step * 10**decimals
        if abs(scaled - round(scaled)) < 1e-6:
            return f"%.{decimals}f"
    return "%.2f"


@dataclass(frozen=True)
class WeekPage:
    """One week as the window draws it; the targets top-down, as the user reads them."""

    label: str  # "2026-W48"
    number: str  # "48"
    days: tuple[date, ...]
    summary: tuple[str, ...]
    empty: bool
    sitting: tuple[float, ...]
    bouts: tuple[float, ...]
    breaks: tuple[tuple[str, tuple[float, ...]], ...]  # (legend name, one count a day)
    breaks_top: float
    targets: tuple[tuple[str, float], ...]  # (name, minutes), every target, library order
    targets_top: float
    balance_text: str
    glance: GlancePage | None = None  # the top of the window: summary, figures, levels

    @property
    def target_goals(self) -> tuple[TargetGlance | None, ...]:
        """Each target's stretching against its weekly goal (top-down, as ``targets``), None without one."""
        goals = {} if self.glance is None else self.glance.goals
        return tuple(goals.get(target) for target in Target)

    def sitting_tip(self, series: str, index: int) -> str:
        """The tooltip of the sitting chart's bar of ``series`` (``SITTING`` or ``LONGEST_BOUT``)
        on day ``index``: "Tue 24 Nov — Sitting: 130 min 24 s"."""
        minutes = (self.sitting if series == SITTING else self.bouts)[index]
        #: Tooltip of a bar of the sitting chart: {day} "Tue 24 Nov", {series} "Sitting" or
        #: "Longest bout", {minutes} the exact time, "130 min 24 s".
        return translate("Progress", "{day} — {series}: {minutes}").format(
            day=day_words(self.days[index]), series=series_name(series), minutes=exact_minutes(minutes)
        )

    def break_tip(self, series: str, index: int) -> str:
        """The tooltip of the breaks chart's bar of ``series`` (``TAKEN``...) on day ``index``:
        "Tue 24 Nov — Taken: 3 of 7 breaks"."""
        counts = dict(self.breaks)
        total = round(sum(values[index] for _, values in self.breaks))
        #: Tooltip of a bar of the breaks chart: {day} "Tue 24 Nov", {kind} what became of the breaks
        #: ("Taken", "Snoozed"), {count} how many of them; %n: all the breaks of that day.
        return translate("Progress", "{day} — {kind}: {count} of %n break(s)", None, total).format(
            day=day_words(self.days[index]), kind=series_name(series), count=number(counts[series][index])
        )

    def sitting_summary(self) -> tuple[str, ...]:
        """The sitting chart as lines a screen reader reads: each day's sitting and longest bout,
        in the words and figures of the bars' tooltips."""
        return tuple(
            self.sitting_tip(series, index)
            for index in range(len(self.days))
            for series in (SITTING, LONGEST_BOUT)
        )

    def break_summary(self) -> tuple[str, ...]:
        """The breaks chart as lines: each bar drawn (a kind of break with a count on a day), as
        its tooltip says it; days and kinds with none are not drawn and not read."""
        return tuple(
            self.break_tip(name, index)
            for index in range(len(self.days))
            for name, values in self.breaks
            if values[index]
        )

    def target_summary(self) -> tuple[str, ...]:
        """The exercise chart as lines: every body area's bar, top-down, as its tooltip says it."""
        return tuple(self.target_tip(index) for index in range(len(self.targets)))

    def target_tip(self, index: int) -> str:
        """The tooltip of the exercise bar of target ``index`` (top-down): "Neck: 2 min 8 s this week";
        with a weekly goal, the stretching counted against it, on one side when done on each side:
        "Hip flexors: 8 min this week; stretching 4 min each side of a weekly goal of 5 min each side".

        The bar counts every minute of exercise, both sides; the goal counts stretching on one side,
        so the goal is told here, not drawn on the bar in another unit."""
        name, minutes = self.targets[index]
        #: Tooltip of a bar of the exercise chart: {target} a body area, {minutes} the exact time.
        tip = translate("Progress", "{target}: {minutes} this week").format(
            target=name, minutes=exact_minutes(minutes)
        )
        goal = self.target_goals[index]
        if goal is None:
            return tip
        values = {"stretched": exact_minutes(goal.minutes), "goal": minutes_words(goal.goal_minutes or 0)}
        if goal.per_side:
            #: Second line of an exercise bar's tooltip, for a body area stretched on each side:
            #: {stretched} the stretching done on one side ("4 min"), {goal} the weekly goal ("5 min").
            return tip + "\n" + translate(
                "Progress", "Stretching: {stretched} each side, weekly goal {goal} each side"
            ).format(**values)
        #: Second line of an exercise bar's tooltip: {stretched} the stretching done ("4 min"),
        #: {goal} the weekly goal ("5 min").
        line = translate("Progress", "Stretching: {stretched}, weekly goal {goal}")
        return tip + "\n" + line.format(**values)

    @property
    def target_labels(self) -> tuple[str, ...]:
        """The value label of each exercise bar, top-down: "2.1 min"."""
        return tuple(bar_label(minutes) for _, minutes in self.targets)

    @classmethod
    def of(cls, stats: WeekStats, glance: WeekGlance | None = None) -> WeekPage:
        """``glance``: the week against the plan; with it the summary is the coach's."""
        days = stats.days
        breaks = tuple(
            (name, tuple(float(d.breaks.get(kind, 0)) for d in days)) for name, kind in BREAK_SERIES
        )
        totals = [sum(values[i] for _, values in breaks) for i in range(len(days))]
        minutes = stats.exercise_minutes
        targets = tuple((target_name(t), float(minutes.get(t, 0.0))) for t in Target)
        pull, push = sets_words(stats.pull_sets), sets_words(stats.push_sets)
        page = None if glance is None else GlancePage.of(glance, target_name)
        return cls(
            label=stats.week,
            number=week_number(stats.week),
            days=tuple(d.day for d in days),
            summary=summary_lines(stats) if page is None else page.summary,
            empty=stats.sitting_minutes == 0 and sum(stats.breaks.values()) == 0 and not minutes,
            sitting=tuple(float(d.sitting_minutes) for d in days),
            bouts=tuple(float(d.longest_bout_minutes) for d in days),
            breaks=breaks,
            breaks_top=max(4.0, float(math.ceil(max(totals, default=0.0) * 1.1))),
            targets=targets,
            targets_top=nice_ceiling(max((v for _, v in targets), default=0.0)),
            #: Under the exercise chart: sets of pulling and of pushing exercises, "6 : 4.5".
            balance_text=translate("Progress", "Pull : push sets this week — {pull} : {push}").format(
                pull=pull, push=push
            ),
            glance=page,
        )


@dataclass(frozen=True)
class ScreenMark:
    """One movement check in one self-check: when, the lowest side's score (what the line draws),
    and each side as scored: (side or None for an item done once, score or None, whether it hurt)."""

    taken_at: datetime
    score: float
    sides: tuple[tuple[Side | None, int | None, bool], ...]


SCREEN_SPAN_LEAST = 14
"""The self-check chart's shortest time axis, in days: a few checks of one week spread over it."""
SCREEN_SPREAD = 0.08
"""How far apart (in score units) the lines of two checks with the same score are drawn, so six
checks all scoring 2 on one day show as six points, not one."""


@dataclass(frozen=True)
class ScreenPage:
    """The self-check chart: each item's checks, oldest first, and its time axis: from a little
    before the first check shown (six months back at most, two weeks at least) to today, with a
    tick at each month's start when it spans months, else every few days."""

    start: date
    end: date  # a little after today: today's points are drawn whole
    marks: dict[str, list[ScreenMark]]
    names: dict[str, str] = field(default_factory=dict)  # item id: "S1 Front-of-hip check"
    ticks: tuple[date, ...] = ()
    monthly: bool = False

    @property
    def points(self) -> dict[str, list[tuple[datetime, float]]]:
        """Each item's (time taken, lowest side score), oldest first."""
        return {item: [(mark.taken_at, mark.score) for mark in marks] for item, marks in self.marks.items()}

    @property
    def empty(self) -> bool:
        return not any(self.marks.values())

    def offset(self, item_id: str) -> float:
        """Where the line of ``item_id`` is drawn, above or below its scores (see SCREEN_SPREAD)."""
        items = list(self.names) or list(self.marks)
        if item_id not in items:
            return 0.0
        return (items.index(item_id) - (len(items) - 1) / 2) * SCREEN_SPREAD

    def tick_label(self, day: date) -> str:
        """A tick of the time axis: the month ("Dec"; "Jan 2027" when a year begins) or the day ("3 Dec")."""
        if self.monthly:
            if day.month == 1:
                #: A tick of the self-check chart's time axis at a new year: "Jan 2027".
                new_year = translate("Progress", "{month} {year}")
                return new_year.format(month=month_short(1), year=f"{day.year:04d}")
            return month_short(day.month)
        #: A tick of the self-check chart's time axis: the day of the month and the month, "3 Dec".
        day_month = translate("Progress", "{day} {month}")
        return day_month.format(day=number(day.day), month=month_short(day.month))

    def summary(self) -> tuple[str, ...]:
        """The self-check chart as lines a screen reader reads: every point, check by check,
        oldest first, as its tooltip says it."""
        return tuple(
            self.tip(item, index) for item, marks in self.marks.items() for index in range(len(marks))
        )

    def tip(self, item_id: str, index: int) -> str:
        """The tooltip of one point: "S1 Front-of-hip check — Thu 3 Dec: left 1, right 2"."""
        mark = self.marks[item_id][index]
        name = self.names.get(item_id, item_id)
        day = day_words(mark.taken_at.date())
        scores = {side: _side_score(score, pain) for side, score, pain in mark.sides}
        if Side.LEFT in scores or Side.RIGHT in scores:
            #: Tooltip of a point of the self-check chart: {check} "S1 Front-of-hip check", {day}
            #: "Thu 3 Dec", {left} and {right} each side's score (0 to 2).
            return translate("Progress", "{check} — {day}: left {left}, right {right}").format(
                check=name, day=day, left=scores.get(Side.LEFT, "–"), right=scores.get(Side.RIGHT, "–")
            )
        #: Tooltip of a point of the self-check chart, a check done once (not per side): {check}
        #: "S5 Sit-to-stand", {day} "Thu 3 Dec", {score} its score (0 to 2).
        return translate("Progress", "{check} — {day}: {score}").format(
            check=name, day=day, score=scores.get(None, number(mark.score))
        )


def _side_score(score: int | None, pain: bool) -> str:
    if score is None:
        return "–"
    if pain:
        #: A self-check score in a tooltip when the movement hurt (then it counts as 0): "0 (it hurt)".
        return translate("Progress", "{score} (it hurt)").format(score=number(score))
    return number(score)


def screen_axis(
    first: date | None, today: date, first_weekday: int = 0
) -> tuple[date, date, tuple[date, ...], bool]:
    """The self-check chart's time axis (start, end, ticks, monthly) for checks from ``first``."""
    earliest = today - timedelta(days=SCREEN_DAYS)
    span = SCREEN_SPAN_LEAST if first is None else max(SCREEN_SPAN_LEAST, (today - first).days)
    start = max(earliest, today - timedelta(days=round(span * 1.08)))  # a little room before the first
    end = today + timedelta(days=max(1, round((today - start).days * 0.04)))  # and after today
    days = (end - start).days
    if days > 62:
        first_of = date(start.year, start.month, 1)
        ticks = []
        while first_of <= today:  # the days after today are room for today's points, not labelled
            if first_of >= start:
                ticks.append(first_of)
            first_of = date(first_of.year + first_of.month // 12, first_of.month % 12 + 1, 1)
        return start, end, tuple(ticks), True
    step = 7 if days > 28 else max(1, math.ceil(days / 7))
    tick = start + timedelta(days=(first_weekday - start.weekday()) % 7) if step == 7 else start
    ticks = []
    while tick <= today:
        ticks.append(tick)
        tick += timedelta(days=step)
    return start, end, tuple(ticks), False


class ProgressPresenter:
    """The Progress window's state: the week shown (any day of it, ``anchor``), today, the goal."""

    def __init__(
        self,
        load_week: LoadWeek,
        today: date,
        first_weekday: int = 0,
        goal_minutes: float = 0.0,
        load_screens: LoadScreens | None = None,
        load_break_days: LoadBreakDays | None = None,
        screen_items: ScreenLegend = (),
        read_today: Callable[[], date] | None = None,
        load_glance: LoadGlance | None = None,
        score_words: Sequence[str] = (),
    ) -> None:
        """``screen_items``: the movement checks as the self-check's content names them (its one
        owner); without them (the content unreadable) there is no self-check chart.
        ``read_today``: the user's day now, asked at each live refresh (a window left open overnight).
        ``load_glance``: the week set against the plan (goals, levels, breaks due); without it the
        window shows the week's summary lines and no figures at a glance.
        ``score_words``: what scores 0, 1 and 2 mean, in the self-check content's words."""
        self._score_words = tuple(score_words)
        self._load_week = load_week
        self._load_glance = load_glance
        self._screen_items = tuple(screen_items)
        self._load_screens = load_screens
        self._load_break_days = load_break_days
        self.today = today
        self._read_today = read_today
        self.first_weekday = first_weekday % 7
        self.goal = float(goal_minutes)
        self.anchor = today
        self.week = self._page(today)

    @property
    def screen_legend(self) -> tuple[tuple[str, str], ...]:
        """(item id, "S1 Front-of-hip check") for each line of the self-check chart."""
        return tuple((item, f"{item} {name}") for item, name in self._screen_items)

    @property
    def shows_screens(self) -> bool:
        return self._load_screens is not None and bool(self._screen_items)

    @property
    def shows_streak(self) -> bool:
        return self._load_break_days is not None

    # -- the week --------------------------------------------------------------------------------

    def show_week(self, anchor: date) -> WeekPage:
        self.anchor = anchor
        self.week = self._page(anchor)
        return self.week

    def _page(self, anchor: date) -> WeekPage:
        stats = self._load_week(anchor)
        return WeekPage.of(stats, None if self._load_glance is None else self._load_glance(stats))

    def previous_week(self) -> WeekPage:
        return self.show_week(self.anchor - timedelta(days=7))

    def next_week(self) -> WeekPage:
        return self.show_week(self.anchor + timedelta(days=7))

    def this_week(self) -> WeekPage:
        return self.show_week(self.today)

    def refresh_today(self) -> WeekPage | None:
        """Read the shown week again when it holds today, whose figures move while the user sits
        (the bout in progress); None for a past week, which does not change. Today is read anew
        first, so after midnight the new day is the one that grows."""
        if self._read_today is not None:
            self.today = self._read_today()
        if not self.is_this_week:
            return None
        return self.show_week(self.anchor)

    def _week_start(self, day: date) -> date:
        return week_days(day, self.first_weekday)[0]

    @property
    def is_this_week(self) -> bool:
        return self._week_start(self.anchor) == self._week_start(self.today)

    @property
    def can_go_next(self) -> bool:
        """The future holds no history: paging stops at the current week."""
        return self._week_start(self.anchor) < self._week_start(self.today)

    # -- the daily goal on the sitting chart -----------------------------------------------------------

    @property
    def goal_name(self) -> str:
        #: The legend of the daily goal line, with the goal: "Daily goal (300 min)".
        return translate("Progress", "Daily goal ({minutes})").format(minutes=minutes_words(self.goal))

    def goal_line(self) -> list[tuple[float, float]]:
        """The goal across the whole plot (category i sits at x = i, each slot one wide); none
        without a goal."""
        if self.goal <= 0:
            return []
        return [(-0.5, self.goal), (len(self.week.days) - 0.5, self.goal)]

    @property
    def sitting_top(self) -> float:
        return nice_ceiling(max([*self.week.sitting, *self.week.bouts, self.goal, 0.0]))

    # -- the self-checks and the streak ------------------------------------------------------------------

    def screens(self) -> ScreenPage | None:
        """The last six months of self-checks, one line per item; None without a loader."""
        if not self.shows_screens:
            return None
        assert self._load_screens is not None
        start = self.today - timedelta(days=SCREEN_DAYS)
        screens = sorted(self._load_screens(start, self.today), key=lambda s: s.taken_at)
        marks: dict[str, list[ScreenMark]] = {item: [] for item, _ in self._screen_items}
        for screen in screens:
            sides: dict[str, list[tuple[Side | None, int | None, bool]]] = {}
            for item_id, side, score, pain in screen.scores:
                sides.setdefault(item_id, []).append((side, score, pain))
            for item, score in lowest_scores(screen).items():
                mark = ScreenMark(screen.taken_at, float(score), tuple(sides[item]))
                marks.setdefault(item, []).append(mark)
        first = screens[0].taken_at.date() if screens else None
        axis_start, axis_end, ticks, monthly = screen_axis(first, self.today, self.first_weekday)
        return ScreenPage(axis_start, axis_end, marks, dict(self.screen_legend), ticks, monthly)

    @property
    def score_labels(self) -> tuple[str, str, str]:
        """The self-check chart's score axis, 0 to 2: with the self-check's own words for them
        ("moving well (2)") when it has them, else the bare figures."""
        if len(self._score_words) != 3:
            return (number(0), number(1), number(2))
        #: A label of the self-check chart's score axis: {words} what a score means, in the
        #: self-check's words ("moving well"), {score} the score, 0 to 2.
        label = translate("Progress", "{words} ({score})")
        low, middle, high = (label.format(words=words, score=number(score))
                             for score, words in enumerate(self._score_words))
        return (low, middle, high)

    def streak(self) -> str | None:
        """The streak line of the week shown; None without a loader. This week: the streak up to
        today. A past week: the streak its last day ended with, not today's."""
        if self._load_break_days is None:
            return None
        if self.is_this_week or not self.week.days:
            return streak_text(break_streak(self._load_break_days(self.today), self.today))
        last = self.week.days[-1]
        days = self._load_break_days(last)
        return past_streak_text(break_streak(days, last) if last in days else 0)


def screen_series(page: ScreenPage | None, item_id: str) -> Sequence[tuple[date, float]]:
    """The self-check line of ``item_id`` ("S1".."S6"): (date, lowest side score), oldest first."""
    if page is None:
        return []
    return [(at.date(), score) for at, score in page.points.get(item_id, [])]
