"""Cues on Windows through the standard library's ``winsound.PlaySound``.

winsound refuses ``SND_ASYNC`` together with ``SND_MEMORY``, so the WAV, rebuilt in memory at
the chosen volume, is played synchronously on the cue's own thread (``cues.CuePlayer``);
winsound lets go of the GIL while it plays. ``SND_NODEFAULT``: a cue that fails stays silent
rather than turning into the system's default beep.
"""

from __future__ import annotations

import io
import sys
import wave
from collections.abc import Mapping
from types import ModuleType

from desk_coach.adapters.sound_output.cues import Clip, CuePlayer, SoundUnavailable


def wav_bytes(clip: Clip) -> bytes:
    """``clip`` as a 16-bit PCM WAV file."""
    samples = clip.samples
    if sys.byteorder == "big":  # pragma: no cover - WAV data is little-endian
        samples = type(samples)("h", samples)
        samples.byteswap()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(clip.channels)
        wav.setsampwidth(2)
        wav.setframerate(clip.rate)
        wav.writeframes(samples.tobytes())
    return buffer.getvalue()


class WindowsPlayer(CuePlayer):
    """Cues through winsound; ``winsound`` is a seam so the tests run anywhere."""

    def __init__(self, files: Mapping[str, str], volume: float, winsound: ModuleType | None = None) -> None:
        super().__init__(files, volume)
        if winsound is None:
            import winsound as windows_only  # Windows only: the factory imports this module there alone

            winsound = windows_only
        self._winsound: ModuleType = winsound

    def _prepare(self, clip: Clip) -> bytes:
        return wav_bytes(clip)

    def _output(self, prepared: object) -> None:
        flags = self._winsound.SND_MEMORY | self._winsound.SND_NODEFAULT
        try:
            self._winsound.PlaySound(prepared, flags)
        except RuntimeError as error:  # winsound's only error: no device, a bad WAV
            raise SoundUnavailable(f"Windows played no sound ({error})") from None
