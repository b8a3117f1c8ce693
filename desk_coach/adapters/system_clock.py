"""The machine's clocks, behind the domain's Clock protocol."""

from __future__ import annotations

import time
from datetime import datetime


class SystemClock:
    """Local wall-clock time (timezone-aware, follows zone changes) and the monotonic clock."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()
