"""One binder per item type: it makes the widget, reads and writes its value, and says when
it changed. This is the only mapping from item types to widgets.

A binder's value is exactly what the answer tree stores (see formkit.answers): None means
"not answered". Loading a value never emits `changed`.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain import triad_text
from samenplan.domain.dossier import Medicine, Person, new_id
from samenplan.domain.triad import Who
from samenplan.formkit.answers import (
    LINE_LIMIT,
    MEDICATION_FIELDS,
    MEDICINES_LIMIT,
    TEXT_LIMIT,
    hard_limit,
    who_kind,
)
from samenplan.formkit.model import Item, ItemType
from samenplan.formkit.text import tr
from samenplan.ui import dialogs
from samenplan.ui.strings import t

NEW_PERSON = "__new__"


@dataclass
class FormContext:
    """What binders need from outside the form: the language and the people registry; and,
    filled in by the form view, what lists can pick (see formkit.picks)."""

    lang: str
    people: Callable[[], list[Person]] = list
    # Opens the "new person" dialog; returns the new person's id, or None when cancelled.
    add_person: Callable[[QWidget], str | None] = field(default=lambda _parent: None)
    # repeated groups whose instances lists pick (they get a key) → their section's title
    pick_targets: dict[str, str] = field(default_factory=dict)
    # asked before an instance with this key is removed; False keeps it
    may_remove: Callable[[QWidget, str], bool] = field(default=lambda _parent, _key: True)
    # the dossier's medicines, and a call after one was added, changed or removed
    medicines: Callable[[], list[Medicine]] = list
    medicines_edited: Callable[[], None] = field(default=lambda: None)
    # the other medication questions (item id aside) that list this medicine (id)
    medicine_elsewhere: Callable[[str, str], list[str]] = field(default=lambda _i, _m: [])
    # for a question still empty: where the other plan answers it, and that answer
    offer: Callable[[str], tuple[str, Any] | None] = field(default=lambda _item_id: None)
    # triad card: the members to choose from in a "who" answer, as (person id, label), and
    # the member who fills in this card (shown as "Ik", first)
    members: Callable[[], list[tuple[str, str]]] = list
    me: str | None = None
    # the person the plan is about: never offered in a person picker
    client: Callable[[], str | None] = field(default=lambda: None)
    # ends the undo step being typed: an inserted example is an undo step of its own
    seal: Callable[[], None] = field(default=lambda: None)


class _WheelGuard(QObject):
    """Passes a wheel turn over an unfocused widget on to the page around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)  # the page scrolls
        else:
            event.ignore()  # Qt offers it to the widgets around it
        return True


def wheel_only_when_focused(widget: QWidget) -> None:
    """The mouse wheel over `widget` scrolls the page unless the widget has the keyboard
    (by Tab or a click, never by the wheel): scrolling past an answer never changes it."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WheelGuard(widget))


class Binder(QObject):
    changed = Signal()

    def __init__(self, item: Item, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__()
        self.item = item
        self.context = context
        # made in its row: with the app's style sheet, moving a built widget into a new
        # parent restyles all inside it (see formview/form.py)
        self.widget = self.make(parent)
        name = tr(item.text, context.lang)
        self.widget.setAccessibleName(name)
        if item.hint is not None:
            self.widget.setAccessibleDescription(tr(item.hint, context.lang))
        self.widget.setObjectName(f"field_{item.id}")

    def make(self, parent: QWidget | None) -> QWidget:
        """The input, made in `parent`."""
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        blocker = QSignalBlocker(self)
        self._set(value)
        del blocker

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def insert_example(self, text: str) -> None:
        """Put an example answer in (texts and lists only)."""

    def shown(self) -> str:
        """The answer in a few words, to name an entry by (empty: not answered, or too long)."""
        return ""

    def problem(self) -> str | None:
        """A reason this input cannot be stored as typed (e.g. not a date), or None."""
        return None


class LineBinder(Binder):
    """string and phone"""

    def make(self, parent: QWidget | None) -> QWidget:
        self.edit = QLineEdit(parent)
        self.edit.setMaxLength(min(self.item.max_length or LINE_LIMIT, LINE_LIMIT))
        self.edit.textChanged.connect(self.changed)
        return self.edit

    def value(self) -> Any:
        text = self.edit.text().strip()
        return text or None

    def _set(self, value: Any) -> None:
        self.edit.setText(value or "")

    def insert_example(self, text: str) -> None:
        """One line holds one answer: what was typed is replaced only when the person says so."""
        typed = self.edit.text().strip()
        if typed == text:
            return
        if typed:
            lang = self.context.lang
            question = t("example_replace_text", lang, typed=typed, example=text)
            title = t("example_replace_title", lang)
            yes = t("example_replace_yes", lang)
            if not dialogs.confirm(self.widget, lang, title, question, yes):
                return
        self.edit.setText(text)

    def shown(self) -> str:
        return self.edit.text().strip()


class TextBinder(Binder):
    """text: several lines; Tab moves on instead of typing a tab."""

    def make(self, parent: QWidget | None) -> QWidget:
        self.edit = QPlainTextEdit(parent)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(80)
        self.limit = hard_limit(self.item.type) or TEXT_LIMIT
        self.edit.textChanged.connect(self._keep_within_limit)
        self.edit.textChanged.connect(self.changed)
        return self.edit

    def _keep_within_limit(self) -> None:
        """A text edit has no maximum length: what goes beyond the limit (a long paste) is
        cut off where it was put, so no answer is ever longer than the reader takes."""
        text = self.edit.toPlainText()
        excess = len(text) - self.limit
        if excess <= 0:
            return
        cursor = self.edit.textCursor()  # positions count UTF-16 units, Python characters
        end = len(text.encode("utf-16-le")[: 2 * cursor.position()].decode("utf-16-le", "ignore"))
        start = max(0, end - excess)
        kept = text[:start] + text[end:]
        kept = kept[: self.limit]  # the cursor was not after what was put in
        self.edit.setPlainText(kept)
        cursor.setPosition(len(kept[:start].encode("utf-16-le")) // 2)
        self.edit.setTextCursor(cursor)

    def value(self) -> Any:
        text = self.edit.toPlainText().strip()
        return text or None

    def _set(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def insert_example(self, text: str) -> None:
        current = self.edit.toPlainText().rstrip()
        self.edit.setPlainText(f"{current}\n{text}" if current else text)


class ListBinder(TextBinder):
    """list: one entry per line."""

    def make(self, parent: QWidget | None) -> QWidget:
        widget = super().make(parent)
        self.edit.setPlaceholderText(t("list_hint", self.context.lang))
        return widget

    def value(self) -> Any:
        lines = [line.strip() for line in self.edit.toPlainText().splitlines()]
        entries = [line for line in lines if line]
        return entries or None

    def _set(self, value: Any) -> None:
        self.edit.setPlainText("\n".join(value or []))


class PickListBinder(ListBinder):
    """list with `picks`: tick what to use from another part of the plan (the toolbox), by
    reference, and add own points below, one per line."""

    def make(self, parent: QWidget | None) -> QWidget:
        self.refs: list[str] = []  # keys ticked, also those not offered now (no name)
        self.options: list[tuple[str, str]] = []
        self.boxes: dict[str, QCheckBox] = {}
        lang = self.context.lang
        assert self.item.picks is not None
        source = self.context.pick_targets.get(self.item.picks.group, "")
        widget = QWidget(parent)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.from_label = QLabel(t("pick_from", lang, source=source), widget)
        self.from_label.setObjectName("pick_from")
        layout.addWidget(self.from_label)
        self.ticks = QGridLayout()  # two columns: a long toolbox stays on one screen
        layout.addLayout(self.ticks)
        self.empty = QLabel(t("pick_none_yet", lang, source=source), widget)
        self.empty.setObjectName("pick_none_yet")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        own = QLabel(t("pick_own", lang), widget)
        layout.addWidget(own)
        super().make(widget)
        own.setBuddy(self.edit)
        self.edit.setAccessibleName(f"{tr(self.item.text, lang)}: {t('pick_own', lang)}")
        layout.addWidget(self.edit)
        widget.setFocusProxy(self.edit)
        return widget

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """What can be ticked now, in its own order (called whenever the answers changed)."""
        if options == self.options:
            return
        self.options = options
        for box in self.boxes.values():
            self.ticks.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        rows = (len(options) + 1) // 2  # down the first column, then the second
        for index, (key, name) in enumerate(options):
            box = QCheckBox(name, self.widget)
            box.setObjectName(f"pick_{self.item.id}_{key}")
            box.setChecked(key in self.refs)
            box.toggled.connect(lambda on, key=key: self._tick(key, on))
            self.ticks.addWidget(box, index % rows, index // rows)
            self.boxes[key] = box
        self.empty.setVisible(not options)

    def _tick(self, key: str, on: bool) -> None:
        if on and key not in self.refs:
            self.refs.append(key)
        elif not on and key in self.refs:
            self.refs.remove(key)
        self.changed.emit()

    def drop(self, key: str) -> None:
        """Forget a removed instance (quietly: the removal itself is the change)."""
        if key in self.refs:
            self.refs.remove(key)
        box = self.boxes.get(key)
        if box is not None:
            blocker = QSignalBlocker(box)
            box.setChecked(False)
            del blocker

    def value(self) -> Any:
        """The ticked entries in the order they were ticked, then the own points."""
        entries = [{"ref": key} for key in self.refs] + (super().value() or [])
        return entries or None

    def _set(self, value: Any) -> None:
        entries = value or []
        self.refs = [v["ref"] for v in entries if isinstance(v, dict)]
        super()._set([v for v in entries if isinstance(v, str)])
        for key, box in self.boxes.items():
            blocker = QSignalBlocker(box)
            box.setChecked(key in self.refs)
            del blocker


class ComboBinder(Binder):
    """boolean, choice and scale: a list to choose from, with 'not answered' first."""

    def options(self) -> list[tuple[str, Any]]:
        lang = self.context.lang
        if self.item.type is ItemType.BOOLEAN:
            return [(t("yes", lang), True), (t("no", lang), False)]
        if self.item.type is ItemType.SCALE:
            scale = self.item.scale
            assert scale is not None
            out = []
            for number in range(scale.min, scale.max + 1):
                label = str(number)
                if number == scale.min and scale.min_label is not None:
                    label += f" – {tr(scale.min_label, lang)}"
                if number == scale.max and scale.max_label is not None:
                    label += f" – {tr(scale.max_label, lang)}"
                out.append((label, number))
            return out
        assert self.item.choices is not None
        return [(tr(c.text, lang), c.code) for c in self.item.choices.choices]

    def make(self, parent: QWidget | None) -> QWidget:
        self.combo = QComboBox(parent)
        wheel_only_when_focused(self.combo)
        self.combo.addItem(t("empty_choice", self.context.lang), None)
        for label, value in self.options():
            self.combo.addItem(label, value)
        self.combo.currentIndexChanged.connect(self.changed)
        return self.combo

    def shown(self) -> str:
        return self.combo.currentText() if self.value() is not None else ""

    def value(self) -> Any:
        return self.combo.currentData()

    def _set(self, value: Any) -> None:
        index = 0
        for position in range(1, self.combo.count()):
            data = self.combo.itemData(position)
            if data == value and type(data) is type(value):
                index = position
        self.combo.setCurrentIndex(index)


class MultiChoiceBinder(Binder):
    def make(self, parent: QWidget | None) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[str, QCheckBox]] = []
        self._order: list[str] = []
        assert self.item.choices is not None
        for choice in self.item.choices.choices:
            check = QCheckBox(tr(choice.text, self.context.lang), box)
            check.toggled.connect(self.changed)
            layout.addWidget(check)
            self.boxes.append((choice.code, check))
        return box

    def value(self) -> Any:
        # keep the order the answer was stored in; new choices follow in list order
        codes = [code for code, check in self.boxes if check.isChecked()]
        known = [c for c in self._order if c in codes]
        return known + [c for c in codes if c not in known] or None

    def _set(self, value: Any) -> None:
        self._order = list(value or [])
        for code, check in self.boxes:
            check.setChecked(code in self._order)


class DateBinder(Binder):
    """A date typed as dd-mm-jjjj; stored as YYYY-MM-DD."""

    def make(self, parent: QWidget | None) -> QWidget:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(t("date_placeholder", self.context.lang))
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(self.changed)
        return self.edit

    def _parse(self) -> dt.date | None:
        text = self.edit.text().strip().replace("/", "-").replace(".", "-")
        parts = text.split("-")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            return None
        day, month, year = (int(p) for p in parts)
        if year < 100:
            year += 2000
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def value(self) -> Any:
        parsed = self._parse()
        return parsed.isoformat() if parsed else None

    def problem(self) -> str | None:
        if self.edit.text().strip() and self._parse() is None:
            return t("date_invalid", self.context.lang)
        return None

    def _set(self, value: Any) -> None:
        if not value:
            self.edit.setText("")
            return
        day = dt.date.fromisoformat(value)
        self.edit.setText(f"{day:%d-%m-%Y}")


class PersonBinder(Binder):
    """A person from the dossier's people (never the client), or a new one added from here.
    A view of the registry: `refresh` shows who is in it now."""

    def make(self, parent: QWidget | None) -> QWidget:
        self.combo = QComboBox(parent)
        wheel_only_when_focused(self.combo)
        self._current: str | None = None
        self._offered: list[tuple[str, str]] | None = None
        self.refresh()
        self.combo.activated.connect(self._activated)
        return self.combo

    def refresh(self) -> None:
        """Offer the people in the registry now (someone may have been added elsewhere);
        the answer stays as it is. Nothing happens when they are the same."""
        client = self.context.client()
        offered = [
            (p.id, f"{p.name} ({p.relation})" if p.relation else p.name)
            for p in self.context.people()
            if p.id != client or p.id == self._current  # a stored answer is shown as it is
        ]
        if offered == self._offered:
            return
        self._offered = offered
        blocker = QSignalBlocker(self.combo)
        lang = self.context.lang
        self.combo.clear()
        self.combo.addItem(t("no_person", lang), None)
        for person_id, label in offered:
            self.combo.addItem(label, person_id)
        self.combo.addItem(t("new_person", lang), NEW_PERSON)
        self._select(self._current)
        del blocker

    def _select(self, person_id: str | None) -> None:
        index = self.combo.findData(person_id) if person_id else 0
        self.combo.setCurrentIndex(max(index, 0))

    def _activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == NEW_PERSON:
            new_id = self.context.add_person(self.widget)
            if new_id is None:
                self._select(self._current)
                return
            self._current = new_id
            self.refresh()
        else:
            self._current = data
        self.changed.emit()

    def value(self) -> Any:
        return self._current

    def _set(self, value: Any) -> None:
        self._current = value
        self.refresh()
        self._select(value)

    def shown(self) -> str:
        return self.combo.currentText() if self._current else ""


class WhoBinder(Binder):
    """who (triad card): a person of the dossier — "Ik" first, then the other members by
    name and role —, or Niemand / Weet ik niet (the item's choices), or someone else, typed
    on a line that shows when that is chosen. An answer naming someone who is no member
    (any more), or a role still to be made a person, is kept and shown as it is."""

    OTHER = ("other", "")

    def make(self, parent: QWidget | None) -> QWidget:
        lang = self.context.lang
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(box)
        wheel_only_when_focused(self.combo)
        self.combo.setAccessibleName(tr(self.item.text, lang))  # where the focus is
        if self.item.hint is not None:
            self.combo.setAccessibleDescription(tr(self.item.hint, lang))
        self.combo.currentIndexChanged.connect(self._chosen)
        self.other = QLineEdit(box)
        self.other.setMaxLength(LINE_LIMIT)
        self.other.setPlaceholderText(t("who_other_name", lang))
        self.other.setAccessibleName(f"{tr(self.item.text, lang)}: {t('who_other_name', lang)}")
        self.other.textChanged.connect(self.changed)
        self.other.setVisible(False)
        layout.addWidget(self.combo)
        layout.addWidget(self.other)
        box.setFocusProxy(self.combo)
        self._fill(None)
        return box

    def _fill(self, extra: tuple[str, str, str] | None) -> None:
        """The options, with `extra` (kind, value, label) for a stored answer not among them."""
        lang = self.context.lang
        blocker = QSignalBlocker(self.combo)
        self.combo.clear()
        self.combo.addItem(t("empty_choice", lang), None)
        members = self.context.members()
        me = self.context.me
        for person, label in sorted(members, key=lambda m: m[0] != me):
            self.combo.addItem(t("who_me", lang) if person == me else label, ("person", person))
        if extra is not None:
            self.combo.addItem(extra[2], (extra[0], extra[1]))
        assert self.item.choices is not None
        for choice in self.item.choices.choices:
            self.combo.addItem(tr(choice.text, lang), ("code", choice.code))
        self.combo.addItem(t("who_other", lang), self.OTHER)
        del blocker

    def _chosen(self) -> None:
        is_other = self.combo.currentData() == self.OTHER
        self.other.setHidden(not is_other)
        if is_other:
            self.other.setFocus()
        self.changed.emit()

    def value(self) -> Any:
        data = self.combo.currentData()
        if data is None:
            return None
        kind, inner = data
        if kind == "other":
            inner = self.other.text().strip()
            if not inner:
                return None
        return {kind: inner}

    def _set(self, value: Any) -> None:
        kind = who_kind(self.item, value)
        inner = str(value[kind]) if kind is not None else ""
        known = [person for person, _ in self.context.members()]
        extra = None
        if kind == "review" or (kind == "person" and inner not in known):
            person = next((p for p in self.context.people() if p.id == inner), None)
            shown = Who(kind, inner, person.name if person else "")
            extra = (kind, inner, triad_text.who(shown, self.context.lang))
        self._fill(extra)
        self.other.setText(inner if kind == "other" else "")
        wanted = self.OTHER if kind == "other" else (kind, inner) if kind else None
        index = next((i for i in range(self.combo.count()) if self.combo.itemData(i) == wanted), 0)
        blocker = QSignalBlocker(self.combo)
        self.combo.setCurrentIndex(index)
        del blocker
        self.other.setHidden(kind != "other")


class MedicationBinder(Binder):
    """The dossier's medicines, one row each: a tick box (is it in this list?) and four
    fields (name, how much, when, notes), each with its own name for screen readers. The
    answer is the ticked medicines (`{"ref": id}`); the fields change the medicine itself,
    so every plan that lists it shows the change. Tab goes through them like any field."""

    def make(self, parent: QWidget | None) -> QWidget:
        lang = self.context.lang
        box = QWidget(parent)
        self.layout_ = QVBoxLayout(box)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QWidget, Medicine, QCheckBox, list[QLineEdit], QPushButton]] = []
        self.add_button = QPushButton(t("med_add", lang), box)
        self.add_button.setObjectName(f"add_medication_{self.item.id}")
        self.add_button.clicked.connect(self._add_clicked)
        self.layout_.addWidget(self.add_button)
        self.elsewhere = QLabel(box)  # the ticked medicines in other questions: they change too
        self.elsewhere.setObjectName("medicine_elsewhere")
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setVisible(False)
        self.layout_.addWidget(self.elsewhere)
        self.changed.connect(self._note_elsewhere)
        MedicationBinder._open.add(self)
        return box

    _open: ClassVar[weakref.WeakSet[MedicationBinder]] = weakref.WeakSet()  # every one made

    def _registry_changed(self) -> None:
        """A medicine was added, changed or removed here: save it, and show it in the other
        medication questions that are open."""
        self.context.medicines_edited()
        mine = self.context.medicines()
        for other in list(MedicationBinder._open):
            alive = other is not self and shiboken6.isValid(other.widget)
            if alive and other.context.medicines() is mine:
                other.set_value(other.value())

    def _note_elsewhere(self) -> None:
        lines = []
        for _, medicine, tick, _, _ in self.rows:
            if tick.isChecked():
                places = self.context.medicine_elsewhere(self.item.id, medicine.id)
                lines += [f"• {medicine.name} — {place}" for place in places]
        text = t("med_shared", self.context.lang, places="\n".join(lines)) if lines else ""
        self.elsewhere.setText(text)
        self.elsewhere.setVisible(bool(lines))

    def _add_clicked(self) -> None:
        if len(self.rows) >= MEDICINES_LIMIT:
            return
        medicine = Medicine(new_id())
        self.context.medicines().append(medicine)
        edits = self._add_row(medicine, ticked=True)
        self.rows[-1][0].setVisible(self.widget.isVisible())  # now, so focus can go there
        edits[0].setFocus()
        self.changed.emit()
        self._registry_changed()

    def _add_row(self, medicine: Medicine, ticked: bool) -> list[QLineEdit]:
        lang = self.context.lang
        row = QWidget(self.widget)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        tick = QCheckBox(row)
        tick.setChecked(ticked)
        tick.toggled.connect(self.changed)
        line.addWidget(tick)
        edits = []
        for name in MEDICATION_FIELDS:
            edit = QLineEdit(getattr(medicine, name), row)
            edit.setMaxLength(LINE_LIMIT)
            edit.setPlaceholderText(t(f"med_{name}", lang))
            edit.textEdited.connect(lambda text, m=medicine, n=name: self._edited(m, n, text))
            line.addWidget(edit, 2 if name == "name" else 1)
            edits.append(edit)
        remove = QPushButton("✕", row)
        remove.clicked.connect(lambda _=False, r=row: self._remove(r))
        line.addWidget(remove)
        self.layout_.insertWidget(len(self.rows), row)
        self.rows.append((row, medicine, tick, edits, remove))
        self._renumber()
        return edits

    def _edited(self, medicine: Medicine, name: str, text: str) -> None:
        setattr(medicine, name, text.strip())
        self._note_elsewhere()
        self._registry_changed()

    def _remove(self, row: QWidget) -> None:
        """Take the medicine out of the dossier; while another question lists it (now or in
        a kept version) it stays, and the person is told where."""
        lang = self.context.lang
        medicine = next(m for r, m, *_ in self.rows if r is row)
        places = self.context.medicine_elsewhere(self.item.id, medicine.id)
        if places:
            text = t("med_still_used", lang, name=medicine.name, places="\n".join(places))
            dialogs.inform(self.widget, t("med_remove_title", lang), text)
            return
        self.context.medicines().remove(medicine)
        self._drop_row(row)
        self.add_button.setFocus()
        self.changed.emit()
        self._registry_changed()

    def _drop_row(self, row: QWidget) -> None:
        self.rows = [r for r in self.rows if r[0] is not row]
        self.layout_.removeWidget(row)
        row.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        lang = self.context.lang
        for number, (_, _, tick, edits, remove) in enumerate(self.rows, start=1):
            tick.setAccessibleName(t("med_tick_n", lang, n=number))
            for name, edit in zip(MEDICATION_FIELDS, edits, strict=True):
                entry = t("med_entry", lang, n=number)
                edit.setAccessibleName(f"{t(f'med_{name}', lang)}, {entry}")
            remove.setAccessibleName(t("med_remove_n", lang, n=number))
            remove.setToolTip(remove.accessibleName())

    def value(self) -> Any:
        refs = [{"ref": m.id} for _, m, tick, _, _ in self.rows if tick.isChecked()]
        return refs or None

    def _set(self, value: Any) -> None:
        ticked = {entry["ref"] for entry in value or []}
        for row, *_ in list(self.rows):
            self._drop_row(row)
        for medicine in self.context.medicines():
            self._add_row(medicine, medicine.id in ticked)
        self._note_elsewhere()


BINDERS: dict[ItemType, type[Binder]] = {
    ItemType.STRING: LineBinder,
    ItemType.PHONE: LineBinder,
    ItemType.TEXT: TextBinder,
    ItemType.LIST: ListBinder,
    ItemType.BOOLEAN: ComboBinder,
    ItemType.CHOICE: ComboBinder,
    ItemType.SCALE: ComboBinder,
    ItemType.MULTICHOICE: MultiChoiceBinder,
    ItemType.DATE: DateBinder,
    ItemType.PERSON: PersonBinder,
    ItemType.MEDICATION: MedicationBinder,
    ItemType.WHO: WhoBinder,
}


def make_binder(item: Item, context: FormContext, parent: QWidget | None = None) -> Binder:
    """The binder for `item`, its widget made in `parent`."""
    if item.picks is not None:
        return PickListBinder(item, context, parent)
    return BINDERS[item.type](item, context, parent)
