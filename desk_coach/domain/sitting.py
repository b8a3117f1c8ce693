"""The sitting tracker: turns idle-clock readings into sitting bouts and natural breaks.

A bout grows while the user is at the keyboard. It ends when the user has been away for at
least the natural-break threshold: idle that long, the screen locked that long, the machine
asleep that long, or a guided break. Shorter absences (reading, a quick lock) do not end it.

Durations come from the monotonic clock, so DST, a manual clock change or a time-zone move
never stretch or cut a bout; sleep is told apart from a clock change with the boot clock,
which counts through suspend while the monotonic clock stands still.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from desk_coach.domain.history import BoutEnd, BreakKind, SittingBout

# Technical tolerances, not coaching values: how far two clocks may drift between two
# readings before we call it a sleep or a clock change.
SLEEP_TOLERANCE_S = 15.0
CLOCK_JUMP_TOLERANCE_S = 2.0


@dataclass(frozen=True)
class Observation:
    """One reading of the desktop, taken every few seconds.

    ``idle_s`` is None when the desktop cannot tell (the coach then counts wall-clock time);
    ``locked`` is None when the lock state is unknown.
    """

    wall: datetime
    mono: float
    boot: float | None
    idle_s: float | None
    locked: bool | None = None


@dataclass(frozen=True)
class TrackerThresholds:
    """When an absence counts as a break, and as a long one (from the user's settings)."""

    natural_break_s: float
    long_break_s: float


@dataclass(frozen=True)
class BoutEnded:
    """A sitting bout is over; store it."""

    bout: SittingBout


@dataclass(frozen=True)
class NaturalBreak:
    """The user was away long enough for it to count as a break they took by themselves."""

    started_at: datetime
    ended_at: datetime
    reason: BoutEnd
    kind: BreakKind

    @property
    def seconds(self) -> float:
        return (self.ended_at - self.started_at).total_seconds()


@dataclass(frozen=True)
class ClockChanged:
    """The wall clock jumped (a manual change), by ``seconds``; sitting time is unaffected."""

    seconds: float


@dataclass(frozen=True)
class Slept:
    """The machine was suspended for ``seconds``; that time is never sitting."""

    seconds: float


TrackerEvent = BoutEnded | NaturalBreak | ClockChanged | Slept


@dataclass
class _Bout:
    started_at: datetime
    started_mono: float


@dataclass
class _Away:
    since: datetime
    since_mono: float
    reason: BoutEnd
    confirmed: bool = False  # long enough to be a break: the bout before it has ended


@dataclass
class SittingTracker:
    """Feed it observations in time order; it answers with what happened."""

    thresholds: TrackerThresholds
    _bout: _Bout | None = None
    _away: _Away | None = None
    _last: Observation | None = None
    _last_active: tuple[datetime, float] | None = None
    _on_break: bool = False
    _break_began: datetime | None = None
    _events: list[TrackerEvent] = field(default_factory=list)

    # --- what the rest of the coach asks -------------------------------------------------
    @property
    def sitting(self) -> bool:
        """True while a bout is running and the user is not confirmed away."""
        return self._bout is not None and not self._on_break

    @property
    def bout_started_mono(self) -> float | None:
        return self._bout.started_mono if self._bout else None

    @property
    def bout_started_at(self) -> datetime | None:
        return self._bout.started_at if self._bout else None

    def sitting_seconds(self, mono: float) -> float:
        """Length of the current bout at monotonic time ``mono`` (0 when not sitting)."""
        if self._bout is None or self._on_break:
            return 0.0
        return max(0.0, mono - self._bout.started_mono)

    @property
    def on_break(self) -> bool:
        return self._on_break

    def with_thresholds(self, thresholds: TrackerThresholds) -> None:
        """Adopt new thresholds (the user saved settings); the running bout carries on."""
        self.thresholds = replace(thresholds)

    # --- input -----------------------------------------------------------------------------
    def observe(self, obs: Observation) -> list[TrackerEvent]:
        self._events = []
        if self._last is not None:
            self._account_for_gap(self._last, obs)
        if not self._on_break:
            self._classify(obs)
        self._last = obs
        return self._events

    def begin_break(self, wall: datetime, mono: float) -> list[TrackerEvent]:
        """The user started a guided break: nothing counts until it ends.

        Whether the bout ends with it is known only at the end (``end_break``): a break left at
        once is no break.
        """
        self._events = []
        self._away = None
        self._on_break = True
        self._break_began = wall
        return self._events

    def end_break(self, *, counts: bool, wall: datetime, mono: float) -> list[TrackerEvent]:
        """The guided break is over.

        ``counts``: the user really got up (the break ran to its end, or they stood long enough
        for it to count): the bout ended when the break began and the next activity starts a new
        one. Otherwise the break was no more than a short pause: the bout goes on.
        """
        self._events = []
        began, self._break_began = self._break_began, None
        self._on_break = False
        if counts:
            if self._bout is not None:
                self._end_bout(began or wall, BoutEnd.BREAK)
            self._last_active = None
        elif self._bout is not None:
            self._last_active = (wall, mono)
        return self._events

    def finish(self, wall: datetime) -> list[TrackerEvent]:
        """The app is quitting: close the running bout, or the break the user is on, now."""
        self._events = []
        if self._bout is not None and self._on_break:  # quitting during a break ends it as one
            self._end_bout(self._break_began or wall, BoutEnd.BREAK)
        elif self._bout is not None:
            end = self._last_active[0] if self._last_active else wall
            self._end_bout(end, BoutEnd.QUIT)
        elif self._away is not None and self._away.confirmed:
            away = self._away
            self._away = None
            self._events.append(
                NaturalBreak(away.since, max(wall, away.since), away.reason, self._kind_of(away, wall))
            )
        return self._events

    # --- internals -------------------------------------------------------------------------
    def _account_for_gap(self, last: Observation, obs: Observation) -> None:
        d_mono = obs.mono - last.mono
        d_wall = (obs.wall - last.wall).total_seconds()
        if obs.boot is not None and last.boot is not None:
            d_boot = obs.boot - last.boot
            slept = max(0.0, d_boot - d_mono)
            jump = d_wall - d_boot
        else:
            # Without a boot clock a forward jump looks like sleep; treating it as time away
            # can end a bout early but never counts time that was not sat.
            gap = d_wall - d_mono
            slept, jump = (gap, 0.0) if gap > 0 else (0.0, gap)
        if abs(jump) > CLOCK_JUMP_TOLERANCE_S:
            self._shift_wall(timedelta(seconds=jump))
            self._events.append(ClockChanged(jump))
        if slept > SLEEP_TOLERANCE_S:
            self._events.append(Slept(slept))
            if not self._on_break:
                self._went_to_sleep(last, slept)

    def _shift_wall(self, delta: timedelta) -> None:
        """Move remembered wall times by a clock change, so durations stay true."""
        if self._bout is not None:
            self._bout.started_at += delta
        if self._away is not None:
            self._away.since += delta
        if self._last_active is not None:
            self._last_active = (self._last_active[0] + delta, self._last_active[1])

    def _went_to_sleep(self, last: Observation, slept: float) -> None:
        # The machine slept right after the last reading; if the user was already away, the
        # absence started then, else at the last reading.
        if self._away is None:
            since = self._last_active if self._last_active else (last.wall, last.mono)
            self._away = _Away(since=since[0], since_mono=since[1], reason=BoutEnd.SLEEP)
        away_s = slept + max(0.0, last.mono - self._away.since_mono)
        if away_s >= self.thresholds.natural_break_s:
            self._confirm_away()

    def _classify(self, obs: Observation) -> None:
        idle = obs.idle_s
        if obs.locked:
            active_until = self._active_until(obs)
            self._start_or_extend_away(active_until, obs, BoutEnd.LOCK)
        elif idle is not None and idle >= self.thresholds.natural_break_s:
            since = (obs.wall - timedelta(seconds=idle), obs.mono - idle)
            self._start_or_extend_away(since, obs, BoutEnd.IDLE)
        else:
            self._active(obs)

    def _active_until(self, obs: Observation) -> tuple[datetime, float]:
        """When the user was last seen active: the last input, if the idle clock tells it."""
        seen = self._last_active if self._last_active is not None else (obs.wall, obs.mono)
        if obs.idle_s is not None and obs.mono - obs.idle_s > seen[1]:
            # Input after the last look: the coach looks rarely while the user sits.
            return (obs.wall - timedelta(seconds=obs.idle_s), obs.mono - obs.idle_s)
        return seen

    def _start_or_extend_away(self, since: tuple[datetime, float], obs: Observation, reason: BoutEnd) -> None:
        if self._away is None:
            self._away = _Away(since=since[0], since_mono=since[1], reason=reason)
        away_s = (obs.wall - self._away.since).total_seconds()
        if not self._away.confirmed and away_s >= self.thresholds.natural_break_s:
            self._confirm_away()
        # A lock that was reported after a long idle keeps the earlier start and reason.

    def _confirm_away(self) -> None:
        away = self._away
        assert away is not None
        away.confirmed = True
        if self._bout is not None:
            end = max(away.since, self._bout.started_at)
            self._end_bout(end, away.reason)

    def _active(self, obs: Observation) -> None:
        idle = obs.idle_s or 0.0
        moment = (obs.wall - timedelta(seconds=idle), obs.mono - idle)
        if self._away is not None:
            away = self._away
            self._away = None
            # Wall time, not monotonic: it includes sleep, and clock changes were taken out.
            away_s = (moment[0] - away.since).total_seconds()
            if away.confirmed or away_s >= self.thresholds.natural_break_s:
                if self._bout is not None:  # confirmed only now, on return
                    self._end_bout(max(away.since, self._bout.started_at), away.reason)
                returned_at = max(moment[0], away.since)
                self._events.append(
                    NaturalBreak(away.since, returned_at, away.reason, self._kind_of(away, returned_at))
                )
        if self._bout is None:
            self._bout = _Bout(started_at=moment[0], started_mono=moment[1])
        self._last_active = moment

    def _kind_of(self, away: _Away, until: datetime) -> BreakKind:
        away_s = (until - away.since).total_seconds()
        return BreakKind.LONG if away_s >= self.thresholds.long_break_s else BreakKind.MICRO

    def _end_bout(self, end: datetime, reason: BoutEnd) -> None:
        bout = self._bout
        assert bout is not None
        self._bout = None
        self._events.append(BoutEnded(SittingBout(bout.started_at, max(end, bout.started_at), reason)))
