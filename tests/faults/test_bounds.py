"""Bounds (issue 13, item 6 and its Low findings): what a file asks for is capped at what this
app ever writes, and refused as damaged at once; files are measured before they are read;
answers have a length; the profile list is changed under a lock; exports are owner-only; no
link inside the data folder is followed; a read-only data folder still lists and exports;
logging never prints a traceback; a hanging keyring never delays the exit; a new passphrase
on the command line follows the welcome page's rule."""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest

from samenplan import log as applog
from samenplan import paths
from samenplan.domain.export_format import MAX_BYTES, ExportFormatError, dumps, loads
from samenplan.formkit.answers import LINE_LIMIT, TEXT_LIMIT, hard_limit
from samenplan.formkit.model import ItemType
from samenplan.shipped import demo_dossier, forms
from samenplan.vault import crypto, exchange
from samenplan.vault import keyslots as ks
from samenplan.vault.crypto import ARGON2ID, SCRYPT, KdfParams
from samenplan.vault.errors import Damaged, ProfileExists, StorageError
from samenplan.vault.exchange import ExchangeRefused
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.unlocked import Unlocked
from tests.faults.test_damage import fix_trailer
from tests.vaulthelp import FAST, PASSPHRASE, ROOT, keys_file, make_profile, namespace

GIB = 1024 * 1024  # in KiB, as Argon2id counts memory
ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def cli(data_dir: Path, *args: str, stdin: str = PASSPHRASE, wrapper: list[str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:  # fmt: skip
    command = [sys.executable, "-m", "samenplan", "--lang", "nl", "--data-dir", str(data_dir)]
    return subprocess.run(
        [*(wrapper or []), *command, *args], input=stdin + "\n", capture_output=True,
        text=True, timeout=timeout, check=False, env=ENV,
    )  # fmt: skip


def one_calm_line(result: subprocess.CompletedProcess[str]) -> None:
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def with_demo(tmp_path_factory) -> Path:
    """A data folder with profile 'Ava' holding the demo dossier (copy it before changing)."""
    data_dir = tmp_path_factory.mktemp("demo")
    store = ProfileStore(data_dir)
    store.create("Ava", PASSPHRASE, FAST)
    with store.open("Ava") as opened, Unlocked(opened.unlock(PASSPHRASE)) as unlocked:
        unlocked.add(demo_dossier())
    return data_dir


@pytest.fixture
def demo_copy(with_demo, tmp_path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(with_demo, copy)
    return copy


# ------------------------------------------------------------------ KDF settings in a file


def test_the_read_bounds_are_what_this_app_writes():
    assert KdfParams(ARGON2ID, GIB, 10, 8).within_read_bounds()
    assert KdfParams(SCRYPT, 20, 8, 1).within_read_bounds()
    for made in (crypto.ARGON2_DEFAULT, crypto.ARGON2_FLOOR, crypto.SCRYPT_DEFAULT, FAST):
        assert made.within_read_bounds()
    for too_much in (
        KdfParams(ARGON2ID, 4 * GIB, 50, 16),  # the finding: 287 s and 4.2 GB
        KdfParams(ARGON2ID, GIB + 1, 3, 4),
        KdfParams(ARGON2ID, GIB, 11, 4),
        KdfParams(ARGON2ID, GIB, 10, 9),
        KdfParams(SCRYPT, 24, 8, 1),  # 16 GiB
        KdfParams(SCRYPT, 21, 8, 1),
        KdfParams(SCRYPT, 20, 9, 1),
        KdfParams(SCRYPT, 20, 8, 2),
    ):
        assert not too_much.within_read_bounds(), too_much


def test_calibration_never_writes_more_than_is_read(monkeypatch):
    """On a very fast machine the iterations stop at the read bound (10), not at 50."""
    monkeypatch.setattr(crypto, "argon2_available", lambda: True)
    monkeypatch.setattr(crypto, "_time", lambda params, salt: 0.001)
    params = crypto.calibrate()
    assert params.iterations == 10 and params.within_read_bounds()


def spy_on_kdfs(monkeypatch) -> list[str]:
    """Record every key derivation instead of running it."""
    from cryptography.hazmat.primitives.kdf import argon2

    ran: list[str] = []

    def spy(name):
        class Spy:
            def __init__(self, *args, **kwargs):
                ran.append(name)

            def derive(self, secret):
                return bytes(32)

        return Spy

    monkeypatch.setattr(argon2, "Argon2id", spy("argon2id"))
    monkeypatch.setattr(crypto, "Scrypt", spy("scrypt"))
    return ran


def with_kdf_params(path: Path, params: KdfParams) -> None:
    """Give the keys file's passphrase slot other KDF settings (the checksum made right)."""
    raw = path.read_bytes()
    slot = ks.decode(raw).find(ks.SLOT_PASSPHRASE)[0]
    offset = raw.index(slot.head()) + 1 + 16  # type, slot id, then the settings
    data = bytearray(raw[:-32])
    data[offset : offset + 13] = params.encode()
    path.write_bytes(fix_trailer(bytes(data) + bytes(32)))


TOO_MUCH = [
    KdfParams(ARGON2ID, 4 * GIB, 50, 16),
    KdfParams(ARGON2ID, GIB + 1024, 3, 4),
    KdfParams(ARGON2ID, GIB, 11, 4),
    KdfParams(ARGON2ID, GIB, 10, 9),
    KdfParams(SCRYPT, 24, 8, 1),
    KdfParams(SCRYPT, 21, 8, 1),
    KdfParams(SCRYPT, 20, 16, 1),
    KdfParams(SCRYPT, 20, 8, 2),
]


@pytest.mark.parametrize("params", TOO_MUCH, ids=lambda p: f"{p.algorithm}-{p.cost}-{p.iterations}-{p.lanes}")  # fmt: skip
def test_a_keys_file_asking_for_too_much_is_refused_at_once(tmp_path, monkeypatch, params):
    make_profile(tmp_path)
    with_kdf_params(keys_file(tmp_path), params)
    ran = spy_on_kdfs(monkeypatch)
    start = time.perf_counter()
    with pytest.raises(Damaged) as caught, ProfileStore(tmp_path).open("Ava") as profile:
        profile.unlock(PASSPHRASE)
    assert time.perf_counter() - start < 1.0
    assert ran == []  # refused before any key derivation
    assert caught.value.message("nl").count(".") == 2  # one sentence and what happens next


def test_the_command_line_refuses_the_finding_with_exit_4(tmp_path):
    make_profile(tmp_path)
    with_kdf_params(keys_file(tmp_path), KdfParams(ARGON2ID, 4 * GIB, 50, 16))
    for backup in tmp_path.glob("profiles/*/backups/keys.*"):
        backup.unlink()
    start = time.monotonic()
    result = cli(tmp_path, "dossier", "list", "--profile", "Ava", timeout=30)
    took = time.monotonic() - start
    assert result.returncode == 4, result.stderr
    one_calm_line(result)
    assert "beschadigd" in result.stderr
    assert took < 10  # the interpreter's start; the refusal itself is immediate


# ------------------------------------------------------------------ the age header


def passphrase_file(work_factor: int = 15) -> bytes:
    return exchange.age_passphrase_encrypt(b'{"hallo": 1}', "zon maan", work_factor)


def set_work_factor(data: bytes, value: bytes) -> bytes:
    return re.sub(rb"^(-> scrypt \S+) \d+$", rb"\1 " + value, data, count=1, flags=re.M)


def spy_on_pyrage(monkeypatch) -> list[str]:
    ran: list[str] = []

    def decrypt(*args):
        ran.append("decrypt")
        raise pyrage.DecryptError("spy")

    monkeypatch.setattr(pyrage, "decrypt", decrypt)
    monkeypatch.setattr(pyrage.passphrase, "decrypt", decrypt)
    return ran


def armored(data: bytes) -> bytes:
    text = base64.b64encode(data)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return b"\n".join([b"-----BEGIN AGE ENCRYPTED FILE-----", *lines,
                       b"-----END AGE ENCRYPTED FILE-----", b""])  # fmt: skip


GREASE = b"-> X25519 +owqUG33PQEd39ajC2hISlIMo5S0nOF4CD6caBZbvHs\nqDWicAX34ukHL2eZ1WzdAueFqi7vOHhLJIxSE87Ixos\n"  # fmt: skip
HEAD = b"age-encryption.org/v1\n"


@pytest.mark.parametrize(
    "craft",
    ["22", "21", "30", "99", "021", "armored-22", "many-stanzas", "long-body", "no-end"],
)
def test_an_exchange_file_asking_for_too_much_is_refused_before_age_runs(monkeypatch, craft):
    """pyrage runs whatever work factor a file names (22: 14-19 s and 4 GiB), and takes
    11 s over 1,000 stanzas and minutes over 4,000: the header is checked first."""
    good = passphrase_file()
    crafted = {
        "22": set_work_factor(good, b"22"),
        "21": set_work_factor(good, b"21"),
        "30": set_work_factor(good, b"30"),
        "99": set_work_factor(good, b"99"),
        "021": set_work_factor(good, b"021"),
        "armored-22": armored(set_work_factor(good, b"22")),
        "many-stanzas": HEAD + GREASE * 1000 + good[len(HEAD) :],
        "long-body": HEAD + b"-> grease\n" + (b"A" * 64 + b"\n") * 1000 + b"\n" + good[len(HEAD) :],
        "no-end": HEAD + b"-> scrypt c2FsdA 18\n" + b"A" * 8000,
    }[craft]
    ran = spy_on_pyrage(monkeypatch)
    start = time.perf_counter()
    for how in ({"passphrase": "zon maan"}, {"keys": exchange.new_keys()}):
        with pytest.raises(ExchangeRefused) as caught:
            exchange.open_file(crafted, **how)  # type: ignore[arg-type]
        assert caught.value.message("en").endswith("Nothing was imported.")
    assert time.perf_counter() - start < 1.0
    assert ran == []


def test_what_we_write_is_within_what_we_read_and_any_age_opens_it():
    sender = exchange.new_keys()
    sealed = exchange.seal({"kind": "card"}, b"inhoud", sender, passphrase="zon maan sterren")
    assert re.search(rb"^-> scrypt \S+ 18$", sealed, flags=re.M)  # age's own fixed choice
    exchange.check_age_header(sealed)
    opened = exchange.open_file(sealed, passphrase="zon maan sterren")
    assert opened.payload == b"inhoud" and opened.sender == sender.verify_key
    for size in (0, 1, 64 * 1024, 64 * 1024 + 1, 200_000):  # pyrage (rage) reads our stream
        plain = os.urandom(size)
        data = exchange.age_passphrase_encrypt(plain, "zon", work_factor=15)
        assert bytes(pyrage.passphrase.decrypt(data, "zon")) == plain
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(passphrase_file(), "zon maan!")
    exchange.check_age_header(set_work_factor(passphrase_file(), b"20"))  # the cap itself
    recipient = exchange.new_keys()
    exchange.check_age_header(exchange.seal({}, b"x", sender, recipient=recipient.recipient))


# ------------------------------------------------------------------ size before reading


def sparse(path: Path, size: int = 3 * 1024**3) -> Path:
    with path.open("wb") as file:
        file.truncate(size)
    return path


def limited_memory(limit: int = 1024**3):
    """Run the child with at most `limit` bytes of address space: reading 3 GiB fails."""
    import resource

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


@pytest.mark.skipif(os.name != "posix", reason="sparse file and RLIMIT_AS")
def test_a_3_gib_file_is_refused_without_being_read(demo_copy, tmp_path):
    huge = sparse(tmp_path / "huge.json")
    out = tmp_path / "kaart.pdf"
    command = [sys.executable, "-m", "samenplan", "--lang", "nl", "--data-dir", str(demo_copy)]
    for args, code, words in (
        (["import", "--profile", "Ava", str(huge)], 4, "te groot"),
        (["card", str(huge), "--out", str(out)], 4, "te groot"),
        (["receive", "--profile", "Ava", "--dossier", "demo-noor", str(huge)], 4, "niets ingelezen"),
    ):  # fmt: skip
        start = time.monotonic()
        result = subprocess.run(
            [*command, *args], input=PASSPHRASE + "\n", capture_output=True, text=True,
            timeout=60, check=False, env=ENV, preexec_fn=limited_memory(),
        )  # fmt: skip
        assert result.returncode == code, (args[0], result.stderr)
        assert words in result.stderr
        one_calm_line(result)
        assert time.monotonic() - start < 10
    assert not out.exists()


def test_read_at_most_reads_one_byte_past_the_limit(tmp_path):
    huge = sparse(tmp_path / "huge.bin")
    assert len(paths.read_at_most(huge, MAX_BYTES)) == MAX_BYTES + 1
    assert paths.INPUT_LIMIT >= MAX_BYTES and paths.INPUT_LIMIT >= exchange.MAX_SIZE


def test_a_huge_profile_list_is_damaged_not_read(tmp_path):
    sparse(tmp_path / "profiles.json")
    start = time.perf_counter()
    with pytest.raises(Damaged):
        ProfileStore(tmp_path).all()
    assert time.perf_counter() - start < 1.0


# ------------------------------------------------------------------ answer lengths


def demo_data() -> dict:
    return json.loads(dumps(demo_dossier(), "2026-01-01T00:00:00Z"))


def answer_paths(data: dict, kind: ItemType):
    """(document index, the answer node) for every answer of `kind` in the demo."""
    every = forms()

    def walk(nodes, items):
        for node in nodes:
            if "items" in node:
                yield from walk(node["items"], items)
            elif items[node["id"]].type is kind:
                yield node

    for index, document in enumerate(data["documents"]):
        items = {i.id: i for i in every[document["form"]].walk()}
        for node in walk(document["items"], items):
            yield index, node


@pytest.mark.parametrize(
    ("kind", "long"),
    [
        (ItemType.TEXT, "x" * (TEXT_LIMIT + 1)),
        (ItemType.TEXT, "x" * 15_000_000),  # the finding: export --to plan for minutes
        (ItemType.STRING, "x" * (LINE_LIMIT + 1)),
        (ItemType.LIST, ["x" * 10_000, "y" * 10_001]),
    ],
    ids=["text", "text-15MB", "string", "list"],
)
def test_an_answer_longer_than_its_limit_is_refused_naming_the_place(kind, long):
    data = demo_data()
    index, node = next(answer_paths(data, kind))
    node["value"] = long
    start = time.perf_counter()
    with pytest.raises(ExportFormatError) as caught:
        loads(json.dumps(data).encode(), forms())
    assert time.perf_counter() - start < 2.0
    where = caught.value.describe("en")
    assert where.startswith(f"documents[{index}].items[") and f"({node['id']})" in where
    assert "longer than" in where and "xxx" not in where


def test_an_answer_at_its_limit_is_taken():
    data = demo_data()
    for kind, value in (
        (ItemType.TEXT, "é" * TEXT_LIMIT),
        (ItemType.STRING, "🙂" * LINE_LIMIT),  # characters, not bytes or UTF-16 units
        (ItemType.LIST, ["x" * (TEXT_LIMIT // 2)] * 2),
    ):
        _, node = next(answer_paths(data, kind))
        node["value"] = value
    loads(json.dumps(data).encode(), forms())


def test_a_medicine_field_has_a_limit_too():
    data = demo_data()
    data["medicines"][0]["name"] = "x" * (LINE_LIMIT + 1)
    with pytest.raises(ExportFormatError, match="too long"):
        loads(json.dumps(data).encode(), forms())
    data = demo_data()
    data["medicines"] = [
        {"id": f"{n:016x}", "name": "pil", "dose": "", "when": "", "notes": ""} for n in range(101)
    ]
    _, node = next(answer_paths(data, ItemType.MEDICATION))
    node["value"] = [{"ref": m["id"]} for m in data["medicines"]]
    with pytest.raises(ExportFormatError, match="more than 100 medicines"):
        loads(json.dumps(data).encode(), forms())


def test_the_forms_advise_less_than_the_hard_limits():
    for form in forms().values():
        for item in form.walk():
            limit = hard_limit(item.type)
            if item.max_length is not None:
                assert limit is not None and item.max_length <= limit, item.id


# ------------------------------------------------------------------ profiles.json under a lock

CREATE = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from samenplan.vault.crypto import KdfParams
from samenplan.vault.profiles import ProfileStore
start = float(sys.argv[3])
while time.time() < start:
    pass
ProfileStore(Path(sys.argv[1])).create(sys.argv[2], {passphrase!r}, KdfParams(1, 19 * 1024, 1, 1))
"""


def test_six_profiles_made_at_once_are_all_kept(tmp_path):
    script = CREATE.format(root=str(ROOT), passphrase=PASSPHRASE)
    start = time.time() + 2.0  # all six wait for the same moment
    children = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), f"Profiel {n}", str(start)])
        for n in range(6)
    ]
    assert [child.wait(timeout=60) for child in children] == [0] * 6
    names = sorted(p.name for p in ProfileStore(tmp_path).all())
    assert names == [f"Profiel {n}" for n in range(6)]
    assert len(list((tmp_path / "profiles").iterdir())) == 6
    assert stat.S_IMODE((tmp_path / "profiles.lock").stat().st_mode) == 0o600


def test_a_name_taken_meanwhile_leaves_no_folder(tmp_path, monkeypatch):
    store = ProfileStore(tmp_path)
    store.create("Ava", PASSPHRASE, FAST)
    real, looks = store.all, []

    def all_():  # the first look finds the name still free: another samenplan is quicker
        looks.append(1)
        return [] if len(looks) == 1 else real()

    monkeypatch.setattr(store, "all", all_)
    with pytest.raises(ProfileExists):
        store.create("ava", PASSPHRASE, FAST)
    assert [p.name for p in real()] == ["Ava"]
    assert len(list((tmp_path / "profiles").iterdir())) == 1


# ------------------------------------------------------------------ exports 0600


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_exports_are_only_for_their_owner(demo_copy, tmp_path):
    os.umask(0o022)
    json_out, card_out, pdf_out = tmp_path / "d.json", tmp_path / "kaart.pdf", tmp_path / "p.pdf"
    json_out.write_text("oud")
    json_out.chmod(0o644)  # an earlier file of that name is replaced, owner-only
    common = ("--profile", "Ava", "--dossier", "demo-noor")
    assert cli(demo_copy, "export", *common, "--to", "json", "--out", str(json_out)).returncode == 0
    assert cli(demo_copy, "export", *common, "--to", "plan", "--out", str(pdf_out)).returncode == 0
    assert cli(demo_copy, "card", str(json_out), "--out", str(card_out)).returncode == 0
    for path in (json_out, card_out, pdf_out):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert json.loads(json_out.read_text())["dossier"]["id"] == "demo-noor"
    assert not list(tmp_path.glob(".*.tmp"))
    paths.write_private(tmp_path / "x.bin", b"x")
    assert stat.S_IMODE((tmp_path / "x.bin").stat().st_mode) == 0o600


# ------------------------------------------------------------------ links in the data folder


@pytest.fixture
def no_log():
    yield
    root = logging.getLogger("samenplan")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("linked", ["file", "folder"])
def test_the_log_follows_no_link_out_of_the_data_folder(tmp_path, no_log, linked):
    data, outside = tmp_path / "data", tmp_path / "outside"
    outside.mkdir()
    data.mkdir()
    if linked == "file":
        (data / "logs").mkdir()
        (data / "logs" / "samenplan.log").symlink_to(outside / "samenplan.log")
    else:
        (data / "logs").symlink_to(outside, target_is_directory=True)
    assert applog.setup(data) is None  # no log rather than one outside
    logging.getLogger("samenplan.vault").info("profile.unlocked")
    assert list(outside.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_no_profile_is_made_through_a_link(tmp_path):
    data, outside = tmp_path / "data", tmp_path / "outside"
    outside.mkdir()
    data.mkdir()
    (data / "profiles").symlink_to(outside, target_is_directory=True)
    with pytest.raises(StorageError):
        ProfileStore(data).create("Ava", PASSPHRASE, FAST)
    assert list(outside.iterdir()) == []
    with pytest.raises(OSError):
        paths.make_private_dir(data / "profiles" / "x", inside=data)


# ------------------------------------------------------------------ read-only, no log, full log


def test_a_read_only_data_folder_still_lists_and_exports(demo_copy, tmp_path):
    wrapper = namespace(f'mount --bind "{demo_copy}" "{demo_copy}" && '
                        f'mount -o remount,bind,ro "{demo_copy}"')  # fmt: skip
    listed = cli(demo_copy, "profile", "list", wrapper=wrapper)
    assert listed.returncode == 0 and listed.stdout.endswith("\tAva\n"), listed.stderr
    dossiers = cli(demo_copy, "dossier", "list", "--profile", "Ava", wrapper=wrapper)
    assert dossiers.returncode == 0 and dossiers.stdout.startswith("demo-noor\t"), dossiers.stderr
    out = tmp_path / "d.json"
    exported = cli(demo_copy, "export", "--profile", "Ava", "--dossier", "demo-noor", "--to",
                   "json", "--out", str(out), wrapper=wrapper)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text())["dossier"]["id"] == "demo-noor"
    assert listed.stderr == dossiers.stderr == exported.stderr == ""


def test_a_folder_where_the_log_belongs_stops_nothing(demo_copy):
    log = demo_copy / "logs" / "samenplan.log"
    shutil.rmtree(demo_copy / "logs", ignore_errors=True)
    log.mkdir(parents=True)
    for args in (("profile", "list"), ("dossier", "list", "--profile", "Ava")):
        result = cli(demo_copy, *args)
        assert result.returncode == 0 and result.stderr == "", result.stderr


def test_a_full_log_disk_prints_nothing(demo_copy):
    """A real 64 KiB file system for the logs, filled up: the events are dropped quietly."""
    logs = demo_copy / "logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    wrapper = namespace(f'mount -t tmpfs -o size=64k tmpfs "{logs}" && '
                        f'(cat /dev/zero > "{logs}/fill" 2>/dev/null; true)')  # fmt: skip
    result = cli(demo_copy, "dossier", "list", "--profile", "Ava", wrapper=wrapper)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # not "--- Logging error ---" with a traceback


def test_a_failing_log_write_prints_nothing(tmp_path, no_log, monkeypatch):
    path = applog.setup(tmp_path)
    assert path is not None
    [handler] = [h for h in logging.getLogger("samenplan").handlers if hasattr(h, "baseFilename")]

    class Full(io.StringIO):
        def write(self, text):
            raise OSError(28, "No space left on device")

    handler.stream.close()
    handler.stream = Full()
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    logging.getLogger("samenplan.vault").info("dossier.saved", extra={"fields": {"count": 1}})
    assert stderr.getvalue() == ""


# ------------------------------------------------------------------ a hanging keyring

HANGING = """
import sys, time
sys.path.insert(0, {root!r})
import keyring, keyring.backend
from samenplan.vault import keyring_slot

class Hanging(keyring.backend.KeyringBackend):
    priority = 5
    def get_password(self, service, username):
        time.sleep(60)
    def set_password(self, service, username, password):
        time.sleep(60)
    def delete_password(self, service, username):
        time.sleep(60)

keyring.set_keyring(Hanging())
start = time.monotonic()
for call in (lambda: keyring_slot.load("p", "s", 0.3), lambda: keyring_slot.store("p", "s", bytes(32), 0.3)):
    try:
        call()
    except keyring_slot.KeyringUnavailable:
        pass
assert keyring_slot.usable(0.3) is False and keyring_slot.delete("p", "s", 0.3) is False
print(round(time.monotonic() - start, 2), flush=True)
"""  # then a normal exit: Python joins non-daemon threads here


def test_a_hanging_keyring_never_delays_the_exit():
    script = HANGING.format(root=str(ROOT))
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=False)  # fmt: skip
    took = time.monotonic() - start
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) < 2.0  # four calls, each given up after 0.3 s
    assert took < 5.0  # the exit waits for none of the four stuck calls (60 s each)


# ------------------------------------------------------------------ a new passphrase


@pytest.mark.parametrize(("passphrase", "words"), [("a", "te kort"), ("abcdefgh", "te makkelijk")])
def test_profile_create_refuses_what_the_welcome_page_refuses(tmp_path, passphrase, words):
    result = cli(tmp_path, "profile", "create", "Ava", stdin=f"{passphrase}\n{passphrase}")
    assert result.returncode == 1 and words in result.stderr
    one_calm_line(result)
    assert ProfileStore(tmp_path).all() == []
    assert not (tmp_path / "profiles").exists()
