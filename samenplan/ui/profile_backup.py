"""Reservekopie in the app: make one of the open profile, put one back (also before any
profile is open, on a new computer), and the calm reminder when the last one is old.

The file is made and checked in `workspace.backup`; the slow parts (reading every file,
the key function) run off the GUI thread behind a busy dialog. Putting a backup back never
replaces a profile: when its name is taken here, the person is asked to use another name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from samenplan.ui import dialogs
from samenplan.ui.strings import t
from samenplan.words import say

if TYPE_CHECKING:
    from samenplan.ui.main import MainWindow
    from samenplan.workspace.unlocked import Unlocked

PATTERN = "samenplan-reservekopie (*.spbackup)"


def _busy(window: QWidget, text: str) -> QProgressDialog:
    """A modal 'busy' dialog while a task runs (it cannot be cancelled half-way)."""
    progress = QProgressDialog(text, "", 0, 0, window)
    progress.setObjectName("backup_busy")
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setValue(0)
    return progress


def _run(
    window: MainWindow, title: str, text: str, work: Callable[[], Any], done: Callable[[Any], None]
) -> None:
    """`work` off the GUI thread behind a busy dialog; a failure is said in one sentence."""
    from samenplan.services import tasks
    from samenplan.workspace.errors import describe

    progress = _busy(window, text)

    def finished(result: Any) -> None:
        progress.close()
        done(result)

    def failed(exc: Exception) -> None:
        progress.close()
        dialogs.inform(window, title, describe(exc, window.lang))

    tasks.submit(work, finished, failed)


def make_backup(window: MainWindow) -> None:
    """Bestand → Reservekopie maken…: where, then the sealed file, written owner-only."""
    from samenplan.paths import write_private
    from samenplan.workspace import backup

    service, lang = window.session_service, window.lang
    unlocked = service.session if service is not None else None
    if unlocked is None:
        return
    title = t("backup_make_title", lang)
    # no profile name in the file name: on a USB stick it would say who uses samenplan
    name = dialogs.file_name("reservekopie", "", backup.SUFFIX)
    chosen = dialogs.save_path(window, title, name, PATTERN)
    if not chosen or unlocked.locked:  # cancelled, or locked meanwhile: write nothing
        return
    path = Path(chosen)

    def work() -> None:
        write_private(path, backup.make(unlocked))
        backup.made(unlocked)

    def done(_none: None) -> None:
        hide_reminder(window)
        dialogs.inform(window, title, t("backup_made", lang, path=str(path)))

    _run(window, title, t("backup_making", lang), work, done)


def restore_backup(window: MainWindow) -> None:
    """Bestand → Reservekopie terugzetten…: the file, its passphrase or recovery code, and
    (when a profile of that name is here) another name; then the unlock page lists it."""
    from samenplan.workspace import backup
    from samenplan.workspace.errors import describe

    lang, profiles = window.lang, window.profiles
    if profiles is None:
        return
    title = t("backup_restore_title", lang)
    chosen = dialogs.open_path(window, title, PATTERN)
    if not chosen:
        return
    try:
        sealed = backup.read(Path(chosen))  # damage is found before any secret is asked
    except Exception as exc:
        dialogs.inform(window, title, describe(exc, lang))
        return
    secret = dialogs.ask_secret(window, title, t("backup_secret", lang))
    if secret is None:
        return

    def work() -> backup.Contents:
        return backup.unseal_either(sealed, secret)

    def opened(contents: backup.Contents) -> None:
        name: str | None = None
        try:  # the other name may be too long (BadName): said like any other failure
            if backup.name_taken(profiles, contents.name):
                name = t("backup_restored_name", lang, name=contents.name, day=_day(lang))
                if backup.name_taken(profiles, name) or not dialogs.confirm(
                    window, lang, title,
                    t("backup_name_taken", lang, name=contents.name, other=name),
                    t("backup_restore_as", lang),
                ):  # fmt: skip
                    return
            info = backup.restore(profiles, contents, name)
        except Exception as exc:
            dialogs.inform(window, title, describe(exc, lang))
            return
        dialogs.inform(window, title, t("backup_restored", lang, name=info.name))
        if window.session_service is None or window.session_service.session is None:
            window.show_unlock()

    _run(window, title, t("backup_checking", lang), work, opened)


def _day(lang: str) -> str:
    return say("date", lang, d=dt.date.today())


# ------------------------------------------------------------------ the reminder


class _Wrapped(QWidget):
    """The bar's content: as tall as its wrapped sentence needs at its width, no taller and
    no less (a toolbar asks its widgets for one height: their size hint, where the sentence
    is wrapped at some width of Qt's choosing: too much at 100 %, too little at 200 %)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.minimumHeight() > 0:  # known from the width it has (`resizeEvent`)
            hint.setHeight(self.minimumHeight())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)  # and the toolbar asks the size hint again


class BackupReminder(QToolBar):
    """A quiet bar under the menus: when the last backup was made and why a USB stick; under
    it a button to make one, how often to be reminded, and 'Later' (a week)."""

    def __init__(self, window: MainWindow, unlocked: Unlocked) -> None:
        from samenplan.workspace import backup

        super().__init__(window)
        self.setObjectName("backup_reminder")
        self.setMovable(False)
        self.setFloatable(False)
        self.unlocked, lang = unlocked, window.lang
        last = backup.last_made(unlocked)
        text = (
            t("backup_reminder_never", lang)
            if last is None
            else t("backup_reminder_last", lang, day=_format(last, lang))
        )
        box = _Wrapped()
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setObjectName("backup_reminder_text")
        column.addWidget(self.text)
        row = QHBoxLayout()
        column.addLayout(row)
        self.make = QPushButton(t("backup_make", lang))
        self.make.setObjectName("backup_reminder_make")
        self.make.clicked.connect(lambda: make_backup(window))
        row.addWidget(self.make)
        row.addWidget(QLabel(t("backup_interval", lang)))
        self.interval = QComboBox()
        self.interval.setObjectName("backup_reminder_interval")
        self.interval.setAccessibleName(t("backup_interval", lang))
        for days in backup.INTERVALS:
            self.interval.addItem(t(f"backup_every_{days}", lang), days)
        self.interval.setCurrentIndex(backup.INTERVALS.index(backup.interval(unlocked)))
        self.interval.activated.connect(self._interval_chosen)
        row.addWidget(self.interval)
        self.later = QPushButton(t("backup_later", lang))
        self.later.setObjectName("backup_reminder_later")
        self.later.clicked.connect(self._later)
        row.addWidget(self.later)
        row.addStretch(1)
        self.addWidget(box)
        if window.session_service is not None:  # gone with the keys; disconnected when deleted
            window.session_service.locked.connect(self._close)

    def _interval_chosen(self, index: int) -> None:
        from samenplan.workspace import backup

        days = int(self.interval.itemData(index))
        self._quietly(lambda: backup.set_interval(self.unlocked, days))

    def _later(self) -> None:
        from samenplan.workspace import backup

        self._quietly(lambda: backup.snooze(self.unlocked))
        self._close()

    def _quietly(self, change: Callable[[], None]) -> None:
        """Keep the choice; when the profile cannot be written now, the bar just goes."""
        from samenplan.workspace.errors import VaultError

        try:
            change()
        except VaultError:
            self._close()

    def _close(self) -> None:
        self.hide()
        window = self.parentWidget()
        if window is not None:
            window.removeToolBar(self)  # type: ignore[attr-defined]
        self.deleteLater()


def _format(day: dt.date, lang: str) -> str:
    return say("date", lang, d=day)


def remind(window: MainWindow) -> None:
    """After unlocking: the reminder, when the last backup is older than the interval."""
    from samenplan.workspace import backup
    from samenplan.workspace.errors import VaultError

    hide_reminder(window)
    service = window.session_service
    unlocked = service.session if service is not None else None
    if unlocked is None:
        return
    try:
        due = backup.reminder_due(unlocked)
    except VaultError:
        return
    if due:
        bar = BackupReminder(window, unlocked)
        window.addToolBar(bar)
        bar.show()  # a child added to a shown window stays hidden until shown


def hide_reminder(window: MainWindow) -> None:
    for bar in window.findChildren(BackupReminder):
        bar._close()
