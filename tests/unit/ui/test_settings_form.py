"""What the Settings window says about its fields' values, without Qt: the message under each
wrong field, the groups marked, why Save is off, and the values a window opens with."""

from __future__ import annotations

import dataclasses

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.settings import defaults
from desk_coach.ui.settings_form import AUTOSTART_KEY, SettingsForm, export_path, group_title

SCHEMA = shipped_schema()
FORM = SettingsForm(SCHEMA)
DEFAULTS = defaults(SCHEMA)


def test_the_defaults_are_all_well():
    check = FORM.check(FORM.default_values())
    assert check.can_save and check.settings == DEFAULTS
    assert check.messages == {} and check.wrong_groups == () and check.summary == ""


def test_every_key_has_a_value_in_schema_order():
    assert list(FORM.default_values()) == [spec.dotted for spec in SCHEMA.specs()]


def test_the_window_shows_what_the_desktop_will_do_at_login():
    assert FORM.values_of(DEFAULTS, autostart=True)[AUTOSTART_KEY] is True
    assert FORM.values_of(DEFAULTS, autostart=False)[AUTOSTART_KEY] is False
    stored = dataclasses.replace(DEFAULTS, startup=dataclasses.replace(DEFAULTS.startup, autostart=True))
    assert FORM.values_of(stored)[AUTOSTART_KEY] is True


def test_a_value_out_of_range_is_named_under_its_field_and_turns_save_off():
    values = FORM.default_values() | {"breaks.sit_interval_min": 5}
    check = FORM.check(values)
    assert not check.can_save
    assert list(check.messages) == ["breaks.sit_interval_min"]
    assert not check.messages["breaks.sit_interval_min"].startswith("Settings window")
    assert check.wrong_groups == ("breaks",)
    assert check.summary == "Save is off until you fix the 1 setting marked in red (see Breaks)."


def test_a_bad_work_day_says_which_part_is_wrong():
    check = FORM.check(FORM.default_values() | {"work_hours.monday": ["9-17"]})
    assert list(check.messages) == ["work_hours.monday"]
    assert "9-17" in check.messages["work_hours.monday"]
    assert "Work hours" in check.summary


def test_the_cross_field_rule_is_told_on_the_field_that_is_too_small_only():
    values = FORM.default_values() | {
        "breaks.micro_break_s": 300, "idle.natural_break_idle_s": 200, "idle.long_break_idle_s": 250,
    }
    check = FORM.check(values)
    assert list(check.messages) == ["idle.natural_break_idle_s"]
    message = check.messages["idle.natural_break_idle_s"]
    assert message.startswith("Must be at least 300 seconds")
    assert "under Breaks" in message


def test_several_wrong_fields_are_counted_and_their_groups_listed_in_schema_order():
    values = FORM.default_values() | {"work_hours.monday": ["x"], "breaks.sit_interval_min": 5}
    check = FORM.check(values)
    assert check.wrong_groups == ("breaks", "work_hours")
    assert check.summary.startswith(
        "Save is off until you fix the 2 settings marked in red (see Breaks, Work hours)"
    )


def test_group_titles_read_as_words():
    assert group_title("work_hours") == "Work hours"


def test_the_export_file_ends_in_json_and_a_cancelled_choice_exports_nothing(tmp_path):
    assert export_path("") is None
    assert export_path(str(tmp_path / "mine")) == tmp_path / "mine.json"
    assert export_path(str(tmp_path / "mine.JSON")) == tmp_path / "mine.JSON"
    assert export_path(str(tmp_path / "mine.txt")) == tmp_path / "mine.txt.json"
