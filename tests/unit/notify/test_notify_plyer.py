"""PlyerNotifier with plyer stubbed: what it passes on, and the failures it can see."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from notify_fakes import REMINDER, ignore

from desk_coach.adapters.notify.plyer_notifier import PlyerNotifier


class RecordingNotify:
    def __init__(self, error: BaseException | None = None) -> None:
        self.calls: list[dict[str, Any]] = []
        self.error = error

    def __call__(self, **kwargs: Any) -> None:
        self.calls.append(kwargs)
        if self.error is not None:
            raise self.error


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_reminder_goes_to_plyer(platform: str) -> None:
    notify = RecordingNotify()
    notifier = PlyerNotifier(notify, platform=platform)

    assert notifier.show(REMINDER, ignore) is True

    [call] = notify.calls
    assert call["title"] == "Time for a long break"
    assert call["message"] == "Walk around for five minutes."
    assert call["app_name"] == "Desk Coach"
    assert "app_icon" not in call  # Windows would need an .ico; an SVG makes plyer raise there
    assert notifier.supports_actions is False and notifier.channel == "plyer"


def test_a_plain_message_goes_to_plyer_too_and_elsewhere_is_refused() -> None:
    notify = RecordingNotify()
    assert PlyerNotifier(notify, platform="darwin").tell("Your week", "You broke up sitting 12 times.")
    [call] = notify.calls
    assert (call["title"], call["message"]) == ("Your week", "You broke up sitting 12 times.")
    assert PlyerNotifier(notify, platform="linux").tell("Your week", "...") is False


@pytest.mark.parametrize("error", [
    NotImplementedError("No usable implementation found!"),  # plyer found no backend (no pyobjus...)
    OSError("Could not load icon"),
    AttributeError("'NoneType' object has no attribute 'setDelegate_'"),  # no notification centre
    Exception("Shell_NotifyIconW failed."),
])
def test_a_plyer_failure_is_reported_as_not_delivered(error: BaseException,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    notifier = PlyerNotifier(RecordingNotify(error), platform="win32")

    assert notifier.show(REMINDER, ignore) is False
    assert "plyer" in caplog.text


@pytest.mark.parametrize("platform", ["linux", "freebsd14", "cygwin"])
def test_plyer_is_not_trusted_elsewhere(platform: str) -> None:
    notify = RecordingNotify()

    assert PlyerNotifier(notify, platform=platform).show(REMINDER, ignore) is False
    assert notify.calls == []  # on Linux plyer's notify-send hides every failure: never called


def test_by_default_it_calls_plyers_notification_facade(monkeypatch: pytest.MonkeyPatch) -> None:
    notify = RecordingNotify()
    fake_plyer = types.ModuleType("plyer")
    fake_plyer.notification = types.SimpleNamespace(notify=notify)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "plyer", fake_plyer)

    assert PlyerNotifier(platform="darwin").show(REMINDER, ignore) is True
    assert [call["title"] for call in notify.calls] == ["Time for a long break"]


def test_a_plyer_without_a_backend_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    class Facade:  # what plyer's proxy falls back to when the platform backend fails to import
        def notify(self, **kwargs: Any) -> None:
            raise NotImplementedError("No usable implementation found!")

    fake_plyer = types.ModuleType("plyer")
    fake_plyer.notification = Facade()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "plyer", fake_plyer)

    assert PlyerNotifier(platform="darwin").show(REMINDER, ignore) is False


def test_withdraw_and_close_are_harmless() -> None:
    notifier = PlyerNotifier(RecordingNotify(), platform="win32")
    notifier.show(REMINDER, ignore)
    notifier.withdraw()
    notifier.close()
