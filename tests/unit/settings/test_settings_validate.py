"""Validating a user's settings: each bad key costs only itself, and says so plainly."""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import Any

import pytest

from desk_coach.domain.settings import (
    Settings,
    SettingsSchema,
    TimeRange,
    defaults,
    to_document,
    validate,
)
from desk_coach.wording.problems import problem_words

SOURCE = "settings.toml"
# Good values set next to every bad one, to show the bad one does not take them down.
GOOD = {"breaks": {"micro_break_s": 240}, "snooze": {"length_min": 10}, "startup": {"autostart": True}}


def _with_good(group: str, key: str, value: Any) -> dict[str, Any]:
    data = {name: dict(body) for name, body in GOOD.items()}
    data.setdefault(group, {})[key] = value
    return data


def _assert_good_kept(settings: Settings) -> None:
    assert settings.breaks.micro_break_s == 240
    assert settings.snooze.length_min == 10
    assert settings.startup.autostart is True


def test_no_data_gives_the_defaults_and_no_problems(schema: SettingsSchema) -> None:
    assert validate(schema, {}, SOURCE) == (defaults(schema), [])


def test_good_values_are_kept(schema: SettingsSchema) -> None:
    settings, problems = validate(schema, GOOD, SOURCE)

    assert problems == []
    _assert_good_kept(settings)
    assert settings.breaks.sit_interval_min == defaults(schema).breaks.sit_interval_min


def test_out_of_range_value_says_key_value_range_and_default(schema: SettingsSchema) -> None:
    settings, problems = validate(schema, _with_good("breaks", "sit_interval_min", 5), SOURCE)

    assert [problem_words(p) for p in problems] == [
        "settings.toml: field 'breaks.sit_interval_min': 5 is not a whole number from 20 to 60 (minutes); "
        "using the default 30."
    ]
    assert problems[0].field == "breaks.sit_interval_min"
    assert problems[0].source == SOURCE
    assert settings.breaks.sit_interval_min == 30
    _assert_good_kept(settings)


@pytest.mark.parametrize(
    ("group", "key", "value", "fragments"),
    [
        ("breaks", "sit_interval_min", "30", ["': \"30\"", "whole number", "20 to 60 (minutes)", "is text"]),
        ("breaks", "sit_interval_min", True, ["': true", "whole number", "20 to 60", "is true/false"]),
        ("breaks", "sit_interval_min", 30.0, ["': 30.0", "whole number", "is a decimal number"]),
        ("breaks", "sit_interval_min", [30], ["': [30]", "whole number", "is a list"]),
        ("breaks", "sit_interval_min", {"a": 1}, ["': {a = 1}", "is a table"]),
        ("sounds", "volume", 101, ["': 101", "not a whole number from 0 to 100 (percent)"]),
        ("sounds", "enabled", "yes", ["': \"yes\"", "true or false", "is text"]),
        ("sounds", "enabled", 1, ["': 1", "true or false", "is a whole number"]),
        ("notifications", "style", "email", ["': \"email\"", 'desktop, tray']),
        ("notifications", "style", True, ["': true", 'desktop, tray', "is true/false"]),
        ("summary", "time", "25:00", ["': \"25:00\"", '"HH:MM"', "24-hour clock"]),
        ("summary", "time", "4pm", ["': \"4pm\"", '"HH:MM"']),
        ("summary", "time", 1600, ["': 1600", '"HH:MM"', "is a whole number"]),
        ("summary", "time", time(16, 0, 30), ["16:00:30", "without seconds"]),
        ("calendar", "first_day_of_week", "saturday", ["': \"saturday\"", 'locale, monday, sunday']),
        ("work_hours", "monday", ["17:00-17:00"], ['"17:00-17:00" is empty', '"HH:MM-HH:MM"']),
        ("work_hours", "monday", ["25:00-26:00"], ['"25:00-26:00" names a time that does not exist']),
        ("work_hours", "monday", ["09:00-12:00", "11:00-13:00"], ['"09:00-12:00" and "11:00-13:00" overlap']),
        ("work_hours", "monday", ["09:00-09:00"], ["ends when it starts"]),
        ("work_hours", "monday", ["nine to five"], ['"nine to five" is not a range like "09:00-17:30"']),
        ("work_hours", "monday", "09:00-17:30", ["': \"09:00-17:30\"", "is text, not a list"]),
        ("work_hours", "monday", [900], ["holds 900", 'not a range like "09:00-17:30"']),
        ("work_hours", "honour", "no", ["': \"no\"", "true or false"]),
    ],
)
def test_each_bad_value_falls_back_to_its_own_default(
    schema: SettingsSchema, group: str, key: str, value: Any, fragments: list[str]
) -> None:
    settings, problems = validate(schema, _with_good(group, key, value), SOURCE)

    dotted = f"{group}.{key}"
    default = getattr(getattr(defaults(schema), group), key)
    assert getattr(getattr(settings, group), key) == default
    _assert_good_kept(settings)
    assert len(problems) == 1
    message = problem_words(problems[0])
    assert problems[0].field == dotted
    assert message.startswith(f"{SOURCE}: field '{dotted}': ")
    assert message.endswith(f"; using the default {schema.key(dotted).default_text()}.")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_all_bad_values_at_once_are_all_reported(schema: SettingsSchema) -> None:
    data = {
        "breaks": {"sit_interval_min": 5, "micro_break_s": 240, "long_break_min": "six"},
        "sounds": {"volume": 40, "enabled": "loud"},
    }

    settings, problems = validate(schema, data, SOURCE)

    assert [p.field for p in problems] == [
        "breaks.sit_interval_min",
        "breaks.long_break_min",
        "sounds.enabled",
    ]
    assert settings.breaks.micro_break_s == 240
    assert settings.sounds.volume == 40


def test_choices_ignore_case_and_spaces(schema: SettingsSchema) -> None:
    settings, problems = validate(
        schema, {"summary": {"day": " Friday "}, "notifications": {"style": "Tray"}}, SOURCE
    )

    assert problems == []
    assert settings.summary.day == "friday"
    assert settings.notifications.style == "tray"


def test_a_toml_time_without_seconds_is_accepted(schema: SettingsSchema) -> None:
    settings, problems = validate(schema, {"summary": {"time": time(7, 30)}}, SOURCE)

    assert problems == []
    assert settings.summary.time == time(7, 30)


def test_unknown_key_is_reported_and_ignored(schema: SettingsSchema) -> None:
    settings, problems = validate(schema, _with_good("breaks", "sit_interval", 45), SOURCE)

    assert [problem_words(p) for p in problems] == [
        "settings.toml: field 'breaks.sit_interval': not a Desk Coach setting "
        "(did you mean breaks.sit_interval_min?); it is ignored."
    ]
    assert settings.breaks.sit_interval_min == 30
    _assert_good_kept(settings)


def test_key_outside_its_table_is_pointed_to_its_table(schema: SettingsSchema) -> None:
    _, problems = validate(schema, {"sit_interval_min": 45}, SOURCE)

    assert "(did you mean breaks.sit_interval_min?)" in problem_words(problems[0])


def test_unknown_table_is_reported_and_ignored(schema: SettingsSchema) -> None:
    settings, problems = validate(schema, {**GOOD, "brakes": {"sit_interval_min": 45}}, SOURCE)

    assert [problem_words(p) for p in problems] == [
        "settings.toml: field 'brakes': not a group of Desk Coach settings "
        "(did you mean [breaks]?); it is ignored."
    ]
    _assert_good_kept(settings)


def test_a_group_that_is_not_a_table_uses_that_groups_defaults(schema: SettingsSchema) -> None:
    settings, problems = validate(schema, {**GOOD, "quiet": False}, SOURCE)

    assert [p.field for p in problems] == ["quiet"]
    message = problem_words(problems[0])
    assert "field 'quiet': false is true/false, not a table of settings ([quiet])" in message
    assert settings.quiet == defaults(schema).quiet
    _assert_good_kept(settings)


def test_natural_break_shorter_than_a_break_uses_its_default(schema: SettingsSchema) -> None:
    settings, problems = validate(schema, {"idle": {"natural_break_idle_s": 120}}, SOURCE)

    assert [problem_words(p) for p in problems] == [
        "settings.toml: field 'idle.natural_break_idle_s': 120 must be at least breaks.micro_break_s = 180 "
        "(seconds), because being away as long as a break counts as taking that break; "
        "using the default 180."
    ]
    assert settings.idle.natural_break_idle_s == 180


def test_natural_break_equal_to_a_break_is_fine(schema: SettingsSchema) -> None:
    data = {"breaks": {"micro_break_s": 240}, "idle": {"natural_break_idle_s": 240}}

    settings, problems = validate(schema, data, SOURCE)

    assert problems == []
    assert settings.idle.natural_break_idle_s == 240


def test_an_unset_natural_break_follows_a_longer_break_quietly(schema: SettingsSchema) -> None:
    # The default (180 s) is shorter than a 300 s break; the user never wrote it, so it is
    # lifted to the break length without a message they could do nothing about.
    settings, problems = validate(schema, {"breaks": {"micro_break_s": 300}}, SOURCE)

    assert problems == []
    assert (settings.breaks.micro_break_s, settings.idle.natural_break_idle_s) == (300, 300)


def test_a_set_natural_break_below_a_longer_break_is_lifted_and_reported(schema: SettingsSchema) -> None:
    data = {"breaks": {"micro_break_s": 300}, "idle": {"natural_break_idle_s": 200}}

    settings, problems = validate(schema, data, SOURCE)

    assert settings.idle.natural_break_idle_s == 300
    assert [problem_words(p) for p in problems] == [
        "settings.toml: field 'idle.natural_break_idle_s': 200 must be at least breaks.micro_break_s = 300 "
        "(seconds), because being away as long as a break counts as taking that break; "
        "using 300, the value of breaks.micro_break_s."
    ]


def test_a_bad_break_length_is_judged_by_its_default(schema: SettingsSchema) -> None:
    data = {"breaks": {"micro_break_s": 900}, "idle": {"natural_break_idle_s": 200}}

    settings, problems = validate(schema, data, SOURCE)

    assert [p.field for p in problems] == ["breaks.micro_break_s"]
    assert (settings.breaks.micro_break_s, settings.idle.natural_break_idle_s) == (180, 200)


def test_long_break_idle_may_not_be_shorter_than_a_natural_break(schema: SettingsSchema) -> None:
    data = {"idle": {"natural_break_idle_s": 400, "long_break_idle_s": 200}}

    settings, problems = validate(schema, data, SOURCE)

    assert [p.field for p in problems] == ["idle.long_break_idle_s"]
    assert "must be at least idle.natural_break_idle_s = 400" in problem_words(problems[0])
    assert "using 400, the value of idle.natural_break_idle_s." in problem_words(problems[0])
    assert (settings.idle.natural_break_idle_s, settings.idle.long_break_idle_s) == (400, 400)


def test_several_ranges_a_day_are_kept_sorted(schema: SettingsSchema) -> None:
    data = {"work_hours": {"tuesday": ["13:30-17:30", "09:00-12:30"], "saturday": ["10:00-12:00"]}}

    settings, problems = validate(schema, data, SOURCE)

    assert problems == []
    assert [str(r) for r in settings.work_hours.tuesday] == ["09:00-12:30", "13:30-17:30"]
    assert settings.work_hours.saturday == (TimeRange.parse("10:00-12:00"),)
    assert settings.work_hours.monday == defaults(schema).work_hours.monday


def test_the_document_of_valid_settings_validates_back_unchanged(schema: SettingsSchema) -> None:
    settings, _ = validate(schema, {**GOOD, "work_hours": {"friday": ["08:00-12:00", "13:00-15:00"]}}, SOURCE)

    assert validate(schema, to_document(settings), SOURCE) == (settings, [])


def test_to_document_writes_plain_toml_values(schema: SettingsSchema) -> None:
    document = to_document(defaults(schema))

    assert document["summary"]["time"] == "16:00"
    assert document["work_hours"]["monday"] == ["09:00-17:30"]
    assert document["work_hours"]["sunday"] == []
    assert document["breaks"]["sit_interval_min"] == 30


def test_settings_are_frozen(schema: SettingsSchema) -> None:
    settings = defaults(schema)

    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.breaks.sit_interval_min = 45  # type: ignore[misc]
