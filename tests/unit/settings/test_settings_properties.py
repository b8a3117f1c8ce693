"""Properties of validation over many generated values, not just the examples we thought of."""

from __future__ import annotations

from datetime import time
from typing import Any

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from desk_coach.domain.settings import (
    KeySpec,
    Settings,
    SettingsSchema,
    TimeRange,
    defaults,
    to_document,
    validate,
)
from desk_coach.wording.problems import problem_words

SOURCE = "settings.toml"
# No example database: these tests leave nothing behind in the working tree.
quick = hypothesis_settings(database=None, max_examples=200, deadline=None)


def _int_specs(schema: SettingsSchema) -> list[KeySpec]:
    return [spec for spec in schema.specs() if spec.kind == "int"]


def _lowest_kept(schema: SettingsSchema, spec: KeySpec) -> int:
    """The smallest in-range value that needs no lift when every other key is at its default."""
    if spec.at_least is None:
        return spec.minimum
    return max(
        spec.minimum, _lowest_kept(schema, schema.key(spec.at_least)), schema.key(spec.at_least).default
    )


def _value(settings: Settings, spec: KeySpec) -> Any:
    return getattr(getattr(settings, spec.group), spec.name)


@quick
@given(data=st.data())
def test_any_in_range_integer_is_kept(schema: SettingsSchema, data: st.DataObject) -> None:
    spec = data.draw(st.sampled_from(_int_specs(schema)))
    value = data.draw(st.integers(_lowest_kept(schema, spec), spec.maximum))

    settings, problems = validate(schema, {spec.group: {spec.name: value}}, SOURCE)

    assert _value(settings, spec) == value
    assert problems == []


@quick
@given(data=st.data())
def test_any_out_of_range_integer_is_replaced_by_the_default(
    schema: SettingsSchema, data: st.DataObject
) -> None:
    spec = data.draw(st.sampled_from(_int_specs(schema)))
    value = data.draw(st.integers(max_value=spec.minimum - 1) | st.integers(min_value=spec.maximum + 1))

    settings, problems = validate(schema, {spec.group: {spec.name: value}}, SOURCE)

    assert _value(settings, spec) == spec.default
    assert [problem_words(p) for p in problems] == [
        f"{SOURCE}: field '{spec.dotted}': {value} is not a whole number from {spec.minimum} to "
        f"{spec.maximum} ({spec.unit}); using the default {spec.default}."
    ]


not_an_integer = st.booleans() | st.floats() | st.text(max_size=10) | st.lists(st.integers(), max_size=3)


@quick
@given(data=st.data(), value=not_an_integer)
def test_anything_but_an_integer_is_replaced_by_the_default(
    schema: SettingsSchema, data: st.DataObject, value: object
) -> None:
    spec = data.draw(st.sampled_from(_int_specs(schema)))

    # startup holds no integers, so its good value sits beside every bad one drawn.
    settings, problems = validate(
        schema, {spec.group: {spec.name: value}, "startup": {"autostart": True}}, SOURCE
    )

    assert _value(settings, spec) == spec.default
    assert settings.startup.autostart is True
    assert [p.field for p in problems] == [spec.dotted]
    assert f"not a whole number from {spec.minimum}" in problem_words(problems[0])


def _day() -> st.SearchStrategy[list[str]]:
    """Sorted, non-overlapping, non-empty ranges, written canonically."""
    points = st.lists(st.integers(0, 24 * 60), unique=True, max_size=8).map(sorted)
    return points.map(lambda p: [str(TimeRange(a, b)) for a, b in zip(p[::2], p[1::2], strict=False)])


def _value_strategy(spec: KeySpec) -> st.SearchStrategy[Any]:
    if spec.kind == "int":
        return st.integers(spec.minimum, spec.maximum)
    if spec.kind == "bool":
        return st.booleans()
    if spec.kind == "choice":
        return st.sampled_from(spec.choices)
    if spec.kind == "time":
        return st.times().map(lambda t: t.strftime("%H:%M"))
    if spec.kind == "choices":  # any of them, written in the schema's order
        chosen = st.sets(st.sampled_from(spec.choices))
        return chosen.map(lambda picked: [choice for choice in spec.choices if choice in picked])
    return _day()


@st.composite
def valid_documents(draw: st.DrawFn, schema: SettingsSchema) -> dict[str, dict[str, Any]]:
    document: dict[str, dict[str, Any]] = {}
    for spec in schema.specs():
        value = draw(_value_strategy(spec))
        if spec.at_least is not None:
            group, name = spec.at_least.split(".")
            value = max(value, document[group][name])
        document.setdefault(spec.group, {})[spec.name] = value
    return document


@quick
@given(data=st.data())
def test_every_valid_document_is_kept_exactly(schema: SettingsSchema, data: st.DataObject) -> None:
    document = data.draw(valid_documents(schema))

    settings, problems = validate(schema, document, SOURCE)

    assert problems == []
    assert to_document(settings) == document


toml_scalars = (
    st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["09:00-17:30", "17:00-09:00", "16:00", "Tray", "friday"])
    | st.times()
    | st.dates()
    | st.datetimes()
)
toml_values = st.recursive(toml_scalars, lambda inner: st.lists(inner, max_size=4), max_leaves=8)


@quick
@given(data=st.data())
def test_any_data_gives_settings_and_sentences_never_an_error(
    schema: SettingsSchema, data: st.DataObject
) -> None:
    group_names = st.sampled_from([group.name for group in schema.groups]) | st.text(max_size=8)
    key_names = st.sampled_from([spec.name for spec in schema.specs()]) | st.text(max_size=8)
    tables = st.dictionaries(key_names, toml_values, max_size=6)
    user_data = data.draw(st.dictionaries(group_names, tables | toml_values, max_size=6))

    settings, problems = validate(schema, user_data, SOURCE)

    assert isinstance(settings, Settings)
    assert validate(schema, to_document(settings), SOURCE) == (settings, [])
    for problem in problems:
        assert problem_words(problem).startswith(f"{SOURCE}: ")
        assert problem_words(problem).endswith(".")


def test_defaults_survive_a_trip_through_the_document(schema: SettingsSchema) -> None:
    settings = defaults(schema)

    assert validate(schema, to_document(settings), SOURCE) == (settings, [])
    assert settings.summary.time == time(16, 0)
