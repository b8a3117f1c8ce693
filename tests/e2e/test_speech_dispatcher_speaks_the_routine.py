"""Spoken cues set to "aloud" reach the real speech-dispatcher (issue 17): the guided routine, the app's
own wiring (``bootstrap.SpokenCues``: the setting, the screen reader asked on the real accessibility
bus, Qt's speechd engine) and speech-dispatcher 0.11 itself, whose only voice writes down what it
is asked to say (``tests/support/speech_dispatcher.py``). A long break's routine is planned from the
shipped library and runs offscreen on a fake clock; each moment waits until speech-dispatcher has
taken its line. With a screen reader running, nothing reaches it. Debian packages:
speech-dispatcher, dbus-daemon, at-spi2-core."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from a11y_bus import launch_a11y_bus, stop
from private_bus import PrivateBus
from routine_coach import RoutineCoach, routine_coach
from speech_dispatcher import SpeechDispatcher

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.bootstrap import SpokenCues
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings import Settings, defaults
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.spoken_aloud import SystemSpeech
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


def routine(qtbot, coach: RoutineCoach, clock: Clock, settings: Settings
            ) -> tuple[GuidedRoutineDialog, list[str]]:
    """A long break's routine as the app opens it, with the lines it asks the system's speech to say."""
    spoken = SpokenCues(lambda: settings)()
    asked: list[str] = []
    if spoken.aloud is not None:
        speaker = spoken.aloud

        def say(text: str) -> None:
            asked.append(text)
            speaker(text)

        spoken.aloud = say
    plan = coach.service.plan_break(BreakKind.LONG, 360)
    window = GuidedRoutineDialog(plan, coach.service.library, clock=clock, play_sound=lambda name: None,
                                 opened_by_user=True, spoken=spoken)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
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
        while len(asked) < 12:  # second by second: the counts, the phases, the next exercise
            clock.now += 1
            dialog.refresh()
            heard_so_far(qtbot, speechd, asked)
        assert asked[1:4] == ["3", "2", "1"]  # the last three seconds of getting ready
        assert asked[4].startswith("Hold 1 of 2 · left side.")
        assert asked[5:10] == ["20", "10", "3", "2", "1"]  # every ten seconds, then the last three
        assert asked[10].startswith("Switch sides. Now the right side.")
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
