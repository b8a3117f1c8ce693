"""The coach loop: watch the desktop, keep the history, remind at the right moment.

The coach reads the idle clock (and, near a break, the quiet-time sensors), lets the sitting
tracker and the break policy decide, records what happened (one transaction per use case)
and arms a timer for the moment the next break falls due. The answers to a reminder (start,
snooze, skip) and the tray's commands (break now, pause, resume) come in as method calls.

How often it looks depends on what can change (``_next_look``): each look costs the app a
wake-up, and a tray app should sleep while nothing happens.
- While the user sits: when a minute figure of the tooltip changes, and when the pause in
  input so far would become a natural break. Where the view shows the minute figures only when
  read (``CoachView.live_minutes`` False: a menu, a tooltip Qt draws on hover, no tooltip at
  all), only when the tray icon's ring moves a step (1/PROGRESS_STEPS of the interval) or after
  LONGEST_LOOK_SECONDS; the view asks for fresh figures itself (``refresh_view``). The tracker
  dates a natural break from the idle clock (the last input), so it is stored to the second
  however late it is seen.
- While the user is away: every 15 s. The idle clock tells only the last input, so a return
  is dated from the look that sees it: up to 15 s late, and the next break with it (at one
  look every 5 s it was up to 5 s). The tray shows "away" as long.
Where the idle sensor can watch (``IdleWatch``: X11's SYNC alarms...), the desktop itself wakes
the coach when the pause becomes a natural break and at the first input after it: no look is
spent on either, a return is dated to the input, and while the user is away the coach sleeps
(one look every WATCHED_AWAY_LOOK_SECONDS in case the sensor lost its source unnoticed). Away
but still active (the screen locked while they type their password) is looked at as before.
- From a minute before a break is due, and while it is: every 5 s, for quiet time and typing.
A lock or a suspend is dated from the last look before it (the tracker has no later sign of
input), so while sitting that is up to a minute early (a ring step where the minute figures
are not live; GNOME's screen shield says when it comes, and the coach looks then). Reminders
never wait for a look: the due moment has its own alarm. No reminder stays on a locked screen
(X11's notification servers draw above the locker): it is withdrawn at the first look that sees
the lock, and shown again once unlocked if the break is still due; one still up when the bout
ends because the user left is withdrawn too.

The storage may fail (a full disk, a read-only folder, a lock, a vanished database): the coach
lives through it. What it could not write waits in memory (at most MAX_UNSAVED records, the
oldest let go first), is written at the next look that can, and ``on_storage`` hears once when
saving stops and once when it works again; ``status`` says so meanwhile.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from desk_coach.domain import break_policy as policy
from desk_coach.domain.break_policy import BreakState, Decision, Moment, Verdict
from desk_coach.domain.break_screen import Cover, cover_for, is_strict
from desk_coach.domain.clock import Clock
from desk_coach.domain.history import (
    WAY_OUT_NOTE,
    BoutEnd,
    BreakEvent,
    BreakEventKind,
    BreakKind,
    SittingBout,
)
from desk_coach.domain.quiet import QuietReason
from desk_coach.domain.reminders import Reminder, ReminderAction, compose_heads_up, compose_reminder
from desk_coach.domain.said import Said, Term, said
from desk_coach.domain.settings import Settings
from desk_coach.domain.sitting import (
    BoutEnded,
    ClockChanged,
    NaturalBreak,
    Observation,
    SittingTracker,
    Slept,
    TrackerEvent,
    TrackerThresholds,
)
from desk_coach.domain.snooze_lengths import is_snooze_length, snooze_lengths, snooze_note
from desk_coach.services.coach_status import PROGRESS_STEPS, CoachState, CoachStatus, StatusSaid
from desk_coach.services.ports import (
    CoachView,
    IdleSensor,
    Notifier,
    QuietSensor,
    StorageUnavailable,
    Timers,
    UnitOfWork,
)

log = logging.getLogger(__name__)

CLOSE_LOOK_SECONDS = 5.0  # while a break is due or about to be: quiet time and typing may end any time
SITTING_LOOK_SECONDS = 60.0  # the longest wait while the user sits
LONGEST_LOOK_SECONDS = 600.0  # the same, where no minute figure is on screen all the time
AWAY_LOOK_SECONDS = 15.0  # while away: a return is seen (and dated) at most this late
WATCHED_AWAY_LOOK_SECONDS = 1800.0  # while away, when the idle sensor wakes the coach on return
LOOK_MARGIN_SECONDS = 0.25  # look just after a change is due, not just before it
MIN_LOOK_SECONDS = 1.0  # never sooner, whatever the sums say
TYPING_RECHECK_SECONDS = 1.0  # while waiting for a pause in typing, look again this often
QUIET_LEAD_SECONDS = 60.0  # start asking the quiet-time sensors this long before a break is due
MAX_UNSAVED = 5000  # records kept in memory while the storage fails: days of bouts and break events
AWAY = frozenset({BoutEnd.IDLE, BoutEnd.LOCK, BoutEnd.SLEEP})  # bouts the user ended by leaving
NOT_SHOWN_NOTE = "reminder not shown: no notification service or system tray could show it"
STRICT_START = "strict-start"  # the timer that starts a due break after strict mode's heads-up


@dataclass(frozen=True)
class BreakOutcome:
    """How a break the user began ended, as the break window saw it.

    ``completed``: it ran to its end. ``done_fraction``: the share of it done, 0-1.
    ``stood_s``: seconds the user is known to have been on their feet (a guided routine's done
    part); None when the window cannot tell, and the idle clock is asked instead.
    ``way_out``: a strict break the user left by the emergency way out (stored as such).
    """

    completed: bool = True
    done_fraction: float = 1.0
    stood_s: float | None = None
    way_out: bool = False


@dataclass
class _OpenBreak:
    """A break under way: what to go back to if it turns out too short to count."""

    kind: BreakKind
    length_s: int
    began_mono: float
    state_before: BreakState
    was_due: bool
    longest_idle_s: float = 0.0
    cover: Cover = Cover.NONE
    cover_locked: bool = False  # the view was told the session is locked
    cover_lifted: bool = False  # a quiet time began: the view lifted the cover for good


#: Channels whose reminders carry no answer buttons and fade by themselves: the tray menu answers.
BUTTONLESS_CHANNELS = frozenset({"tray", "plyer"})

#: What the status says while a due break waits to come back, by what put it off.
PUT_OFF_TEXT: dict[BreakEventKind | None, StatusSaid] = {
    BreakEventKind.SNOOZED: StatusSaid.SNOOZED_UNTIL,
    BreakEventKind.DISMISSED: StatusSaid.CLOSED_BACK_AT,
    BreakEventKind.PARTIAL: StatusSaid.ENDED_EARLY_BACK_AT,
    None: StatusSaid.PUT_OFF_UNTIL,
}


class Coach:
    """The running coach. Call ``start`` once, then everything is driven by the timers."""

    def __init__(
        self,
        *,
        clock: Clock,
        idle: IdleSensor,
        quiet: QuietSensor,
        timers: Timers,
        notifier: Notifier,
        unit_of_work: Callable[[], UnitOfWork],
        settings: Settings,
        view: CoachView,
        on_storage: Callable[[StorageUnavailable | None, int], None] | None = None,
    ) -> None:
        """``on_storage(problem, lost)`` hears when saving stops (the problem) and when it works
        again (None, with how many records had to be let go meanwhile)."""
        self._clock = clock
        self._idle = idle
        self._quiet = quiet
        self._timers = timers
        self._notifier = notifier
        self._uow = unit_of_work
        self._settings = settings
        self._view = view
        self._tracker = SittingTracker(_thresholds(settings))
        self._state = BreakState()
        self._decision = Decision(Verdict.AWAY)
        self._open_reminder: Reminder | None = None
        self._recorded_due_at: float | None = None  # monotonic due time already recorded as DUE
        self._recorded_quiet_at: float | None = None
        self._break: _OpenBreak | None = None  # set while a guided break is open
        self._put_off_by: BreakEventKind | None = None  # why the due break waits (snooze, dismissal...)
        self._left_by_way_out = False  # the last break ended by strict mode's emergency way out
        self._last_idle: float | None = None
        self._locked = False  # the session was locked at the last look
        self._watched_threshold: float | None = None  # the natural-break threshold the sensor watches
        self._armed_due_at: float | None = None  # monotonic time the break-due alarm is set for
        self._on_storage = on_storage
        self._unsaved: deque[SittingBout | BreakEvent] = deque()
        self._storage_problem: StorageUnavailable | None = None
        self._lost = 0  # records let go while the storage failed (beyond MAX_UNSAVED)
        self.on_bout_recorded: Callable[[], None] | None = None  # hears each saved bout (Progress's today)

    # --- life cycle -------------------------------------------------------------------------
    def start(self) -> None:
        self._timers.daily("new-day", time(0, 0), self.tick)
        self._watch_idle()
        self.tick()

    def stop(self) -> None:
        """Quit: close the running bout so no sitting time is lost."""
        for key in ("poll", "new-day", "break-due", "typing-check", "pause-end", "idle-change", STRICT_START):
            self._timers.cancel(key)
        # One last look, so the bout ends at the last input rather than at the last look. Not
        # when the idle clock cannot tell (the desktop is going away): that would count as sitting.
        idle = self._idle.idle_seconds()
        if idle is not None:
            self._absorb(self._tracker.observe(self._observation(idle)))
        if self._break is not None:  # quitting mid-break: store what was done by the clock
            elapsed = self._clock.monotonic() - self._break.began_mono
            fraction = min(1.0, elapsed / max(1, self._break.length_s))
            self._end_break(BreakOutcome(completed=False, done_fraction=fraction), note="Desk Coach quit")
        self._store(self._tracker.finish(self._clock.now()))
        if self._unsaved and self._storage_problem is not None:
            log.error("quitting with %d records that could not be saved: %s", len(self._unsaved),
                      self._storage_problem.reason.code)
        self._withdraw_reminder()

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._tracker.with_thresholds(_thresholds(settings))
        if self._watched_threshold is not None:
            self._watch_idle()
        self.tick()

    def refresh_view(self) -> None:
        """Show the status as of now (the view is about to be read: its menu opens); no look."""
        self._view.show_status(self.status())

    def _watch_idle(self) -> None:
        """Have the idle sensor wake the coach at the natural-break threshold, where it can."""
        threshold = self._tracker.thresholds.natural_break_s
        watch = getattr(self._idle, "watch", None)
        if watch is not None and threshold != self._watched_threshold:
            self._watched_threshold = threshold if watch(threshold, self._idle_changed) else None

    def _idle_changed(self) -> None:
        """The sensor's word that the user left or came back: look now (called from any thread)."""
        self._timers.soon("idle-change", self.tick)

    @property
    def _watching(self) -> bool:
        return self._watched_threshold is not None and bool(getattr(self._idle, "watching", False))

    # --- the loop ---------------------------------------------------------------------------
    def tick(self) -> None:
        """Read the desktop, record what happened, decide, and arm the next wake-up."""
        if self._unsaved:
            self._save([])  # the storage may work again: write what waits
        idle = self._idle.idle_seconds()
        self._last_idle = idle
        self._note_idle_on_break(idle)
        observation = self._observation(idle)
        self._locked = bool(observation.locked)
        self._watch_cover()
        now, mono = observation.wall, observation.mono
        self._absorb(self._tracker.observe(observation))
        if self._tracker.sitting and self._state.interval_start_mono is None:
            started = self._tracker.bout_started_mono
            self._state = policy.bout_started(self._state, started if started is not None else mono)
        moment = Moment(now, mono, idle, self._tracker.sitting)
        decision = policy.decide(self._settings, self._state, moment)
        if self._quiet_matters(decision):
            moment = Moment(now, mono, idle, self._tracker.sitting, self._quiet.active_reasons())
            decision = policy.decide(self._settings, self._state, moment)
        self._decision = decision
        self._act(decision, now, mono)
        self._timers.at("poll", self._next_look(decision, now, mono, idle), self.tick)
        self._view.show_status(self.status())

    @property
    def _covering(self) -> bool:
        """A break with a break screen is open, and its cover not lifted."""
        opened = self._break
        return opened is not None and opened.cover is not Cover.NONE and not opened.cover_lifted

    def _watch_cover(self) -> None:
        """During a covered break: the view hides the cover while the session is locked, and lifts
        it for good when a quiet time the user keeps begins (a call, Do Not Disturb; not a
        fullscreen window, which the cover itself is)."""
        opened = self._break
        if opened is None or not self._covering:
            return
        if self._locked != opened.cover_locked:
            opened.cover_locked = self._locked
            self._view.screen_locked(self._locked)
        # A fullscreen window is no news here: the cover itself is one, and some systems (Windows'
        # notification state) cannot tell it from a presentation. A call or Do Not Disturb is.
        reasons = policy.relevant_quiet(self._settings, self._quiet.active_reasons())
        if reasons - {QuietReason.FULLSCREEN}:
            opened.cover_lifted = True
            self._view.quiet_began()

    def _observation(self, idle: float | None) -> Observation:
        now, mono = self._clock.now(), self._clock.monotonic()
        return Observation(now, mono, self._clock.since_boot(), idle, self._idle.is_locked())

    def _next_look(self, decision: Decision, now: datetime, mono: float, idle: float | None) -> datetime:
        """When to read the desktop again: as late as the user would not notice."""
        if self._quiet_matters(decision) or self._covering:  # a lock or a call may come any time
            return _on_the_beat(now, CLOSE_LOOK_SECONDS)
        threshold = self._tracker.thresholds.natural_break_s
        watching = self._watching
        if not self._tracker.sitting:
            if watching and idle is not None and idle >= threshold:
                return _on_the_beat(now, WATCHED_AWAY_LOOK_SECONDS)  # the sensor says when they are back
            # A quarter of the threshold only matters for the seconds-long timings of the tests.
            return _on_the_beat(now, min(AWAY_LOOK_SECONDS, threshold / 4))
        live = getattr(self._view, "live_minutes", True)
        if live:
            wait = min(SITTING_LOOK_SECONDS, _until_minute_changes(self._tracker.sitting_seconds(mono)))
        else:
            wait = LONGEST_LOOK_SECONDS
        if idle is not None and idle < threshold and not watching:
            wait = min(wait, threshold - idle)  # when this pause would become a natural break
        if decision.verdict == Verdict.NOT_DUE and decision.due_in_s is not None:
            if live:
                wait = min(wait, _until_minute_changes(decision.due_in_s, counting_down=True))
            else:  # when the ring moves a step
                step = self._settings.breaks.sit_interval_min * 60 / PROGRESS_STEPS
                wait = min(wait, _until_minute_changes(decision.due_in_s, counting_down=True, unit=step))
            if decision.due_in_s > QUIET_LEAD_SECONDS:  # so the quiet-time sensors get their lead
                wait = min(wait, decision.due_in_s - QUIET_LEAD_SECONDS)
        return now + timedelta(seconds=max(MIN_LOOK_SECONDS, wait + LOOK_MARGIN_SECONDS))

    def _due_alarm(self) -> None:
        self._armed_due_at = None
        self.tick()

    def _quiet_matters(self, decision: Decision) -> bool:
        """Ask the quiet-time sensors only when a break is due or about to be.

        Some of them run programs or scan /proc; the rest of the time their answer changes
        nothing, so an idle coach does not pay for them. The lead time lets the sensors that
        refresh in the background have a fresh answer ready when the break falls due.
        """
        if decision.is_due:
            return True
        return decision.verdict == Verdict.NOT_DUE and (decision.due_in_s or 0.0) <= QUIET_LEAD_SECONDS

    def _absorb(self, events: list[TrackerEvent]) -> None:
        self._store(events)
        for event in events:
            if isinstance(event, BoutEnded):
                if event.bout.end_reason in AWAY:  # a reminder for a bout that is over is moot
                    self._withdraw_reminder()
                self._state = policy.bout_ended(self._state)
            elif isinstance(event, ClockChanged | Slept):
                self._armed_due_at = None  # the alarm is set in wall time: set it again
            elif isinstance(event, NaturalBreak):
                log.info("natural break of %.0f s (%s)", event.seconds, event.reason)
                self._withdraw_reminder()
                self._state = policy.bout_ended(self._state)

    def _act(self, decision: Decision, now: datetime, mono: float) -> None:
        if decision.verdict == Verdict.NOT_DUE and decision.due_in_s is not None:
            self._arm_due_alarm(decision.due_in_s, now, mono)
            return
        if decision.verdict in (Verdict.PAUSED, Verdict.OFF_HOURS) and decision.until is not None:
            self._timers.at("pause-end", decision.until, self.tick)
        if self._locked:
            # Nobody but passers-by sees a reminder on a locked screen, and on X11 the notification
            # servers draw above the locker: it is withdrawn, and shown again once unlocked if due.
            self._withdraw_reminder()
            return
        self._withdraw_stale_heads_up(decision)
        if not decision.is_due or self._open_reminder is not None:
            return  # nothing due, or the reminder is already on screen waiting for an answer
        self._act_on_due(decision, now, mono)

    def _withdraw_stale_heads_up(self, decision: Decision) -> None:
        """A reminder that no longer fits is taken back, and the right one shown at once.

        Strict mode's heads-up while something holds the break again (quiet time, a pause, off
        hours; typing only delays the start: ``policy.strict_start``): the automatic start waits,
        and the break stays due. A reminder of the other mode than the one
        in force (strict mode turned on or off while it was up): Snooze and Skip must not be
        offered in strict mode, nor withheld without it."""
        reminder = self._open_reminder
        if reminder is None:
            return
        held_again = reminder.heads_up and policy.strict_start(decision) == policy.StrictStart.HELD
        if held_again or reminder.heads_up != is_strict(self._settings):
            self._withdraw_reminder()

    def _arm_due_alarm(self, due_in_s: float, now: datetime, mono: float) -> None:
        """Wake when the break falls due; armed again only when that moved by over half a second."""
        due_at = mono + due_in_s
        if self._armed_due_at is None or abs(due_at - self._armed_due_at) > 0.5:
            self._armed_due_at = due_at
            self._timers.at("break-due", now + timedelta(seconds=due_in_s), self._due_alarm)

    def _act_on_due(self, decision: Decision, now: datetime, mono: float) -> None:
        """A break is due and no reminder waits: its DUE event recorded once, then the reminder, or
        a wait for quiet (recorded once) or for a pause in the typing."""
        due_at = policy.due_at_mono(self._settings, self._state)
        due_news = self._recorded_due_at != due_at
        self._recorded_due_at = due_at
        if due_news and decision.verdict != Verdict.REMIND:
            self._record(BreakEventKind.DUE, decision.kind)
        if decision.verdict == Verdict.QUIET:
            if self._recorded_quiet_at != due_at:
                self._recorded_quiet_at = due_at
                reasons = ", ".join(sorted(r.value for r in decision.quiet))
                self._record(BreakEventKind.QUIET_DELAYED, decision.kind, note=reasons)
        elif decision.verdict == Verdict.TYPING:
            self._state = policy.waiting_for_typing_pause(self._state, mono)
            self._timers.at("typing-check", now + timedelta(seconds=TYPING_RECHECK_SECONDS), self.tick)
        elif decision.verdict == Verdict.REMIND and self._open_reminder is None:
            self._remind(decision.kind, mono, record_due=due_news)

    def _remind(self, kind: BreakKind, mono: float, *, record_due: bool = True) -> None:
        """Show the reminder; it is stored as shown only when some channel really showed it.

        When none could, the break's DUE event says so, and the tray icon and the status show
        the break as due (the user may still answer from the tray menu or the CLI).

        In strict mode the reminder is a heads-up, and the break starts by itself after
        ``warning_s`` whether or not any channel could show it."""
        if is_strict(self._settings):
            warning_s = self._settings.break_screen.warning_s
            reminder = compose_heads_up(kind, warning_s)
            starts_at = self._clock.now() + timedelta(seconds=warning_s)
            self._timers.at(STRICT_START, starts_at, self._strict_start)
            log.info("strict mode: the break starts by itself in %d s", warning_s)
        else:
            reminder = self._compose(kind, mono)
        self._open_reminder = reminder
        if self._notifier.show(reminder, self.answer):
            if record_due:
                self._record(BreakEventKind.DUE, kind)
            self._record(BreakEventKind.SHOWN, kind, note=f"via {self._notifier.last_channel}")
        else:
            log.error("the reminder could not be shown by any channel; the break shows as due")
            self._record(BreakEventKind.DUE, kind, note=NOT_SHOWN_NOTE)

    def _strict_start(self) -> None:
        """Strict mode's warning is over: a fresh look, and the break starts if nothing holds it.

        Whatever began during the warning (quiet time, a lock, leaving) withdrew the heads-up
        and with it this start; the break then waits, due, as a reminder does. Typing delays
        the start to the next pause in the input (within the typing wait)."""
        self.tick()
        reminder = self._open_reminder
        if reminder is None or not reminder.heads_up:
            return
        verdict = policy.strict_start(self._decision)
        if verdict == policy.StrictStart.START:
            self.start_break()
        elif verdict == policy.StrictStart.WAIT_FOR_TYPING:
            self._state = policy.waiting_for_typing_pause(self._state, self._clock.monotonic())
            again = self._clock.now() + timedelta(seconds=TYPING_RECHECK_SECONDS)
            self._timers.at(STRICT_START, again, self._strict_start)

    def _compose(self, kind: BreakKind, mono: float) -> Reminder:
        return compose_reminder(
            kind,
            self._tracker.sitting_seconds(mono),
            break_length_s=self._settings.breaks.micro_break_s,
            routine_length_min=self._settings.breaks.long_break_min,
            snoozes_in_a_row=self._state.snoozes_in_a_row,
            skips_in_a_row=self._state.skips_in_a_row,
            can_snooze=policy.can_snooze(self._settings, self._state),
            snooze_min=self._settings.snooze.length_min,
        )

    # --- the user's answers -------------------------------------------------------------------
    def answer(self, action: ReminderAction) -> None:
        """A reminder was answered (notification button, tray menu or CLI)."""
        if action == ReminderAction.START:
            self.start_break()
        elif action == ReminderAction.SNOOZE:
            self.snooze()
        elif action == ReminderAction.SKIP:
            self.skip()
        elif action == ReminderAction.DISMISS:
            self.dismissed()

    def start_break(self, kind: BreakKind | None = None) -> None:
        """Begin a guided break now, due or not; what it counts as is stored when it ends."""
        if self._break is not None:
            return
        now, mono = self._clock.now(), self._clock.monotonic()
        kind = kind or self._decision.kind
        was_due = self._decision.is_due or self._state.snoozed_until_mono is not None
        self._withdraw_reminder()
        self._store(self._tracker.begin_break(now, mono))
        breaks = self._settings.breaks
        length = breaks.long_break_min * 60 if kind == BreakKind.LONG else breaks.micro_break_s
        quiet = policy.relevant_quiet(self._settings, self._quiet.active_reasons())
        cover = cover_for(self._settings.break_screen, quiet)
        self._break = _OpenBreak(kind, length, mono, self._state, was_due, cover=cover)
        self._state = policy.break_taken(self._state, kind, now)
        self._view.open_break(kind, length, cover)
        self._view.show_status(self.status())

    def finish_break(self, outcome: BreakOutcome | None = None) -> None:
        """The break window closed: store what was done, and let the tracker count what happened."""
        if self._break is None:
            return
        self._end_break(outcome or BreakOutcome())
        self.tick()

    def _end_break(self, outcome: BreakOutcome, note: str = "") -> None:
        """A break run to its end is TAKEN; one left early is PARTIAL, with the share done.

        Time the user really stood (the routine's done part, or the longest stretch without
        input while the window was open) counts as it would away from the desk: at least the
        natural-break threshold, and the bout ended when the break began. Less, and the break
        was a short pause: the bout goes on, and a break that was due comes back after the
        snooze length.
        """
        opened, self._break = self._break, None
        assert opened is not None
        self._left_by_way_out = outcome.way_out
        now, mono = self._clock.now(), self._clock.monotonic()
        self._note_idle_on_break(self._idle.idle_seconds(), opened)
        took = max(0.0, mono - opened.began_mono)
        stood = min(took, max(outcome.stood_s or 0.0, opened.longest_idle_s))
        counts = outcome.completed or stood >= self._tracker.thresholds.natural_break_s
        fraction = 1.0 if outcome.completed else max(0.0, min(1.0, outcome.done_fraction))
        if outcome.way_out:
            note = "; ".join(part for part in (WAY_OUT_NOTE, note) if part)
            log.warning("the break was left by the emergency way out after %.0f s of %d",
                        took, opened.length_s)
        if outcome.completed:
            self._record(BreakEventKind.TAKEN, opened.kind, note=note)
        else:
            words = [note] if note else []
            short = "" if counts else ", too short to count as a break"
            words.append(f"{round(stood)} s on your feet{short}")
            self._record(BreakEventKind.PARTIAL, opened.kind, note="; ".join(words), done_fraction=fraction)
        self._store(self._tracker.end_break(counts=counts, wall=now, mono=mono))
        if not counts:
            self._state = opened.state_before
            if opened.was_due:
                self._state = policy.put_off(self._settings, self._state, mono)
                self._put_off_by = BreakEventKind.PARTIAL
        log.info("break ended: %s, %.0f%% done, %.0f s standing%s", "completed" if outcome.completed
                 else "early", fraction * 100, stood, "" if counts else " (not counted as a break)")

    def _note_idle_on_break(self, idle: float | None, opened: _OpenBreak | None = None) -> None:
        """Remember the longest stretch without input while a break window is open."""
        opened = opened or self._break
        if opened is None or idle is None:
            return
        away = min(idle, self._clock.monotonic() - opened.began_mono)
        opened.longest_idle_s = max(opened.longest_idle_s, away)

    def snooze(self, minutes: float | None = None) -> bool:
        """Put the due break off for ``minutes`` (one of ``snooze_lengths``; by default the usual
        length). Nothing happens, and False comes back, when no break is due, snoozing is not
        allowed now, or ``minutes`` is not on offer."""
        length = self._settings.snooze.length_min if minutes is None else minutes
        if not is_snooze_length(self._settings.snooze, length):
            log.warning("a snooze of %s min was asked for; the lengths on offer are %s", length,
                        self.snooze_lengths)
            return False
        if not self.can_snooze_now:
            return False
        self._withdraw_reminder()
        self._record(BreakEventKind.SNOOZED, self._decision.kind, note=snooze_note(length))
        self._state = policy.snoozed(self._settings, self._state, self._clock.monotonic(), length)
        self._put_off_by = BreakEventKind.SNOOZED
        self.tick()
        return True

    def dismissed(self) -> None:
        """The reminder went away unanswered: stored, and it comes back after the snooze length."""
        if self._open_reminder is None:
            return
        if self._open_reminder.heads_up:  # strict mode: closing the heads-up does not put the break off
            log.info("the heads-up was closed; the break still starts by itself")
            return
        self._open_reminder = None
        if not self._decision.is_due:
            return
        self._record(BreakEventKind.DISMISSED, self._decision.kind)
        self._state = policy.dismissed(self._settings, self._state, self._clock.monotonic())
        self._put_off_by = BreakEventKind.DISMISSED
        log.info("the reminder was dismissed; it comes back in %d min", self._settings.snooze.length_min)
        self.tick()

    def skip(self) -> None:
        """Skip the break that is due, or the one snoozed: the next comes a whole interval from now."""
        if not self.can_skip_now:
            return
        self._withdraw_reminder()
        self._record(BreakEventKind.SKIPPED, self._decision.kind)
        self._state = policy.skipped(self._state, self._clock.monotonic())
        self.tick()

    def pause(self, until: datetime) -> None:
        """Stop the reminders until ``until``; refused while a strict break runs (see ``can_pause_now``)."""
        if not self.can_pause_now:
            log.info("strict mode: no pause while a break runs")
            return
        self._withdraw_reminder()
        self._state = policy.paused(self._state, until)
        log.info("reminders paused until %s", until.isoformat(timespec="minutes"))
        self.tick()

    def pause_for(self, minutes: int) -> None:
        self.pause(self._clock.now() + timedelta(minutes=minutes))

    def pause_until_tomorrow(self) -> None:
        self.pause(policy.tomorrow_morning(self._settings, self._clock.now()))

    def resume(self) -> None:
        self._state = policy.resumed(self._state)
        self._timers.cancel("pause-end")
        self.tick()

    # --- what the UI and the CLI read ---------------------------------------------------------
    @property
    def decision(self) -> Decision:
        return self._decision

    @property
    def snooze_lengths(self) -> tuple[float, ...]:
        """The snooze lengths on offer, in minutes: the usual one first."""
        return snooze_lengths(self._settings.snooze)

    @property
    def can_snooze_now(self) -> bool:
        return self._decision.is_due and policy.can_snooze(self._settings, self._state)

    @property
    def can_pause_now(self) -> bool:
        """Pausing the reminders is always offered (in strict mode too: it is the honest way to
        stop, said in advance, not a click on "later"), but not while a strict break runs."""
        return self._break is None or self._break.cover != Cover.STRICT

    @property
    def strict(self) -> bool:
        """Strict mode is on: a due break can be neither snoozed nor skipped."""
        return is_strict(self._settings)

    @property
    def can_skip_now(self) -> bool:
        """A break is due, or put off (snoozed, dismissed) and coming back: either may be skipped
        (never in strict mode)."""
        if self._break is not None or not policy.can_skip(self._settings):
            return False
        put_off = self._decision.verdict == Verdict.NOT_DUE and self._state.snoozed_until_mono is not None
        return self._decision.is_due or put_off

    def status(self) -> CoachStatus:
        now, mono = self._clock.now(), self._clock.monotonic()
        decision = self._decision
        interval_s = self._settings.breaks.sit_interval_min * 60
        elapsed = 0.0
        next_at = None
        if self._state.interval_start_mono is not None and self._tracker.sitting:
            due_mono = policy.due_at_mono(self._settings, self._state)
            elapsed = interval_s - (due_mono - mono)
            if decision.verdict != Verdict.PAUSED:  # no countdown to a break that will not come
                next_at = now + timedelta(seconds=max(0.0, due_mono - mono))
        return CoachStatus(
            state=self._state_word(decision),
            sitting_s=self._tracker.sitting_seconds(mono),
            interval_s=interval_s,
            interval_elapsed_s=elapsed,
            next_break_at=next_at,
            next_break_kind=decision.kind,
            detail=self._detail(decision),
            sensing=self._idle.can_sense_activity,
            sensor=self._idle.description,
            storage_problem=self._storage_problem.reason if self._storage_problem else None,
            unsaved=len(self._unsaved),
        )

    def storage_known_unavailable(self, problem: StorageUnavailable) -> None:
        """The storage is known not to take writes from the start (a read-only data folder, the
        user already told): status says so, and the first refused write tells nobody again."""
        self._storage_problem = problem

    @property
    def storage_problem(self) -> StorageUnavailable | None:
        """Why the history cannot be written right now; None while saving works."""
        return self._storage_problem

    def _state_word(self, decision: Decision) -> CoachState:
        if self._break is not None:
            return CoachState.ON_BREAK
        return {
            Verdict.NOT_DUE: CoachState.SITTING,
            Verdict.REMIND: CoachState.BREAK_DUE,
            Verdict.TYPING: CoachState.BREAK_DUE,
            Verdict.QUIET: CoachState.QUIET,
            Verdict.PAUSED: CoachState.PAUSED,
            Verdict.OFF_HOURS: CoachState.OFF_HOURS,
            Verdict.AWAY: CoachState.AWAY,
        }[decision.verdict]

    def _detail(self, decision: Decision) -> Said | None:
        if self._break is not None:
            return None
        if decision.is_due and self._open_reminder is not None:
            return self._reminder_detail()
        if decision.verdict == Verdict.NOT_DUE and self._state.snoozed_until_mono is not None:
            now = self._clock.now()
            back = _clock_text(now + timedelta(seconds=decision.due_in_s or 0.0), now)
            code = PUT_OFF_TEXT.get(self._put_off_by, PUT_OFF_TEXT[None])
            if self._put_off_by == BreakEventKind.PARTIAL and self._left_by_way_out:
                code = StatusSaid.WAY_OUT_BACK_AT
            return said(code, at=back)
        return self._waiting_detail(decision)

    def _reminder_detail(self) -> Said:
        """Where the reminder on screen is answered, by the channel that showed it."""
        if self._open_reminder is not None and self._open_reminder.heads_up:
            return said(StatusSaid.STARTS_BY_ITSELF)
        channel = self._notifier.last_channel
        if channel is None:
            return said(StatusSaid.REMINDER_NOT_SHOWN)
        if channel in BUTTONLESS_CHANNELS:
            return said(StatusSaid.REMINDER_IN_TRAY)
        return said(StatusSaid.REMINDER_ON_SCREEN)

    def _waiting_detail(self, decision: Decision) -> Said | None:
        """What the break waits for (a pause, work hours, quiet, typing); None when nothing."""
        if decision.verdict == Verdict.PAUSED and decision.until is not None:
            return said(StatusSaid.PAUSED_UNTIL, at=_clock_text(decision.until, self._clock.now()))
        if decision.verdict == Verdict.OFF_HOURS:
            if decision.until is None:
                return said(StatusSaid.OFF_HOURS)
            return said(StatusSaid.OFF_HOURS_UNTIL, at=_clock_text(decision.until, self._clock.now()))
        if decision.verdict == Verdict.QUIET:
            reasons = tuple(Term("quiet", reason.value) for reason in sorted(decision.quiet))
            return said(StatusSaid.QUIET, reasons=reasons)
        if decision.verdict == Verdict.TYPING:
            return said(StatusSaid.TYPING)
        return None

    # --- storage ------------------------------------------------------------------------------
    def _store(self, events: list[TrackerEvent]) -> None:
        records: list[SittingBout | BreakEvent] = []
        for event in events:
            if isinstance(event, BoutEnded):
                records.append(event.bout)
            elif isinstance(event, NaturalBreak):
                note = f"{event.reason}, {round(event.seconds / 60)} min"
                records.append(BreakEvent(event.ended_at, BreakEventKind.NATURAL, event.kind, note))
        if records:
            self._save(records)

    def _record(
        self, kind: BreakEventKind, break_kind: BreakKind, note: str = "", done_fraction: float | None = None
    ) -> None:
        self._save([BreakEvent(self._clock.now(), kind, break_kind, note, done_fraction)])

    def _save(self, records: list[SittingBout | BreakEvent]) -> None:
        """Write what waits and ``records`` in one transaction; keep them all in memory if it fails."""
        self._unsaved.extend(records)
        if not self._unsaved:
            return
        try:
            with self._uow() as uow:
                for record in self._unsaved:
                    if isinstance(record, SittingBout):
                        uow.history.add_bout(record)
                    else:
                        uow.history.add_break_event(record)
        except StorageUnavailable as problem:
            while len(self._unsaved) > MAX_UNSAVED:
                self._unsaved.popleft()
                self._lost += 1
            if self._storage_problem is None or self._storage_problem.reason != problem.reason:
                log.error("cannot save the history: %s; %d records kept in memory", problem.reason.code,
                          len(self._unsaved))
                self._storage_problem = problem
                if self._on_storage is not None:
                    self._on_storage(problem, self._lost)
            return
        saved, self._unsaved = self._unsaved, deque()
        self._saved(saved)

    def _saved(self, saved: deque[SittingBout | BreakEvent]) -> None:
        """Tell who listens: saving works again after a fault; a bout is in the history."""
        if self._storage_problem is not None:
            log.info("saving works again: %d records kept in memory are saved (%d let go)",
                     len(saved), self._lost)
            self._storage_problem = None
            lost, self._lost = self._lost, 0
            if self._on_storage is not None:
                self._on_storage(None, lost)
        if self.on_bout_recorded is not None and any(isinstance(record, SittingBout) for record in saved):
            self.on_bout_recorded()

    def _withdraw_reminder(self) -> None:
        """Take the reminder off the screen; a heads-up's automatic start goes with it."""
        if self._open_reminder is not None:
            if self._open_reminder.heads_up:
                self._timers.cancel(STRICT_START)
            self._open_reminder = None
            self._notifier.withdraw()


def _until_minute_changes(seconds: float, *, counting_down: bool = False, unit: float = 60.0) -> float:
    """Seconds until ``round(seconds / unit)``, as the tooltip shows minutes, changes (within a unit)."""
    if counting_down:
        return seconds - unit * (math.ceil(seconds / unit - 0.5) - 0.5)
    return unit * (math.floor(seconds / unit + 0.5) + 0.5) - seconds


def _on_the_beat(now: datetime, period: float) -> datetime:
    """The next whole multiple of ``period`` on the clock, at least a second away.

    Looks at a fixed period fall on the beat, as GLib's timers in whole seconds do: the wake-ups
    of several programs then coincide.
    """
    epoch = now.timestamp()
    wait = math.floor(epoch / period) * period + period - epoch
    return now + timedelta(seconds=wait if wait >= MIN_LOOK_SECONDS else wait + period)


def _thresholds(settings: Settings) -> TrackerThresholds:
    return TrackerThresholds(
        natural_break_s=settings.idle.natural_break_idle_s, long_break_s=settings.idle.long_break_idle_s
    )


def _clock_text(moment: datetime, now: datetime) -> Said:
    """A moment soon: its time today, "tomorrow" and its time, or its weekday and time."""
    at = moment.strftime("%H:%M")
    if moment.date() == now.date():
        return said(StatusSaid.AT_TIME, time=at)
    if moment.date() == (now + timedelta(days=1)).date():
        return said(StatusSaid.TOMORROW_AT, time=at)
    return said(StatusSaid.WEEKDAY_AT, weekday=Term("weekday", str(moment.weekday())), time=at)
