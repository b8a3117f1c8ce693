"""The spoken cues setting (issue 17): the routine's lines to the screen reader only (the default),
also aloud through the system's speech where no screen reader runs, or none at all; and the system's
speech through Qt's QtTextToSpeech, which never stops a routine. The real speech-dispatcher is
driven by ``tests/e2e/test_speech_dispatcher_speaks_the_routine.py``."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication
from test_guided_routine import LIBRARY, PLAN, FakeClock, advance

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.bootstrap import SpokenCues
from desk_coach.domain.settings import defaults
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.settings_dialog import SettingsDialog
from desk_coach.ui.settings_fields import FieldEditor
from desk_coach.ui.spoken_aloud import RoutineSpeech, SystemSpeech, routine_speech


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def routine(qtbot, clock: FakeClock, spoken: RoutineSpeech) -> GuidedRoutineDialog:
    window = GuidedRoutineDialog(PLAN, LIBRARY, clock=clock, play_sound=lambda name: None,
                                 opened_by_user=True, spoken=spoken)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    return window


def screen_reader_line() -> str:
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused.accessibleDescription()


def test_aloud_speaks_each_moment_the_screen_reader_is_given(qtbot, clock):
    heard: list[str] = []
    dialog = routine(qtbot, clock, RoutineSpeech(aloud=heard.append))
    assert heard == [screen_reader_line()]
    assert heard[0].startswith("Test hip stretch. First: Test hip stretch: first step.")
    assert "Get ready · left side." in heard[0]
    advance(dialog, clock, 10.25)  # the last three seconds of getting ready, then the hold
    assert heard[1:] == ["3", "2", "1", "Hold 1 of 2 · left side. 30 seconds."]
    advance(dialog, clock, 31)  # the whole hold, tick by tick, and into the switch of sides
    *counts, switch = heard[5:]
    assert counts == ["20", "10", "3", "2", "1"]  # every ten seconds, then the last three
    assert switch.startswith("Switch sides. Now the right side.")
    assert switch == screen_reader_line()


def test_aloud_says_the_repetitions_as_they_are_counted(qtbot, clock):
    heard: list[str] = []
    dialog = routine(qtbot, clock, RoutineSpeech(aloud=heard.append))
    dialog.skip_exercise()  # on to the band rows
    assert heard[-1].startswith("Test band row. First: Test band row: first step.")
    advance(dialog, clock, 10.25)
    assert "Set 1 of 2." in heard[-1] and "Repetitions 0 / 10" in heard[-1]
    advance(dialog, clock, 3)
    assert heard[-1] == "Repetitions 1 / 10"


def test_off_says_nothing_aloud_nor_to_a_screen_reader(qtbot, clock):
    heard: list[str] = []
    dialog = routine(qtbot, clock, RoutineSpeech(to_screen_reader=False, aloud=None))
    advance(dialog, clock, 10.25)
    advance(dialog, clock, 10)
    assert heard == []
    assert "Hold" not in screen_reader_line() and "20" not in screen_reader_line()
    assert dialog.exercise_page.phase_label.text() == "Hold 1 of 2 · left side"  # the screen still shows it


def test_a_failing_speaker_is_dropped_and_the_routine_goes_on(qtbot, clock, caplog):
    calls: list[str] = []

    def broken(text: str) -> None:
        calls.append(text)
        raise RuntimeError("speech service gone")

    with caplog.at_level(logging.WARNING):
        dialog = routine(qtbot, clock, RoutineSpeech(aloud=broken))
        advance(dialog, clock, 10.25)
    assert len(calls) == 1  # tried once, then left out
    assert screen_reader_line().startswith("Hold 1 of 2 · left side.")
    assert sum("could not speak" in record.message for record in caplog.records) == 1


class Speakers:
    """Counts the system speakers made; a screen reader that runs or not, or cannot be told."""

    def __init__(self, running: bool | None) -> None:
        self.running = running
        self.made = 0

    def speaker(self):
        self.made += 1
        return lambda text: None

    def way(self, choice: str) -> RoutineSpeech:
        return routine_speech(choice, lambda: self.running, self.speaker)


def test_the_setting_decides_where_the_lines_go():
    none_runs = Speakers(running=False)
    assert none_runs.way("screen_reader").aloud is None and none_runs.made == 0
    off = none_runs.way("off")
    assert off.aloud is None and off.line("Hold") == ""
    aloud = none_runs.way("aloud")
    assert aloud.aloud is not None and none_runs.made == 1 and aloud.line("Hold") == "Hold"


def test_aloud_with_a_screen_reader_running_leaves_the_lines_to_it():
    one_runs = Speakers(running=True)
    way = one_runs.way("aloud")
    assert way.aloud is None and one_runs.made == 0 and way.line("Hold") == "Hold"


def test_where_the_system_cannot_tell_qt_says_whether_an_assistive_client_listens(qtbot):
    unknown = Speakers(running=None)  # offscreen: no assistive client
    assert unknown.way("aloud").aloud is not None


def test_the_app_reads_the_setting_when_each_routine_starts(monkeypatch, qtbot):
    from desk_coach.adapters import screen_reader

    monkeypatch.setattr(screen_reader, "screen_reader_running", lambda env=None: False)
    settings = defaults(shipped_schema())
    assert settings.sounds.spoken_cues == "screen_reader"
    current = [settings]
    cues = SpokenCues(lambda: current[0], engine="mock")
    assert cues().aloud is None
    from dataclasses import replace

    current[0] = replace(settings, sounds=replace(settings.sounds, spoken_cues="aloud"))
    speaker = cues().aloud
    assert isinstance(speaker, SystemSpeech) and speaker.engine == "mock"


def test_system_speech_speaks_through_qt_and_a_new_line_cuts_the_old_one(qtbot):
    speech = SystemSpeech("en", engine="mock")
    engine = speech.findChild(QTextToSpeech)
    words: list[str] = []
    engine.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    speech("Test hip stretch. First: stand tall and breathe out slowly.")
    qtbot.waitUntil(lambda: words == ["Test"])
    speech("3")
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready)
    assert words == ["Test", "3"]  # the count came at once; the stale sentence was not finished


def test_the_system_speech_goes_with_the_routines_window(qtbot, clock):
    speech = SystemSpeech("en", engine="mock")
    dialog = routine(qtbot, clock, RoutineSpeech(aloud=speech))
    assert speech.parent() is dialog


def test_system_speech_chooses_a_voice_in_the_apps_language(qtbot):
    speech = SystemSpeech("en", engine="mock")
    assert speech.findChild(QTextToSpeech).locale().language() == QTextToSpeech("mock").locale().language()
    norwegian = SystemSpeech("nb", engine="mock")  # the mock engine has en_GB, en_US, nb_NO, nn_NO, fi_FI
    assert norwegian.findChild(QTextToSpeech).locale().name() == "nb_NO"


@pytest.mark.qt_log_ignore("Text-to-speech plug-in")  # Qt says so too
def test_no_speech_engine_leaves_the_routine_silent_after_one_warning_in_the_log(caplog, qtbot, monkeypatch):
    from desk_coach.ui import spoken_aloud

    monkeypatch.setattr(spoken_aloud, "_TOLD", set())
    with caplog.at_level(logging.INFO, logger="desk_coach.ui.spoken_aloud"):
        for _routine in range(2):
            speech = SystemSpeech("en", engine="no-such-engine")
            speech("Hold")
            speech("3")
    told = [(record.levelno, record.message) for record in caplog.records
            if "does not work" in record.message]
    assert [level for level, _ in told] == [logging.WARNING, logging.INFO]  # warned once, noted after
    assert "goes on without it" in told[0][1]


def test_the_settings_window_offers_the_spoken_cues_in_the_sounds_group(qtbot):
    schema = shipped_schema()
    dialog = SettingsDialog(schema, defaults(schema), lambda settings: None, None)
    qtbot.addWidget(dialog)
    editor = next(e for e in dialog.findChildren(FieldEditor) if e.objectName() == "sounds.spoken_cues")
    combo = editor.input
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Screen reader only", "Aloud when no screen reader runs", "Off"]
    assert combo.currentData() == "screen_reader"
    assert combo.accessibleName().startswith("Spoken cues in the guided routine")
