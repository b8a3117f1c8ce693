"""What every lean cue player shares: reading a cue's WAV, scaling it, playing it off the GUI thread.

A platform player says only how a clip reaches the speakers (``CuePlayer._output``, which may
block for the length of the cue) and, if it likes, what to keep of a clip between cues
(``CuePlayer._prepare``). ``CuePlayer`` runs each cue in a short-lived daemon thread, one cue at
a time: a cue that arrives while another plays waits for it, and any beyond that one waiting
cue is dropped (cues come seconds apart; a pile-up, say after a suspend, is not worth
replaying). Nothing stays behind between cues: no thread, no open audio stream.
"""

from __future__ import annotations

import io
import logging
import sys
import threading
import wave
from array import array
from collections.abc import Mapping
from dataclasses import dataclass

from desk_coach.resources import resource

log = logging.getLogger(__name__)

#: A cue playing plus one waiting; more are dropped.
MAX_PENDING = 2


@dataclass(frozen=True)
class Clip:
    """Decoded 16-bit PCM in the machine's byte order, interleaved when ``channels`` > 1."""

    rate: int
    channels: int
    samples: array  # of "h"

    @property
    def seconds(self) -> float:
        return len(self.samples) / (self.rate * self.channels)


class SoundUnavailable(Exception):
    """The audio system cannot play right now (no server, no device): expected, logged once at info."""


def decode_wav(data: bytes) -> Clip:
    """The PCM of a WAV file, its rate and channels read from the header; 8-bit becomes 16-bit."""
    with wave.open(io.BytesIO(data)) as wav:
        rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
        frames = wav.readframes(wav.getnframes())
    if width == 2:
        samples = array("h")
        samples.frombytes(frames)
        if sys.byteorder == "big":  # WAV data is little-endian
            samples.byteswap()
    elif width == 1:  # unsigned, centred on 128
        samples = array("h", ((byte - 128) << 8 for byte in frames))
    else:
        raise ValueError(f"{8 * width}-bit WAV data is not supported (8 or 16 bit)")
    return Clip(rate, channels, samples)


def scaled(clip: Clip, volume: float) -> Clip:
    """``clip`` at ``volume`` (0-1): the players set loudness here, not in a mixer."""
    volume = max(0.0, min(1.0, volume))
    if volume == 1.0:
        return clip
    return Clip(clip.rate, clip.channels, array("h", (round(s * volume) for s in clip.samples)))


class CuePlayer:
    """``play_sound`` for the routine dialog: ``player("switch")`` plays that cue, or nothing.

    ``files`` maps cue names to resource paths (``sounds/switch.wav``); each file is read,
    decoded and scaled to ``volume`` (0-1) once, on its first use. Never raises: a cue is not
    worth a crash, and a missing sound server is logged once, at info.
    """

    def __init__(self, files: Mapping[str, str], volume: float) -> None:
        self.files = dict(files)
        self.volume = max(0.0, min(1.0, volume))
        self._prepared: dict[str, object] = {}  # None: the file could not be read
        self._pending = 0
        self._changed = threading.Condition()
        self._turn = threading.Lock()  # one cue at a time
        self._logged: set[str] = set()

    def __call__(self, name: str) -> None:
        if self.volume <= 0 or name not in self.files:
            return
        with self._changed:
            if self._pending >= MAX_PENDING:
                log.debug("the %r cue is dropped: two are already playing or waiting", name)
                return
            self._pending += 1
        try:
            threading.Thread(target=self._play, args=(name,), name=f"cue-{name}", daemon=True).start()
        except Exception:  # no thread to be had: no cue either
            self._done()
            self._once("thread", logging.WARNING, "no thread for the %r cue", name, exc_info=True)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no cue plays or waits (tests, a tidy exit); False if ``timeout`` ran out."""
        with self._changed:
            return self._changed.wait_for(lambda: self._pending == 0, timeout)

    def _prepare(self, clip: Clip) -> object:
        """What ``_output`` is given for this clip, made once per cue: the clip itself by default."""
        return clip

    def _output(self, prepared: object) -> None:
        """Play a prepared clip and return once it has been heard (on the cue's own thread)."""
        raise NotImplementedError

    def _play(self, name: str) -> None:
        try:
            with self._turn:
                prepared = self._cue(name)
                if prepared is not None:
                    self._output(prepared)
        except SoundUnavailable as reason:
            self._once("unavailable", logging.INFO, "routine cues are silent: %s", reason)
        except Exception:
            self._once("failed", logging.WARNING, "could not play the %r cue", name, exc_info=True)
        finally:
            self._done()

    def _cue(self, name: str) -> object:
        if name not in self._prepared:
            self._prepared[name] = None
            try:
                clip = scaled(decode_wav(resource(self.files[name]).read_bytes()), self.volume)
                self._prepared[name] = self._prepare(clip)
            except Exception:
                log.warning("could not read the %r cue (%s)", name, self.files[name], exc_info=True)
        return self._prepared[name]

    def _done(self) -> None:
        with self._changed:
            self._pending -= 1
            self._changed.notify_all()

    def _once(self, key: str, level: int, message: str, *args: object, exc_info: bool = False) -> None:
        """Log ``message`` at ``level`` the first time ``key`` happens, at debug after that."""
        first = key not in self._logged
        self._logged.add(key)
        log.log(level if first else logging.DEBUG, message, *args, exc_info=exc_info and first)
