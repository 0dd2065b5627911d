#!/usr/bin/env bash
# Installs Pairline and runs lint, types and the whole suite twice:
# on the embedded default (SQLite, no Redis) and on PostgreSQL + Redis.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
bash scripts/services.sh || exit 1
status=0
step() { echo; echo "== $*"; "$@" || status=1; }
step .venv/bin/ruff check .
step .venv/bin/mypy
echo; echo "== tests on SQLite, no Redis"
env -u DATABASE_URL -u REDIS_URL .venv/bin/pytest -q -p no:cacheprovider "$@" || status=1
echo; echo "== tests on PostgreSQL and Redis"
DATABASE_URL=${PG_URL:-postgresql+asyncpg://postgres@127.0.0.1:5432/test} \
REDIS_URL=${REDIS_TEST_URL:-redis://127.0.0.1:6379/0} \
  .venv/bin/pytest -q -p no:cacheprovider "$@" || status=1
echo
if [ "$status" -eq 0 ]; then echo "all checks passed"; else echo "some checks FAILED"; fi
exit "$status"
