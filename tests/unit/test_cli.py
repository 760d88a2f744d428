"""The command line as scripts and people use it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samenplan import __version__

FIXTURES = Path(__file__).resolve().parent.parent / "forms" / "fixtures"


def samenplan(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "samenplan", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_version():
    result = samenplan("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"samenplan {__version__}"


def test_selftest_passes():
    result = samenplan("selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "forms: 3 forms" in result.stdout
    assert "Zelftest geslaagd: 11 controles." in result.stdout


def test_forms_check_shipped():
    result = samenplan("forms", "check")
    assert result.returncode == 0
    assert result.stdout.startswith("In orde: 3 formulier(en)")


@pytest.mark.parametrize(
    ("fixture", "words"),
    [
        ("unknown_key", "onbekende sleutel 'hnt' (bedoel je 'hint'?)"),
        ("unknown_type", "onbekend type 'strng' (bedoel je 'string'?)"),
        ("duplicate_id", "het id 'naam' wordt al gebruikt op regel 10"),
        ("condition_missing", "de voorwaarde verwijst naar 'bestaat_niet', dat niet bestaat"),
        ("condition_later", "de voorwaarde verwijst naar 'akkoord', dat pas later komt"),
        ("missing_nl", "de Nederlandse tekst ontbreekt"),
        ("unknown_choices", "de keuzelijst 'kleurtjes' bestaat niet"),
    ],
)
def test_forms_check_fails_precisely_on_each_bad_fixture(fixture, words):
    path = FIXTURES / "bad" / f"{fixture}.yaml"
    result = samenplan("forms", "check", str(path))
    assert result.returncode == 1
    first, summary = result.stderr.strip().splitlines()
    assert first.startswith(f"{path}:")
    assert "[deel > " in first
    assert words in first
    assert summary == "1 probleem/problemen gevonden in de formulieren."
    assert "Traceback" not in result.stderr


def test_forms_check_in_english():
    result = samenplan("--lang", "en", "forms", "check", str(FIXTURES / "bad" / "unknown_key.yaml"))
    assert result.returncode == 1
    assert "unknown key 'hnt' (did you mean 'hint'?)" in result.stderr


def test_forms_check_missing_file(tmp_path):
    result = samenplan("forms", "check", str(tmp_path / "nergens.yaml"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "bestaat niet" in result.stderr


def test_forms_show_outline_and_json():
    text = samenplan("forms", "show", "crisiskaart")
    assert text.returncode == 0
    assert "Wat moeten anderen wel doen?  [wel_doen: lijst, verplicht]" in text.stdout
    english = samenplan("--lang", "en", "forms", "show", "crisiskaart")
    assert "What should others do?  [wel_doen: list, required]" in english.stdout
    as_json = samenplan("forms", "show", "wrap", "--json")
    data = json.loads(as_json.stdout)
    assert data["id"] == "wrap"
    assert data["items"][0]["items"][0]["type"] == "display"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["forms", "show", "dagboek"], 1),
        (["forms", "frob"], 2),
        (["bogus"], 2),
        (["--lang", "de", "forms", "check"], 2),
        (["forms"], 2),
    ],
)
def test_errors_are_one_line_with_the_right_exit_code(args, code):
    result = samenplan(*args)
    assert result.returncode == code
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_language_follows_the_locale():
    result = samenplan("forms", "show", "dagboek", env={"LANG": "en_GB.UTF-8", "LC_ALL": ""})
    assert result.stderr.startswith("samenplan: there is no form 'dagboek'")
    result = samenplan("forms", "show", "dagboek", env={"LANG": "nl_NL.UTF-8", "LC_ALL": ""})
    assert result.stderr.startswith("samenplan: er is geen formulier 'dagboek'")


def test_an_unexpected_failure_is_one_line_without_a_traceback(monkeypatch, capsys):
    from samenplan import cli

    def explode(*_args, **_kwargs):
        raise RuntimeError("Noor Bakker 06-01234567")  # content must never be shown

    monkeypatch.setattr(cli, "_forms_show", explode)
    assert cli.run(["forms", "show", "wrap"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "RuntimeError" in err
    assert "Noor" not in err and "0601234567" not in err.replace("-", "")


@pytest.mark.parametrize(
    ("args", "commands"),
    [
        ([], ()),
        (["--demo"], ()),
        (["--lang", "en", "--data-dir", "/tmp/x", "--demo"], ()),
        (["--lang=en"], ()),
        (["forms", "check"], ("forms",)),
        (["--lang", "en", "selftest"], ("selftest",)),
        (["card", "--help"], ("card",)),
        (["--help"], None),  # all of them
        (["iets"], None),  # a stray word gets the full parser's "choose from" message
    ],
)
def test_only_the_named_command_is_built(args, commands):
    from samenplan.cli import _commands_needed

    assert _commands_needed(args) == commands


def test_help_without_a_command_lists_every_command():
    from samenplan.cli import _ADD, _commands_needed, build_parser

    text = build_parser("nl", _commands_needed(["--help"])).format_help()
    assert all(name in text for name in _ADD)
    assert set(_ADD) == {
        "selftest", "profile", "send", "receive", "dossier", "import", "export", "card",
        "forms", "backup", "restore",
    }  # fmt: skip


def test_a_reader_that_goes_away_gets_no_error_message():
    command = [sys.executable, "-m", "samenplan", "forms", "show", "crisiskaart", "--json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(20).startswith(b"{")
        process.stdout.close()  # like `| head -1`
        error = process.stderr.read().decode()
        assert process.wait(timeout=60) == 1
    assert error == ""


DEMO = Path(__file__).resolve().parent.parent.parent / "resources" / "demo" / "dossier.json"


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_card_phone_writes_a_private_phone_picture(tmp_path):
    out = tmp_path / "telefoon.png"
    result = samenplan("--lang", "nl", "card", str(DEMO), "--out", str(out), "--phone")
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""
    assert _png_size(out.read_bytes()) == (1080, 2340)
    assert out.stat().st_mode & 0o777 == 0o600
    wrap = tmp_path / "wrap.png"
    result = samenplan("card", str(DEMO), "--out", str(wrap), "--phone", "--kind", "wrap")
    assert result.returncode == 0, result.stderr
    assert wrap.read_bytes() != out.read_bytes()
    assert [p.name for p in sorted(tmp_path.iterdir())] == ["telefoon.png", "wrap.png"]


def test_card_phone_refusals_are_one_sentence(tmp_path):
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    ellen = next(p for p in data["people"] if p["id"] == "p-ellen")  # a call-first person
    ellen["name"] = "Ellen \U0001f600"
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "x.png"
    result = samenplan("--lang", "en", "card", str(odd), "--out", str(out), "--phone")
    assert result.returncode == 6
    assert (
        result.stderr.count("\n") == 1 and "cannot be shown on the phone picture" in result.stderr
    )
    assert not out.exists()
    result = samenplan("card", str(DEMO), "--out", str(tmp_path / "no" / "x.png"), "--phone")
    assert result.returncode == 1 and result.stderr.count("\n") == 1


def test_export_to_phone_from_a_profile(tmp_path):
    from samenplan.vault.profiles import ProfileStore
    from tests.vaulthelp import FAST, PASSPHRASE, ROOT

    ProfileStore(tmp_path / "data").create("Ava", PASSPHRASE, FAST)
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "samenplan", "--lang", "nl", "--data-dir",
             str(tmp_path / "data"), *args],
            input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, **env}, cwd=ROOT,
        )  # fmt: skip

    assert cli("import", "--profile", "Ava", str(DEMO)).returncode == 0
    pictures = {}
    for to in ("phone", "wrap-phone"):
        out = tmp_path / f"{to}.png"
        result = cli(
            "export", "--profile", "Ava", "--dossier", "demo-noor", "--to", to, "--out", str(out)
        )
        assert result.returncode == 0, result.stderr
        assert _png_size(out.read_bytes()) == (1080, 2340)
        assert out.stat().st_mode & 0o777 == 0o600
        pictures[to] = out.read_bytes()
    card = tmp_path / "card.png"
    assert cli("card", str(DEMO), "--out", str(card), "--phone").returncode == 0
    assert card.read_bytes() == pictures["phone"]  # the same picture either way
    assert pictures["phone"] != pictures["wrap-phone"]


ARGPARSE_ENGLISH = ("usage:", "options", "show this help", "positional arguments", "program's")


@pytest.mark.parametrize(
    "args",
    [("--help",), ("export", "--help"), ("profile", "create", "--help"), ("forms", "--help")],
)
def test_help_is_all_dutch(args):
    result = samenplan(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("gebruik: samenplan")
    assert "opties:" in result.stdout and "toon deze hulp en stop" in result.stdout
    assert not [word for word in ARGPARSE_ENGLISH if word in result.stdout]


def test_help_in_english_stays_english():
    result = samenplan("--lang", "en", "export", "--help")
    assert result.stdout.startswith("usage: samenplan export")
    assert "show this help message and exit" in result.stdout and "gebruik" not in result.stdout


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (("iets",), "OPDRACHT: onbekende keuze 'iets', kies uit 'selftest'"),
        (("export",), "deze argumenten zijn nodig: --profile, --dossier, --to, --out"),
        (("card", "a.json", "--out"), "--out: hier hoort een waarde bij"),
        (("forms", "show", "crisiskaart", "--extra"), "onbekende argumenten: --extra"),
    ],
)
def test_usage_errors_are_dutch(args, dutch):
    result = samenplan(*args)
    assert result.returncode == 2
    assert dutch in result.stderr and "Zie 'samenplan --help'." in result.stderr
    assert not [
        w for w in ("invalid", "required", "expected", "unrecognized") if w in result.stderr
    ]
