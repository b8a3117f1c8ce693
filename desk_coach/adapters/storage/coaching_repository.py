"""CoachingRepository over SQLAlchemy Core: routines, screens, levels and paused regions.

Domain values in, domain values out: rows never leave this module. As in the history,
times are stored in UTC with the offset in force beside them and come back on the wall
clock the user had then. Doses are flattened into a kind plus that kind's columns, and sets
of enum values (lifestyles, regions) into sorted comma-separated text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, CursorResult, Row, insert, select, update

from desk_coach.adapters.storage import models
from desk_coach.adapters.storage.history_repository import in_offset, offset_minutes, require_aware
from desk_coach.adapters.storage.said_column import said_from_column, said_to_column
from desk_coach.domain.coaching.exercises import (
    Dose,
    ExerciseLibrary,
    HoldDose,
    Pattern,
    Region,
    RepsDose,
    Target,
    TimedDose,
)
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import (
    ExerciseRecord,
    RedFlagRecord,
    RedFlagTier,
    RegionPause,
    RoutineRecord,
    RoutineSource,
    ScreenRecord,
    ScreenScore,
    ScreenSource,
    Side,
)
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Said

_DOSE_FIELDS = ("dose_kind", "hold_s", "reps", "sets", "rep_s", "minutes")
_E = TypeVar("_E", bound=StrEnum)


# --- doses and lists as columns --------------------------------------------------------------


def _dose_columns(dose: Dose | None, prefix: str = "") -> dict[str, object]:
    """The dose as column values: its kind and that kind's fields, every other field NULL."""
    values: dict[str, object] = dict.fromkeys(_DOSE_FIELDS)
    match dose:
        case None:
            pass
        case HoldDose(hold_s=hold_s, reps=reps):
            values |= {"dose_kind": "hold", "hold_s": hold_s, "reps": reps}
        case RepsDose(reps=reps, sets=sets, rep_s=rep_s):
            values |= {"dose_kind": "reps", "reps": reps, "sets": sets, "rep_s": rep_s}
        case TimedDose(minutes=minutes):
            values |= {"dose_kind": "timed", "minutes": minutes}
        case _:
            raise TypeError(f"cannot store a dose of type {type(dose).__name__}")
    return {prefix + name: value for name, value in values.items()}


def dose_from_row(row: object, prefix: str = "") -> Dose | None:
    """The dose stored in ``row``'s dose columns (``dose_kind`` and its fields), None if none."""
    kind, hold_s, reps, sets, rep_s, minutes = (getattr(row, prefix + name) for name in _DOSE_FIELDS)
    match kind:
        case None:
            return None
        case "hold":
            return HoldDose(hold_s=hold_s, reps=reps)
        case "reps":
            return RepsDose(reps=reps, sets=sets, rep_s=rep_s)
        case "timed":
            return TimedDose(minutes=minutes)
    raise ValueError(f"unknown dose kind in the database: {kind!r}")


def _required_dose(row: object) -> Dose:
    dose = dose_from_row(row)
    if dose is None:  # pragma: no cover - the schema's NOT NULL rules this out
        raise ValueError("a stored dose is missing")
    return dose


def _join(values: Iterable[StrEnum]) -> str:
    return ",".join(sorted(value.value for value in values))


def _split(text: str, kind: type[_E]) -> frozenset[_E]:
    return frozenset(kind(value) for value in text.split(",") if value)


def _level_from(row: object, track: str, prefix: str) -> Level | None:
    exercise_id = getattr(row, prefix + "exercise_id")
    dose = dose_from_row(row, prefix)
    if exercise_id is None or dose is None:
        return None
    return Level(track=track, exercise_id=exercise_id, dose=dose)


def _grouped(rows: Iterable[Row[Any]], key: str) -> dict[int, list[Row[Any]]]:
    """Child rows by their parent's id, each list in the order the rows came."""
    grouped: dict[int, list[Row[Any]]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


_sessions = models.routine_sessions
_results = models.exercise_results
_screens = models.screen_results
_scores = models.screen_scores
_flags = models.screen_red_flags
_levels = models.levels
_changes = models.level_changes
_pauses = models.region_pauses


def _new_id(inserted: CursorResult[Any]) -> int:
    """The id SQLite gave the one row just inserted."""
    key = inserted.inserted_primary_key
    assert key is not None, "an INSERT of a single row has its key"
    return int(key[0])


class SqlCoachingRepository:
    """The coach's memory in the SQLite database, inside the caller's transaction.

    Parent rows and their children (a routine's results, a screen's scores and red flags) are
    read with one query each, the children ordered as they were written.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    # --- routines ------------------------------------------------------------------------------

    def add_session(
        self, started_at: datetime, kind: BreakKind, source: RoutineSource, note: str = ""
    ) -> int:
        """Record a routine as started; its id is what ``finish_session`` takes."""
        inserted = self._connection.execute(
            insert(_sessions).values(
                started_at=started_at,
                start_utc_offset_min=offset_minutes(started_at),
                kind=BreakKind(kind).value,
                completed=False,
                source=RoutineSource(source).value,
                note=note,
            )
        )
        return _new_id(inserted)

    def finish_session(
        self,
        session_id: int,
        ended_at: datetime,
        completed: bool,
        results: Sequence[tuple[Prescription, ExerciseFeedback]],
        *,
        library: ExerciseLibrary,
    ) -> None:
        """Record how a routine ended and one result per planned exercise, in plan order.

        ``library`` supplies what each exercise worked (target, pattern, sides), kept with the
        result so the history still reads right if the library changes later.
        """
        row = self._connection.execute(
            select(_sessions.c.started_at, _sessions.c.ended_at).where(_sessions.c.id == session_id)
        ).one_or_none()
        if row is None:
            raise LookupError(f"there is no routine session {session_id}")
        if row.ended_at is not None:
            raise ValueError(f"routine session {session_id} is already finished")
        end_offset = offset_minutes(ended_at)
        if ended_at < row.started_at:
            raise ValueError("a routine cannot end before it starts")
        result_rows: list[dict[str, Any]] = []
        for position, (prescription, feedback) in enumerate(results):
            if prescription.exercise_id != feedback.exercise_id:
                raise ValueError(
                    f"feedback for {feedback.exercise_id!r} does not belong to "
                    f"planned exercise {prescription.exercise_id!r}"
                )
            if prescription.exercise_id not in library:
                raise ValueError(f"exercise {prescription.exercise_id!r} is not in the library")
            exercise = library[prescription.exercise_id]
            result_rows.append(
                {
                    "session_id": session_id,
                    "position": position,
                    "exercise_id": prescription.exercise_id,
                    "target": exercise.target.value,
                    "pattern": exercise.pattern.value,
                    **_dose_columns(prescription.dose),
                    "per_side": exercise.per_side,
                    "reason": said_to_column(prescription.reason),
                    "done_fraction": feedback.done_fraction,
                    "effort": None if feedback.effort is None else feedback.effort.value,
                    "pain": feedback.pain,
                    "skipped": feedback.skipped,
                    "pain_button": feedback.pain_button,
                    "sharp_pain": feedback.sharp_pain,
                    "numbness": feedback.numbness,
                }
            )
        # Everything is checked before anything is written.
        self._connection.execute(
            update(_sessions)
            .where(_sessions.c.id == session_id)
            .values(ended_at=ended_at, end_utc_offset_min=end_offset, completed=completed)
        )
        if result_rows:
            self._connection.execute(insert(_results), result_rows)

    def record_next_day_pain(self, started_at: datetime, pain: int) -> bool:
        """Store the pain (0-10) felt the morning after the finished routine that started at
        ``started_at`` (an instant, as ``sessions_between`` gives it back); False when there
        is none. A later answer replaces an earlier one."""
        require_aware(started_at)
        if not 0 <= pain <= 10:
            raise ValueError(f"next_day_pain must be 0-10, got {pain}")
        updated = self._connection.execute(
            update(_sessions)
            .where(_sessions.c.started_at == started_at, _sessions.c.ended_at.is_not(None))
            .values(next_day_pain=pain)
        )
        return updated.rowcount > 0

    def sessions_between(self, start: datetime, end: datetime) -> list[RoutineRecord]:
        """Routines started in [start, end), oldest first, finished or not."""
        require_aware(start, end)
        in_range = (_sessions.c.started_at >= start, _sessions.c.started_at < end)
        rows = self._connection.execute(
            select(_sessions).where(*in_range).order_by(_sessions.c.started_at, _sessions.c.id)
        ).all()
        if not rows:
            return []
        results = _grouped(
            self._connection.execute(
                select(_results)
                .join(_sessions, _results.c.session_id == _sessions.c.id)
                .where(*in_range)
                .order_by(_results.c.session_id, _results.c.position)
            ),
            "session_id",
        )
        return [self._routine(row, results.get(row.id, [])) for row in rows]

    @staticmethod
    def _routine(row: Row[Any], results: list[Row[Any]]) -> RoutineRecord:
        ended_at = None
        if row.ended_at is not None and row.end_utc_offset_min is not None:
            ended_at = in_offset(row.ended_at, row.end_utc_offset_min)
        return RoutineRecord(
            started_at=in_offset(row.started_at, row.start_utc_offset_min),
            ended_at=ended_at,
            kind=BreakKind(row.kind),
            completed=row.completed,
            source=RoutineSource(row.source),
            exercises=tuple(
                ExerciseRecord(
                    exercise_id=result.exercise_id,
                    target=Target(result.target),
                    pattern=Pattern(result.pattern),
                    dose=_required_dose(result),
                    per_side=result.per_side,
                    done_fraction=result.done_fraction,
                    effort=None if result.effort is None else Effort(result.effort),
                    pain=result.pain,
                    skipped=result.skipped,
                    pain_button=result.pain_button,
                    sharp_pain=result.sharp_pain,
                    numbness=result.numbness,
                )
                for result in results
            ),
            note=row.note,
            next_day_pain=row.next_day_pain,
        )

    # --- self-screens --------------------------------------------------------------------------

    def add_screen(self, screen: ScreenRecord) -> int:
        inserted = self._connection.execute(
            insert(_screens).values(
                taken_at=screen.taken_at,
                utc_offset_min=offset_minutes(screen.taken_at),
                source=ScreenSource(screen.source).value,
                lifestyles=_join(screen.lifestyles),
                floor_room=screen.floor_room,
                exercise_allowed=screen.exercise_allowed,
                pregnancy=screen.pregnancy,
                note=screen.note,
                equipment=None if screen.equipment is None else _join(screen.equipment),
                age_band=None if screen.age_band is None else AgeBand(screen.age_band).value,
            )
        )
        screen_id = _new_id(inserted)
        scores = [
            {
                "screen_id": screen_id,
                "item_id": score.item_id,
                "side": None if score.side is None else Side(score.side).value,
                "score": score.score,
                "pain": score.pain,
            }
            for score in screen.scores
        ]
        flags = [
            {
                "screen_id": screen_id,
                "question_id": flag.question_id,
                "tier": RedFlagTier(flag.tier).value,
                "regions": _join(flag.regions),
            }
            for flag in screen.red_flags
        ]
        # Written in the record's order, so their ids (the order they are read back in) follow it.
        for table, rows in ((_scores, scores), (_flags, flags)):
            if rows:
                self._connection.execute(insert(table), rows)
        return screen_id

    def latest_screen(self) -> ScreenRecord | None:
        """The screen taken last (by instant), or None before the first one."""
        row = self._connection.execute(
            select(_screens).order_by(_screens.c.taken_at.desc(), _screens.c.id.desc()).limit(1)
        ).first()
        if row is None:
            return None
        scores, flags = self._screen_children(_screens.c.id == row.id)
        return self._screen(row, scores.get(row.id, []), flags.get(row.id, []))

    def screens_between(self, start: datetime, end: datetime) -> list[ScreenRecord]:
        """Screens taken in [start, end), oldest first."""
        require_aware(start, end)
        in_range = (_screens.c.taken_at >= start, _screens.c.taken_at < end)
        rows = self._connection.execute(
            select(_screens).where(*in_range).order_by(_screens.c.taken_at, _screens.c.id)
        ).all()
        if not rows:
            return []
        scores, flags = self._screen_children(*in_range)
        return [self._screen(row, scores.get(row.id, []), flags.get(row.id, [])) for row in rows]

    def _screen_children(
        self, *which: ColumnElement[bool]
    ) -> tuple[dict[int, list[Row[Any]]], dict[int, list[Row[Any]]]]:
        """The scores and red flags of the screens ``which`` selects, by screen id, in id order."""
        children = []
        for child in (_scores, _flags):
            query = (
                select(child)
                .join(_screens, child.c.screen_id == _screens.c.id)
                .where(*which)
                .order_by(child.c.screen_id, child.c.id)
            )
            children.append(_grouped(self._connection.execute(query), "screen_id"))
        return children[0], children[1]

    @staticmethod
    def _screen(row: Row[Any], scores: list[Row[Any]], flags: list[Row[Any]]) -> ScreenRecord:
        return ScreenRecord(
            taken_at=in_offset(row.taken_at, row.utc_offset_min),
            source=ScreenSource(row.source),
            lifestyles=_split(row.lifestyles, Lifestyle),
            floor_room=row.floor_room,
            exercise_allowed=row.exercise_allowed,
            pregnancy=row.pregnancy,
            equipment=None if row.equipment is None else _split(row.equipment, Equipment),
            age_band=None if row.age_band is None else AgeBand(row.age_band),
            scores=tuple(
                ScreenScore(
                    item_id=score.item_id,
                    side=None if score.side is None else Side(score.side),
                    score=score.score,
                    pain=score.pain,
                )
                for score in scores
            ),
            red_flags=tuple(
                RedFlagRecord(
                    question_id=flag.question_id,
                    tier=RedFlagTier(flag.tier),
                    regions=_split(flag.regions, Region),
                )
                for flag in flags
            ),
            note=row.note,
        )

    # --- levels --------------------------------------------------------------------------------

    def levels(self) -> dict[str, Level]:
        """The current level of every track that has one."""
        rows = self._connection.execute(select(_levels).order_by(_levels.c.track))
        return {
            row.track: Level(track=row.track, exercise_id=row.exercise_id, dose=_required_dose(row))
            for row in rows
        }

    def set_level(self, level: Level, at: datetime) -> None:
        """Make ``level`` the current level of its track (replacing the one before)."""
        values = {
            "exercise_id": level.exercise_id,
            **_dose_columns(level.dose),
            "updated_at": at,
            "utc_offset_min": offset_minutes(at),
        }
        updated = self._connection.execute(
            update(_levels).where(_levels.c.track == level.track).values(**values)
        )
        if updated.rowcount == 0:
            self._connection.execute(insert(_levels).values(track=level.track, **values))

    def add_level_change(self, change: LevelChange) -> None:
        for level in (change.before, change.after):
            if level is not None and level.track != change.track:
                raise ValueError(f"a change of track {change.track!r} holds a level of {level.track!r}")
        self._connection.execute(
            insert(_changes).values(
                changed_at=change.at,
                utc_offset_min=offset_minutes(change.at),
                track=change.track,
                before_exercise_id=None if change.before is None else change.before.exercise_id,
                **_dose_columns(None if change.before is None else change.before.dose, "before_"),
                after_exercise_id=None if change.after is None else change.after.exercise_id,
                **_dose_columns(None if change.after is None else change.after.dose, "after_"),
                rule=change.rule,
                reason=said_to_column(change.reason),
            )
        )

    def level_changes_between(self, start: datetime, end: datetime) -> list[LevelChange]:
        """Level changes made in [start, end), oldest first."""
        require_aware(start, end)
        rows = self._connection.execute(
            select(_changes)
            .where(_changes.c.changed_at >= start, _changes.c.changed_at < end)
            .order_by(_changes.c.changed_at, _changes.c.id)
        )
        return [
            LevelChange(
                at=in_offset(row.changed_at, row.utc_offset_min),
                track=row.track,
                before=_level_from(row, row.track, "before_"),
                after=_level_from(row, row.track, "after_"),
                rule=row.rule,
                reason=said_from_column(row.reason),
            )
            for row in rows
        ]

    # --- paused regions ------------------------------------------------------------------------

    def _open_pause(self, region: Region) -> Row[Any] | None:
        return self._connection.execute(
            select(_pauses).where(_pauses.c.region == Region(region).value, _pauses.c.resumed_at.is_(None))
        ).one_or_none()

    def pause_region(self, region: Region, at: datetime, reason: Said, referral: Said) -> bool:
        """Pause ``region`` from ``at``. A region already paused stays paused as it was, with
        its first reason and referral (resume it first to record a new one); returns whether
        a new pause started."""
        offset = offset_minutes(at)
        if self._open_pause(region) is not None:
            return False
        self._connection.execute(
            insert(_pauses).values(
                region=Region(region).value,
                paused_at=at,
                pause_utc_offset_min=offset,
                reason=said_to_column(reason),
                referral=said_to_column(referral),
            )
        )
        return True

    def resume_region(self, region: Region, at: datetime) -> bool:
        """End the open pause of ``region`` at ``at``; returns False if it was not paused."""
        offset = offset_minutes(at)
        row = self._open_pause(region)
        if row is None:
            return False
        if at < row.paused_at:
            raise ValueError(f"{Region(region).value} cannot resume before it was paused")
        self._connection.execute(
            update(_pauses).where(_pauses.c.id == row.id).values(resumed_at=at, resume_utc_offset_min=offset)
        )
        return True

    def paused_regions(self) -> dict[Region, RegionPause]:
        """Every region paused now: since when, why, and the referral to show."""
        rows = self._connection.execute(
            select(_pauses).where(_pauses.c.resumed_at.is_(None)).order_by(_pauses.c.paused_at, _pauses.c.id)
        )
        return {
            Region(row.region): RegionPause(
                since=in_offset(row.paused_at, row.pause_utc_offset_min),
                reason=said_from_column(row.reason),
                referral=said_from_column(row.referral),
            )
            for row in rows
        }
