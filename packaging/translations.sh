#!/usr/bin/env bash
# Bring the app's translations up to date with samenplan/ui/strings.py (Qt Linguist):
#   1. pyside6-lupdate adds new Dutch source texts to resources/i18n/*.ts (and drops gone ones);
#   2. translate what is marked unfinished in Qt Linguist: .venv/bin/pyside6-linguist FILE.ts
#   3. pyside6-lrelease compiles each .ts to the .qm the app loads.
# tests/unit/test_translations.py fails when a step was forgotten.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/i18n/samenplan_*.ts; do
  .venv/bin/pyside6-lupdate samenplan/ui/strings.py -ts "$ts" \
    -source-language nl -target-language "$(basename "$ts" .ts | cut -d_ -f2)" \
    -locations none -no-obsolete -silent
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm" -silent
done
