"""Coaching: routines and their exercise results, self-screens, levels, level changes and
paused regions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Frozen: names and allowed values are spelled out, not imported, so this revision keeps
meaning what it meant when it shipped.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A dose is its kind plus the columns that kind uses; every other dose column is NULL.
HOLD_DOSE = (
    "(dose_kind = 'hold' AND hold_s IS NOT NULL AND reps IS NOT NULL AND sets IS NULL "
    "AND rep_s IS NULL AND minutes IS NULL)"
)
REPS_DOSE = (
    "(dose_kind = 'reps' AND hold_s IS NULL AND reps IS NOT NULL AND sets IS NOT NULL "
    "AND rep_s IS NOT NULL AND minutes IS NULL)"
)
TIMED_DOSE = (
    "(dose_kind = 'timed' AND hold_s IS NULL AND reps IS NULL AND sets IS NULL "
    "AND rep_s IS NULL AND minutes IS NOT NULL)"
)
DOSE = f"{HOLD_DOSE} OR {REPS_DOSE} OR {TIMED_DOSE}"

BEFORE_DOSE = (
    "(before_exercise_id IS NULL AND before_dose_kind IS NULL AND before_hold_s IS NULL "
    "AND before_reps IS NULL AND before_sets IS NULL AND before_rep_s IS NULL "
    "AND before_minutes IS NULL) "
    "OR (before_exercise_id IS NOT NULL AND before_dose_kind IS NOT NULL AND ("
    "(before_dose_kind = 'hold' AND before_hold_s IS NOT NULL AND before_reps IS NOT NULL "
    "AND before_sets IS NULL AND before_rep_s IS NULL AND before_minutes IS NULL) "
    "OR (before_dose_kind = 'reps' AND before_hold_s IS NULL AND before_reps IS NOT NULL "
    "AND before_sets IS NOT NULL AND before_rep_s IS NOT NULL AND before_minutes IS NULL) "
    "OR (before_dose_kind = 'timed' AND before_hold_s IS NULL AND before_reps IS NULL "
    "AND before_sets IS NULL AND before_rep_s IS NULL AND before_minutes IS NOT NULL)))"
)
AFTER_DOSE = (
    "(after_exercise_id IS NULL AND after_dose_kind IS NULL AND after_hold_s IS NULL "
    "AND after_reps IS NULL AND after_sets IS NULL AND after_rep_s IS NULL "
    "AND after_minutes IS NULL) "
    "OR (after_exercise_id IS NOT NULL AND after_dose_kind IS NOT NULL AND ("
    "(after_dose_kind = 'hold' AND after_hold_s IS NOT NULL AND after_reps IS NOT NULL "
    "AND after_sets IS NULL AND after_rep_s IS NULL AND after_minutes IS NULL) "
    "OR (after_dose_kind = 'reps' AND after_hold_s IS NULL AND after_reps IS NOT NULL "
    "AND after_sets IS NOT NULL AND after_rep_s IS NOT NULL AND after_minutes IS NULL) "
    "OR (after_dose_kind = 'timed' AND after_hold_s IS NULL AND after_reps IS NULL "
    "AND after_sets IS NULL AND after_rep_s IS NULL AND after_minutes IS NOT NULL)))"
)


def upgrade() -> None:
    op.create_table(
        "routine_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("start_utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("end_utc_offset_min", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('micro', 'long')", name=op.f("ck_routine_sessions_kind")),
        sa.CheckConstraint("source IN ('break', 'tray', 'cli')", name=op.f("ck_routine_sessions_source")),
        sa.CheckConstraint("completed IN (0, 1)", name=op.f("ck_routine_sessions_completed")),
        sa.CheckConstraint("ended_at >= started_at", name=op.f("ck_routine_sessions_ends_after_start")),
        sa.CheckConstraint(
            "(ended_at IS NULL) = (end_utc_offset_min IS NULL)",
            name=op.f("ck_routine_sessions_end_utc_offset_with_end"),
        ),
        sa.CheckConstraint(
            "ended_at IS NOT NULL OR completed = 0", name=op.f("ck_routine_sessions_completed_once_ended")
        ),
        sa.CheckConstraint(
            "start_utc_offset_min BETWEEN -1439 AND 1439",
            name=op.f("ck_routine_sessions_start_utc_offset_min"),
        ),
        sa.CheckConstraint(
            "end_utc_offset_min BETWEEN -1439 AND 1439", name=op.f("ck_routine_sessions_end_utc_offset_min")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routine_sessions")),
    )
    op.create_index(op.f("ix_routine_sessions_ended_at"), "routine_sessions", ["ended_at"])
    op.create_index(op.f("ix_routine_sessions_started_at"), "routine_sessions", ["started_at"])

    op.create_table(
        "exercise_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=32), nullable=False),
        sa.Column("target", sa.String(length=16), nullable=False),
        sa.Column("pattern", sa.String(length=16), nullable=False),
        sa.Column("dose_kind", sa.String(length=8), nullable=False),
        sa.Column("hold_s", sa.Integer(), nullable=True),
        sa.Column("reps", sa.Integer(), nullable=True),
        sa.Column("sets", sa.Integer(), nullable=True),
        sa.Column("rep_s", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("per_side", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("done_fraction", sa.Float(), nullable=False),
        sa.Column("effort", sa.String(length=16), nullable=True),
        sa.Column("pain", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column("pain_button", sa.Boolean(), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_exercise_results_position")),
        sa.CheckConstraint(
            "target IN ('hip_flexors', 'chest', 'glutes', 'upper_back', 'thoracic', 'hamstrings', "
            "'neck', 'walk')",
            name=op.f("ck_exercise_results_target"),
        ),
        sa.CheckConstraint(
            "pattern IN ('pull', 'push', 'hinge', 'squat', 'stretch', 'mobility')",
            name=op.f("ck_exercise_results_pattern"),
        ),
        sa.CheckConstraint(
            "dose_kind IN ('hold', 'reps', 'timed')", name=op.f("ck_exercise_results_dose_kind")
        ),
        sa.CheckConstraint(DOSE, name=op.f("ck_exercise_results_dose")),
        sa.CheckConstraint("per_side IN (0, 1)", name=op.f("ck_exercise_results_per_side")),
        sa.CheckConstraint("done_fraction BETWEEN 0 AND 1", name=op.f("ck_exercise_results_done_fraction")),
        sa.CheckConstraint(
            "effort IN ('too_easy', 'just_right', 'too_hard')", name=op.f("ck_exercise_results_effort")
        ),
        sa.CheckConstraint("pain BETWEEN 0 AND 10", name=op.f("ck_exercise_results_pain")),
        sa.CheckConstraint("skipped IN (0, 1)", name=op.f("ck_exercise_results_skipped")),
        sa.CheckConstraint("pain_button IN (0, 1)", name=op.f("ck_exercise_results_pain_button")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["routine_sessions.id"],
            name=op.f("fk_exercise_results_session_id_routine_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_results")),
    )
    op.create_index(
        op.f("ix_exercise_results_session_id"), "exercise_results", ["session_id", "position"], unique=True
    )

    op.create_table(
        "screen_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("lifestyles", sa.Text(), nullable=False),
        sa.Column("floor_room", sa.Boolean(), nullable=False),
        sa.Column("exercise_allowed", sa.Boolean(), nullable=False),
        sa.Column("pregnancy", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("source IN ('wizard', 'json')", name=op.f("ck_screen_results_source")),
        sa.CheckConstraint("floor_room IN (0, 1)", name=op.f("ck_screen_results_floor_room")),
        sa.CheckConstraint("exercise_allowed IN (0, 1)", name=op.f("ck_screen_results_exercise_allowed")),
        sa.CheckConstraint("pregnancy IN (0, 1)", name=op.f("ck_screen_results_pregnancy")),
        sa.CheckConstraint(
            "utc_offset_min BETWEEN -1439 AND 1439", name=op.f("ck_screen_results_utc_offset_min")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screen_results")),
    )
    op.create_index(op.f("ix_screen_results_taken_at"), "screen_results", ["taken_at"])

    op.create_table(
        "screen_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("screen_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=16), nullable=False),
        sa.Column("side", sa.String(length=8), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("pain", sa.Boolean(), nullable=False),
        sa.CheckConstraint("side IN ('left', 'right')", name=op.f("ck_screen_scores_side")),
        sa.CheckConstraint("score BETWEEN 0 AND 2", name=op.f("ck_screen_scores_score")),
        sa.CheckConstraint("pain IN (0, 1)", name=op.f("ck_screen_scores_pain")),
        sa.ForeignKeyConstraint(
            ["screen_id"],
            ["screen_results.id"],
            name=op.f("fk_screen_scores_screen_id_screen_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screen_scores")),
    )
    op.create_index(op.f("ix_screen_scores_screen_id"), "screen_scores", ["screen_id"])

    op.create_table(
        "screen_red_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("screen_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=32), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("regions", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "tier IN ('emergency', 'parq', 'prompt', 'pregnancy')", name=op.f("ck_screen_red_flags_tier")
        ),
        sa.ForeignKeyConstraint(
            ["screen_id"],
            ["screen_results.id"],
            name=op.f("fk_screen_red_flags_screen_id_screen_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screen_red_flags")),
    )
    op.create_index(op.f("ix_screen_red_flags_screen_id"), "screen_red_flags", ["screen_id"])

    op.create_table(
        "levels",
        sa.Column("track", sa.String(length=32), nullable=False),
        sa.Column("exercise_id", sa.String(length=32), nullable=False),
        sa.Column("dose_kind", sa.String(length=8), nullable=False),
        sa.Column("hold_s", sa.Integer(), nullable=True),
        sa.Column("reps", sa.Integer(), nullable=True),
        sa.Column("sets", sa.Integer(), nullable=True),
        sa.Column("rep_s", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.CheckConstraint("dose_kind IN ('hold', 'reps', 'timed')", name=op.f("ck_levels_dose_kind")),
        sa.CheckConstraint(DOSE, name=op.f("ck_levels_dose")),
        sa.CheckConstraint("utc_offset_min BETWEEN -1439 AND 1439", name=op.f("ck_levels_utc_offset_min")),
        sa.PrimaryKeyConstraint("track", name=op.f("pk_levels")),
    )

    op.create_table(
        "level_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("track", sa.String(length=32), nullable=False),
        sa.Column("before_exercise_id", sa.String(length=32), nullable=True),
        sa.Column("before_dose_kind", sa.String(length=8), nullable=True),
        sa.Column("before_hold_s", sa.Integer(), nullable=True),
        sa.Column("before_reps", sa.Integer(), nullable=True),
        sa.Column("before_sets", sa.Integer(), nullable=True),
        sa.Column("before_rep_s", sa.Integer(), nullable=True),
        sa.Column("before_minutes", sa.Integer(), nullable=True),
        sa.Column("after_exercise_id", sa.String(length=32), nullable=True),
        sa.Column("after_dose_kind", sa.String(length=8), nullable=True),
        sa.Column("after_hold_s", sa.Integer(), nullable=True),
        sa.Column("after_reps", sa.Integer(), nullable=True),
        sa.Column("after_sets", sa.Integer(), nullable=True),
        sa.Column("after_rep_s", sa.Integer(), nullable=True),
        sa.Column("after_minutes", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "before_dose_kind IN ('hold', 'reps', 'timed')", name=op.f("ck_level_changes_before_dose_kind")
        ),
        sa.CheckConstraint(BEFORE_DOSE, name=op.f("ck_level_changes_before_dose")),
        sa.CheckConstraint(
            "after_dose_kind IN ('hold', 'reps', 'timed')", name=op.f("ck_level_changes_after_dose_kind")
        ),
        sa.CheckConstraint(AFTER_DOSE, name=op.f("ck_level_changes_after_dose")),
        sa.CheckConstraint(
            "utc_offset_min BETWEEN -1439 AND 1439", name=op.f("ck_level_changes_utc_offset_min")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_changes")),
    )
    op.create_index(op.f("ix_level_changes_changed_at"), "level_changes", ["changed_at"])

    op.create_table(
        "region_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=16), nullable=False),
        sa.Column("paused_at", sa.DateTime(), nullable=False),
        sa.Column("pause_utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("referral", sa.Text(), nullable=False),
        sa.Column("resumed_at", sa.DateTime(), nullable=True),
        sa.Column("resume_utc_offset_min", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "region IN ('hips', 'shoulders', 'back', 'neck', 'legs')", name=op.f("ck_region_pauses_region")
        ),
        sa.CheckConstraint("resumed_at >= paused_at", name=op.f("ck_region_pauses_resumes_after_pause")),
        sa.CheckConstraint(
            "(resumed_at IS NULL) = (resume_utc_offset_min IS NULL)",
            name=op.f("ck_region_pauses_resume_utc_offset_with_resume"),
        ),
        sa.CheckConstraint(
            "pause_utc_offset_min BETWEEN -1439 AND 1439",
            name=op.f("ck_region_pauses_pause_utc_offset_min"),
        ),
        sa.CheckConstraint(
            "resume_utc_offset_min BETWEEN -1439 AND 1439",
            name=op.f("ck_region_pauses_resume_utc_offset_min"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_pauses")),
    )
    op.create_index(op.f("ix_region_pauses_paused_at"), "region_pauses", ["paused_at"])
    # At most one open pause per region.
    op.create_index(
        op.f("ix_region_pauses_region"),
        "region_pauses",
        ["region"],
        unique=True,
        sqlite_where=sa.text("resumed_at IS NULL"),
    )
    op.create_index(op.f("ix_region_pauses_resumed_at"), "region_pauses", ["resumed_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_region_pauses_resumed_at"), table_name="region_pauses")
    op.drop_index(op.f("ix_region_pauses_region"), table_name="region_pauses")
    op.drop_index(op.f("ix_region_pauses_paused_at"), table_name="region_pauses")
    op.drop_table("region_pauses")
    op.drop_index(op.f("ix_level_changes_changed_at"), table_name="level_changes")
    op.drop_table("level_changes")
    op.drop_table("levels")
    op.drop_index(op.f("ix_screen_red_flags_screen_id"), table_name="screen_red_flags")
    op.drop_table("screen_red_flags")
    op.drop_index(op.f("ix_screen_scores_screen_id"), table_name="screen_scores")
    op.drop_table("screen_scores")
    op.drop_index(op.f("ix_screen_results_taken_at"), table_name="screen_results")
    op.drop_table("screen_results")
    op.drop_index(op.f("ix_exercise_results_session_id"), table_name="exercise_results")
    op.drop_table("exercise_results")
    op.drop_index(op.f("ix_routine_sessions_started_at"), table_name="routine_sessions")
    op.drop_index(op.f("ix_routine_sessions_ended_at"), table_name="routine_sessions")
    op.drop_table("routine_sessions")
