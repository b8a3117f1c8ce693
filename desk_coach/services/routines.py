"""A break with exercises, from plan to progress: what to do now, and what it changes.

``plan_break`` builds the routine for a break from the latest self-check, the stored levels
and this week's history (restarting a step lower after a long time away). ``start`` opens a
routine session; ``finish`` stores how each exercise went, runs the progression and stores
the level changes and any region it paused. Each of these is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from desk_coach.domain.clock import Clock
from desk_coach.domain.coaching.adherence import ADHERENCE_TRACK, adjustment_rule
from desk_coach.domain.coaching.exercises import ExerciseLibrary, Target
from desk_coach.domain.coaching.feedback import ExerciseFeedback
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription, RoutinePlan
from desk_coach.domain.coaching.planner import initial_levels, plan_daily_routine, plan_micro_break
from desk_coach.domain.coaching.progression import (
    AdherenceAdjustment,
    ProgressionOutcome,
    Symptom,
    adherence_adjustment,
    last_pain_regression_at,
    pain_next_morning,
    progress,
    rescreen_due,
    restart_after_break,
    symptoms_acted_on,
    what_changed,
)
from desk_coach.domain.coaching.records import RoutineSource
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind
from desk_coach.domain.said import Said
from desk_coach.domain.settings import Settings
from desk_coach.services.planning import adherence_in_force, profile_from_screen, week_start, work_days
from desk_coach.services.ports import CoachingRepository, UnitOfWork

ADHERENCE_LOOKBACK_DAYS = 28
HISTORY_DAYS = 35  # the progression looks back four weeks and more; the planner one week and more


@dataclass(frozen=True)
class RoutineOutcome:
    """What the user is told after a routine: level changes and, if any, referrals (worded
    where they are shown)."""

    changes: list[Said] = field(default_factory=list)
    referrals: list[Said] = field(default_factory=list)


@dataclass(frozen=True)
class NextMorningQuestion:
    """Asked once, at the first routine of a day after a day with routines: any pain this
    morning from yesterday's moves (COACHING.md section 5, rule 5)."""

    routines: tuple[datetime, ...]  # when yesterday's routines started, the ones asked about
    moves: tuple[str, ...]  # the names of the moves done in them, in the order first done


class RoutineService:
    """Plans, records and progresses the exercise part of breaks."""

    def __init__(
        self,
        *,
        unit_of_work: Callable[[], UnitOfWork],
        library: ExerciseLibrary,
        rules: CoachingRules,
        clock: Clock,
        settings: Callable[[], Settings],
    ) -> None:
        self._uow = unit_of_work
        self._library = library
        self._rules = rules
        self._clock = clock
        self._settings = settings

    @property
    def library(self) -> ExerciseLibrary:
        return self._library

    def use_library(self, library: ExerciseLibrary) -> None:
        """The same exercises read again, named in the language the user switched to."""
        self._library = library

    def plan_break(self, kind: BreakKind, break_s: int) -> RoutinePlan:
        now = self._clock.now()
        settings = self._settings()
        first_day = week_start(now.date(), settings)
        since = now - timedelta(days=HISTORY_DAYS)
        with self._uow() as uow:
            coaching = uow.coaching
            profile = profile_from_screen(
                coaching.latest_screen(), coaching.paused_regions(), settings.coaching.equipment
            )
            levels = {**initial_levels(profile, self._rules, self._library), **coaching.levels()}
            history = coaching.sessions_between(since, now)
            if history:
                last = max(history, key=lambda record: record.started_at)
                days_away = (now - last.started_at).total_seconds() / 86400
                changes = coaching.level_changes_between(last.started_at, now)
                restart = restart_after_break(
                    levels, days_away, self._rules, self._library, now, last_changes=changes
                )
                self._store_levels(coaching, levels, restart, now)
                levels = restart.levels
        week_history = [
            r
            for r in history
            if r.started_at >= datetime.combine(first_day - timedelta(days=7), time(), tzinfo=now.tzinfo)
        ]
        if kind == BreakKind.LONG:
            return plan_daily_routine(
                profile,
                levels,
                week_history,
                self._rules,
                self._library,
                now,
                settings.breaks.long_break_min,
                week_start=first_day,
                work_days=work_days(settings),
                adherence=adherence_in_force(self._uow, self._rules, now),
            )
        today = sum(1 for r in history if r.kind == BreakKind.MICRO and r.started_at.date() == now.date())
        return plan_micro_break(
            profile,
            levels,
            week_history,
            self._rules,
            self._library,
            now,
            break_s,
            today,
            week_start=first_day,
            work_days=work_days(settings),
        )

    def symptoms_asked(self) -> tuple[Symptom, ...]:
        """The warning signs the feedback asks about: those the pain rules act on."""
        return symptoms_acted_on(self._rules)

    def next_morning_question(self) -> NextMorningQuestion | None:
        """The morning-after question, when it is due: before the first routine of today is
        started, about yesterday's finished routines with moves done (walks aside), unless the
        rules leave next-morning pain out or it was answered already."""
        if not self._rules.pain.next_morning_pain_counts:
            return None
        now = self._clock.now()
        today = now.date()
        yesterday = today - timedelta(days=1)
        with self._uow() as uow:
            sessions = uow.coaching.sessions_between(now - timedelta(days=2), now + timedelta(seconds=1))
        if any(record.started_at.date() == today for record in sessions):
            return None  # asked at the first routine of the day, and only then
        asked = [
            record
            for record in sessions
            if record.started_at.date() == yesterday
            and record.finished
            and any(e.done_fraction > 0 and e.target != Target.WALK for e in record.exercises)
        ]
        if not asked or any(record.next_day_pain is not None for record in asked):
            return None
        names = {
            self._library[e.exercise_id].name if e.exercise_id in self._library else e.exercise_id: None
            for record in asked
            for e in record.exercises
            if e.done_fraction > 0 and e.target != Target.WALK
        }
        return NextMorningQuestion(tuple(record.started_at for record in asked), tuple(names))

    def answer_next_morning(self, question: NextMorningQuestion, pain: int | None) -> RoutineOutcome:
        """Store the morning-after answer on yesterday's routines and apply rule 5 to it.

        ``pain`` None is "not said" (the question was skipped or closed): nothing is stored.
        Pain that counts steps yesterday's moves down and leaves them out today
        (``left_out.left_out_today``); a plan made after this call no longer holds them.
        """
        if pain is None:
            return RoutineOutcome()
        now = self._clock.now()
        with self._uow() as uow:
            coaching = uow.coaching
            for started_at in question.routines:
                coaching.record_next_day_pain(started_at, pain)
            since = now - timedelta(days=HISTORY_DAYS)
            history = coaching.sessions_between(since, now + timedelta(seconds=1))
            reported = [record for record in history if record.started_at in set(question.routines)]
            levels = self._levels(coaching)
            outcome = pain_next_morning(
                levels,
                reported,
                history,
                self._rules,
                self._library,
                now,
                paused=set(coaching.paused_regions()),
            )
            self._store_outcome(coaching, levels, outcome, now)
        return RoutineOutcome(what_changed(outcome.changes), list(outcome.referrals))

    def start(self, plan: RoutinePlan, source: RoutineSource = RoutineSource.BREAK) -> int:
        with self._uow() as uow:
            return uow.coaching.add_session(self._clock.now(), plan.kind, source)

    def finish(
        self, session_id: int, plan: RoutinePlan, feedback: Sequence[ExerciseFeedback], completed: bool
    ) -> RoutineOutcome:
        """Store the results, run the progression, store what it changed; return the lines to show."""
        now = self._clock.now()
        results = _pair(plan.items, feedback)
        with self._uow() as uow:
            coaching = uow.coaching
            coaching.finish_session(session_id, now, completed, results, library=self._library)
            since = now - timedelta(days=HISTORY_DAYS)
            history = coaching.sessions_between(since, now + timedelta(seconds=1))
            session = next((r for r in history if r.started_at <= now and r.ended_at == now), None)
            levels = self._levels(coaching)
            outcome = progress(
                levels,
                session if session is not None else list(feedback),
                history,
                coaching.level_changes_between(since, now),
                self._rules,
                self._library,
                now,
                paused=set(coaching.paused_regions()),
                screens=coaching.screens_between(now - timedelta(days=400), now),
            )
            self._store_outcome(coaching, levels, outcome, now)
        return RoutineOutcome(what_changed(outcome.changes), list(outcome.referrals))

    def check_adherence(self) -> AdherenceAdjustment | None:
        """Rule 6, once per window: how many reminders were answered with a break.

        Counts shown breaks and breaks done per whole day since the last adjustment (at most four
        weeks back; a break ended early counts once most of it was done); when the rule changes
        something, the adjustment is stored as a level change of the "adherence" track (so it is
        made once per window) and returned.
        """
        now = self._clock.now()
        today = now.date()
        with self._uow() as uow:
            earlier = [
                c
                for c in uow.coaching.level_changes_between(
                    now - timedelta(days=ADHERENCE_LOOKBACK_DAYS), now + timedelta(seconds=1)
                )
                if c.track == ADHERENCE_TRACK
            ]
            since = max((c.at for c in earlier), default=now - timedelta(days=ADHERENCE_LOOKBACK_DAYS))
            first_day = since.date() + timedelta(days=1)
            start = datetime.combine(first_day, time(), tzinfo=now.tzinfo)
            events = uow.history.break_events_between(
                start, datetime.combine(today, time(), tzinfo=now.tzinfo)
            )
            days = [first_day + timedelta(days=n) for n in range((today - first_day).days)]
            shown = [
                sum(1 for e in events if e.kind == BreakEventKind.SHOWN and e.at.date() == d) for d in days
            ]
            done = [sum(1 for e in events if self._counts_as_done(e) and e.at.date() == d) for d in days]
            adjustment = adherence_adjustment(
                shown, done, rules=self._rules, sit_interval_min=self._settings().breaks.sit_interval_min
            )
            line = adjustment.line()
            if line is None:
                return None
            uow.coaching.add_level_change(
                LevelChange(now, ADHERENCE_TRACK, None, None, adjustment_rule(adjustment), line)
            )
        return adjustment

    def _counts_as_done(self, event: BreakEvent) -> bool:
        """A prompt answered with a break: taken to its end, or ended early after most of it."""
        if event.kind == BreakEventKind.TAKEN:
            return True
        share = self._rules.adherence.partial_counts_from_percent / 100
        return event.kind == BreakEventKind.PARTIAL and (event.done_fraction or 0.0) >= share

    def rescreen_reason(self) -> Said | None:
        """Why a new self-check is due now, or None when it is not."""
        now = self._clock.now()
        with self._uow() as uow:
            coaching = uow.coaching
            screen = coaching.latest_screen()
            if screen is None:
                return None  # the first self-check is offered at first start instead
            sessions = coaching.sessions_between(now - timedelta(days=HISTORY_DAYS), now)
            changes = coaching.level_changes_between(now - timedelta(days=HISTORY_DAYS), now)
        last_session = max((r.started_at for r in sessions), default=None)
        due = rescreen_due(screen.taken_at, last_pain_regression_at(changes), last_session, now, self._rules)
        return due.reason if due.due else None

    def _levels(self, coaching: CoachingRepository) -> dict[str, Level]:
        """Every track's level: the stored one, else where the latest screen starts it."""
        profile = profile_from_screen(
            coaching.latest_screen(), coaching.paused_regions(), self._settings().coaching.equipment
        )
        return {**initial_levels(profile, self._rules, self._library), **coaching.levels()}

    @classmethod
    def _store_outcome(
        cls,
        coaching: CoachingRepository,
        before: dict[str, Level],
        outcome: ProgressionOutcome,
        now: datetime,
    ) -> None:
        cls._store_levels(coaching, before, outcome, now)
        for region, pause in outcome.pauses.items():
            coaching.pause_region(region, pause.since, pause.reason, pause.referral)

    @staticmethod
    def _store_levels(
        coaching: CoachingRepository, before: dict[str, Level], outcome: ProgressionOutcome, now: datetime
    ) -> None:
        for track, level in outcome.levels.items():
            if before.get(track) != level:
                coaching.set_level(level, now)
        for change in outcome.changes:
            coaching.add_level_change(change)


def _pair(
    items: Sequence[Prescription], feedback: Sequence[ExerciseFeedback]
) -> list[tuple[Prescription, ExerciseFeedback]]:
    """Match each answer to its planned exercise (exercises never reached have no answer)."""
    remaining = list(items)
    pairs = []
    for answer in feedback:
        match = next((p for p in remaining if p.exercise_id == answer.exercise_id), None)
        if match is not None:
            remaining.remove(match)
            pairs.append((match, answer))
    return pairs
