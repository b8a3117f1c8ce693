"""Cues through PulseAudio's "simple" client API (libpulse-simple), which PipeWire serves too.

Four blocking calls per cue: open a playback stream in the clip's own format, write the clip,
drain, close. They run on the cue's thread (see ``cues.CuePlayer``), and ctypes lets go of the
GIL while they block. A connection is made per cue and closed after it, so between cues the
app holds no stream open on the server and no PulseAudio thread in the process.

Measured in a Qt process, the first cue costs ~3 MB resident this way (libpulse and the codec
libraries it links), against ~20 MB through QtMultimedia and its FFmpeg plugin.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import sys
from collections.abc import Mapping

from desk_coach import APP_NAME
from desk_coach.adapters.sound_output.cues import Clip, CuePlayer, SoundUnavailable

log = logging.getLogger(__name__)

LIBRARY = "libpulse-simple.so.0"
PA_STREAM_PLAYBACK = 1
PA_SAMPLE_S16LE, PA_SAMPLE_S16BE = 3, 4
#: Clip samples are in the machine's byte order.
PA_SAMPLE_S16NE = PA_SAMPLE_S16LE if sys.byteorder == "little" else PA_SAMPLE_S16BE
STREAM_NAME = "Routine cue"


class SampleSpec(ctypes.Structure):
    """``pa_sample_spec``."""

    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class PulseSimple:
    """The four ``pa_simple_*`` calls a cue needs, on a loaded libpulse-simple."""

    def __init__(self, library: ctypes.CDLL) -> None:
        self._lib = library
        p, c_int_p = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
        library.pa_simple_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_char_p, ctypes.POINTER(SampleSpec), p, p, c_int_p]
        library.pa_simple_new.restype = p
        library.pa_simple_write.argtypes = [p, ctypes.c_char_p, ctypes.c_size_t, c_int_p]
        library.pa_simple_write.restype = ctypes.c_int
        library.pa_simple_drain.argtypes = [p, c_int_p]
        library.pa_simple_drain.restype = ctypes.c_int
        library.pa_simple_free.argtypes = [p]
        library.pa_simple_free.restype = None
        # pa_strerror lives in libpulse, which libpulse-simple links: its handle finds it.
        library.pa_strerror.argtypes = [ctypes.c_int]
        library.pa_strerror.restype = ctypes.c_char_p

    def play(self, clip: Clip, app_name: str = APP_NAME) -> None:
        """Play ``clip`` on the default server and sink, returning once it has been heard."""
        error = ctypes.c_int(0)
        spec = SampleSpec(PA_SAMPLE_S16NE, clip.rate, clip.channels)
        stream = self._lib.pa_simple_new(None, app_name.encode(), PA_STREAM_PLAYBACK, None,
                                         STREAM_NAME.encode(), ctypes.byref(spec), None, None,
                                         ctypes.byref(error))
        if not stream:
            raise SoundUnavailable(f"no PulseAudio or PipeWire server answered ({self._reason(error)})")
        try:
            data = clip.samples.tobytes()
            if self._lib.pa_simple_write(stream, data, len(data), ctypes.byref(error)) < 0:
                raise SoundUnavailable(f"the sound server took no cue ({self._reason(error)})")
            if self._lib.pa_simple_drain(stream, ctypes.byref(error)) < 0:
                raise SoundUnavailable(f"the sound server did not play the cue out ({self._reason(error)})")
        finally:
            self._lib.pa_simple_free(stream)

    def _reason(self, error: ctypes.c_int) -> str:
        text = self._lib.pa_strerror(error.value)
        return text.decode(errors="replace") if text else f"error {error.value}"


@functools.cache
def load_pulse_simple() -> PulseSimple | None:
    """libpulse-simple, or None (logged once) when it is not installed."""
    try:
        return PulseSimple(ctypes.CDLL(LIBRARY))
    except (OSError, AttributeError) as error:
        log.info("%s is not available (%s)", LIBRARY, error)
        return None


class PulsePlayer(CuePlayer):
    """Cues through a PulseAudio (or PipeWire) server; ``library`` is a seam for the tests."""

    def __init__(self, files: Mapping[str, str], volume: float, library: PulseSimple) -> None:
        super().__init__(files, volume)
        self._library = library

    def _output(self, prepared: object) -> None:
        assert isinstance(prepared, Clip)
        self._library.play(prepared)
