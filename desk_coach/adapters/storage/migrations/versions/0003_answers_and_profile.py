"""Answers the history did not keep: reminders dismissed, breaks left early, sharp pain,
numbness and next-morning pain, and the equipment and age band a self-check gives.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

Frozen: names and allowed values are spelled out, not imported, so this revision keeps
meaning what it meant when it shipped. SQLite cannot change a CHECK constraint in place, so
the tables whose checks change are rebuilt in batch mode (rows copied, nothing lost).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_EVENT_KINDS = "'due', 'shown', 'taken', 'natural', 'snoozed', 'skipped', 'quiet_delayed'"
NEW_EVENT_KINDS = OLD_EVENT_KINDS + ", 'dismissed', 'partial'"


def upgrade() -> None:
    with op.batch_alter_table("break_events") as batch:
        batch.add_column(sa.Column("done_fraction", sa.Float(), nullable=True))
        batch.drop_constraint("kind", type_="check")
        batch.create_check_constraint("kind", f"kind IN ({NEW_EVENT_KINDS})")
        batch.create_check_constraint("done_fraction", "done_fraction BETWEEN 0 AND 1")
    with op.batch_alter_table("routine_sessions") as batch:
        batch.add_column(sa.Column("next_day_pain", sa.Integer(), nullable=True))
        batch.create_check_constraint("next_day_pain", "next_day_pain BETWEEN 0 AND 10")
    with op.batch_alter_table("exercise_results") as batch:
        for name in ("sharp_pain", "numbness"):
            batch.add_column(sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.text("0")))
            batch.create_check_constraint(name, f"{name} IN (0, 1)")
    with op.batch_alter_table("screen_results") as batch:
        batch.add_column(sa.Column("equipment", sa.Text(), nullable=True))
        batch.add_column(sa.Column("age_band", sa.String(16), nullable=True))
        batch.create_check_constraint("age_band", "age_band IN ('under_65', '65_plus')")


def downgrade() -> None:
    with op.batch_alter_table("screen_results") as batch:
        batch.drop_constraint("age_band", type_="check")
        batch.drop_column("age_band")
        batch.drop_column("equipment")
    with op.batch_alter_table("exercise_results") as batch:
        for name in ("numbness", "sharp_pain"):
            batch.drop_constraint(name, type_="check")
            batch.drop_column(name)
    with op.batch_alter_table("routine_sessions") as batch:
        batch.drop_constraint("next_day_pain", type_="check")
        batch.drop_column("next_day_pain")
    # Events of the new kinds have no place in the older schema: they are removed.
    op.execute("DELETE FROM break_events WHERE kind IN ('dismissed', 'partial')")
    with op.batch_alter_table("break_events") as batch:
        batch.drop_constraint("done_fraction", type_="check")
        batch.drop_constraint("kind", type_="check")
        batch.create_check_constraint("kind", f"kind IN ({OLD_EVENT_KINDS})")
        batch.drop_column("done_fraction")
