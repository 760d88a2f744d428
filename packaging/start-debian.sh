#!/usr/bin/env bash
# Install samenplan in ./.venv on a Debian machine with Python 3.11, then start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/apt-install.sh packaging/debian-packages.txt
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q .
exec .venv/bin/samenplan "$@"
