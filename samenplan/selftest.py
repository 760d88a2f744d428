"""`samenplan selftest`: proves that this installation works, without touching user data.

Run it after installing, and inside every frozen bundle before release: it checks what breaks
in frozen apps (data files, fonts, native libraries, plug-ins found through package
metadata). Each check prints one line, ok or failed, with what it proved; the exit code is 1
when any check fails. A check that crashes the process (a Qt platform plug-in that cannot
start aborts) still ends with a non-zero exit code, so Qt goes last but one.

Everything is done in one temporary folder: the forms cache, the vault round trip (and the
vault's installation id, through SAMENPLAN_DEVICE_DIR). The last check removes it and
compares the install and the user's cache, data and configuration folders with how they
were before: nothing may have been written there. The fictional demo dossier is the
only content used, and no content is printed: lines say counts, names of libraries and fonts.

There is no test hook in here: a test removes a piece (e.g. a font package's files) by
putting a changed copy of that package first on PYTHONPATH.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from samenplan import paths, resources
from samenplan.messages import say

if TYPE_CHECKING:
    from samenplan.domain.dossier import Dossier
    from samenplan.formkit.model import FormDef
    from samenplan.workspace.profiles import Profiles
    from samenplan.workspace.unlocked import Unlocked

# RFC 9106 §5.3 (Argon2id test vector) and AES-256-GCM with an all-zero key, nonce and block.
ARGON2ID_TAG = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
AES_GCM_OUT = "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"
FONT_PACKAGES = (  # the packages export/fonts.py draws from
    "fontpkg_atkinson_hyperlegible",
    "fontpkg_noto_sans",
    "fontpkg_noto_sans_arabic",
)
EMBEDDED = (b"AtkinsonHyperlegible-Regular", b"AtkinsonHyperlegible-Bold")
DEVICE_DIR_ENV = "SAMENPLAN_DEVICE_DIR"  # where the vault keeps this installation's id
# The platform's own keyring backend, as keyring's package metadata names it.
NATIVE_KEYRING = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


class SelftestError(Exception):
    """A check found something wrong; the message is the one sentence that says what."""


@dataclass
class Context:
    """What the checks share: the temporary folder and what earlier checks made."""

    folder: Path
    before: dict[Path, dict[str, tuple[int, int]]]
    forms: dict[str, FormDef] = field(default_factory=dict)
    card: bytes = b""

    def need_forms(self) -> dict[str, FormDef]:
        if not self.forms:
            raise SelftestError("the forms did not load (see above)")
        return self.forms

    def demo(self) -> Dossier:
        from samenplan.domain.export_format import loads
        from samenplan.shipped import DEMO_FILE

        dossier, _ = loads(resources.resource(DEMO_FILE).read_bytes(), self.need_forms())
        return dossier


def _forms(ctx: Context) -> str:
    """Strict load, stored in a cache, read back from it; an unwritable cache is no error."""
    from samenplan.formkit.form_cache import load_folder

    folder = resources.forms_dir()
    cache = ctx.folder / "cache"
    loaded = load_folder(folder, cache)
    entries = list(cache.glob("*.pickle"))
    if len(entries) != 1:
        raise SelftestError(f"the forms cache holds {len(entries)} entries instead of 1")
    stamp = entries[0].stat().st_mtime_ns
    again = load_folder(folder, cache)
    if entries[0].stat().st_mtime_ns != stamp or _ids(again) != _ids(loaded):
        raise SelftestError("the forms cache was not read back")
    blocked = ctx.folder / "not-a-folder"
    blocked.write_bytes(b"")
    if _ids(load_folder(folder, blocked / "cache")) != _ids(loaded):
        raise SelftestError("the forms load differently without a cache")
    ctx.forms = loaded
    items = sum(len(form.ids()) for form in loaded.values())
    return (
        f"{len(loaded)} forms, {items} items ({', '.join(sorted(loaded))}); "
        "cache written, read back, and not needed where it cannot be written"
    )


def _ids(forms: Mapping[str, FormDef]) -> dict[str, list[str]]:
    return {form_id: sorted(form.ids()) for form_id, form in forms.items()}


def _export(ctx: Context) -> str:
    from samenplan.domain.export_format import dumps, loads

    text = dumps(ctx.demo(), "2000-01-01T00:00:00Z")
    again, stamp = loads(text.encode("utf-8"), ctx.need_forms())
    if dumps(again, stamp) != text:
        raise SelftestError("export, import and export again changed the demo file")
    return f"demo dossier: export format round trip, {len(again.documents)} documents"


def _crypto(_ctx: Context) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from samenplan.vault.crypto import argon2_available, open_sealed

    if not argon2_available():
        raise SelftestError("this cryptography library has no Argon2id")
    kdf = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    )
    if kdf.derive(b"\x01" * 32).hex() != ARGON2ID_TAG:
        raise SelftestError("Argon2id gives a wrong result for the RFC 9106 test vector")
    zero = bytes(32)
    sealed = AESGCM(zero).encrypt(zero[:12], zero[:16], None)
    if sealed.hex() != AES_GCM_OUT:
        raise SelftestError("AES-256-GCM gives a wrong result for a known answer")
    tampered = bytes([sealed[0] ^ 1]) + sealed[1:]
    if open_sealed(zero, zero[:12], tampered, b"") is not None:
        raise SelftestError("AES-256-GCM accepted a changed ciphertext")
    import cryptography

    return f"cryptography {cryptography.__version__}: Argon2id and AES-256-GCM known answers"


def _age(_ctx: Context) -> str:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    message = os.urandom(32)
    sealed = pyrage.encrypt(message, [identity.to_public()])
    if pyrage.decrypt(sealed, [identity]) != message:
        raise SelftestError("pyrage decrypted something else than it encrypted")
    other = pyrage.x25519.Identity.generate()
    try:
        pyrage.decrypt(sealed, [other])
    except pyrage.DecryptError:
        return "pyrage X25519 encrypt and decrypt, a wrong key refused"
    raise SelftestError("pyrage decrypted with a wrong key")


def _keyring(_ctx: Context) -> str:
    """The backends are found through keyring's package metadata (missing in a careless
    bundle); a keyring that fails must make samenplan fall back to the passphrase."""
    from importlib.metadata import entry_points

    import keyring
    import keyring.core
    from keyring.backends import fail

    from samenplan.vault import keyring_slot

    found = {entry.name: entry for entry in entry_points(group="keyring.backends")}
    native = NATIVE_KEYRING.get(sys.platform)
    if native is not None:
        if native not in found:
            raise SelftestError(f"keyring's backend list (its package metadata) lacks {native}")
        found[native].load()
    backend = keyring_slot.backend_name()
    before = keyring.get_keyring()
    keyring.core.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        if keyring_slot.usable(timeout=2.0):
            raise SelftestError("a failing keyring was taken as usable")
        try:
            keyring_slot.load("0" * 32, "0" * 16, timeout=2.0)
        except keyring_slot.KeyringUnavailable:
            pass
        else:
            raise SelftestError("a failing keyring did not fall back to the passphrase")
    finally:
        keyring.core.set_keyring(before)
    return f"{len(found)} backends known, in use {backend}; a failing one falls back"


def _fonts(_ctx: Context) -> str:
    import importlib

    from samenplan.export import fonts

    families = []
    count = 0
    for name in FONT_PACKAGES:
        package = importlib.import_module(name)
        files = sorted((Path(package.ROOT) / "files").glob("*.ttf"))
        if not files:
            raise SelftestError(f"the {package.FAMILY} font files are missing")
        families.append(str(package.FAMILY))
        count += len(files)
    fonts.register()
    if fonts.missing_glyphs("Aé Ω ж ب"):
        raise SelftestError("the fonts lack Latin, Greek, Cyrillic or Arabic letters")
    return f"{', '.join(families)} ({count} files), loaded"


def _card(ctx: Context) -> str:
    from samenplan.export.pocket import pocket_card

    pdf, report = pocket_card(ctx.demo(), ctx.need_forms(), "a4", "nl", "crisis")
    if not report.fits:
        raise SelftestError("the demo crisiskaart does not fit its card")
    fonts = pdf.count(b"/FontFile2")
    missing = [name.decode() for name in EMBEDDED if name not in pdf]
    if missing or fonts < len(EMBEDDED):
        raise SelftestError(f"the card PDF does not embed {', '.join(missing) or 'its fonts'}")
    ctx.card = pdf
    return f"pocket card PDF, {len(pdf) // 1024} KiB, {fonts} fonts embedded (Atkinson)"


def _render(ctx: Context) -> str:
    import pypdfium2 as pdfium

    if not ctx.card:
        raise SelftestError("there is no card to render (see above)")
    document = pdfium.PdfDocument(ctx.card)
    try:
        bitmap = document[0].render(scale=50 / 72, grayscale=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        pixels = bytes(bitmap.buffer)
    finally:
        document.close()
    rows = (pixels[y * stride : y * stride + width] for y in range(height))
    inked = sum(sum(1 for value in row if value < 128) for row in rows)
    share = inked / (width * height)
    if not 0.001 < share < 0.5:
        raise SelftestError(f"the rendered card looks blank or black ({share:.1%} dark)")
    return f"pypdfium2: card page {width}x{height} px, {share:.1%} dark pixels"


def _vault(ctx: Context) -> str:
    """Create a profile, store the demo dossier, lock, refuse a wrong passphrase, unlock,
    read it back. The weakest Argon2id the vault reads (19 MiB, t=1) keeps this quick; the
    crypto check proved Argon2id itself, and calibration would cost seconds."""
    import time

    from samenplan.domain.export_format import dumps
    from samenplan.vault.crypto import ARGON2ID, KdfParams
    from samenplan.vault.profiles import ProfileStore
    from samenplan.workspace.profiles import Profiles

    start = time.perf_counter()
    passphrase = secrets.token_urlsafe(16)  # a throwaway profile in the temporary folder
    store = ProfileStore(ctx.folder / "data")
    profiles = Profiles(store, ctx.need_forms())
    info, _code = store.create("Zelftest", passphrase, kdf=KdfParams(ARGON2ID, 19 * 1024, 1, 1))
    dossier = ctx.demo()
    stored = dumps(dossier, "2000-01-01T00:00:00Z")
    with _unlock(profiles, info.id, passphrase) as unlocked:
        unlocked.add(dossier, "2000-01-01T00:00:00Z")
    with _unlock(profiles, info.id, passphrase, wrong_first=True) as unlocked:
        opened = unlocked.read(dossier.id)
    if dumps(opened.dossier, opened.exported_at) != stored:
        raise SelftestError("the dossier read back from the vault differs from the one saved")
    took = time.perf_counter() - start
    return f"profile created, dossier saved, locked, unlocked and read back ({took:.1f} s)"


def _unlock(
    profiles: Profiles, profile_id: str, passphrase: str, wrong_first: bool = False
) -> Unlocked:
    """The profile unlocked (as the command line does it); with `wrong_first` a wrong
    passphrase is tried first and must be refused."""
    from samenplan.vault.errors import WrongPassphrase

    reserved = profiles.reserve(profile_id)
    try:
        if wrong_first:
            try:
                reserved.unlock(passphrase + "x")
            except WrongPassphrase:
                pass
            else:
                raise SelftestError("the vault opened with a wrong passphrase")
        return reserved.unlock(passphrase)
    except BaseException:
        reserved.close()
        raise


def _qt(_ctx: Context) -> str:
    if sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    from PySide6 import QtCore
    from PySide6.QtCore import QLibraryInfo

    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if wanted and not any(plugins.glob(f"*q{wanted}*")):
        raise SelftestError(f"Qt's '{wanted}' platform plug-in is missing in {plugins}")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    QApplication.instance() or QApplication([])
    widget = QWidget()
    widget.deleteLater()
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_words = QtCore.QTranslator()
    if not qt_words.load("qtbase_nl", translations):
        raise SelftestError("Qt's Dutch translations (qtbase_nl.qm) are missing")
    if qt_words.translate("QPlatformTheme", "Cancel") != "Annuleren":
        raise SelftestError("Qt's Dutch translations do not translate 'Cancel'")
    own = QtCore.QTranslator()
    if not own.load(str(resources.resource("i18n/samenplan_en.qm"))):
        raise SelftestError("samenplan's English translation (samenplan_en.qm) is missing")
    return (
        f"Qt {QtCore.qVersion()} ({QGuiApplication.platformName()}), Dutch Qt strings and "
        "samenplan's English present"
    )


def _clean(ctx: Context) -> str:
    shutil.rmtree(ctx.folder)
    if ctx.folder.exists():
        raise SelftestError("the temporary folder could not be removed")
    changed = [str(place) for place, seen in ctx.before.items() if _snapshot(place) != seen]
    if changed:
        raise SelftestError(f"something was written in {', '.join(changed)}")
    return "temporary folder removed, nothing written in the install or the user's folders"


CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("forms", _forms),
    ("export", _export),
    ("crypto", _crypto),
    ("age", _age),
    ("keyring", _keyring),
    ("fonts", _fonts),
    ("card", _card),
    ("render", _render),
    ("vault", _vault),
    ("qt", _qt),
    ("clean", _clean),
]


def _watched() -> list[Path]:
    """Where this self-test must not write: the install (a bundle's whole folder, else the
    shipped forms and resources), the user's cache, data and configuration folders."""
    if getattr(sys, "frozen", False):
        install = [Path(sys.executable).resolve().parent]
    else:
        install = [resources.forms_dir(), resources.resource("")]
    config = platformdirs.user_config_dir("samenplan", appauthor=False, roaming=False)
    return [*install, paths.cache_dir(), paths.data_dir(), Path(config)]


def _snapshot(place: Path) -> dict[str, tuple[int, int]]:
    """Every file below `place` with its change time and size, and every folder (a folder's
    own time changes when Python adds its byte-code cache, which is not samenplan's doing)."""
    seen = {}
    for root, folders, files in os.walk(place):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in folders:
            seen[str(Path(root, name).relative_to(place))] = (0, 0)
        for name in files:
            path = Path(root) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            seen[str(path.relative_to(place))] = (info.st_mtime_ns, info.st_size)
    return seen


def run_selftest(lang: str) -> int:
    before = {place: _snapshot(place) for place in _watched()}
    ctx = Context(Path(tempfile.mkdtemp(prefix="samenplan-selftest-")), before)
    device_dir = os.environ.get(DEVICE_DIR_ENV)
    os.environ[DEVICE_DIR_ENV] = str(ctx.folder / "device")  # the vault's installation id
    failed = 0
    try:
        for name, check in CHECKS:
            try:
                line = say("cli.selftest_ok", lang, what=f"{name}: {check(ctx)}")
            except Exception as exc:
                failed += 1
                line = say("cli.selftest_failed", lang, what=f"{name}: {_describe(exc)}")
            print(line, flush=True)
    finally:
        shutil.rmtree(ctx.folder, ignore_errors=True)
        if device_dir is None:
            os.environ.pop(DEVICE_DIR_ENV, None)
        else:
            os.environ[DEVICE_DIR_ENV] = device_dir
    if failed:
        print(say("cli.selftest_summary_failed", lang, failed=failed, count=len(CHECKS)))
        return 1
    print(say("cli.selftest_summary_ok", lang, count=len(CHECKS)))
    return 0


def _describe(exc: Exception) -> str:
    """A check's own sentence as it is; anything else with the kind of error first."""
    if isinstance(exc, SelftestError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
