"""Another computer with the same profile (a data folder in OneDrive, Nextcloud, Syncthing).

At unlock, when another computer has the profile open (its lease, vault/lease.py), the
person is asked in one question whether to open it anyway; "Annuleren" is the default and
locks it again. While unlocked, the open dossier is looked at again when the window gets
the focus back, when a page is shown and after each renewal of the lease: a version another
computer saved is shown when nothing here waits to be saved
(`DossierDocument.reload_if_changed`; the window's status bar then says so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from samenplan.ui import dialogs
from samenplan.ui.strings import t

if TYPE_CHECKING:
    from samenplan.ui.main import MainWindow


def go_on(window: MainWindow) -> bool:
    """False when another computer has the unlocked profile open and the person chose not
    to open it here (the caller locks it again); True otherwise."""
    service = window.session_service
    if service is None or service.session is None:
        return False
    notice = service.session.elsewhere_notice(window.lang)
    if not notice:
        return True
    text = f"{notice}\n\n{t('elsewhere_ask', window.lang)}"
    title, yes = t("elsewhere_title", window.lang), t("elsewhere_open", window.lang)
    return dialogs.confirm(window, window.lang, title, text, yes)


class _Watcher(QObject):
    """Looks at the open dossier when the window is active again, when a page was shown
    (after it is built, so the status bar keeps the sentence) and at each lease renewal."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)
        window.stack.currentChanged.connect(lambda _index: QTimer.singleShot(0, self, self.look))
        if window.session_service is not None:
            window.session_service.renewed.connect(self.look)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.look()
        return False

    def look(self) -> None:
        document = self.window.document
        if document is not None and not document.demo:
            document.reload_if_changed()


def follow(window: MainWindow) -> None:
    """Start looking for other computers' saves (once per window)."""
    if window.findChild(_Watcher) is None:
        _Watcher(window)
