"""The Progress window's figures as the user reads them: units, whole counts, the bars' value
labels, the tooltips' exact values and a past week's own streak (issue 15), each checked against
a calculation made here from the week's numbers."""

from __future__ import annotations

from datetime import date, timedelta

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, iso_week_label, week_days
from desk_coach.ui.progress_presenter import (
    LONGEST_BOUT,
    SITTING,
    SNOOZED,
    TAKEN,
    ProgressPresenter,
    WeekPage,
    axis_label_format,
    bar_label_format,
    bar_minutes,
)

TODAY = date(2026, 11, 25)  # a Wednesday in 2026-W48
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The week: a few minutes of stretching made of odd seconds (2 min 8 s, 50 s, 1 min 28 s).
NECK = 128 / 60
CHEST = 50 / 60
GLUTES = 88 / 60


def light_week(day: date) -> WeekStats:
    days = week_days(day)
    stats = [
        DayStats(
            d,
            sitting_minutes=130.4 + n,
            longest_bout_minutes=45.0 + n / 4,
            breaks=dict(zip(BREAK_KINDS, (n, 0, 0, n % 2, 0, 0, 0), strict=True)),
            exercise_minutes={Target.NECK: NECK, Target.CHEST: CHEST, Target.GLUTES: GLUTES}
            if n == 1
            else {},
        )
        for n, d in enumerate(days)
    ]
    return WeekStats(iso_week_label(days[0]), tuple(stats), pull_sets=0.0, push_sets=0.0)


def short_day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def min_s(minutes: float) -> str:
    seconds = round(minutes * 60)
    return f"{seconds // 60} min {seconds % 60} s" if seconds % 60 else f"{seconds // 60} min"


def test_the_exercise_bars_read_in_minutes_to_the_tenth():
    page = WeekPage.of(light_week(TODAY))
    shown = dict(zip((name for name, _ in page.targets), page.target_labels, strict=True))
    assert shown["Neck"] == "2.1 min"  # 2.13333
    assert shown["Chest"] == "0.8 min"  # 0.833333
    assert shown["Glutes"] == "1.5 min"  # 1.46667
    assert shown["Hip flexors"] == "0 min"
    assert bar_label_format() == "@value min"
    # Qt writes "@value" with up to six significant digits: the bar holds the tenth the label shows.
    for (_, minutes), label in zip(page.targets, page.target_labels, strict=True):
        assert f"{bar_minutes(minutes):g} min" == label


def test_the_balance_counts_sets_as_whole_numbers_when_whole():
    assert WeekPage.of(light_week(TODAY)).balance_text == "Pull : push sets this week — 0 : 0"


def test_the_tooltips_give_the_exact_values_with_their_units():
    stats = light_week(TODAY)
    page = WeekPage.of(stats)
    tuesday = stats.days[1]
    names = [name for name, _ in page.targets]
    assert page.target_tip(names.index("Neck")) == "Neck: 2 min 8 s this week"
    assert page.target_tip(names.index("Chest")) == "Chest: 50 s this week"
    assert page.target_tip(names.index("Glutes")) == "Glutes: 1 min 28 s this week"
    assert page.target_tip(names.index("Walk")) == "Walk: 0 min this week"
    expected = f"{short_day(tuesday.day)} — Sitting: {min_s(tuesday.sitting_minutes)}"
    assert page.sitting_tip(SITTING, 1) == expected
    assert page.sitting_tip(SITTING, 1) == "Tue 24 Nov — Sitting: 131 min 24 s"
    assert page.sitting_tip(LONGEST_BOUT, 1) == "Tue 24 Nov — Longest bout: 45 min 15 s"
    for index, day in enumerate(stats.days):
        total = sum(day.breaks.values())
        noun = "break" if total == 1 else "breaks"
        assert page.break_tip(TAKEN, index) == (
            f"{short_day(day.day)} — Taken: {day.breaks['taken']} of {total} {noun}"
        )
        assert page.break_tip(SNOOZED, index).endswith(f"Snoozed: {day.breaks['snoozed']} of {total} {noun}")


def test_the_value_axis_shows_as_many_decimals_as_its_steps_need():
    assert axis_label_format(0, 25, 6) == "%.0f"
    assert axis_label_format(0, 3, 4) == "%.0f"
    assert axis_label_format(0, 1, 6) == "%.1f"  # 0, 0.2 ... 1
    assert axis_label_format(0, 2, 5) == "%.1f"  # 0, 0.5 ... 2
    assert axis_label_format(0, 0.1, 6) == "%.2f"


def test_a_past_week_shows_its_own_streak_not_todays():
    # Breaks every day from 10 to 20 November and from 23 November to today: today's streak is 3,
    # W47 (16-22 November) ended on a Sunday without a break, W46 (9-15 November) with a run of 6.
    days = [date(2026, 11, 10) + timedelta(days=n) for n in range(11)]
    days += [date(2026, 11, 23) + timedelta(days=n) for n in range(3)]
    asked: list[date] = []

    def load_break_days(up_to: date) -> list[date]:
        asked.append(up_to)
        return [day for day in days if day <= up_to]

    def expected_run(last: date) -> int:
        run = 0
        while last - timedelta(days=run) in days:
            run += 1
        return run

    presenter = ProgressPresenter(light_week, TODAY, load_break_days=load_break_days)
    assert presenter.streak() == "Streak: 3 days in a row with at least one break taken."
    presenter.previous_week()
    assert expected_run(date(2026, 11, 22)) == 0
    assert presenter.streak() == "Streak at the end of this week: none."
    presenter.previous_week()
    assert expected_run(date(2026, 11, 15)) == 6
    six = "Streak at the end of this week: 6 days in a row with at least one break taken."
    assert presenter.streak() == six
    assert asked == [TODAY, date(2026, 11, 22), date(2026, 11, 15)]
    presenter.this_week()
    assert presenter.streak() == "Streak: 3 days in a row with at least one break taken."


def test_a_past_week_whose_last_day_alone_had_a_break():
    presenter = ProgressPresenter(light_week, TODAY, load_break_days=lambda up_to: [date(2026, 11, 22)])
    presenter.previous_week()
    assert presenter.streak() == "Streak at the end of this week: 1 day with at least one break taken."
