"""The two cue sounds of a guided routine, and a player for them that never takes the app down.

``switch`` (two rising notes) says "change sides"; ``done`` (one soft bell) says "let go, that
hold or set is over". Both are made here from sine waves, so they are ours and reproducible;
the shipped ``resources/sounds/*.wav`` are exactly what :func:`synthesize` returns, and
``python -m desk_coach.ui.routine.sounds resources/sounds`` writes them again.

The dialog takes any ``play_sound(name)`` callable. The app gets one from
``desk_coach.adapters.sound_output``, whose players (libpulse-simple, winsound) do without Qt:
loading QtMultimedia also loads Qt's FFmpeg plugin, ~19 MB kept for the day. :class:`QtSoundPlayer`
is the fallback where they cannot play (macOS; Linux without libpulse-simple). It loads
QtMultimedia only when the first sound plays (importing it talks to the audio system and logs
about missing back ends), plays nothing when there is no audio output, and swallows every
error: a missing sound must never stop a routine.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import sys
import wave
from array import array
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from desk_coach.resources import resource_file

log = logging.getLogger(__name__)

SOUNDS = {"switch": "sounds/switch.wav", "done": "sounds/done.wav"}
RATE = 22_050  # Hz, 16-bit mono: a rate every audio back end takes; the cues have nothing above 3 kHz
_PEAK = 0.45  # of full scale: a cue, not an alarm


def _note(freq: float, seconds: float, partials: tuple[float, ...], decay_s: float) -> list[float]:
    """A struck note: a quick 6 ms attack, an exponential fade and a short fade-out at the end."""
    count = round(seconds * RATE)
    attack, release = round(0.006 * RATE), round(0.03 * RATE)
    out = []
    for i in range(count):
        t = i / RATE
        value = sum(weight * math.sin(2 * math.pi * freq * (n + 1) * t) for n, weight in enumerate(partials))
        envelope = math.exp(-t / decay_s) * min(1.0, i / attack) * min(1.0, (count - i) / release)
        out.append(value * envelope)
    return out


def synthesize(name: str) -> bytes:
    """The WAV file of cue ``name`` ("switch" or "done"), byte for byte."""
    if name == "switch":  # D5 then A5: "and now the other side"
        samples = _note(587.33, 0.16, (1.0, 0.3), 0.12) + _note(880.0, 0.30, (1.0, 0.3), 0.14)
    elif name == "done":  # a soft G5 bell
        samples = _note(783.99, 0.50, (1.0, 0.4, 0.15), 0.16)
    else:
        raise KeyError(name)
    loudest = max(abs(s) for s in samples)
    pcm = array("h", (round(s / loudest * _PEAK * 32767) for s in samples))
    if sys.byteorder == "big":  # pragma: no cover - WAV data is little-endian
        pcm.byteswap()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm.tobytes())
    return buffer.getvalue()


class QtSoundPlayer(QObject):
    """``play_sound`` through QtMultimedia: ``player("switch")`` plays that cue, or nothing.

    The fallback player (see the module's docstring); ``volume`` is 0-1.
    """

    def __init__(self, volume: float = 0.6, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume = max(0.0, min(1.0, volume))
        self._effects: dict[str, object] | None = None  # None: not loaded yet; {}: no audio
        self._files = contextlib.ExitStack()
        self.destroyed.connect(self._files.close)

    def __call__(self, name: str) -> None:
        try:
            effect = self._load().get(name)
            if effect is not None:
                effect.play()  # type: ignore[attr-defined]
        except Exception:  # a cue is never worth a crash
            log.warning("could not play the %r sound", name, exc_info=True)
            self._effects = {}

    def _load(self) -> dict[str, object]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            log.info("QtMultimedia is not available: routine sounds are off")
            return self._effects
        if not QMediaDevices.audioOutputs():
            log.info("no audio output: routine sounds are off")
            return self._effects
        for key, relative in SOUNDS.items():
            path = self._files.enter_context(resource_file(relative))
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            self._effects[key] = effect
        return self._effects


def main(argv: list[str]) -> int:
    """Write the cue files into the folder given (``resources/sounds`` in a checkout)."""
    folder = Path(argv[0]) if argv else Path("resources/sounds")
    folder.mkdir(parents=True, exist_ok=True)
    for key, relative in SOUNDS.items():
        (folder / Path(relative).name).write_bytes(synthesize(key))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
