"""The week's programme (``services/week_programme.py``) in words for ``desk-coach plan --week``,
and as data for ``--json``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from desk_coach.domain.coaching.exercises import ExerciseLibrary, Target
from desk_coach.domain.coaching.plan import RoutinePlan
from desk_coach.domain.coaching.planner import lookup_exercise
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Term
from desk_coach.services.planning import profile_document
from desk_coach.services.week_programme import DAYS, DayProgramme, WeekProgramme, WeekTotals
from desk_coach.wording.figures import day_words, minutes_figure, sets_words, week_span_words
from desk_coach.wording.plan_words import item_dose_words, notes_words, plan_document
from desk_coach.wording.say import term_name
from desk_coach.wording.translate import number, translate


def _heading(target: Target) -> str:
    return term_name(Term("target_heading", target.value))


def _minutes(seconds: float) -> str:
    return minutes_figure(seconds / 60, tenths=True)


def _moves(plan: RoutinePlan, library: ExerciseLibrary) -> str:
    words = []
    for item in plan.items:
        exercise = lookup_exercise(library, item.exercise_id)
        #: One move of a day's routine in the week's programme: {name} and {dose}.
        words.append(
            translate("WeekProgramme", "{name} {dose}").format(
                name=exercise.name if exercise else item.exercise_id,
                dose=item_dose_words(exercise, item.dose),
            )
        )
    #: A day's routine in the week's programme without any move.
    return "; ".join(words) or translate("WeekProgramme", "nothing")


def _micro_summary(plans: Sequence[RoutinePlan], library: ExerciseLibrary) -> str:
    counts = Counter(item.exercise_id for plan in plans for item in plan.items)
    parts = []
    for exercise_id, count in counts.most_common():
        exercise = lookup_exercise(library, exercise_id)
        #: A move of a day's short breaks and how many times it comes: "Chin tuck x3".
        parts.append(
            translate("WeekProgramme", "{name} x{count}").format(
                name=exercise.name if exercise else exercise_id, count=number(count)
            )
        )
    return ", ".join(parts)


def week_lines(week: WeekProgramme, library: ExerciseLibrary) -> list[str]:
    """The week as text: a heading, each day's routine and micro-breaks, then the weekly figures."""
    end = week.first_day + timedelta(days=DAYS - 1)
    #: The heading of the week's programme; {span}: "Mon 23 Nov to Sun 29 Nov 2026".
    heading = translate("WeekProgramme", "Week of {span}, every planned break done in full:")
    lines = [heading.format(span=week_span_words(week.first_day, end))]
    for day in week.days:
        lines += ["", *_day_lines(day, week.today, library)]
    #: The heading of the week's figures, set against the coaching's weekly rules.
    lines += ["", translate("WeekProgramme", "This week against the weekly rules:")]
    if not week.profile.exercise_allowed:
        if week.profile.screened:
            #: The week's figures while exercise is on hold after the health questions.
            text = translate(
                "WeekProgramme", "Exercises are on hold, so every break is a walk and no weekly goal applies."
            )
        else:
            #: The week's figures before the self-check.
            text = translate(
                "WeekProgramme",
                "Coaching is not set up yet, so every break is a walk and no weekly goal applies.",
            )
        lines.append("  " + text)
        return lines
    return lines + _stretch_lines(week.totals) + _balance_lines(week.totals, library)


def _day_lines(day: DayProgramme, today: date, library: ExerciseLibrary) -> list[str]:
    """One day: its routine with its note, its micro-breaks, or that it has none."""
    when = day_words(day.day)
    if not day.work_day and not day.plans:
        #: A day of the week's programme without work hours; {day}: "Sat 28 Nov".
        return [translate("WeekProgramme", "{day}: no work hours, no breaks.").format(day=when)]
    if day.day < today:
        #: A day of the week's programme that is over; {day}: "Mon 23 Nov".
        heading = translate("WeekProgramme", "{day} (done):")
    elif day.day == today:
        #: Today in the week's programme; {day}: "Wed 25 Nov".
        heading = translate("WeekProgramme", "{day} (today):")
    else:
        #: A day of the week's programme still to come; {day}: "Thu 26 Nov".
        heading = translate("WeekProgramme", "{day} (planned):")
    lines = [heading.format(day=when)]
    routines = [plan for plan in day.plans if plan.kind == BreakKind.LONG]
    micro = [plan for plan in day.plans if plan.kind == BreakKind.MICRO]
    for routine in routines:
        #: A day's longer routine in the week's programme; {moves}: its moves and doses.
        text = translate("WeekProgramme", "Daily routine: {moves}.")
        lines.append("  " + text.format(moves=_moves(routine, library)))
        if routine.notes:
            #: Under a day's routine: why it is as it is ({note}: one or more sentences).
            text = translate("WeekProgramme", "Note: {note}")
            lines.append("    " + text.format(note=notes_words(routine)))
    if micro:
        #: A day's short breaks in the week's programme; {summary}: their moves ("Chin tuck x3").
        text = translate("WeekProgramme", "%n micro-break(s): {summary}.", None, len(micro))
        lines.append("  " + text.format(summary=_micro_summary(micro, library)))
    if not routines and not micro:
        if day.day < today:
            #: A day that is over, without any break done.
            lines.append("  " + translate("WeekProgramme", "No breaks taken."))
        else:
            #: Today, when no break is left.
            lines.append("  " + translate("WeekProgramme", "No breaks left."))
    return lines


def _stretch_lines(totals: WeekTotals) -> list[str]:
    """The week's stretching per target: against the goal where a target is tight."""
    lines = []
    for target in totals.tight:
        got = totals.stretch_s.get(target, 0.0)
        if got >= totals.goal_s:
            #: The week's stretching of a tight body area ({target}: "Hip flexors"), in minutes a
            #: side: {got} in all, {routines} of them in the daily routines, against the {goal}.
            text = translate(
                "WeekProgramme",
                "{target} stretching: {got} min a side ({routines} in daily routines), goal {goal} min: "
                "reached.",
            )
        else:
            #: As "... goal {goal} min: reached.", when the week's stretching falls short of its goal.
            text = translate(
                "WeekProgramme",
                "{target} stretching: {got} min a side ({routines} in daily routines), goal {goal} min: "
                "short.",
            )
        words = text.format(
            target=_heading(target),
            got=_minutes(got),
            routines=_minutes(totals.routine_stretch_s.get(target, 0.0)),
            goal=_minutes(totals.goal_s),
        )
        lines.append("  " + words)
    if not totals.tight:
        #: The week's figures when the self-check found no tight body area.
        lines.append(
            "  "
            + translate(
                "WeekProgramme",
                "No target needs daily stretching; stretches keep things up a few times a week.",
            )
        )
    for target, seconds in totals.stretch_s.items():
        if target not in totals.tight:
            #: The week's stretching of a body area that is not tight ({target}: "Chest"), in
            #: minutes a side.
            text = translate("WeekProgramme", "{target} stretching: {minutes} min a side.")
            lines.append("  " + text.format(target=_heading(target), minutes=_minutes(seconds)))
    return lines


def _balance_lines(totals: WeekTotals, library: ExerciseLibrary) -> list[str]:
    """Strength days per target, pulls against pushes, and the protraction sessions."""
    lines = []
    for target, days in sorted(totals.strength_days.items()):
        owed = totals.strength_goal.get(target)
        if not owed:
            #: Days of a body area's strength work ({target}: "Glutes") in the week's routines.
            text = translate(
                "WeekProgramme", "{target} strength work: %n day(s) in daily routines.", None, days
            )
        elif days >= owed:
            #: As above, with the week's goal in days ({goal}), reached.
            text = translate(
                "WeekProgramme",
                "{target} strength work: %n day(s) in daily routines, goal {goal}: reached.",
                None,
                days,
            )
        else:
            #: As above, with the week's goal in days ({goal}), not reached.
            text = translate(
                "WeekProgramme",
                "{target} strength work: %n day(s) in daily routines, goal {goal}: short.",
                None,
                days,
            )
        lines.append("  " + text.format(target=_heading(target), goal=number(owed or 0)))
    if totals.balanced:
        #: The week's pulling sets against its pushing sets, and the ratio the coaching asks for.
        text = translate(
            "WeekProgramme",
            "Pull sets {pull}, push sets {push}: pulls are at least {ratio} times the pushes.",
        )
    else:
        #: As above, when the pulls fall short of the ratio.
        text = translate(
            "WeekProgramme",
            "Pull sets {pull}, push sets {push}: pulls are fewer than {ratio} times the pushes.",
        )
    pull, push = sets_words(totals.pull_sets), sets_words(totals.push_sets)
    lines.append("  " + text.format(pull=pull, push=push, ratio=number(totals.ratio)))
    exercise = lookup_exercise(library, totals.protraction)
    name = exercise.name if exercise else totals.protraction
    sessions = _protraction_words(totals.protraction_sessions)
    lines.append("  " + sessions.format(name=name, goal=number(totals.protraction_goal)))
    return lines


def _protraction_words(sessions: int) -> str:
    if sessions == 0:
        #: How often the week has the weekly pushing move ({name}), against its {goal} of sessions.
        return translate("WeekProgramme", "{name}: not at all this week (goal: at least {goal}).")
    if sessions == 1:
        #: As above, once this week.
        return translate("WeekProgramme", "{name}: once this week (goal: at least {goal}).")
    if sessions == 2:
        #: As above, twice this week.
        return translate("WeekProgramme", "{name}: twice this week (goal: at least {goal}).")
    #: As above, %n times this week.
    return translate("WeekProgramme", "{name}: %n time(s) this week (goal: at least {goal}).", None, sessions)


def week_document(week: WeekProgramme, library: ExerciseLibrary) -> dict[str, Any]:
    """The week as plain data (for ``--json``)."""
    totals = week.totals
    return {
        "first_day": week.first_day.isoformat(),
        "today": week.today.isoformat(),
        "profile": profile_document(week.profile),
        "days": [
            {
                "date": day.day.isoformat(),
                "weekday": f"{day.day:%A}",
                "work_day": day.work_day,
                "done": [plan_document(plan, library) for plan in day.done],
                "planned": [plan_document(plan, library) for plan in day.planned],
            }
            for day in week.days
        ],
        "totals": {
            "stretch_minutes_per_side": {
                target.value: round(seconds / 60, 2) for target, seconds in sorted(totals.stretch_s.items())
            },
            "stretch_minutes_per_side_in_daily_routines": {
                target.value: round(seconds / 60, 2)
                for target, seconds in sorted(totals.routine_stretch_s.items())
            },
            "strength_days": {target.value: days for target, days in sorted(totals.strength_days.items())},
            "strength_days_goal": {
                target.value: days for target, days in sorted(totals.strength_goal.items())
            },
            "tight_targets": [target.value for target in totals.tight],
            "weekly_goal_minutes_per_tight_target": totals.goal_s / 60,
            "pull_sets": totals.pull_sets,
            "push_sets": totals.push_sets,
            "pull_to_push_ratio": totals.ratio,
            "balanced": totals.balanced,
            "protraction_exercise": totals.protraction,
            "protraction_sessions": totals.protraction_sessions,
            "protraction_sessions_goal": totals.protraction_goal,
        },
    }
