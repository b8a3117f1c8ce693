"""Reading a process's CPU time, wake-ups and memory from /proc (Linux)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ProcSample:
    cpu_s: float  # user + system CPU time of all its threads
    wakeups: int  # voluntary + involuntary context switches of all its threads: each is a wake-up
    rss_kb: int
    peak_rss_kb: int
    threads: int
    per_thread: dict[str, int] = field(default_factory=dict)  # thread id -> its context switches

    def wakeups_since(self, earlier: ProcSample) -> int:
        """Context switches from ``earlier`` to this sample, thread by thread: a thread that ended
        meanwhile would take its count out of a plain difference of the totals (a thread started
        meanwhile counts from zero; one started and ended meanwhile is not seen)."""
        return sum(count - earlier.per_thread.get(tid, 0) for tid, count in self.per_thread.items())


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
    per_thread = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            task_status = _status(f"/proc/{pid}/task/{task}/status")
        except FileNotFoundError:  # the thread ended meanwhile
            continue
        threads += 1
        count = int(task_status["voluntary_ctxt_switches"]) + int(task_status["nonvoluntary_ctxt_switches"])
        per_thread[task] = count
        switches += count
    return ProcSample(
        cpu_s=cpu_ticks / CLOCK_TICKS,
        wakeups=switches,
        rss_kb=int(status["VmRSS"].split()[0]),
        peak_rss_kb=int(status["VmHWM"].split()[0]),
        threads=threads,
        per_thread=per_thread,
    )


def _status(path: str) -> dict[str, str]:
    status = {}
    with open(path, encoding="ascii") as status_file:
        for line in status_file:
            key, _, value = line.partition(":")
            status[key] = value.strip()
    return status
