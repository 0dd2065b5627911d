#!/usr/bin/env bash
# Installs Pairline and starts the sandbox: open the printed address in a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m bot sandbox --demo "$@"
