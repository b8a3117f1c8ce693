"""What the running coach answers to other launches and to the CLI."""

from __future__ import annotations

from datetime import datetime

from desk_coach.domain.clock import ManualClock
from desk_coach.services.launch_requests import LaunchRequests
from desk_coach.wording.say import say


class Shell:
    def __init__(self) -> None:
        self.done: list[str] = []

    def tell(self, title, text, on_click=None) -> None:
        self.done.append(f"tell {title}: {text}")

    def show_progress(self) -> None:
        self.done.append("progress")

    def show_self_check(self) -> None:
        self.done.append("self-check")

    def reload_settings(self) -> None:
        self.done.append("reload")

    def show_settings(self) -> None:
        self.done.append("settings")

    def show_about(self) -> None:
        self.done.append("about")

    def show_status_window(self) -> None:
        self.done.append("status window")


class Coach:
    def __init__(self) -> None:
        self.done: list[str] = []

    def start_break(self) -> None:
        self.done.append("break")


def requests(coach=None) -> tuple[LaunchRequests, Shell]:
    shell = Shell()
    clock = ManualClock(datetime(2026, 3, 2, 9, 0).astimezone())
    return LaunchRequests(shell, lambda: coach, clock, "/home/u/desk-coach.log", say), shell


def test_a_second_launch_opens_the_status_window_of_the_running_coach():
    handler, shell = requests()
    reply = handler.handle({"command": "activate"})
    assert reply["ok"] and isinstance(reply["pid"], int)
    assert shell.done == ["status window"]


def test_windows_open_on_request():
    handler, shell = requests()
    for command in ("progress", "screen", "settings", "about", "status-window"):
        assert handler.handle({"command": command}) == {"ok": True}
    assert shell.done == ["progress", "self-check", "settings", "about", "status window"]


def test_before_the_coach_starts_status_points_to_the_log_and_break_is_refused():
    handler, _ = requests()
    reply = handler.handle({"command": "status"})
    assert not reply["ok"]
    assert reply["error"] == (
        "Desk Coach is running but its coach has not started; see the log: /home/u/desk-coach.log"
    )
    assert reply["said"] == {"code": "launch.coach_not_started",
                             "values": {"app": "Desk Coach", "log": "/home/u/desk-coach.log"}}
    assert refusal(handler.handle({"command": "break"})) == "unknown command 'break'"


def test_a_running_coach_starts_a_break_and_reads_its_settings_again():
    coach = Coach()
    handler, shell = requests(coach)
    assert handler.handle({"command": "break"}) == {"ok": True}
    assert handler.handle({"command": "reload-settings"}) == {"ok": True}
    assert coach.done == ["break"] and shell.done == ["reload"]


def test_an_unknown_request_is_refused():
    handler, _ = requests(Coach())
    assert refusal(handler.handle({"command": "dance"})) == "unknown command 'dance'"


def refusal(reply: dict) -> str:
    """The words of a refused request, which carries its code too (for a program to read)."""
    assert reply["ok"] is False and set(reply) == {"ok", "error", "said"}
    assert reply["said"]["code"] == "launch.unknown_command"
    return reply["error"]
