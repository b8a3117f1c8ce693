"""Reading a process's CPU time, wake-ups and memory from /proc (Linux)."""

from __future__ import annotations

import os
from dataclasses import dataclass

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ProcSample:
    cpu_s: float  # user + system CPU time of all its threads
    wakeups: int  # voluntary + involuntary context switches of all its threads: each is a wake-up
    rss_kb: int
    peak_rss_kb: int
    threads: int


def sample(pid: int) -> ProcSample:
    """The process's figures now.

    /proc/PID/stat sums the CPU time of every thread, but /proc/PID/status counts the context
    switches of the main thread only, so those are summed over /proc/PID/task/*/status. A thread
    that ends between two samples takes its count with it: compare ``threads`` across samples.
    """
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat_file:
        fields = stat_file.read().rsplit(")", 1)[1].split()
    cpu_ticks = int(fields[11]) + int(fields[12])  # utime, stime
    status = _status(f"/proc/{pid}/status")
    switches = 0
    threads = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            task_status = _status(f"/proc/{pid}/task/{task}/status")
        except FileNotFoundError:  # the thread ended meanwhile
            continue
        threads += 1
        switches += int(task_status["voluntary_ctxt_switches"])
        switches += int(task_status["nonvoluntary_ctxt_switches"])
    return ProcSample(
        cpu_s=cpu_ticks / CLOCK_TICKS,
        wakeups=switches,
        rss_kb=int(status["VmRSS"].split()[0]),
        peak_rss_kb=int(status["VmHWM"].split()[0]),
        threads=threads,
    )


def _status(path: str) -> dict[str, str]:
    status = {}
    with open(path, encoding="ascii") as status_file:
        for line in status_file:
            key, _, value = line.partition(":")
            status[key] = value.strip()
    return status
