"""Canary (SPEC §9, security.md I1, I4): a dossier in which every text is a unique marker goes
through the command-line flows; afterwards no marker is anywhere but in the files the user
chose (the import source and the export), not even in the encrypted files."""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from samenplan import resources, shipped
from samenplan.formkit.model import ItemType

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TEXT_TYPES = {
    ItemType.STRING,
    ItemType.TEXT,
    ItemType.PHONE,
    ItemType.LIST,
}  # medicines: see "medicines"


def canary_export() -> tuple[bytes, list[str]]:
    """The demo dossier with every free text replaced by a unique marker."""
    data = json.loads(resources.resource("demo/dossier.json").read_bytes())
    forms = shipped.forms()
    markers: list[str] = []

    def marker() -> str:
        value = f"CANARY{len(markers):04d}{secrets.token_hex(4).upper()}"
        markers.append(value)
        return value

    data["dossier"]["title"] = marker()
    for person in data["people"]:
        for key in ("name", "relation", "phone", "email", "organisation", "availability"):
            person[key] = marker()
    for medicine in data["medicines"]:
        for key in ("name", "dose", "when", "notes"):
            medicine[key] = marker()
    for agreement in data["agreements"]:
        agreement["what"], agreement["support"] = marker(), marker()
    for document in data["documents"]:
        types = {item.id: item.type for item in forms[document["form"]].walk()}

        def walk(nodes, types=types):
            for node in nodes:
                if "items" in node:
                    walk(node["items"], types)
                    continue
                kind = types[node["id"]]
                if kind is ItemType.LIST:
                    node["value"] = [marker() for _ in node["value"]]
                elif kind in TEXT_TYPES:
                    node["value"] = marker()

        walk(document["items"])
    return json.dumps(data, ensure_ascii=False, indent=2).encode(), markers


def encodings(marker: str) -> list[bytes]:
    raw = marker.encode()
    return [raw, marker.encode("utf-16-le"), base64.b64encode(raw)[:12], raw.hex().encode()]


def scan(folder: Path, markers: list[str]) -> list[str]:
    patterns = [(m, e) for m in markers for e in encodings(m)]
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            if b"CANARY" in content or any(e in content for _, e in patterns):
                hits.append(str(path))
    return hits


def test_no_marker_leaves_the_chosen_files(tmp_path):
    source, markers = canary_export()
    assert len(markers) > 200
    inbox, outbox, data, tmp = (tmp_path / n for n in ("in", "out", "data", "tmp"))
    for folder in (inbox, outbox, tmp):
        folder.mkdir()
    (inbox / "canary.json").write_bytes(source)
    env = {
        **os.environ, "TMPDIR": str(tmp), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }  # fmt: skip
    outputs: list[str] = []

    def cli(*args, stdin="geheim wachtwoord"):
        result = subprocess.run(
            [sys.executable, "-m", "samenplan", "--data-dir", str(data), *args],
            input=stdin + "\n", capture_output=True, text=True, timeout=120, check=False, env=env,
        )  # fmt: skip
        outputs.append(result.stdout + result.stderr)
        return result

    assert cli("profile", "create", "Consulent").returncode == 0
    assert cli("import", "--profile", "Consulent", str(inbox / "canary.json")).returncode == 0
    assert cli("import", "--profile", "Consulent", str(inbox / "canary.json")).returncode == 1
    assert cli("dossier", "list", "--profile", "Consulent").returncode == 0
    assert cli("dossier", "list", "--profile", "Consulent", stdin="fout").returncode == 3
    out = outbox / "export.json"
    assert (
        cli(
            "export",
            "--profile",
            "Consulent",
            "--dossier",
            "demo-noor",
            "--to",
            "json",
            "--out",
            str(out),
        ).returncode
        == 0
    )
    broken = inbox / "broken.json"
    broken.write_bytes(source.replace(b'"klaar"', b'"half"', 1))
    assert cli("import", "--profile", "Consulent", str(broken)).returncode == 4
    # the export has every marker: the test can see them when they are there
    exported = out.read_bytes()
    assert all(m.encode() in exported for m in markers)
    # ... and nothing else has any
    assert scan(data, markers) == []
    assert scan(tmp, markers) == []
    assert list(data.rglob("*.spd")) and list(data.rglob("samenplan.log"))
    # on the terminal: only the titles that `dossier list` is asked to print
    title = markers[0]
    for text in outputs:
        assert "CANARY" not in text.replace(title, "")
