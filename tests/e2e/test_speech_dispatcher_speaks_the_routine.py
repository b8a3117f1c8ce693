"""Spoken cues set to "aloud" reach the real speech-dispatcher (issue 17): a long break's routine planned
from the shipped library and opened by the app's view (``QtCoachView``) with the app's own wiring
(``bootstrap.SpokenCues``: the setting, the screen reader asked on the real accessibility bus, Qt's
speechd engine), and speech-dispatcher 0.11 itself, whose only voice writes down what it is asked to
say (``tests/support/speech_dispatcher.py``). The routine runs offscreen on a fake clock; each moment
waits until speech-dispatcher has spoken its line. With a screen reader running, nothing reaches it.
Debian packages: speech-dispatcher, dbus-daemon, at-spi2-core."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from a11y_bus import launch_a11y_bus, stop
from private_bus import PrivateBus
from PySide6.QtCore import QObject
from routine_coach import RoutineCoach, routine_coach
from speech_dispatcher import SpeechDispatcher

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.bootstrap import SpokenCues
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings import Settings, defaults
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.spoken_aloud import RoutineSpeech, SystemSpeech
from desk_coach.wording import qt_catalogues

pytestmark = pytest.mark.e2e

ALOUD = (lambda s: replace(s, sounds=replace(s.sounds, spoken_cues="aloud")))(defaults(shipped_schema()))


@pytest.fixture
def speechd(monkeypatch) -> Iterator[SpeechDispatcher]:
    daemon = SpeechDispatcher().start()
    for key, value in daemon.env.items():
        monkeypatch.setenv(key, value)
    yield daemon
    daemon.stop()


@pytest.fixture
def coach(tmp_path) -> Iterator[RoutineCoach]:
    start = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    coach = routine_coach(tmp_path / "db.sqlite", start)
    yield coach
    coach.database.dispose()


class Clock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session_bus(monkeypatch) -> Iterator[PrivateBus]:
    """This process's session bus, for the accessibility bus (its screen reader switch is the test's)."""
    bus = PrivateBus()
    bus.start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    yield bus
    bus.close()


class NoTray(QObject):
    """Opening a break never touches the tray."""


def routine(qtbot, coach: RoutineCoach, clock: Clock, settings: Settings
            ) -> tuple[GuidedRoutineDialog, list[str]]:
    """A long break's routine as the coach opens it (``QtCoachView``, the app's view, with the app's
    ``SpokenCues``), waiting for its Start button; the lines it asks the system's speech to say."""
    asked: list[str] = []
    cues = SpokenCues(lambda: settings)

    def spoken_cues() -> RoutineSpeech:
        spoken = cues()
        if spoken.aloud is not None:
            speaker = spoken.aloud

            def say(text: str) -> None:
                asked.append(text)
                speaker(text)

            spoken.aloud = say
        return spoken

    view = QtCoachView(NoTray(), coach.clock.now, lambda: True, routines=coach.service, clock=clock,
                       spoken_cues=spoken_cues)
    view.open_break(BreakKind.LONG, 360)
    window = view.break_window
    assert isinstance(window, GuidedRoutineDialog)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window, asked


def heard_so_far(qtbot, speechd: SpeechDispatcher, asked: list[str]) -> str:
    """Wait until speech-dispatcher has spoken every line asked so far; what it spoke."""
    expected = " ".join(asked)
    qtbot.waitUntil(lambda: speechd.heard() == expected, timeout=15_000)
    return speechd.heard()


def test_a_routines_lines_are_spoken_by_speech_dispatcher(qtbot, coach, speechd, session_bus):
    launcher = launch_a11y_bus(session_bus.address, screen_reader_on=False)
    try:
        clock = Clock()
        dialog, asked = routine(qtbot, coach, clock, ALOUD)
        assert asked, "no screen reader runs, so the lines are spoken aloud"
        heard = heard_so_far(qtbot, speechd, asked)
        name = dialog.exercise_page.name_label.text()
        first_step = dialog.exercise_page.step_labels[1].text()
        assert heard.startswith(f"{name}. First: {first_step}")
        dialog.primary_action()  # Start, once the user has heard what comes
        heard_so_far(qtbot, speechd, asked)
        while len(asked) < 12:  # second by second: the counts, the phases, the next exercise
            clock.now += 1
            dialog.refresh()
            heard_so_far(qtbot, speechd, asked)
        assert asked[1] == "Hold 1 of 2 · left side. 30 seconds."
        assert asked[2:7] == ["20", "10", "3", "2", "1"]  # every ten seconds, then the last three
        assert asked[7].startswith("Switch sides. Now the right side.")
        assert asked[8:11] == ["3", "2", "1"]
        assert asked[11] == "Hold 1 of 2 · right side. 30 seconds."
        assert {language for language, _ in speechd.said()} == {"en"}
    finally:
        stop(launcher)


def test_with_a_screen_reader_running_nothing_is_spoken_aloud(qtbot, coach, speechd, session_bus):
    launcher = launch_a11y_bus(session_bus.address, screen_reader_on=True)
    try:
        clock = Clock()
        dialog, asked = routine(qtbot, coach, clock, ALOUD)
        for _ in range(12):
            clock.now += 1
            dialog.refresh()
        assert asked == []
        # A marker said afterwards is the first thing speech-dispatcher ever heard.
        SystemSpeech("en")("marker")
        qtbot.waitUntil(lambda: speechd.said() != [], timeout=15_000)
        assert speechd.said() == [("en", "marker")]
    finally:
        stop(launcher)


def test_the_lines_are_spoken_in_the_apps_language(qtbot, coach, speechd, session_bus):
    launcher = launch_a11y_bus(session_bus.address, screen_reader_on=False)
    qt_catalogues.use_language("de")
    try:
        dialog, asked = routine(qtbot, coach, Clock(), ALOUD)
        heard = heard_so_far(qtbot, speechd, asked)
        assert dialog.exercise_page.phase_label.text() in heard  # the phase as the German screen shows it
        assert {language for language, _ in speechd.said()} == {"de"}
    finally:
        qt_catalogues.use_language("en")
        stop(launcher)
