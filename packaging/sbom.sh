#!/usr/bin/env bash
# Write the software bill of materials of the run-time dependencies as CycloneDX JSON:
# dist/samenplan-sbom.cdx.json, from requirements/lock.txt (pinned versions with hashes) and
# pyproject.toml (samenplan itself as the root). cyclonedx-bom runs from a throw-away virtual
# environment; the result is checked (CycloneDX, and the main libraries listed).
set -euo pipefail
cd "$(dirname "$0")/.."
CYCLONEDX_VERSION=7.5.0
out=dist/samenplan-sbom.cdx.json
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install -q "cyclonedx-bom==$CYCLONEDX_VERSION" 2>&1 | grep -v "is ignored" || true
mkdir -p dist
"$tools/venv/bin/cyclonedx-py" requirements --pyproject pyproject.toml --of JSON \
  --output-reproducible -o "$out" requirements/lock.txt 2> >(grep -v -e "has no defined dependencies" -e "^  warn(" >&2)
python3 - "$out" <<'PY'
# samenplan's version (dynamic in pyproject.toml, so the tool cannot see it) and its direct
# dependencies (the lock is flat) are written in; then the document is checked.
import json, re, sys, tomllib
path = sys.argv[1]
bom = json.load(open(path, encoding="utf-8"))
assert bom["bomFormat"] == "CycloneDX", "not a CycloneDX document"
key = lambda name: re.sub(r"[-_.]+", "-", name).lower()
root = bom["metadata"]["component"]
root["version"] = re.search(r'__version__ = "(.+)"', open("samenplan/__init__.py").read())[1]
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
direct = {key(re.match(r"[A-Za-z0-9._-]+", d)[0]) for d in project["dependencies"]}
refs = {key(c["name"]): c["bom-ref"] for c in bom.get("components", [])}
missing = direct - set(refs)
assert not missing, f"the SBOM lacks the direct dependencies {sorted(missing)}"
assert {"pyside6-essentials", "cryptography", "reportlab"} <= set(refs)
graph = [d for d in bom.get("dependencies", []) if d["ref"] != root["bom-ref"]]
graph.append({"ref": root["bom-ref"], "dependsOn": sorted(refs[name] for name in direct)})
bom["dependencies"] = graph
json.dump(bom, open(path, "w", encoding="utf-8"), indent=2, sort_keys=True)
print(f"{path}: CycloneDX {bom['specVersion']}, samenplan {root['version']}, {len(refs)} components")
PY
