#!/usr/bin/env bash
# Regenerate the pinned dependency locks from pyproject.toml's ranges, with hashes, from PyPI,
# for Python 3.11 on Linux x86_64 with glibc 2.36 (Debian 12: CI and the Linux bundle):
#   requirements/lock.txt       the app's run-time dependencies (the bundle installs these)
#   requirements/lock-test.txt  run time + the test extra, at the same versions (CI installs this)
# Run it when pyproject.toml's dependencies change, or to take newer releases; commit both files.
# uv resolves (in a throw-away virtual environment); installing needs only pip.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install -q "uv==$UV_VERSION"
compile() {
  "$tools/venv/bin/uv" pip compile pyproject.toml --quiet --generate-hashes \
    --python-version 3.11 --python-platform x86_64-manylinux_2_36 \
    --index-url https://pypi.org/simple --no-config \
    --custom-compile-command "bash packaging/lock.sh" "$@"
}
mkdir -p requirements
compile --output-file requirements/lock.txt
# the same versions for what both need: the run-time lock constrains the test lock
compile --extra test --constraint requirements/lock.txt --output-file requirements/lock-test.txt
echo "requirements/lock.txt: $(grep -c '==' requirements/lock.txt) packages;" \
  "requirements/lock-test.txt: $(grep -c '==' requirements/lock-test.txt) packages"
echo "Next: install it (.venv/bin/pip install --require-hashes -r requirements/lock-test.txt)," \
  "then .venv/bin/python packaging/licences.py to update resources/licences/third-party.txt"
