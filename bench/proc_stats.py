"""Reading a process's CPU time, wake-ups and memory from /proc (Linux)."""

from __future__ import annotations

import os
from dataclasses import dataclass

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ProcSample:
    cpu_s: float  # user + system CPU time
    wakeups: int  # voluntary + involuntary context switches: each is the process waking up
    rss_kb: int
    peak_rss_kb: int


def sample(pid: int) -> ProcSample:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat_file:
        fields = stat_file.read().rsplit(")", 1)[1].split()
    cpu_ticks = int(fields[11]) + int(fields[12])  # utime, stime
    status = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status_file:
        for line in status_file:
            key, _, value = line.partition(":")
            status[key] = value.strip()
    switches = int(status["voluntary_ctxt_switches"]) + int(status["nonvoluntary_ctxt_switches"])
    return ProcSample(
        cpu_s=cpu_ticks / CLOCK_TICKS,
        wakeups=switches,
        rss_kb=int(status["VmRSS"].split()[0]),
        peak_rss_kb=int(status["VmHWM"].split()[0]),
    )
