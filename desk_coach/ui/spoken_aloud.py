"""Where the guided routine's spoken lines go, as the ``sounds.spoken_cues`` setting says.

The routine makes its lines once (``routine/spoken_cues.py``: the exercise and its first step, each
phase, the switch of sides, the countdown at 20, 10, 3, 2, 1, the repetitions). :class:`RoutineSpeech`
hands each to the screen reader (``spoken.FocusVoice``) and, where the user chose it and no screen
reader runs, to the system's speech as well:

- ``screen_reader`` (the default): a screen reader reads them; nothing is spoken aloud.
- ``aloud``: a screen reader reads them when one runs (no second voice over it); where none runs,
  :class:`SystemSpeech` speaks them through Qt's QtTextToSpeech (speech-dispatcher on Linux, SAPI or
  WinRT on Windows, AVSpeechSynthesizer on macOS), a kept library rather than our own D-Bus code.
- ``off``: the routine says nothing; the sounds still play. Safety messages (the pain page, the
  end question) are the focused buttons' own descriptions, read by a screen reader whatever this says.

Whether a screen reader runs is asked once, when the routine starts (``adapters/screen_reader``).
Speech is a help, never a condition: no speech service, an engine error or no voice leaves the
routine silent after one line in the log, and never stops it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

Speak = Callable[[str], None]

SCREEN_READER, ALOUD, OFF = "screen_reader", "aloud", "off"


class RoutineSpeech:
    """One routine's way for its lines: ``line(text)`` speaks it aloud when chosen and returns what
    the screen reader gets (empty when the lines are off)."""

    def __init__(self, *, to_screen_reader: bool = True, aloud: Speak | None = None) -> None:
        self.to_screen_reader = to_screen_reader
        self.aloud = aloud

    def attach(self, window: QObject) -> None:
        """The system's speech goes with ``window``: deleted with it, on the GUI thread."""
        if isinstance(self.aloud, QObject):
            self.aloud.setParent(window)

    def line(self, text: str) -> str:
        if text and self.aloud is not None:
            try:
                self.aloud(text)
            except Exception:  # a spoken cue is never worth a stopped routine
                log.warning("could not speak a routine line aloud", exc_info=True)
                self.aloud = None
        return text if self.to_screen_reader else ""


def routine_speech(choice: str, screen_reader_running: Callable[[], bool | None],
                   speaker: Callable[[], Speak]) -> RoutineSpeech:
    """The way for a routine starting now: ``choice`` is the setting's code; ``speaker`` makes the
    system's speech, only when the lines are to be spoken aloud."""
    if choice == OFF:
        return RoutineSpeech(to_screen_reader=False)
    if choice != ALOUD:
        return RoutineSpeech()
    if screen_reader_listens(screen_reader_running):
        log.info("spoken cues: a screen reader runs, so it reads them and nothing is spoken aloud")
        return RoutineSpeech()
    return RoutineSpeech(aloud=speaker())


def screen_reader_listens(screen_reader_running: Callable[[], bool | None]) -> bool:
    """Whether a screen reader runs now (``adapters/screen_reader``); where the system cannot tell
    (macOS), whether an assistive client listens to Qt."""
    running = screen_reader_running()
    if running is None:
        from PySide6.QtGui import QAccessible

        running = QAccessible.isActive()
    return bool(running)


class SystemSpeech(QObject):
    """Says lines aloud in ``language`` (a catalogue's code: "de", "es", "en") through Qt's
    QTextToSpeech; ``engine`` names a Qt speech engine ("" for the system's own, "mock" in tests).

    Each line stops the one still being spoken (Qt's ``say`` does): a count must not wait behind a
    long sentence, and the newest line is the one that is true now. Made when the routine starts,
    deleted with its window (``parent``)."""

    def __init__(self, language: str, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech: QTextToSpeech | None = None
        self._broken = False
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self._give_up("Qt's text to speech module is not available")
            return
        speech = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        self._speech = speech
        # A voice for the app's language; speech-dispatcher starts in an error where it has none
        # for the system's locale (LANG=C), and speaks once a voice is chosen.
        unset = speech.errorReason() == QTextToSpeech.ErrorReason.Configuration
        if speech.state() == QTextToSpeech.State.Error and not unset:
            self._give_up(speech.errorString() or "the speech engine did not start")
            return
        if not self._choose_voice(speech, language) and speech.state() == QTextToSpeech.State.Error:
            self._give_up(speech.errorString() or "the speech engine has no voice")
            return
        speech.errorOccurred.connect(lambda _reason, text: self._give_up(text))
        log.info("spoken cues: aloud through the %r speech engine", speech.engine())

    @property
    def engine(self) -> str:
        return self._speech.engine() if self._speech is not None else ""

    def __call__(self, text: str) -> None:
        if self._broken or self._speech is None or not text:
            return
        self._speech.say(text)

    def _choose_voice(self, speech: QTextToSpeech, language: str) -> bool:
        """Speak in ``language``, with the system's country where it speaks it (en_GB in Britain);
        False when the engine has no voice for it (its default voice speaks, if any)."""
        wanted = QLocale(language.split("_")[0])
        same_language = [locale for locale in speech.availableLocales()
                         if locale.language() == wanted.language()]
        if not same_language:
            log.info("spoken cues: no %s voice; the speech engine's default voice speaks", language)
            return False
        system = QLocale.system()
        chosen = next((locale for locale in same_language if locale.territory() == system.territory()),
                      same_language[0])
        speech.setLocale(chosen)
        return True

    def _give_up(self, why: str) -> None:
        if not self._broken:  # a warning the first time in this run, then a quieter note each routine
            level = logging.INFO if why in _TOLD else logging.WARNING
            _TOLD.add(why)
            log.log(level, "spoken cues: the system's speech does not work (%s); the routine goes on "
                    "without it", why)
        self._broken = True


_TOLD: set[str] = set()  # why the system's speech failed, as told in the log already
