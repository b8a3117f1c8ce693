"""The shipped schema: its defaults are the model's defaults, and it agrees with the model."""

from __future__ import annotations

import copy
import re
from datetime import time
from typing import Any

import pytest

from desk_coach.domain.settings import (
    SchemaError,
    SettingsSchema,
    TimeRange,
    defaults,
    to_document,
)
from desk_coach.wording.problems import problem_words


def _schema_keys(data: dict[str, Any]) -> set[str]:
    return {
        f"{group}.{key}"
        for group, body in data.items()
        if isinstance(body, dict)
        for key, entry in body.items()
        if isinstance(entry, dict)
    }


def test_defaults_are_the_schema_defaults(schema: SettingsSchema, schema_data: dict[str, Any]) -> None:
    document = to_document(defaults(schema))

    written = {f"{group}.{key}" for group, body in document.items() for key in body}
    assert written == _schema_keys(schema_data)
    for dotted in written:
        group, key = dotted.split(".")
        assert document[group][key] == schema_data[group][key]["default"], dotted


def test_shipped_defaults_follow_the_coaching_reference(schema: SettingsSchema) -> None:
    settings = defaults(schema)

    assert settings.breaks.sit_interval_min == 30
    assert settings.breaks.micro_break_s == 180
    assert settings.breaks.long_break_min == 6
    assert settings.breaks.long_breaks_per_day == 1
    assert settings.idle.natural_break_idle_s == 180
    assert settings.idle.long_break_idle_s == 300
    assert settings.goals.daily_active_min == 120
    assert (settings.snooze.length_min, settings.snooze.max_in_a_row) == (5, 2)
    assert (settings.typing.pause_s, settings.typing.max_wait_s) == (3, 60)
    assert settings.work_hours.honour is True
    assert settings.work_hours.monday == (TimeRange.parse("09:00-17:30"),)
    assert settings.work_hours.friday == (TimeRange.parse("09:00-17:30"),)
    assert settings.work_hours.saturday == settings.work_hours.sunday == ()
    assert settings.quiet.fullscreen and settings.quiet.camera_or_microphone
    assert settings.quiet.desktop_do_not_disturb
    assert settings.notifications.style == "desktop"
    assert (settings.sounds.enabled, settings.sounds.volume) == (True, 70)
    assert settings.startup.autostart is False
    assert (settings.summary.day, settings.summary.time) == ("friday", time(16, 0))
    assert settings.calendar.first_day_of_week == "locale"


def test_coaching_ranges_follow_the_reference(schema: SettingsSchema) -> None:
    ranges = {
        "breaks.sit_interval_min": (20, 60),
        "breaks.micro_break_s": (30, 300),
        "breaks.long_break_min": (3, 15),
        "idle.natural_break_idle_s": (60, 600),
    }
    for dotted, bounds in ranges.items():
        spec = schema.key(dotted)
        assert (spec.minimum, spec.maximum) == bounds, dotted
    assert schema.key("idle.natural_break_idle_s").at_least == "breaks.micro_break_s"


def test_every_key_explains_itself(schema: SettingsSchema) -> None:
    for spec in schema.specs():
        assert spec.description.endswith("."), spec.dotted
        assert spec.basis, spec.dotted
        if spec.kind == "int":
            assert spec.unit, spec.dotted
    assert "ADA" in schema.key("breaks.sit_interval_min").basis
    assert "[C]" in schema.key("breaks.long_break_min").basis


def test_a_key_missing_from_the_schema_is_named(schema_data: dict[str, Any]) -> None:
    data = copy.deepcopy(schema_data)
    del data["breaks"]["long_break_min"]

    with pytest.raises(SchemaError, match=r"breaks\.long_break_min is missing from the schema"):
        SettingsSchema.from_data(data)


def test_a_key_the_model_lacks_is_named(schema_data: dict[str, Any]) -> None:
    data = copy.deepcopy(schema_data)
    data["sounds"]["chime"] = {"type": "bool", "default": True, "description": "Chime.", "basis": "[C]"}

    with pytest.raises(SchemaError, match=r"sounds\.chime is not a field of the Settings model"):
        SettingsSchema.from_data(data)


def test_a_group_the_model_lacks_is_named(schema_data: dict[str, Any]) -> None:
    data = copy.deepcopy(schema_data)
    data["eyes"] = {
        "about": "Eye breaks.",
        "enabled": {"type": "bool", "default": True, "description": "Eyes.", "basis": "[C]"},
    }

    with pytest.raises(SchemaError, match=r"eyes\.enabled"):
        SettingsSchema.from_data(data)


def test_a_type_that_disagrees_with_the_model_is_named(schema_data: dict[str, Any]) -> None:
    data = copy.deepcopy(schema_data)
    data["sounds"]["volume"] = {"type": "bool", "default": True, "description": "Loud.", "basis": "[C]"}

    with pytest.raises(SchemaError, match=r"sounds\.volume is 'bool'"):
        SettingsSchema.from_data(data)


def test_choices_that_disagree_with_the_model_are_named(schema_data: dict[str, Any]) -> None:
    data = copy.deepcopy(schema_data)
    data["notifications"]["style"]["choices"] = ["desktop", "tray", "email"]

    with pytest.raises(SchemaError, match=r"notifications\.style choices"):
        SettingsSchema.from_data(data)


@pytest.mark.parametrize(
    ("group", "key", "field", "value", "expected"),
    [
        ("breaks", "sit_interval_min", "default", 5, r"breaks\.sit_interval_min, field 'default': 5 is not"),
        ("breaks", "sit_interval_min", "min", 90, r"field 'min': 90 is above 'max'"),
        ("breaks", "sit_interval_min", "unit", "", r"breaks\.sit_interval_min, field 'unit': \"\" is empty"),
        ("breaks", "sit_interval_min", "basis", None, r"breaks\.sit_interval_min, field 'basis': missing"),
        ("breaks", "sit_interval_min", "type", "float", r"field 'type': \"float\" is not a known type"),
        ("breaks", "sit_interval_min", "maxx", 3, r"field 'maxx': not a field Desk Coach knows"),
        ("idle", "natural_break_idle_s", "at_least", "idle.long_break_idle_s", r"earlier int key"),
        ("idle", "long_break_idle_s", "max", 500, r"cannot always be at least idle\.natural_break_idle_s"),
    ],
)
def test_broken_schema_data_is_refused_with_the_key_named(
    schema_data: dict[str, Any], group: str, key: str, field: str, value: Any, expected: str
) -> None:
    data = copy.deepcopy(schema_data)
    if value is None:
        del data[group][key][field]
    else:
        data[group][key][field] = value

    with pytest.raises(SchemaError) as raised:
        SettingsSchema.from_data(data)
    problem = raised.value.problem
    assert re.search(expected, str(raised.value) if problem is None else problem_words(problem))


def test_schema_lookup_by_dotted_key(schema: SettingsSchema) -> None:
    assert schema.key("sounds.volume").maximum == 100
    with pytest.raises(KeyError):
        schema.key("sounds.chime")
