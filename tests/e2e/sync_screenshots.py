"""Screenshots of the screens for more than one computer, for people to look at.

    .venv/bin/python tests/e2e/sync_screenshots.py OUT_DIR   (offscreen, a 1280 × 900 screen)

At the normal text size (`sync-<name>.png`), at the largest (200 %, `sync-<name>-200.png`)
and in the high-contrast look (`sync-<name>-contrast.png`):
the question at unlock when another computer has the profile open, the backup reminder bar,
the profile check's list, the conflict choice, and restoring a backup (the question for its
passphrase, and the one when its name is taken). A modal question is grabbed while it is on
screen, then answered. Everything happens in a temporary data folder with fictional people.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
if "QT_QPA_PLATFORM" not in os.environ:  # offscreen, on a screen of 1280 × 900 (a laptop)
    _fd, _screen = tempfile.mkstemp(suffix=".json")
    os.write(_fd, b'{"screens": [{"name": "laptop", "width": 1280, "height": 900}]}')
    os.close(_fd)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from samenplan import shipped
from samenplan.app import make_app
from samenplan.config import Config
from samenplan.ui import dialogs, profile_backup, profile_health, qt_words, read_aloud
from samenplan.ui.conflicts import ConflictDialog
from samenplan.ui.main import DEFAULT_SIZE, TEXT_SCALES, MainWindow
from samenplan.ui.unlock import UnlockPage
from samenplan.vault import lease
from samenplan.vault.crypto import ARGON2ID, KdfParams
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace import backup, health
from samenplan.workspace.profiles import Profiles
from samenplan.workspace.unlocked import Unlocked

FAST = KdfParams(ARGON2ID, 19 * 1024, 1, 1)
NAME, PASSPHRASE = "Sanne de Vries", "lang genoeg wachtwoord"
OTHER = "bbbbbbbbbbbbbbbb"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def while_asked(
    path: Path, answer: Callable[[QDialog], None], kind: type[QDialog] = QMessageBox,
    then: Callable[[], None] | None = None,
) -> None:  # fmt: skip
    """When the next modal question of `kind` is on screen: grab it into `path`, `answer`
    it, then `then` (to wait for the question after it)."""

    def grab() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(100, grab)
            return
        settle(200)
        modal.grab().save(str(path))
        print(path)
        if then is not None:
            then()
        answer(modal)

    QTimer.singleShot(100, grab)


def press(role: QMessageBox.ButtonRole) -> Callable[[QDialog], None]:
    def answer(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()

    return answer


def type_in(text: str) -> Callable[[QDialog], None]:
    def answer(box: QDialog) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue(text)
        box.accept()

    return answer


def plant(data: Path) -> None:
    """A profile with the demo dossier, a Syncthing conflict copy of it (two sections differ),
    its last backup 40 days ago, and another computer's fresh lease."""
    store = ProfileStore(data)
    store.create(NAME, PASSPHRASE, FAST)
    dossier = shipped.demo_dossier()
    with store.open(NAME) as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        unlocked.add(dossier)
        theirs = unlocked.read(dossier.id).dossier
        crisis = theirs.document("crisiskaart")
        assert crisis is not None
        edited = 0
        for section in crisis.answers.items:
            child = next(
                (n for n in section.children if isinstance(n.value, str) and n.value), None
            )
            if child is not None and edited < 2:
                child.value += " (aangepast op de laptop)"
                edited += 1
        unlocked.save(theirs)
        [path] = data.glob("profiles/*/dossiers/*.spd")
        copy = path.read_bytes()
        mine = unlocked.read(dossier.id).dossier  # the current version: the demo's answers
        document = mine.document("crisiskaart")
        original = shipped.demo_dossier().document("crisiskaart")
        assert document is not None and original is not None
        document.answers = original.answers
        unlocked.save(mine)
        backup.made(unlocked, dt.date.today() - dt.timedelta(days=40))  # the reminder is due
        folder = profile.folder
    path.with_name(f"{path.stem}.sync-conflict-20261203-101500-ABCDEFG.spd").write_bytes(copy)
    now = dt.datetime.now(dt.UTC)
    lease.take(folder, OTHER, now, now - dt.timedelta(minutes=40))


def take(out: Path, body: QFont, scale: float, suffix: str, contrast: str = "normal") -> None:
    app = make_app()
    app.setFont(body)
    qt_words.use("nl")  # Qt's own buttons in Dutch, as the app does at start
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        plant(data)
        config = Config(data)
        config.set("ui/text_scale", scale)
        config.set("ui/contrast", contrast)
        store = ProfileStore(data)
        window = MainWindow(shipped.forms(), Profiles(store), config, "nl", shipped.demo_dossier)
        window.resize(*DEFAULT_SIZE)
        window.show()
        window.start()
        page = window.stack.currentWidget()
        assert isinstance(page, UnlockPage)
        page.passphrase.setText(PASSPHRASE)
        while_asked(out / f"sync-lease-question{suffix}.png", press(QMessageBox.AcceptRole))
        page._unlock()
        for _ in range(100):
            settle(100)
            if window.session_service and window.session_service.session and window.document:
                break
        settle(500)
        save(window, out / f"sync-backup-reminder{suffix}.png")

        check = profile_health.show(window)
        assert check is not None
        check.move(60, 60)
        save(check, out / f"sync-profile-check{suffix}.png")
        [row] = [i for i, p in enumerate(check.problems) if p.kind is health.Kind.CONFLICT_COPY]
        check.list.setCurrentRow(row)
        check.open_conflict()
        conflict = check.conflict_dialog
        assert isinstance(conflict, ConflictDialog)
        save(conflict, out / f"sync-conflict-choice{suffix}.png")
        conflict.reject()
        check.accept()

        made = Path(folder) / "reservekopie.spbackup"
        unlocked = window.session_service.session if window.session_service else None
        assert unlocked is not None
        made.write_bytes(backup.make(unlocked))
        window.lock()
        original = dialogs.open_path
        dialogs.open_path = lambda *_args: str(made)
        finished: list[bool] = []
        try:
            while_asked(
                out / f"sync-restore-passphrase{suffix}.png", type_in(PASSPHRASE), QInputDialog,
                then=lambda: while_asked(
                    out / f"sync-restore-name-taken{suffix}.png", press(QMessageBox.AcceptRole),
                    then=lambda: while_asked(
                        out / f"sync-restore-done{suffix}.png", press(QMessageBox.AcceptRole),
                        then=lambda: finished.append(True),
                    ),
                ),
            )  # fmt: skip
            profile_backup.restore_backup(window)
            for _ in range(200):
                settle(100)
                if finished:
                    break
            settle(300)
        finally:
            dialogs.open_path = original
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog):
                widget.close()
        window.close()
        shutil.rmtree(data, ignore_errors=True)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    body = make_app().font()
    take(out, body, TEXT_SCALES[TEXT_SCALES.index(1.0)], "")
    take(out, body, TEXT_SCALES[-1], "-200")
    take(out, body, TEXT_SCALES[TEXT_SCALES.index(1.0)], "-contrast", contrast="high")
    read_aloud.speaker().close()  # its engine's thread, as the app does when it quits


if __name__ == "__main__":
    main(Path(sys.argv[1]))
