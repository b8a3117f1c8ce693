"""Handing memory the start-up no longer needs back to the operating system.

Loading the settings, the exercise library and the database leaves freed blocks inside the C
heap; glibc keeps them for reuse unless asked to return them. A tray app then sits for hours
with that memory counted against it. Elsewhere (macOS, Windows, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys

log = logging.getLogger(__name__)


def release_free_memory() -> None:
    """Collect garbage cycles, then let glibc return its free pages (``malloc_trim``)."""
    gc.collect()
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter already runs on
    except (OSError, AttributeError):
        log.debug("malloc_trim is not available here")
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)
