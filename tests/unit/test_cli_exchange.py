"""The exchange on the command line: two profiles in two data folders, a card sent by address
and a whole dossier by passphrase; every tampered or misdirected file ends with exit code 4."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.vaulthelp import ROOT

DEMO = ROOT / "resources" / "demo" / "dossier.json"
OWN = "geheim wachtwoord"
SHARED = "zon maan sterren zee"


def test_exchange_between_two_computers(tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def cli(data: str, *args: str, stdin: str = OWN) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "samenplan", "--lang", "nl", "--data-dir", str(tmp_path / data), *args],
            input=stdin + "\n", capture_output=True, text=True, timeout=120, check=False, env=env,
        )  # fmt: skip

    for data, name in (("naaste", "Ellen"), ("client", "Noor")):
        assert cli(data, "profile", "create", name).returncode == 0
        assert cli(data, "import", "--profile", name, str(DEMO)).returncode == 0

    address = cli("client", "profile", "address", "--profile", "Noor")
    assert address.returncode == 0 and address.stdout.startswith("samenplan1:age1")
    card = tmp_path / "kaart-ellen.age"
    sent = cli("naaste", "send", "--profile", "Ellen", "--dossier", "demo-noor",
               "--member", "p-ellen", "--to", address.stdout.strip(), "--out", str(card))  # fmt: skip
    assert sent.returncode == 0, sent.stderr

    def receive(path: Path, *extra: str, stdin: str = OWN):
        return cli("client", "receive", "--profile", "Noor", "--dossier", "demo-noor",
                   *extra, str(path), stdin=stdin)  # fmt: skip

    already = receive(card)  # the demo already holds Ellen's card
    assert already.returncode == 1 and "al ingelezen" in already.stderr
    taken = receive(card, "--replace")
    assert taken.returncode == 0 and taken.stdout.strip() == "p-ellen"
    assert "Vergelijk deze vingerafdruk" in taken.stderr

    original = card.read_bytes()
    for name, data in {
        "bit": original[:200] + bytes([original[200] ^ 4]) + original[201:],
        "end": original[:-1] + bytes([original[-1] ^ 1]),
        "short": original[: len(original) // 2],
    }.items():
        bad = tmp_path / f"{name}.age"
        bad.write_bytes(data)
        result = receive(bad, "--replace")
        assert result.returncode == 4, (name, result.stderr)
        assert "Er is niets ingelezen" in result.stderr and "Traceback" not in result.stderr

    # signed by someone else (the client's own key) for a member Ellen already signed for
    forged = tmp_path / "forged.age"
    self_address = cli("client", "profile", "address", "--profile", "Noor").stdout.strip()
    assert cli("client", "send", "--profile", "Noor", "--dossier", "demo-noor", "--member",
               "p-ellen", "--to", self_address, "--out", str(forged)).returncode == 0  # fmt: skip
    result = receive(forged, "--replace")
    assert result.returncode == 4 and "iemand anders" in result.stderr

    # replayed into another dossier of the client
    other = tmp_path / "ander.json"
    other.write_text(DEMO.read_text(encoding="utf-8").replace('"demo-noor"', '"ander"', 1))
    assert cli("client", "import", "--profile", "Noor", str(other)).returncode == 0
    replay = cli("client", "receive", "--profile", "Noor", "--dossier", "ander", "--replace",
                 str(card))  # fmt: skip
    assert replay.returncode == 4 and "ander dossier" in replay.stderr

    # a whole dossier by passphrase
    whole = tmp_path / "dossier.age"
    assert cli("naaste", "send", "--profile", "Ellen", "--dossier", "demo-noor", "--whole",
               "--passphrase", "--out", str(whole), stdin=f"{OWN}\n{SHARED}").returncode == 0  # fmt: skip
    wrong = cli("client", "receive", "--profile", "Noor", "--passphrase", str(whole),
                stdin=f"{OWN}\nfout")  # fmt: skip
    assert wrong.returncode == 4
    # the client already has demo-noor: a dossier is never overwritten
    again = cli("client", "receive", "--profile", "Noor", "--passphrase", str(whole),
                stdin=f"{OWN}\n{SHARED}")  # fmt: skip
    assert again.returncode == 1
    fresh = cli("fresh", "profile", "create", "Nieuw")
    assert fresh.returncode == 0
    # from a sender this profile does not know: the fingerprint, and nothing taken in
    unknown = cli("fresh", "receive", "--profile", "Nieuw", "--passphrase", str(whole),
                  stdin=f"{OWN}\n{SHARED}")  # fmt: skip
    fingerprint = address.stderr.strip().rsplit(": ", 1)[-1]
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert "--trust-new-sender" in unknown.stderr and "Traceback" not in unknown.stderr
    assert cli("fresh", "dossier", "list", "--profile", "Nieuw").stdout == ""
    handed = cli("fresh", "receive", "--profile", "Nieuw", "--passphrase", "--trust-new-sender",
                 str(whole), stdin=f"{OWN}\n{SHARED}")  # fmt: skip
    assert handed.returncode == 0 and handed.stdout.strip() == "demo-noor"
    listed = cli("fresh", "dossier", "list", "--profile", "Nieuw")
    assert "demo-noor" in listed.stdout
    naaste_print = cli("naaste", "profile", "address", "--profile", "Ellen").stderr
    assert naaste_print.strip().rsplit(": ", 1)[-1] in unknown.stderr
    assert fingerprint not in unknown.stderr  # the sender's, not the receiver's own

    # made with age for this address, not by samenplan: "not signed", exit 4
    import pyrage

    recipient = address.stdout.strip().split(":")[1]
    foreign = tmp_path / "foreign.age"
    foreign.write_bytes(pyrage.encrypt(b"hallo", [pyrage.x25519.Recipient.from_str(recipient)]))
    result = receive(foreign)
    assert result.returncode == 4 and "niet ondertekend" in result.stderr
