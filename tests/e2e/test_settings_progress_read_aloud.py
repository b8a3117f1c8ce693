"""Settings and Progress as a screen reader gets them over AT-SPI (issue 17, point 5), measured by
``tests/e2e/a11y_report.py`` in a desktop with an accessibility bus (trees only, no Orca): no Tab stop without
a name in any group of Settings or in Progress, each field's range and default readable with it,
Progress a window, and each of its charts named and telling its figures."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    from a11y_report import measure

    found = measure(tmp_path_factory.mktemp("a11y"), "settings or progress", with_orca=False)
    return {r["shot"]: r for r in found if "controls" in r}


def test_no_group_of_settings_has_an_unnamed_stop(records: dict[str, dict[str, Any]]) -> None:
    settings = {shot: r for shot, r in records.items() if shot.startswith("settings-")}
    assert len(settings) >= 15, sorted(records)
    assert {shot: r["unnamed"] for shot, r in settings.items() if r["unnamed"]} == {}
    assert settings["settings-breaks"]["window"].startswith("Settings")
    assert "list item 'Breaks'" in settings["settings-breaks"]["focused"]


def test_a_settings_field_reads_its_range_and_default(records: dict[str, dict[str, Any]]) -> None:
    described = records["settings-breaks"]["described"]
    assert any(role == "spin button" and "From 20 to 60 minutes. Default: 30 minutes." in text
               for role, _name, text in described), described


def test_progress_is_a_window_with_no_unnamed_stop(records: dict[str, dict[str, Any]]) -> None:
    for shot in ("progress-busy-week", "progress-empty-week"):
        assert records[shot]["unnamed"] == [], shot
        assert records[shot]["role"] == "frame", records[shot]["role"]


def test_each_chart_of_a_busy_week_tells_its_figures(records: dict[str, dict[str, Any]]) -> None:
    described = records["progress-busy-week"]["described"]
    charts = {name: text for role, name, text in described if role == "chart"}
    assert "Sitting: " in charts["Sitting per day (minutes)"]
    assert "Longest bout: " in charts["Sitting per day (minutes)"]
    assert " break" in charts["Breaks per day"]
    assert " this week" in charts["Exercise minutes per target this week"]
