"""A plan's versions: keep the plan as it is now ("vastleggen"), compare any two versions
(or a version and now) in plain words, and put an old answer back."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain.dossier import Document, Dossier
from samenplan.domain.history import mark_final
from samenplan.export.card_content import value_lines
from samenplan.formkit import picks
from samenplan.formkit.answers import Answers, Node, Value
from samenplan.formkit.diff import Change, Kind, changes, restore
from samenplan.formkit.model import FormDef, Item
from samenplan.formkit.text import tr
from samenplan.ui.strings import t
from samenplan.ui.widgets import heading

NOW = -1  # the combo value for the plan as it is now


class ChangeWords:
    """A change between two versions in plain words (here, and beside a conflict copy in
    `ui/conflicts.py`); `dossier` names the people and medicines the answers refer to."""

    def __init__(self, dossier: Dossier, lang: str) -> None:
        self.dossier, self.lang = dossier, lang

    def describe(self, change: Change, names_old: dict[str, str], names_new: dict[str, str]) -> str:
        """One change in plain words: what happened and where on the first line, then the
        answers (for a list: what came in and what went out)."""
        lang = self.lang
        where = " › ".join(tr(i.text, lang) for i in (*change.trail, change.item))
        if change.kind is Kind.ADDED:
            return t("change_added", lang, where=where, new=self.shown(change, "new", names_new))
        if change.kind is Kind.REMOVED:
            return t("change_removed", lang, where=where, old=self.shown(change, "old", names_old))
        if isinstance(change.old, list) and isinstance(change.new, list):
            # compared as stored: a picked tool that was renamed is still the same entry
            gone = [e for e in change.old if e not in change.new]
            came = [e for e in change.new if e not in change.old]
            lines = [t("change_changed_list", lang, where=where)]
            if gone:
                out = self._entries(change.item, gone, names_old)
                lines.append(t("change_out", lang, entries="; ".join(out)))
            if came:
                new = self._entries(change.item, came, names_new)
                lines.append(t("change_in", lang, entries="; ".join(new)))
            if len(lines) == 1:
                lines.append(t("change_order", lang))
            return "\n".join(lines)
        return t(
            "change_changed", lang, where=where,
            old=self.shown(change, "old", names_old), new=self.shown(change, "new", names_new),
        )  # fmt: skip

    def shown(self, change: Change, side: str, names: dict[str, str]) -> str:
        value = change.old if side == "old" else change.new
        if isinstance(value, Node):  # a whole entry of a repeated group: its answers
            items = {i.id: i for i in change.item.items}
            parts = [
                "; ".join(self._entries(items[n.id], n.value, names))
                for n in value.children
                if n.items is None and n.id in items
            ]
            return " · ".join(p for p in parts if p)
        return "; ".join(self._entries(change.item, value, names))

    def _entries(self, item: Item, value: Value, names: dict[str, str]) -> list[str]:
        if isinstance(value, list) and item.picks is not None:
            value = picks.named(value, names)
        return value_lines(item, value, self.dossier, self.lang)


class VersionsPage(QWidget):
    changed = Signal()  # the answers or the kept versions changed

    def __init__(self, form: FormDef, document: Document, dossier: Dossier, lang: str) -> None:
        super().__init__()
        self.setObjectName("versions")
        self.form, self.document, self.dossier, self.lang = form, document, dossier, lang
        self.found: list[Change] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(t("versions_title", lang, plan=tr(form.title, lang)), 1.4, "h"))
        intro = QLabel(t("versions_intro", lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        keep_row = QHBoxLayout()
        self.keep = QPushButton(t("version_keep", lang))
        self.keep.setObjectName("version_keep")
        self.keep.clicked.connect(self.keep_version)
        keep_row.addWidget(self.keep)
        self.kept = QLabel()
        self.kept.setObjectName("version_kept")
        keep_row.addWidget(self.kept, 1)
        layout.addLayout(keep_row)

        pick = QHBoxLayout()
        self.older = QComboBox()
        self.older.setObjectName("version_from")
        self.newer = QComboBox()
        self.newer.setObjectName("version_to")
        for text, combo in (("version_from", self.older), ("version_to", self.newer)):
            label = QLabel(t(text, lang))
            label.setBuddy(combo)
            pick.addWidget(label)
            pick.addWidget(combo)
            combo.currentIndexChanged.connect(self.compare)
        pick.addStretch(1)
        self.picking = QWidget()
        self.picking.setLayout(pick)
        layout.addWidget(self.picking)
        self.none_yet = QLabel(t("version_none_yet", lang))
        self.none_yet.setObjectName("version_none_yet")
        self.none_yet.setWordWrap(True)
        layout.addWidget(self.none_yet)
        self.list = QListWidget()
        self.list.setObjectName("version_changes")
        self.list.setAccessibleName(t("version_changes", lang))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._selected)
        layout.addWidget(self.list, 1)
        self.put_back = QPushButton(t("version_put_back", lang))
        self.put_back.setObjectName("version_put_back")
        self.put_back.clicked.connect(self.restore_selected)
        layout.addWidget(self.put_back, 0, Qt.AlignmentFlag.AlignLeft)
        self._fill_choices()

    # ------------------------------------------------------------------ versions

    def _fill_choices(self) -> None:
        """Compare a kept version with a later one or with now; with no kept version yet
        there is nothing to compare, and the page says so instead of comparing now with now."""
        lang = self.lang
        history = self.document.history
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
            for index, version in enumerate(history):
                combo.addItem(t("version_of", lang, date=f"{version.day:%d-%m-%Y}"), index)
        self.newer.addItem(t("version_now", lang), NOW)
        for combo in (self.older, self.newer):
            combo.blockSignals(False)
        self.older.setCurrentIndex(len(history) - 1)  # the last kept version ...
        self.newer.setCurrentIndex(len(history))  # ... against now
        for shown in (self.picking, self.list, self.put_back):
            shown.setVisible(bool(history))
        self.none_yet.setVisible(not history)
        self.compare()

    def _answers(self, which: int) -> Answers:
        return self.document.answers if which == NOW else self.document.history[which].answers

    def keep_version(self) -> None:
        if mark_final(self.document, dt.date.today()):
            self.kept.setText(t("version_kept", self.lang, date=f"{dt.date.today():%d-%m-%Y}"))
            self.changed.emit()
        else:
            self.kept.setText(t("version_same", self.lang))
        self._fill_choices()

    # ------------------------------------------------------------------ comparing

    def compare(self) -> None:
        self.list.clear()
        self.found = []
        if not self.older.count():
            self._selected(-1)
            return
        older, newer = int(self.older.currentData()), int(self.newer.currentData())
        if older == newer:
            self.list.addItem(QListWidgetItem(t("version_pick_two", self.lang)))
            self._selected(-1)
            return
        old, new = self._answers(older), self._answers(newer)
        self.found = changes(self.form, old, new)
        names_old, names_new = picks.labels(self.form, old), picks.labels(self.form, new)
        for change in self.found:
            self.list.addItem(QListWidgetItem(self.describe(change, names_old, names_new)))
        if not self.found:
            self.list.addItem(QListWidgetItem(t("version_no_changes", self.lang)))
        self._selected(self.list.currentRow())

    def describe(self, change: Change, names_old: dict[str, str], names_new: dict[str, str]) -> str:
        return ChangeWords(self.dossier, self.lang).describe(change, names_old, names_new)

    # ------------------------------------------------------------------ putting back

    def _selected(self, row: int) -> None:
        to_now = self.newer.currentData() == NOW
        self.put_back.setEnabled(to_now and 0 <= row < len(self.found))

    def restore_selected(self) -> None:
        """Put the older answer of the chosen change back into the plan as it is now."""
        row = self.list.currentRow()
        if self.newer.currentData() != NOW or not 0 <= row < len(self.found):
            return
        answers = copy.deepcopy(self.document.answers)
        restore(answers, self.found[row])
        # an old list may pick a tool that is gone since: it comes back as its old name
        old = self._answers(int(self.older.currentData()))
        picks.detach(self.form, answers, picks.labels(self.form, old))
        self.document.edit(answers)
        self.changed.emit()
        self.compare()
