#!/usr/bin/env bash
# Install samenplan in ./.venv on a Debian machine with Python 3.11, then start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/apt-install.sh packaging/debian-packages.txt
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
# the pinned versions with their hashes (packaging/lock.sh), then samenplan itself
.venv/bin/pip install -q --require-hashes -r requirements/lock.txt
.venv/bin/pip install -q --no-deps .
exec .venv/bin/samenplan "$@"
