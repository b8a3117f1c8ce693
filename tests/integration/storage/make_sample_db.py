"""Build samples/schema_<revision>.sqlite: a database exactly as a released revision wrote it.

``--revision 0001`` (the default) is Desk Coach 0.1: sitting bouts and break events.
``--revision 0002`` adds the coaching tables, with routines, screens, levels, level changes
and paused regions beside the same history rows.

Run once and commit the result; tests copy it and check that upgrades keep every row.
It is written with raw SQL, not with the current models or migrations, so it stays a
faithful picture of the released schema however the code moves on. Rebuilding it is
deliberate: ``python tests/integration/storage/make_sample_db.py --revision 0002 --force``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
SAMPLE = SAMPLES_DIR / "schema_0001.sqlite"
SAMPLE_0002 = SAMPLES_DIR / "schema_0002.sqlite"

SCHEMA_0001 = """
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE sitting_bouts (
    id INTEGER NOT NULL,
    started_at DATETIME NOT NULL,
    ended_at DATETIME NOT NULL,
    start_utc_offset_min INTEGER NOT NULL,
    end_utc_offset_min INTEGER NOT NULL,
    end_reason VARCHAR(16) NOT NULL,
    CONSTRAINT pk_sitting_bouts PRIMARY KEY (id),
    CONSTRAINT ck_sitting_bouts_end_reason CHECK (end_reason IN ('idle', 'lock', 'sleep', 'break', 'quit')),
    CONSTRAINT ck_sitting_bouts_ends_after_start CHECK (ended_at >= started_at),
    CONSTRAINT ck_sitting_bouts_start_utc_offset_min CHECK (start_utc_offset_min BETWEEN -1439 AND 1439),
    CONSTRAINT ck_sitting_bouts_end_utc_offset_min CHECK (end_utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_sitting_bouts_ended_at ON sitting_bouts (ended_at);
CREATE INDEX ix_sitting_bouts_started_at ON sitting_bouts (started_at);
CREATE TABLE break_events (
    id INTEGER NOT NULL,
    occurred_at DATETIME NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    break_kind VARCHAR(16) NOT NULL,
    note TEXT NOT NULL,
    CONSTRAINT pk_break_events PRIMARY KEY (id),
    CONSTRAINT ck_break_events_kind CHECK (kind IN
        ('due', 'shown', 'taken', 'natural', 'snoozed', 'skipped', 'quiet_delayed')),
    CONSTRAINT ck_break_events_break_kind CHECK (break_kind IN ('micro', 'long')),
    CONSTRAINT ck_break_events_utc_offset_min CHECK (utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_break_events_occurred_at ON break_events (occurred_at);
"""

# UTC text as SQLAlchemy writes DATETIME on SQLite, plus the user's offset in minutes:
# for a bout, the offset at its start and the offset at its end.
BOUTS = [
    # Berlin in winter time (+01:00), the Friday before the clocks change.
    (1, "2026-03-27 08:02:11.000000", "2026-03-27 08:49:40.250000", 60, 60, "break"),
    # A late night across the spring-forward of Sunday 29 March: 01:30 at +01:00 to
    # 03:20 at +02:00, fifty minutes of sitting.
    (2, "2026-03-29 00:30:00.000000", "2026-03-29 01:20:00.000000", 60, 120, "idle"),
    # Berlin in summer time (+02:00), the Monday after.
    (3, "2026-03-30 07:15:00.000000", "2026-03-30 08:05:30.000000", 120, 120, "idle"),
    # A trip to Bengaluru (+05:30).
    (4, "2026-04-02 03:45:00.000000", "2026-04-02 04:40:12.500000", 330, 330, "lock"),
    # A call from New York in daylight time (-04:00), ended by quitting the app.
    (5, "2026-04-02 19:00:00.000000", "2026-04-02 19:20:00.000000", -240, -240, "quit"),
    # Lid closed straight after waking: a zero-length bout.
    (6, "2026-04-03 12:00:00.000000", "2026-04-03 12:00:00.000000", 0, 0, "sleep"),
]

BREAK_EVENTS = [
    (1, "2026-03-27 08:47:00.000000", 60, "due", "micro", ""),
    (2, "2026-03-27 08:47:00.500000", 60, "shown", "micro", ""),
    (3, "2026-03-27 08:49:40.250000", 60, "taken", "micro", "Schulterkreisen \u2713"),
    (4, "2026-03-30 08:00:00.000000", 120, "due", "long", ""),
    (5, "2026-03-30 08:00:01.000000", 120, "snoozed", "long", "in a meeting, don't nag"),
    (6, "2026-03-30 08:05:30.000000", 120, "natural", "long", ""),
    (7, "2026-04-02 04:30:00.000000", 330, "quiet_delayed", "micro", "presenting"),
    (8, "2026-04-02 19:10:00.000000", -240, "skipped", "micro", ""),
]


# Revision 0002: the coaching tables, as migration 0002 created them.
SCHEMA_0002 = """
CREATE TABLE routine_sessions (
    id INTEGER NOT NULL,
    started_at DATETIME NOT NULL,
    start_utc_offset_min INTEGER NOT NULL,
    ended_at DATETIME,
    end_utc_offset_min INTEGER,
    kind VARCHAR(16) NOT NULL,
    completed BOOLEAN NOT NULL,
    source VARCHAR(16) NOT NULL,
    note TEXT NOT NULL,
    CONSTRAINT pk_routine_sessions PRIMARY KEY (id),
    CONSTRAINT ck_routine_sessions_kind CHECK (kind IN ('micro', 'long')),
    CONSTRAINT ck_routine_sessions_source CHECK (source IN ('break', 'tray', 'cli')),
    CONSTRAINT ck_routine_sessions_completed CHECK (completed IN (0, 1)),
    CONSTRAINT ck_routine_sessions_ends_after_start CHECK (ended_at >= started_at),
    CONSTRAINT ck_routine_sessions_end_utc_offset_with_end CHECK
        ((ended_at IS NULL) = (end_utc_offset_min IS NULL)),
    CONSTRAINT ck_routine_sessions_completed_once_ended CHECK (ended_at IS NOT NULL OR completed = 0),
    CONSTRAINT ck_routine_sessions_start_utc_offset_min CHECK (start_utc_offset_min BETWEEN -1439 AND 1439),
    CONSTRAINT ck_routine_sessions_end_utc_offset_min CHECK (end_utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_routine_sessions_ended_at ON routine_sessions (ended_at);
CREATE INDEX ix_routine_sessions_started_at ON routine_sessions (started_at);
CREATE TABLE exercise_results (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    exercise_id VARCHAR(32) NOT NULL,
    target VARCHAR(16) NOT NULL,
    pattern VARCHAR(16) NOT NULL,
    dose_kind VARCHAR(8) NOT NULL,
    hold_s INTEGER,
    reps INTEGER,
    sets INTEGER,
    rep_s INTEGER,
    minutes INTEGER,
    per_side BOOLEAN NOT NULL,
    reason TEXT NOT NULL,
    done_fraction FLOAT NOT NULL,
    effort VARCHAR(16),
    pain INTEGER NOT NULL,
    skipped BOOLEAN NOT NULL,
    pain_button BOOLEAN NOT NULL,
    CONSTRAINT pk_exercise_results PRIMARY KEY (id),
    CONSTRAINT ck_exercise_results_position CHECK (position >= 0),
    CONSTRAINT ck_exercise_results_target CHECK (target IN
        ('hip_flexors', 'chest', 'glutes', 'upper_back', 'thoracic', 'hamstrings', 'neck', 'walk')),
    CONSTRAINT ck_exercise_results_pattern CHECK (pattern IN
        ('pull', 'push', 'hinge', 'squat', 'stretch', 'mobility')),
    CONSTRAINT ck_exercise_results_dose_kind CHECK (dose_kind IN ('hold', 'reps', 'timed')),
    CONSTRAINT ck_exercise_results_dose CHECK (
        (dose_kind = 'hold' AND hold_s IS NOT NULL AND reps IS NOT NULL AND sets IS NULL
            AND rep_s IS NULL AND minutes IS NULL)
        OR (dose_kind = 'reps' AND hold_s IS NULL AND reps IS NOT NULL AND sets IS NOT NULL
            AND rep_s IS NOT NULL AND minutes IS NULL)
        OR (dose_kind = 'timed' AND hold_s IS NULL AND reps IS NULL AND sets IS NULL
            AND rep_s IS NULL AND minutes IS NOT NULL)),
    CONSTRAINT ck_exercise_results_per_side CHECK (per_side IN (0, 1)),
    CONSTRAINT ck_exercise_results_done_fraction CHECK (done_fraction BETWEEN 0 AND 1),
    CONSTRAINT ck_exercise_results_effort CHECK (effort IN ('too_easy', 'just_right', 'too_hard')),
    CONSTRAINT ck_exercise_results_pain CHECK (pain BETWEEN 0 AND 10),
    CONSTRAINT ck_exercise_results_skipped CHECK (skipped IN (0, 1)),
    CONSTRAINT ck_exercise_results_pain_button CHECK (pain_button IN (0, 1)),
    CONSTRAINT fk_exercise_results_session_id_routine_sessions FOREIGN KEY(session_id)
        REFERENCES routine_sessions (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_exercise_results_session_id ON exercise_results (session_id, position);
CREATE TABLE screen_results (
    id INTEGER NOT NULL,
    taken_at DATETIME NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    source VARCHAR(16) NOT NULL,
    lifestyles TEXT NOT NULL,
    floor_room BOOLEAN NOT NULL,
    exercise_allowed BOOLEAN NOT NULL,
    pregnancy BOOLEAN NOT NULL,
    note TEXT NOT NULL,
    CONSTRAINT pk_screen_results PRIMARY KEY (id),
    CONSTRAINT ck_screen_results_source CHECK (source IN ('wizard', 'json')),
    CONSTRAINT ck_screen_results_floor_room CHECK (floor_room IN (0, 1)),
    CONSTRAINT ck_screen_results_exercise_allowed CHECK (exercise_allowed IN (0, 1)),
    CONSTRAINT ck_screen_results_pregnancy CHECK (pregnancy IN (0, 1)),
    CONSTRAINT ck_screen_results_utc_offset_min CHECK (utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_screen_results_taken_at ON screen_results (taken_at);
CREATE TABLE screen_scores (
    id INTEGER NOT NULL,
    screen_id INTEGER NOT NULL,
    item_id VARCHAR(16) NOT NULL,
    side VARCHAR(8),
    score INTEGER,
    pain BOOLEAN NOT NULL,
    CONSTRAINT pk_screen_scores PRIMARY KEY (id),
    CONSTRAINT ck_screen_scores_side CHECK (side IN ('left', 'right')),
    CONSTRAINT ck_screen_scores_score CHECK (score BETWEEN 0 AND 2),
    CONSTRAINT ck_screen_scores_pain CHECK (pain IN (0, 1)),
    CONSTRAINT fk_screen_scores_screen_id_screen_results FOREIGN KEY(screen_id)
        REFERENCES screen_results (id) ON DELETE CASCADE
);
CREATE INDEX ix_screen_scores_screen_id ON screen_scores (screen_id);
CREATE TABLE screen_red_flags (
    id INTEGER NOT NULL,
    screen_id INTEGER NOT NULL,
    question_id VARCHAR(32) NOT NULL,
    tier VARCHAR(16) NOT NULL,
    regions TEXT NOT NULL,
    CONSTRAINT pk_screen_red_flags PRIMARY KEY (id),
    CONSTRAINT ck_screen_red_flags_tier CHECK (tier IN ('emergency', 'parq', 'prompt', 'pregnancy')),
    CONSTRAINT fk_screen_red_flags_screen_id_screen_results FOREIGN KEY(screen_id)
        REFERENCES screen_results (id) ON DELETE CASCADE
);
CREATE INDEX ix_screen_red_flags_screen_id ON screen_red_flags (screen_id);
CREATE TABLE levels (
    track VARCHAR(32) NOT NULL,
    exercise_id VARCHAR(32) NOT NULL,
    dose_kind VARCHAR(8) NOT NULL,
    hold_s INTEGER,
    reps INTEGER,
    sets INTEGER,
    rep_s INTEGER,
    minutes INTEGER,
    updated_at DATETIME NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    CONSTRAINT pk_levels PRIMARY KEY (track),
    CONSTRAINT ck_levels_dose_kind CHECK (dose_kind IN ('hold', 'reps', 'timed')),
    CONSTRAINT ck_levels_dose CHECK (
        (dose_kind = 'hold' AND hold_s IS NOT NULL AND reps IS NOT NULL AND sets IS NULL
            AND rep_s IS NULL AND minutes IS NULL)
        OR (dose_kind = 'reps' AND hold_s IS NULL AND reps IS NOT NULL AND sets IS NOT NULL
            AND rep_s IS NOT NULL AND minutes IS NULL)
        OR (dose_kind = 'timed' AND hold_s IS NULL AND reps IS NULL AND sets IS NULL
            AND rep_s IS NULL AND minutes IS NOT NULL)),
    CONSTRAINT ck_levels_utc_offset_min CHECK (utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE TABLE level_changes (
    id INTEGER NOT NULL,
    changed_at DATETIME NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    track VARCHAR(32) NOT NULL,
    before_exercise_id VARCHAR(32),
    before_dose_kind VARCHAR(8),
    before_hold_s INTEGER,
    before_reps INTEGER,
    before_sets INTEGER,
    before_rep_s INTEGER,
    before_minutes INTEGER,
    after_exercise_id VARCHAR(32),
    after_dose_kind VARCHAR(8),
    after_hold_s INTEGER,
    after_reps INTEGER,
    after_sets INTEGER,
    after_rep_s INTEGER,
    after_minutes INTEGER,
    rule VARCHAR(32) NOT NULL,
    reason TEXT NOT NULL,
    CONSTRAINT pk_level_changes PRIMARY KEY (id),
    CONSTRAINT ck_level_changes_before_dose_kind CHECK (before_dose_kind IN ('hold', 'reps', 'timed')),
    CONSTRAINT ck_level_changes_before_dose CHECK (
        (before_exercise_id IS NULL AND before_dose_kind IS NULL AND before_hold_s IS NULL
            AND before_reps IS NULL AND before_sets IS NULL AND before_rep_s IS NULL
            AND before_minutes IS NULL)
        OR (before_exercise_id IS NOT NULL AND before_dose_kind IS NOT NULL AND (
            (before_dose_kind = 'hold' AND before_hold_s IS NOT NULL AND before_reps IS NOT NULL
                AND before_sets IS NULL AND before_rep_s IS NULL AND before_minutes IS NULL)
            OR (before_dose_kind = 'reps' AND before_hold_s IS NULL AND before_reps IS NOT NULL
                AND before_sets IS NOT NULL AND before_rep_s IS NOT NULL AND before_minutes IS NULL)
            OR (before_dose_kind = 'timed' AND before_hold_s IS NULL AND before_reps IS NULL
                AND before_sets IS NULL AND before_rep_s IS NULL AND before_minutes IS NOT NULL)))),
    CONSTRAINT ck_level_changes_after_dose_kind CHECK (after_dose_kind IN ('hold', 'reps', 'timed')),
    CONSTRAINT ck_level_changes_after_dose CHECK (
        (after_exercise_id IS NULL AND after_dose_kind IS NULL AND after_hold_s IS NULL
            AND after_reps IS NULL AND after_sets IS NULL AND after_rep_s IS NULL
            AND after_minutes IS NULL)
        OR (after_exercise_id IS NOT NULL AND after_dose_kind IS NOT NULL AND (
            (after_dose_kind = 'hold' AND after_hold_s IS NOT NULL AND after_reps IS NOT NULL
                AND after_sets IS NULL AND after_rep_s IS NULL AND after_minutes IS NULL)
            OR (after_dose_kind = 'reps' AND after_hold_s IS NULL AND after_reps IS NOT NULL
                AND after_sets IS NOT NULL AND after_rep_s IS NOT NULL AND after_minutes IS NULL)
            OR (after_dose_kind = 'timed' AND after_hold_s IS NULL AND after_reps IS NULL
                AND after_sets IS NULL AND after_rep_s IS NULL AND after_minutes IS NOT NULL)))),
    CONSTRAINT ck_level_changes_utc_offset_min CHECK (utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_level_changes_changed_at ON level_changes (changed_at);
CREATE TABLE region_pauses (
    id INTEGER NOT NULL,
    region VARCHAR(16) NOT NULL,
    paused_at DATETIME NOT NULL,
    pause_utc_offset_min INTEGER NOT NULL,
    reason TEXT NOT NULL,
    referral TEXT NOT NULL,
    resumed_at DATETIME,
    resume_utc_offset_min INTEGER,
    CONSTRAINT pk_region_pauses PRIMARY KEY (id),
    CONSTRAINT ck_region_pauses_region CHECK (region IN ('hips', 'shoulders', 'back', 'neck', 'legs')),
    CONSTRAINT ck_region_pauses_resumes_after_pause CHECK (resumed_at >= paused_at),
    CONSTRAINT ck_region_pauses_resume_utc_offset_with_resume CHECK
        ((resumed_at IS NULL) = (resume_utc_offset_min IS NULL)),
    CONSTRAINT ck_region_pauses_pause_utc_offset_min CHECK (pause_utc_offset_min BETWEEN -1439 AND 1439),
    CONSTRAINT ck_region_pauses_resume_utc_offset_min CHECK (resume_utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_region_pauses_paused_at ON region_pauses (paused_at);
CREATE UNIQUE INDEX ix_region_pauses_region ON region_pauses (region) WHERE resumed_at IS NULL;
CREATE INDEX ix_region_pauses_resumed_at ON region_pauses (resumed_at);
"""

# Times as in revision 0001: UTC text, with the user's offset in minutes beside each.
ROUTINE_SESSIONS_COLUMNS = (
    "id, started_at, start_utc_offset_min, ended_at, end_utc_offset_min, kind, completed, source, note"
)
ROUTINE_SESSIONS = [
    # Across the fall-back of Sunday 25 October in Berlin: 02:58 at +02:00 to 02:03 at +01:00.
    (1, "2026-10-25 00:58:00.000000", 120, "2026-10-25 01:03:00.000000", 60, "micro", 1, "break", ""),
    # A full week later, Monday in Berlin winter time (+01:00).
    (2, "2026-11-23 08:47:00.000000", 60, "2026-11-23 08:49:30.000000", 60, "micro", 1, "break", ""),
    (3, "2026-11-23 13:00:00.000000", 60, "2026-11-23 13:08:12.500000", 60, "long", 1, "tray", ""),
    # Stopped early: the pain button during the first exercise.
    (4, "2026-11-24 09:15:00.000000", 60, "2026-11-24 09:16:10.000000", 60, "micro", 0, "break", ""),
    # From the command line in Bengaluru (+05:30).
    (5, "2026-11-26 03:30:00.000000", 330, "2026-11-26 03:32:40.000000", 330, "micro", 1, "cli", ""),
    # Never finished: the app quit during the walk.
    (6, "2026-11-26 08:00:00.000000", 330, None, None, "long", 0, "break", "walk only \u2013 red flag"),
]
EXERCISE_RESULTS_COLUMNS = (
    "id, session_id, position, exercise_id, target, pattern, dose_kind, hold_s, reps, sets, rep_s, "
    "minutes, per_side, reason, done_fraction, effort, pain, skipped, pain_button"
)
# fmt: off
EXERCISE_RESULTS = [
    (1, 1, 0, "NK1", "neck", "stretch", "hold", 20, 2, None, None, None, 1,
     "neck: a late night at the screen", 1.0, "just_right", 0, 0, 0),
    (2, 2, 0, "HF1", "hip_flexors", "stretch", "hold", 30, 2, None, None, None, 1,
     "hip flexors: 3 h of sitting today", 1.0, "just_right", 0, 0, 0),
    (3, 2, 1, "UB1", "upper_back", "pull", "reps", None, 10, 2, 3, None, 0,
     "a pull to balance the push", 1.0, "too_easy", 0, 0, 0),
    (4, 3, 0, "WALK1", "walk", "mobility", "timed", None, None, None, None, 5, 0,
     "long break: a walk first", 1.0, None, 0, 0, 0),
    (5, 3, 1, "GL1", "glutes", "squat", "reps", None, 8, 2, 4, None, 0,
     "glutes: weak in your screen (S3)", 0.75, "too_hard", 2, 0, 0),
    (6, 3, 2, "CH1", "chest", "stretch", "hold", 30, 1, None, None, None, 1,
     "paired with the pull set", 1.0, "just_right", 0, 0, 0),
    (7, 4, 0, "TH1", "thoracic", "mobility", "reps", None, 6, 1, 3, None, 0,
     "thoracic: stiff in your screen (S2)", 0.5, None, 6, 0, 1),
    (8, 4, 1, "NK1", "neck", "stretch", "hold", 20, 2, None, None, None, 1,
     "neck: 2 h at the laptop", 0.0, None, 0, 1, 0),
    (9, 5, 0, "HM1", "hamstrings", "hinge", "hold", 30, 2, None, None, None, 1,
     "hamstrings: after the flight", 1.0, "just_right", 1, 0, 0),
]
# fmt: on
SCREEN_RESULTS_COLUMNS = (
    "id, taken_at, utc_offset_min, source, lifestyles, floor_room, exercise_allowed, pregnancy, note"
)
SCREEN_RESULTS = [
    (1, "2026-11-20 17:30:00.000000", 60, "wizard", "desk_worker,runner", 1, 1, 0, ""),
    (2, "2026-11-26 02:15:00.000000", 330, "json", "desk_worker", 0, 0, 1, "from my trainer, Asha"),
]
SCREEN_SCORES_COLUMNS = "id, screen_id, item_id, side, score, pain"
SCREEN_SCORES = [
    (1, 1, "S1", "left", 2, 0),
    (2, 1, "S1", "right", 1, 0),
    (3, 1, "S2", None, 1, 0),
    (4, 1, "S3", "left", None, 0),  # stopped before scoring
    (5, 1, "S3", "right", 0, 1),
    (6, 2, "S1", None, 2, 0),
]
SCREEN_RED_FLAGS_COLUMNS = "id, screen_id, question_id, tier, regions"
SCREEN_RED_FLAGS = [
    (1, 1, "Q7", "prompt", "back"),
    (2, 2, "PARQ2", "parq", ""),
    (3, 2, "PREG1", "pregnancy", "back,hips"),
]
LEVELS_COLUMNS = (
    "track, exercise_id, dose_kind, hold_s, reps, sets, rep_s, minutes, updated_at, utc_offset_min"
)
LEVELS = [
    ("hip_flexors", "HF2", "hold", 40, 2, None, None, None, "2026-11-24 08:00:00.000000", 60),
    ("upper_back", "UB2", "reps", None, 12, 2, 3, None, "2026-11-25 07:30:00.000000", 60),
    ("walk", "WALK1", "timed", None, None, None, None, 5, "2026-11-20 17:35:00.000000", 60),
]
LEVEL_CHANGES_COLUMNS = (
    "id, changed_at, utc_offset_min, track, "
    "before_exercise_id, before_dose_kind, before_hold_s, before_reps, before_sets, before_rep_s, "
    "before_minutes, after_exercise_id, after_dose_kind, after_hold_s, after_reps, after_sets, "
    "after_rep_s, after_minutes, rule, reason"
)
# fmt: off
LEVEL_CHANGES = [
    (1, "2026-11-20 17:35:00.000000", 60, "hip_flexors",
     None, None, None, None, None, None, None,
     "HF1", "hold", 30, 2, None, None, None,
     "rescreen", "Your screen sets where hip flexor work starts."),
    (2, "2026-11-24 08:00:00.000000", 60, "hip_flexors",
     "HF1", "hold", 30, 2, None, None, None,
     "HF2", "hold", 40, 2, None, None, None,
     "progress", "Hip flexors felt easy twice: a deeper stretch, held longer."),
    (3, "2026-11-24 09:16:10.000000", 60, "thoracic",
     "TH1", "reps", None, 6, 1, 3, None,
     None, None, None, None, None, None, None,
     "pain", "Pain 6/10 in the upper back: thoracic work is paused."),
    (4, "2026-11-25 07:30:00.000000", 60, "upper_back",
     "UB1", "reps", None, 10, 2, 3, None,
     "UB2", "reps", None, 12, 2, 3, None,
     "progress", "Two more repetitions per set."),
]
# fmt: on
REGION_PAUSES_COLUMNS = (
    "id, region, paused_at, pause_utc_offset_min, reason, referral, resumed_at, resume_utc_offset_min"
)
# fmt: off
REGION_PAUSES = [
    (1, "back", "2026-11-24 09:16:10.000000", 60, "pain 6/10 during TH1",
     "If it still hurts in a few days, see a physiotherapist.", "2026-11-25 07:30:00.000000", 60),
    (2, "back", "2026-11-26 02:15:00.000000", 330, "screen: PREG1",
     "Ask your midwife or doctor before back and hip exercises.", None, None),
    (3, "hips", "2026-11-26 02:15:00.000000", 330, "screen: PREG1",
     "Ask your midwife or doctor before back and hip exercises.", None, None),
]
# fmt: on
COACHING_ROWS = {
    "routine_sessions": (ROUTINE_SESSIONS_COLUMNS, ROUTINE_SESSIONS),
    "exercise_results": (EXERCISE_RESULTS_COLUMNS, EXERCISE_RESULTS),
    "screen_results": (SCREEN_RESULTS_COLUMNS, SCREEN_RESULTS),
    "screen_scores": (SCREEN_SCORES_COLUMNS, SCREEN_SCORES),
    "screen_red_flags": (SCREEN_RED_FLAGS_COLUMNS, SCREEN_RED_FLAGS),
    "levels": (LEVELS_COLUMNS, LEVELS),
    "level_changes": (LEVEL_CHANGES_COLUMNS, LEVEL_CHANGES),
    "region_pauses": (REGION_PAUSES_COLUMNS, REGION_PAUSES),
}

SAMPLES = {"0001": SAMPLE, "0002": SAMPLE_0002}


def build(target: Path, revision: str = "0001") -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    schema = SCHEMA_0001 + (SCHEMA_0002 if revision == "0002" else "")
    with closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        with connection:
            connection.executescript("BEGIN;" + schema + "COMMIT;")
        with connection:
            connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
            connection.executemany("INSERT INTO sitting_bouts VALUES (?, ?, ?, ?, ?, ?)", BOUTS)
            connection.executemany("INSERT INTO break_events VALUES (?, ?, ?, ?, ?, ?)", BREAK_EVENTS)
            if revision == "0002":
                for table, (columns, rows) in COACHING_ROWS.items():
                    marks = ", ".join("?" * len(columns.split(",")))
                    connection.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    partial.replace(target)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="replace an existing sample")
    parser.add_argument("--revision", choices=sorted(SAMPLES), default="0001")
    parser.add_argument("--out", type=Path, help="default: samples/schema_<revision>.sqlite")
    args = parser.parse_args(argv)
    out = args.out or SAMPLES[args.revision]
    if out.exists() and not args.force:
        print(f"{out} exists; it is a frozen fixture. Use --force to rebuild it.", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    build(out, args.revision)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
