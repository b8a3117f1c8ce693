"""`desk-coach snooze [--minutes N]`: the due break put off in the running coach, for the usual
length or one of the settings' short list; a length not on offer is a usage error (issue 16, 4)."""

from __future__ import annotations

import pytest

from desk_coach.cli import main


@pytest.fixture
def coach_link(monkeypatch, isolated_home):
    """A running coach that answers with ``link.reply``; ``link.requests`` is what it was sent."""
    from desk_coach.adapters import instance_link

    class Link:
        def __init__(self) -> None:
            self.requests: list[dict] = []
            self.reply: dict = {"ok": True, "minutes": 10, "until": "2026-03-02T10:35:00+01:00"}

    link = Link()

    def ask(_name, request):
        link.requests.append(request)
        return link.reply

    monkeypatch.setattr(instance_link, "ask_running_coach", ask)
    return link


def test_snooze_for_a_length_on_the_list_says_until_when(coach_link, capsys):
    assert main(["snooze", "--minutes", "10"]) == 0
    assert coach_link.requests == [{"command": "snooze", "minutes": 10}]
    out = capsys.readouterr().out.strip()
    assert out.startswith("Break snoozed for 10 min, until ") and out.endswith(".")


def test_snooze_without_minutes_asks_for_the_usual_length(coach_link, capsys):
    coach_link.reply = {"ok": True, "minutes": 5, "until": "2026-03-02T10:30:00+01:00"}
    assert main(["snooze"]) == 0
    assert coach_link.requests == [{"command": "snooze"}]
    assert "Break snoozed for 5 min" in capsys.readouterr().out


def test_a_length_not_on_the_list_is_a_one_line_usage_error_and_nothing_is_sent(coach_link, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["snooze", "--minutes", "7"])
    assert exit_.value.code == 2
    assert coach_link.requests == []
    err = capsys.readouterr().err
    assert err == ("desk-coach snooze: error: 7 min is not one of the snooze lengths: "
                   "5, 10, 15, 30 and 60 (see 'desk-coach --help')\n")


def test_the_running_coach_refusing_says_why(coach_link, capsys):
    coach_link.reply = {"ok": False, "error": "No break is due, so there is nothing to snooze.",
                        "said": {"code": "snooze.nothing_due", "values": {}}}
    assert main(["snooze"]) == 1
    assert capsys.readouterr().err.strip() == "No break is due, so there is nothing to snooze."


def test_snooze_says_when_no_coach_runs(isolated_home, capsys):
    assert main(["snooze"]) == 1
    assert capsys.readouterr().err.strip() == "Desk Coach is not running (start it with 'desk-coach')."
