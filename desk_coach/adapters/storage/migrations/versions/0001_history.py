"""History: sitting bouts and break events.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Frozen: names and allowed values are spelled out, not imported, so this revision keeps
meaning what it meant when it shipped.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sitting_bouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("start_utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("end_utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("end_reason", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "end_reason IN ('idle', 'lock', 'sleep', 'break', 'quit')",
            name=op.f("ck_sitting_bouts_end_reason"),
        ),
        sa.CheckConstraint("ended_at >= started_at", name=op.f("ck_sitting_bouts_ends_after_start")),
        sa.CheckConstraint(
            "start_utc_offset_min BETWEEN -1439 AND 1439",
            name=op.f("ck_sitting_bouts_start_utc_offset_min"),
        ),
        sa.CheckConstraint(
            "end_utc_offset_min BETWEEN -1439 AND 1439",
            name=op.f("ck_sitting_bouts_end_utc_offset_min"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sitting_bouts")),
    )
    op.create_index(op.f("ix_sitting_bouts_ended_at"), "sitting_bouts", ["ended_at"])
    op.create_index(op.f("ix_sitting_bouts_started_at"), "sitting_bouts", ["started_at"])

    op.create_table(
        "break_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("break_kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('due', 'shown', 'taken', 'natural', 'snoozed', 'skipped', 'quiet_delayed')",
            name=op.f("ck_break_events_kind"),
        ),
        sa.CheckConstraint("break_kind IN ('micro', 'long')", name=op.f("ck_break_events_break_kind")),
        sa.CheckConstraint(
            "utc_offset_min BETWEEN -1439 AND 1439", name=op.f("ck_break_events_utc_offset_min")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_break_events")),
    )
    op.create_index(op.f("ix_break_events_occurred_at"), "break_events", ["occurred_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_break_events_occurred_at"), table_name="break_events")
    op.drop_table("break_events")
    op.drop_index(op.f("ix_sitting_bouts_started_at"), table_name="sitting_bouts")
    op.drop_index(op.f("ix_sitting_bouts_ended_at"), table_name="sitting_bouts")
    op.drop_table("sitting_bouts")
