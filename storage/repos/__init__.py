"""Repositories: one class per port of ``matching.ports``, over one AsyncSession."""
