"""Bestand → "Profiel controleren…": the same list as `samenplan profile check` (here with
dossier titles, which the window shows anyway), and what the person can do about a line: a
dossier's conflict copy is compared and chosen (`ui/conflicts.py`), a copy of the dossier
list can be removed. Nothing goes without the person's choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from samenplan.ui import dialogs
from samenplan.ui.conflicts import ConflictDialog
from samenplan.ui.on_screen import fit_to_text
from samenplan.ui.strings import t
from samenplan.ui.widgets import heading
from samenplan.workspace import health
from samenplan.workspace.errors import ExportFormatError, VaultError, describe

if TYPE_CHECKING:
    from samenplan.ui.main import MainWindow
    from samenplan.workspace.health import Problem


def show(window: MainWindow) -> ProfileHealthDialog | None:
    """Open the list (not modal to the app: the person may look at a dossier meanwhile)."""
    service = window.session_service
    if service is None or service.session is None:
        return None
    service.flush_all()  # the current versions are what is stored
    dialog = ProfileHealthDialog(window)
    dialog.show()
    return dialog


class ProfileHealthDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("profile_health")
        self.window_, self.lang = window, window.lang
        self.problems: list[Problem] = []
        self.conflict_dialog: ConflictDialog | None = None
        self.setWindowTitle(t("profile_check_title", self.lang))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(t("profile_check_title", self.lang), 1.3, "h"))
        intro = QLabel(t("profile_check_intro", self.lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("profile_problems")
        self.list.setAccessibleName(t("profile_check_title", self.lang))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._selected)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.compare = QPushButton(t("profile_check_compare", self.lang))
        self.compare.setObjectName("profile_check_compare")
        self.compare.clicked.connect(self.open_conflict)
        self.remove = QPushButton(t("profile_check_remove", self.lang))
        self.remove.setObjectName("profile_check_remove")
        self.remove.clicked.connect(self.remove_copy)
        close = QPushButton(t("close", self.lang))
        close.clicked.connect(self.accept)
        for button in (self.compare, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_text(self, 130, 34)
        self.refresh()

    def refresh(self) -> None:
        service = self.window_.session_service
        self.list.clear()
        try:
            assert service is not None and service.session is not None
            self.problems = health.check(service.session)
        except VaultError as exc:
            self.problems = []
            self.list.addItem(describe(exc, self.lang))
        else:
            for problem in self.problems:
                self.list.addItem(health.line(problem, self.lang, with_title=True))
            if not self.problems:
                self.list.addItem(t("profile_check_none", self.lang))
        self.list.setCurrentRow(0 if self.problems else -1)
        self._selected(self.list.currentRow())

    def _current(self) -> Problem | None:
        row = self.list.currentRow()
        return self.problems[row] if 0 <= row < len(self.problems) else None

    def _selected(self, _row: int) -> None:
        problem = self._current()
        if problem is None or problem.kind is not health.Kind.CONFLICT_COPY:
            self.compare.setEnabled(False)
            self.remove.setEnabled(False)
            return
        self.compare.setEnabled(problem.of == "dossier" and bool(problem.opens))
        self.remove.setEnabled(problem.of == "index")

    def open_conflict(self) -> None:
        problem = self._current()
        service = self.window_.session_service
        if problem is None or service is None or service.session is None:
            return
        unlocked = service.session
        try:
            conflict = health.open_conflict(unlocked, problem)
        except (VaultError, ExportFormatError) as exc:
            self.window_._status(describe(exc, self.lang))
            return
        dialog = ConflictDialog(self, conflict, unlocked.forms, self.lang)
        dialog.decided.connect(lambda chosen: self._resolve(conflict, chosen))
        self.conflict_dialog = dialog
        dialog.open()

    def _resolve(self, conflict: health.Conflict, from_copy: set[health.SectionKey]) -> None:
        """Save the choice; an open copy of the dossier is closed and opened again."""
        import datetime as dt

        window, service = self.window_, self.window_.session_service
        assert service is not None and service.session is not None
        dossier_id = conflict.current.id
        document = service.documents.pop(dossier_id, None)
        if document is not None:
            document.flush()
            running = document.close()
            if running is not None:
                running.wait()
        try:
            health.resolve(service.session, conflict, from_copy, dt.date.today())
        except (VaultError, ExportFormatError) as exc:
            said = describe(exc, self.lang)
        else:
            said = t("conflict_done", self.lang)
        if window.document is not None and window.document.dossier.id == dossier_id:
            window.open_dossier(dossier_id)  # the page is built again from what was saved
        window._status(said)
        self.refresh()

    def remove_copy(self) -> None:
        problem = self._current()
        service = self.window_.session_service
        if problem is None or service is None or service.session is None:
            return
        title = t("profile_check_title", self.lang)
        text, yes = t("profile_check_remove_text", self.lang), t("profile_check_remove", self.lang)
        if not dialogs.confirm(self, self.lang, title, text, yes):
            return
        try:
            health.remove_copy(service.session, problem)
        except VaultError as exc:
            self.window_._status(describe(exc, self.lang))
        self.refresh()
