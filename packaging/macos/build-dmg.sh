#!/usr/bin/env bash
# macOS: build Samenplan.app with PyInstaller (packaging/samenplan.spec), check it with
# `selftest`, then pack dist/samenplan-VERSION.dmg (the app and a link to /Applications).
# Used by .github/workflows/desktop.yml. Written carefully but never run: no Mac here.
# The app is only ad-hoc signed (PyInstaller does that), not notarised: the first start
# needs right-click > Open. usage: bash packaging/macos/build-dmg.sh  (PYTHON=python3.11)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' samenplan/__init__.py)
venv=build/bundle-venv

[ -x "$venv/bin/python" ] || "${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip
# The lock is resolved for Linux; --no-deps takes its versions (it needs nothing more here).
"$venv/bin/pip" install -q --require-hashes --no-deps -r requirements/lock.txt
"$venv/bin/pip" install -q --require-hashes -r packaging/build-tools.txt

rm -rf dist/samenplan dist/Samenplan.app
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/samenplan.spec
QT_QPA_PLATFORM=offscreen dist/Samenplan.app/Contents/MacOS/samenplan selftest

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R dist/Samenplan.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname samenplan -srcfolder "$staging" -fs HFS+ -format UDZO -ov \
  "dist/samenplan-$version.dmg"
echo "dist/samenplan-$version.dmg"
