"""`desk-coach progress`, `about` and `settings --open` ask the running coach to open a window:
the request sent, what the user reads, and the exit status when no coach runs or it refuses."""

from __future__ import annotations

import pytest

from desk_coach import cli
from desk_coach.adapters import instance_link
from desk_coach.services.launch_requests import LaunchRequests
from desk_coach.wording.say import say


class Shell:
    """The running coach's windows, as the request handler asks for them."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def show_progress(self) -> None:
        self.opened.append("progress")

    def show_settings(self) -> None:
        self.opened.append("settings")

    def show_about(self) -> None:
        self.opened.append("about")


@pytest.fixture
def shell(monkeypatch) -> Shell:
    """A running coach answering through the real request handler (the link itself left out)."""
    shell = Shell()
    handler = LaunchRequests(shell, lambda: None, None, "/x/desk-coach.log", say)  # type: ignore[arg-type]
    monkeypatch.setattr(instance_link, "ask_running_coach", lambda _name, request: handler.handle(request))
    return shell


@pytest.mark.parametrize(("argv", "window", "said"), [
    (["progress"], "progress", "Progress is open in the running Desk Coach."),
    (["about"], "about", "The About box is open in the running Desk Coach."),
    (["settings", "--open"], "settings", "Settings are open in the running Desk Coach."),
])
def test_each_command_opens_its_window_in_the_running_coach(shell, capsys, argv, window, said):
    assert cli.main(argv) == cli.EXIT_OK
    assert shell.opened == [window]
    assert capsys.readouterr().out.strip() == said


@pytest.mark.parametrize(("argv", "command"), [
    (["progress"], "progress"), (["about"], "about"), (["settings", "--open"], "settings")])
def test_the_request_sent_is_the_windows_name(monkeypatch, capsys, argv, command):
    sent: list[dict] = []
    monkeypatch.setattr(cli, "_ask_coach", lambda request: sent.append(request) or {"ok": True})
    assert cli.main(argv) == cli.EXIT_OK
    assert sent == [{"command": command}]


@pytest.mark.parametrize("argv", [["progress"], ["about"], ["settings", "--open"]])
def test_without_a_running_coach_the_command_says_so_and_fails(monkeypatch, capsys, argv):
    def nobody(_name, _request):
        raise instance_link.NoRunningCoach("no coach")

    monkeypatch.setattr(instance_link, "ask_running_coach", nobody)
    assert cli.main(argv) == cli.EXIT_FAILURE
    out, err = capsys.readouterr()
    assert out == "" and "Desk Coach is not running" in err


def test_an_older_coach_that_refuses_is_asked_to_restart(monkeypatch, capsys):
    monkeypatch.setattr(cli, "_ask_coach", lambda request: {"ok": False, "error": "unknown command 'about'"})
    assert cli.main(["about"]) == cli.EXIT_FAILURE
    assert capsys.readouterr().err.strip() == "The running Desk Coach cannot open this window; restart it."


def test_settings_open_and_check_together_are_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["settings", "--open", "--check"])
    assert exit_.value.code == cli.EXIT_USAGE
    assert "--open and --check cannot be used together" in capsys.readouterr().err


def test_settings_without_open_still_prints_the_settings_in_force(monkeypatch, capsys):
    monkeypatch.setattr(cli, "_ask_coach", lambda request: pytest.fail("no coach is asked"))
    assert cli.main(["settings"]) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("# settings in force (")
