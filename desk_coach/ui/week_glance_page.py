"""What the top of the Progress window reads, decided without Qt: the coach's summary, the
figures at a glance (each with its unit and a tooltip with the exact value), the exercise
levels and what changed in the week.

Built from a :class:`~desk_coach.domain.week_glance.WeekGlance`; every text in the user's
language (context "WeekGlance"; figures through ``wording.figures``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.said import Term
from desk_coach.domain.week_glance import TargetGlance, WeekGlance
from desk_coach.wording.figures import day_words, minutes_figure, minutes_words, sets_words
from desk_coach.wording.say import say, term_name
from desk_coach.wording.translate import number, translate


@dataclass(frozen=True)
class Tile:
    """One figure at a glance: what it is, the figure with its unit, a line under it, and the
    exact values on hover. ``key`` names it for the window's tests ("sitting", "breaks", "pull_push",
    or a target's value)."""

    key: str
    title: str
    value: str
    detail: str
    tip: str


@dataclass(frozen=True)
class GlancePage:
    summary: tuple[str, ...]  # the coach's sentences, one a line
    tiles: tuple[Tile, ...]
    levels_title: str
    levels: tuple[str, ...]  # "Hip flexors: Half-kneeling hip flexor stretch, step 2 of 4"
    changes_title: str
    changes: tuple[str, ...]  # what changed this week, one line each, oldest first
    goals: dict[Target, TargetGlance]  # each target with a weekly goal, against it

    @classmethod
    def of(cls, glance: WeekGlance, target_name: Callable[[Target], str]) -> GlancePage:
        """``target_name``: a target's name as the exercise chart shows it ("Hip flexors")."""
        tiles = [_sitting_tile(glance), _breaks_tile(glance)]
        tiles += [
            _target_tile(t, target_name(t.target)) for t in glance.targets if t.goal_minutes is not None
        ]
        if glance.pull_sets or glance.push_sets or any(t.goal_minutes for t in glance.targets):
            tiles.append(_balance_tile(glance))
        levels = tuple(
            #: A line under "Your exercise levels": {target} "Hip flexors", {exercise} the exercise's
            #: name, {step} and {steps} its rung on the ladder of easier and harder versions, 1 the easiest.
            translate("WeekGlance", "{target}: {exercise}, step {step} of {steps}").format(
                target=_track_name(step.track, target_name),
                exercise=term_name(Term("exercise", step.exercise_id)),
                step=number(step.step),
                steps=number(step.steps),
            )
            for step in glance.levels
        )
        changes = tuple(
            #: A line under "Changed this week": {day} "Tue 24 Nov", {change} what the coach changed and why.
            translate("WeekGlance", "{day}: {change}").format(
                day=day_words(change.at.date()), change=say(change.reason)
            )
            for change in glance.changes
        )
        return cls(
            summary=tuple(say(line) for line in glance.summary()),
            tiles=tuple(tiles),
            levels_title=(
                #: Heading of the list of the user's current exercise levels, one per body area.
                translate("WeekGlance", "Your exercise levels now")
                if glance.current
                #: Heading of the list of the user's exercise levels at the end of a past week shown.
                else translate("WeekGlance", "Your exercise levels at the end of this week")
            ),
            levels=levels,
            #: Heading of the level changes the coach made in the week shown.
            changes_title=(
                translate("WeekGlance", "Changed this week")
                if changes
                #: In place of the list of level changes, when the coach changed none in the week shown.
                else translate("WeekGlance", "No level changed this week.")
            ),
            changes=changes,
            goals={t.target: t for t in glance.targets if t.goal_minutes is not None},
        )


def _track_name(track: str, target_name: Callable[[Target], str]) -> str:
    try:
        return str(target_name(Target(track)))
    except ValueError:
        return track


def percent_words(percent: int) -> str:
    #: A share in whole percent, "75 %" (write it as your language writes percentages).
    return translate("WeekGlance", "{percent} %").format(percent=number(percent))


def _sitting_tile(glance: WeekGlance) -> Tile:
    sitting = glance.sitting
    days_tip = "\n".join(
        #: A line of the sitting tile's tooltip: {day} "Mon 23 Nov", {minutes} minutes sat, "282 min".
        translate("WeekGlance", "{day}: {minutes}").format(day=day_words(day), minutes=minutes_words(minutes))
        for day, minutes in sitting.days
    )
    average = minutes_words(sitting.average_minutes)
    if sitting.goal_minutes <= 0:
        return Tile(
            "sitting",
            #: Tile title: minutes sat a day on average (no daily goal set).
            translate("WeekGlance", "Sitting a day"),
            average,
            #: Under the average minutes sat a day.
            translate("WeekGlance", "on average"),
            days_tip,
        )
    goal = minutes_words(sitting.goal_minutes)
    #: Tile value: days that stayed within the daily sitting goal, of the days counted: "4 / 5 days".
    value = translate("WeekGlance", "{within} / %n day(s)", None, sitting.counted).format(
        within=number(sitting.within_goal)
    )
    #: Under the sitting tile's figure: {goal} the daily goal ("300 min"), {average} minutes a day on average.
    detail = translate("WeekGlance", "within {goal} · average {average}").format(goal=goal, average=average)
    #: The sitting tile's tooltip, first line: what the days are; {goal} the daily goal, "300 min".
    head = translate(
        "WeekGlance", "Days within your daily goal of {goal} (work days so far and days you sat):"
    )
    return Tile(
        "sitting",
        #: Tile title: days that stayed within the daily sitting goal.
        translate("WeekGlance", "Sitting within goal"),
        value,
        detail,
        f"{head.format(goal=goal)}\n{days_tip}" if days_tip else head.format(goal=goal),
    )


def _breaks_tile(glance: WeekGlance) -> Tile:
    breaks = glance.breaks
    #: Tile title: breaks taken, as a share of the breaks that came due.
    title = translate("WeekGlance", "Breaks taken")
    #: The breaks tile's tooltip: how "breaks due" is counted.
    rule = translate(
        "WeekGlance",
        "Each break that came due counts once, by its last answer; a snoozed reminder that comes back is "
        "the same break. Breaks you took before a reminder count as due and taken.",
    )
    if breaks.percent_taken is None:  # a dash for the share, not "0 %"
        #: Under the breaks tile's dash: no break came due in the week.
        return Tile("breaks", title, "–", translate("WeekGlance", "none came due"), rule)
    #: Under the breaks tile's percentage: {taken} breaks taken, of %n that came due.
    detail = translate("WeekGlance", "{taken} of %n due", None, breaks.due).format(taken=number(breaks.taken))
    #: The breaks tile's tooltip, the exact counts. %n: breaks that came due; {taken}, {early},
    #: {skipped}, {put_off}, {waiting}: how many of them ended each way.
    counts = translate(
        "WeekGlance",
        "Of the %n break(s) that came due: {taken} taken, {early} ended early, {skipped} skipped, "
        "{put_off} put off and not taken, {waiting} waiting for an answer.",
        None,
        breaks.due,
    ).format(
        taken=number(breaks.taken),
        early=number(breaks.ended_early),
        skipped=number(breaks.skipped),
        put_off=number(breaks.put_off),
        waiting=number(breaks.waiting),
    )
    return Tile("breaks", title, percent_words(breaks.percent_taken), detail, f"{counts}\n{rule}")


def _target_tile(target: TargetGlance, name: str) -> Tile:
    goal = target.goal_minutes or 0
    #: A target tile's figure: minutes of stretching done this week of the weekly goal, "4 / 5 min"
    #: (for a body area stretched on each side, the minutes of one side: the line under it says so).
    value = translate("WeekGlance", "{minutes} / {goal} min").format(
        minutes=minutes_figure(target.minutes, tenths=True), goal=number(goal)
    )
    to_go = minutes_words(target.short_minutes, tenths=True)
    if target.per_side:
        detail = (
            #: Under a target tile's figure for a body area stretched on each side (left and right):
            #: the weekly goal, counted on one side, is reached.
            translate("WeekGlance", "each side, goal met")
            if target.met
            #: Under a target tile's figure for a body area stretched on each side (left and right):
            #: minutes still to do on each side this week, {minutes} "1 min".
            else translate("WeekGlance", "each side, {minutes} to go").format(minutes=to_go)
        )
        #: A target tile's tooltip, for a body area stretched on each side: {minutes} the exact time
        #: on one side this week ("4 min 12 s"), {goal} the weekly goal on each side ("5 min").
        tip = translate(
            "WeekGlance", "{minutes} of stretching on each side this week, of a weekly goal of {goal} a side"
        ).format(minutes=_exact(target.minutes), goal=minutes_words(goal))
        return Tile(target.target.value, name, value, detail, tip)
    if target.met:
        #: Under a target tile's figure: the weekly goal is reached.
        detail = translate("WeekGlance", "weekly goal met")
    else:
        #: Under a target tile's figure: minutes still to do this week, "2 min to go".
        detail = translate("WeekGlance", "{minutes} to go").format(minutes=to_go)
    #: A target tile's tooltip: {minutes} the exact time this week ("5 min 48 s"), {goal} the
    #: weekly goal ("5 min").
    tip = translate("WeekGlance", "{minutes} this week of a weekly goal of {goal}").format(
        minutes=_exact(target.minutes), goal=minutes_words(goal)
    )
    return Tile(target.target.value, name, value, detail, tip)


def _balance_tile(glance: WeekGlance) -> Tile:
    pull, push = sets_words(round(glance.pull_sets, 1)), sets_words(round(glance.push_sets, 1))
    #: Tile title: sets of pulling exercises against sets of pushing ones.
    title = translate("WeekGlance", "Pull : push sets")
    #: Under the pull : push figure: the balance the plan asks for, "aim 2 : 1 or more".
    aim = translate("WeekGlance", "aim {ratio} : 1 or more").format(ratio=number(glance.pull_to_push_ratio))
    #: The pull : push tile's tooltip: the exact sets, {pull} and {push} ("6.5", "3").
    tip = translate(
        "WeekGlance", "Sets this week — pull: {pull}, push: {push} (a half-done set counts half)."
    )
    return Tile(
        "pull_push",
        title,
        f"{pull} : {push}",
        aim,
        tip.format(pull=sets_words(glance.pull_sets), push=sets_words(glance.push_sets)),
    )


def _exact(minutes: float) -> str:
    from desk_coach.ui.progress_presenter import exact_minutes

    return exact_minutes(minutes)
