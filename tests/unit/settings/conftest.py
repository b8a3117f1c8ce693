"""The shipped settings schema, parsed once per run for the pure settings tests."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from desk_coach.resources import resource_text

from desk_coach.domain.settings import SettingsSchema


@pytest.fixture(scope="session")
def schema_data() -> dict[str, Any]:
    return tomllib.loads(resource_text("settings/schema.toml"))


@pytest.fixture(scope="session")
def schema(schema_data: dict[str, Any]) -> SettingsSchema:
    return SettingsSchema.from_data(schema_data)
