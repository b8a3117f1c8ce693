"""The machine's clocks, behind the domain's Clock protocol."""

from __future__ import annotations

import time
from datetime import datetime, tzinfo


class SystemClock:
    """Local wall-clock time (timezone-aware, follows zone changes), monotonic and boot clocks."""

    def now(self) -> datetime:
        # A ZoneInfo rather than a fixed offset, so "09:00 tomorrow" is right across DST.
        return datetime.now(_local_zone())

    def monotonic(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float | None:
        # Linux: CLOCK_BOOTTIME counts through suspend, CLOCK_MONOTONIC does not.
        if _BOOT_CLOCK is None:
            return None
        return time.clock_gettime(_BOOT_CLOCK)


_BOOT_CLOCK: int | None = getattr(time, "CLOCK_BOOTTIME", None)


def _local_zone() -> tzinfo:
    # Imported on first use: tzlocal pulls in zoneinfo and sysconfig, which the tray icon
    # does not need before it shows. tzlocal itself notices a changed zone.
    from tzlocal import get_localzone

    return get_localzone()
