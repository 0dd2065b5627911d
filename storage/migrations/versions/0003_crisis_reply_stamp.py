"""conversations remember when the seeker last got the crisis reply

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 23:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.add_column(
            sa.Column('crisis_replied_at', storage.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('crisis_replied_at')
