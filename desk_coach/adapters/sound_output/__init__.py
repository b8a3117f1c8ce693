"""Routine cues without QtMultimedia: one lean player per platform, picked by ``create_sound_player``.

QtMultimedia plays the two half-second cues well, but loading it also loads Qt's FFmpeg media
plugin: about 19 MB resident that a tray app then keeps all day. So:

- Linux and the other PulseAudio/PipeWire systems: libpulse-simple through ctypes (``pulse``).
- Windows: the standard library's winsound (``windows``).
- macOS: the caller's ``fallback`` (the app passes the QtMultimedia player): it is the one known
  to work there, and no lean macOS player can be tried in our CI.
- Where libpulse-simple cannot be loaded, the ``fallback`` too. QtMultimedia links libpulse,
  which comes in the same system package, so from a checkout it rarely plays either; but the
  desktop bundle carries its own libpulse for Qt, and then it can. Where the lean player
  works, the fallback is never built.

Each platform module is imported only when it is chosen. This package never imports Qt.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping

log = logging.getLogger(__name__)

PlaySound = Callable[[str], None]


def create_sound_player(
    files: Mapping[str, str],
    volume: float,
    *,
    fallback: Callable[[], PlaySound | None] | None = None,
    platform: str | None = None,
) -> PlaySound | None:
    """A ``play_sound(name)`` callable for these cue ``files`` (name -> resource path) at ``volume`` (0-1).

    None when there is neither a lean player for this platform nor a ``fallback``.
    """
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        from desk_coach.adapters.sound_output.windows import WindowsPlayer

        return WindowsPlayer(files, volume)
    if platform != "darwin":
        from desk_coach.adapters.sound_output.pulse import PulsePlayer, load_pulse_simple

        library = load_pulse_simple()
        if library is not None:
            return PulsePlayer(files, volume, library)
    if fallback is None:
        log.info("no sound player on platform %r: routine cues are silent", platform)
        return None
    return fallback()
