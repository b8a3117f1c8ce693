"""`desk-coach snooze` and `skip` ask the running coach; strict mode refuses both with a clear
message and a non-zero exit, as other refusals. The real coach on a ManualClock answers through
the real request handler (the instance link is left out)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from simulation import Simulation, Span, monday_at

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.cli import main
from desk_coach.domain.history import BreakEventKind
from desk_coach.domain.settings import defaults
from desk_coach.services.launch_requests import LaunchRequests
from desk_coach.wording.say import say


def due_break(tmp_path, monkeypatch, *, strict: bool) -> Simulation:
    from desk_coach.adapters import instance_link

    settings = defaults(shipped_schema())
    settings = replace(settings, break_screen=replace(settings.break_screen, strict=strict))
    sim = Simulation(monday_at(9, 0), tmp_path / "desk-coach.db", settings)
    sim.answer_after = timedelta(days=1)
    sim.user.work.append(Span(monday_at(9, 0), monday_at(12, 0)))
    sim.coach.start()
    sim.first_reminder()
    handler = LaunchRequests(None, lambda: sim.coach, sim.clock, "/x/desk-coach.log", say)  # type: ignore[arg-type]
    monkeypatch.setattr(instance_link, "ask_running_coach", lambda _name, request: handler.handle(request))
    return sim


@pytest.mark.parametrize("command", ["snooze", "skip"])
def test_strict_mode_refuses_snooze_and_skip_on_the_command_line(tmp_path, monkeypatch, capsys, command):
    sim = due_break(tmp_path, monkeypatch, strict=True)
    assert main([command]) == 1
    _, err = capsys.readouterr()
    assert err.strip() == ("Strict mode is on: a due break can be neither snoozed nor skipped. "
                           "To stop the breaks for a while, pause them from the tray menu.")
    assert [event.kind for event in sim.stored()[1]] == [BreakEventKind.DUE, BreakEventKind.SHOWN]


def test_without_strict_mode_the_command_line_snoozes_then_skips(tmp_path, monkeypatch, capsys):
    sim = due_break(tmp_path, monkeypatch, strict=False)
    assert main(["snooze"]) == 0
    assert capsys.readouterr().out.startswith("Break snoozed for 5 min, until ")
    assert main(["skip"]) == 0
    assert capsys.readouterr().out.strip() == "Break skipped in the running Desk Coach."
    assert [event.kind for event in sim.stored()[1]][-2:] == [BreakEventKind.SNOOZED, BreakEventKind.SKIPPED]
    assert main(["skip"]) == 1
    assert capsys.readouterr().err.strip() == "No break is due right now: nothing to skip."
