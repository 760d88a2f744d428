#!/usr/bin/env bash
# Build samenplan as one frozen folder and as a Debian package, for people without Python:
#   dist/samenplan/                  the bundle (run dist/samenplan/samenplan)
#   dist/samenplan_VERSION_amd64.deb the Debian package made from it (packaging/linux/)
#   dist/samenplan-sbom.cdx.json     what is in it, as a CycloneDX SBOM (packaging/sbom.sh)
# PyInstaller and the app's dependencies come from PyPI at the pinned versions, with hashes
# (requirements/lock.txt, packaging/build-tools.txt), into their own venv in build/.
# Linux only; Windows and macOS: packaging/windows/build.ps1, packaging/macos/build-dmg.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' samenplan/__init__.py)
venv=build/bundle-venv

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip
"$venv/bin/pip" install -q --require-hashes -r requirements/lock.txt
"$venv/bin/pip" install -q --require-hashes -r packaging/build-tools.txt

echo "== PyInstaller (packaging/samenplan.spec)"
rm -rf dist/samenplan
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/samenplan.spec

echo "== Debian package"
deb=$(bash packaging/linux/build-deb.sh "$version" "$venv/bin/python")

echo "== SBOM (packaging/sbom.sh)"
bash packaging/sbom.sh

echo "bundle dist/samenplan: $(du -sh dist/samenplan | cut -f1); $deb: $(du -h "$deb" | cut -f1)"
