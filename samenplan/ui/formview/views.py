"""Widgets for the parts of a form: a question row, a group, a repeatable group, help.

A `GroupView` shows the items of a group (or of a section). It turns what is on screen into
answer nodes (`to_nodes`) and back (`load`), and shows or hides rows from their
`enable_when` conditions (`update_visibility`). Hidden rows keep what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samenplan.formkit import picks
from samenplan.formkit.answers import Node, is_empty
from samenplan.formkit.conditions import item_enabled
from samenplan.formkit.model import Item, ItemType
from samenplan.formkit.text import tr
from samenplan.ui.announce import announce
from samenplan.ui.formview.binders import Binder, FormContext, make_binder
from samenplan.ui.read_aloud import ReadAloudButton, add_key
from samenplan.ui.strings import t


class HelpDialog(QDialog):
    """Guidance for one question, with example answers that can be inserted."""

    def __init__(
        self, item: Item, lang: str, insert: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._insert = insert
        self.setObjectName(f"help_{item.id}")
        self.setWindowTitle(f"{t('help_title', lang)}: {tr(item.text, lang)}")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        asked = tr(item.text, lang)
        question = QLabel(f"<b>{_escape(asked)}</b>")
        question.setWordWrap(True)
        top.addWidget(question, 1)
        top.addWidget(ReadAloudButton(f"help_{item.id}", asked, lang, self.spoken_text))
        layout.addLayout(top)
        add_key(self, lang)
        self.spoken = [asked]
        if item.guidance is not None:
            guidance = QLabel(tr(item.guidance, lang))
            guidance.setWordWrap(True)
            guidance.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(guidance)
            self.spoken.append(guidance.text())
        if item.examples:
            layout.addWidget(QLabel(f"<b>{t('examples', lang)}</b>"))
            self.spoken.append(
                f"{t('examples', lang)}: "
                + ". ".join(tr(example, lang) for example in item.examples)
            )
            for example in item.examples:
                text = tr(example, lang)
                button = QPushButton(text)
                button.setAutoDefault(False)  # Enter never inserts: it closes the help
                button.setAccessibleName(t("insert_example", lang, text=text))
                button.setToolTip(t("insert_example", lang, text=text))
                button.clicked.connect(lambda _=False, text=text: self.choose(text))
                layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(t("close", lang))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def spoken_text(self) -> str:
        """What "Voorlezen" reads: the question, the guidance, the examples."""
        return "\n".join(self.spoken)

    def choose(self, text: str) -> None:
        self._insert(text)
        self.accept()


class _Emphasis(QObject):
    """Keeps a label `scale` times the body text (and bold) when the text size changes: the
    window gives every widget the plain body font then."""

    def __init__(self, label: QLabel, scale: float) -> None:
        super().__init__(label)
        self.scale = scale
        label.installEventFilter(self)
        self.apply(label)

    def apply(self, label: QLabel) -> None:
        font = QApplication.font()  # the body text, also right after a size change
        font.setPointSizeF(font.pointSizeF() * self.scale)
        font.setBold(True)
        if label.font() != font:
            label.setFont(font)  # a FontChange again, now with nothing left to do

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QLabel):
            self.apply(watched)
        return False


def keep_emphasis(label: QLabel, scale: float = 1.0) -> QLabel:
    """Make `label` bold and `scale` times the body text, also after a text-size change."""
    _Emphasis(label, scale)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FieldRow(QWidget):
    """Question, hint, input, help button and the place for a validation message."""

    def __init__(
        self,
        item: Item,
        context: FormContext,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)  # made in place: see SectionPage
        self.item = item
        self._seal = context.seal
        lang = context.lang
        self._hint = tr(item.hint, lang) if item.hint else ""  # the field's description
        self.binder: Binder = make_binder(item, context, self)
        self.binder.changed.connect(changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        top = QHBoxLayout()
        text = tr(item.text, lang)
        if item.required:
            text += f" {t('required', lang)}"
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.binder.widget)
        keep_emphasis(self.label)
        top.addWidget(self.label, 1)
        self.help_button: QToolButton | None = None
        if item.guidance is not None or item.examples:
            self.help_button = QToolButton(self)
            self.help_button.setText("?")
            self.help_button.setObjectName(f"help_button_{item.id}")
            self.help_button.setAccessibleName(t("help_for", lang, text=tr(item.text, lang)))
            self.help_button.setToolTip(t("help_for", lang, text=tr(item.text, lang)))
            self.help_button.setMinimumSize(28, 28)
            self.help_button.clicked.connect(lambda: self.open_help(lang))
            top.addWidget(self.help_button)
        top.addWidget(ReadAloudButton(item.id, tr(item.text, lang), lang, self.spoken_text))
        layout.addLayout(top)
        self.hint: QLabel | None = None
        if item.hint is not None:
            self.hint = hint = QLabel(tr(item.hint, lang), self)
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setObjectName("hint")
            layout.addWidget(hint)
        layout.addWidget(self.binder.widget)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

    def spoken_text(self) -> str:
        """What "Voorlezen" reads: the question, then the hint under it."""
        hint = self.hint.text() if self.hint is not None else ""
        return f"{self.label.text()}\n{hint}".strip()

    def open_help(self, lang: str) -> HelpDialog:
        dialog = HelpDialog(self.item, lang, self.insert_example, self)
        dialog.open()
        return dialog

    def insert_example(self, text: str) -> None:
        """An example goes in as one undo step, apart from what was typed before and after."""
        self._seal()
        self.binder.insert_example(text)
        self._seal()

    def show_error(self, message: str | None) -> None:
        """Show the field's problem (or none); a new one on screen is said aloud as well."""
        if message and message != self.error.text() and self.isVisible():
            announce(self.error, message)  # polite: it comes while the person types
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.binder.widget.setAccessibleDescription(message or self._hint)


class GroupView(QWidget):
    """The items of one group instance (or of a section)."""

    def __init__(
        self,
        item: Item,
        context: FormContext,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)  # made in place: see SectionPage
        self.item = item
        self.context = context
        self.rows: list[tuple[Item, QWidget]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for child in item.items:
            widget: QWidget
            if child.type is ItemType.DISPLAY:
                widget = QLabel(tr(child.text, context.lang), self)
                widget.setWordWrap(True)
                widget.setTextFormat(Qt.TextFormat.PlainText)
                widget.setObjectName("intro")
            elif child.type is ItemType.GROUP and child.repeats is not None:
                widget = RepeatView(child, context, changed, self)
            elif child.type is ItemType.GROUP:
                widget = NestedGroup(child, context, changed, self)
            else:
                widget = FieldRow(child, context, changed, self)
            self.rows.append((child, widget))
            layout.addWidget(widget)

    def to_nodes(self) -> list[Node]:
        nodes: list[Node] = []
        for item, widget in self.rows:
            if isinstance(widget, FieldRow):
                value = widget.binder.value()
                if not is_empty(value):
                    nodes.append(Node(item.id, value))
            elif isinstance(widget, RepeatView):
                nodes.extend(widget.to_nodes())
            elif isinstance(widget, NestedGroup):
                nodes.append(Node(item.id, None, widget.group.to_nodes()))
        return nodes

    def load(self, nodes: list[Node]) -> None:
        for item, widget in self.rows:
            mine = [n for n in nodes if n.id == item.id]
            if isinstance(widget, FieldRow):
                widget.binder.set_value(mine[0].value if mine else None)
            elif isinstance(widget, RepeatView):
                widget.load(mine)
            elif isinstance(widget, NestedGroup):
                widget.group.load(mine[0].children if mine else [])

    def update_visibility(self, scopes: list[Node]) -> None:
        """Show the rows whose conditions hold; `scopes` ends with this group's own node."""
        for item, widget in self.rows:
            shown = item_enabled(item, scopes)
            if widget.isHidden() == shown:  # a call that changes nothing still costs
                widget.setVisible(shown)
            if isinstance(widget, RepeatView):
                for instance, node in zip(widget.instances, widget.to_nodes(), strict=True):
                    instance.group.update_visibility([*scopes, node])
            elif isinstance(widget, NestedGroup):
                node = Node(item.id, None, widget.group.to_nodes())
                widget.group.update_visibility([*scopes, node])

    def field_rows(self) -> list[FieldRow]:
        rows: list[FieldRow] = []
        for _, widget in self.rows:
            if isinstance(widget, FieldRow):
                rows.append(widget)
            elif isinstance(widget, RepeatView):
                for instance in widget.instances:
                    rows.extend(instance.group.field_rows())
            elif isinstance(widget, NestedGroup):
                rows.extend(widget.group.field_rows())
        return rows


class NestedGroup(QFrame):
    """A group inside a section that does not repeat: a titled box."""

    def __init__(
        self,
        item: Item,
        context: FormContext,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)  # made in place: see SectionPage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{_escape(tr(item.text, context.lang))}</b>", self)
        layout.addWidget(title)
        if item.hint is not None:
            hint = QLabel(tr(item.hint, context.lang), self)
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(hint)
        self.group = GroupView(item, context, changed, self)
        layout.addWidget(self.group)


class Instance(QFrame):
    """One entry of a repeatable group, with remove / up / down buttons. An entry that lists
    can pick (a toolbox item) keeps its `key`."""

    def __init__(self, view: RepeatView, changed: Callable[[], None], key: str | None) -> None:
        super().__init__(view)  # made in place: see SectionPage
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        self.up = QToolButton(self)
        self.up.setText("↑")
        self.down = QToolButton(self)
        self.down.setText("↓")
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        for button in (self.up, self.down, self.remove):
            button.setMinimumSize(28, 28)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.group = GroupView(view.item, view.context, changed, self)
        layout.addWidget(self.group)
        rows = self.group.field_rows()
        # the entry is named by its first answer (as in the plan): "Oranje: …", not "Fase 1"
        self.namer = rows[0].binder if rows and rows[0].item is _first_question(view.item) else None
        if self.namer is not None:
            self.namer.changed.connect(view.retitle)
        self.up.clicked.connect(lambda: view.move_instance(self, -1))
        self.down.clicked.connect(lambda: view.move_instance(self, 1))
        self.remove.clicked.connect(lambda: view.remove_instance(self))


def _first_question(group: Item) -> Item | None:
    return next((i for i in group.items if i.type is not ItemType.DISPLAY), None)


def first_add_label(label: str) -> str:
    """The add button's words while there is no entry yet: "Nog een fase toevoegen" becomes
    "Een fase toevoegen", "Add another phase" "Add a phase", "Add someone else" "Add someone"."""
    if label.startswith("Nog "):
        rest = label.removeprefix("Nog ")
        return rest[:1].upper() + rest[1:]
    if label.startswith("Add another "):
        rest = label.removeprefix("Add another ")
        return f"Add {'an' if rest[:1].lower() in 'aeiou' else 'a'} {rest}"
    if label.startswith("Add ") and label.endswith(" else"):
        return label.removesuffix(" else")
    return label


class RepeatView(QWidget):
    """A repeatable group: its instances, and a button to add one."""

    def __init__(
        self,
        item: Item,
        context: FormContext,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)  # made in place: see SectionPage
        self.item = item
        self.context = context
        self._changed = changed
        self.instances: list[Instance] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        heading = QLabel(f"<b>{_escape(tr(item.text, context.lang))}</b>", self)
        layout.addWidget(heading)
        self.box = QVBoxLayout()
        layout.addLayout(self.box)
        assert item.repeats is not None
        label = item.repeats.add_label
        self.add_label = (
            tr(label, context.lang)
            if label
            else t("add_entry", context.lang, label=tr(item.text, context.lang))
        )
        self.add_button = QPushButton(first_add_label(self.add_label), self)
        self.add_button.setObjectName(f"add_{item.id}")
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button)

    def add(self) -> Instance:
        instance = self._add_instance()
        instance.setVisible(self.isVisible())  # now, not queued: so that focus can go there
        self._renumber()
        instance.group.setFocus()
        focusable = instance.group.field_rows()
        if focusable:
            focusable[0].binder.widget.setFocus()
        self._changed()
        return instance

    def _add_instance(self, key: str | None = None) -> Instance:
        if key is None and self.item.id in self.context.pick_targets:
            key = picks.new_key()
        instance = Instance(self, self._changed, key)
        self.instances.append(instance)
        self.box.addWidget(instance)
        return instance

    def remove_instance(self, instance: Instance) -> None:
        if instance.key is not None and not self.context.may_remove(self, instance.key):
            return
        self.instances.remove(instance)
        self.box.removeWidget(instance)
        instance.deleteLater()
        self._renumber()
        self.add_button.setFocus()
        self._changed()

    def move_instance(self, instance: Instance, step: int) -> None:
        index = self.instances.index(instance)
        target = index + step
        if not 0 <= target < len(self.instances):
            return
        self.instances[index], self.instances[target] = (
            self.instances[target],
            self.instances[index],
        )
        self.box.removeWidget(instance)
        self.box.insertWidget(target, instance)
        self._renumber()
        (instance.up if step < 0 else instance.down).setFocus()
        self._changed()

    def _renumber(self) -> None:
        lang = self.context.lang
        label = tr(self.item.text, lang)
        high = self.item.repeats.max if self.item.repeats else None
        self.retitle()
        for number, instance in enumerate(self.instances, start=1):
            instance.remove.setAccessibleName(t("remove_entry", lang, label=label, n=number))
            instance.up.setAccessibleName(t("move_up", lang, label=label, n=number))
            instance.down.setAccessibleName(t("move_down", lang, label=label, n=number))
            for button in (instance.remove, instance.up, instance.down):
                button.setToolTip(button.accessibleName())
            instance.up.setEnabled(number > 1)
            instance.down.setEnabled(number < len(self.instances))
        self.add_button.setEnabled(high is None or len(self.instances) < high)
        self.add_button.setText(
            self.add_label if self.instances else first_add_label(self.add_label)
        )

    def retitle(self) -> None:
        """Name each entry by its first answer, or by its number while that is empty."""
        lang = self.context.lang
        label = tr(self.item.text, lang)
        for number, instance in enumerate(self.instances, start=1):
            named = instance.namer.shown() if instance.namer is not None else ""
            title = named or t("entry", lang, label=label, n=number)
            instance.title.setText(f"<b>{_escape(title)}</b>")

    def to_nodes(self) -> list[Node]:
        return [Node(self.item.id, None, i.group.to_nodes(), i.key) for i in self.instances]

    def load(self, nodes: list[Node]) -> None:
        for instance in self.instances:
            self.box.removeWidget(instance)
            instance.deleteLater()
        self.instances = []
        for node in nodes:
            self._add_instance(node.key).group.load(node.children)
        self._renumber()


def reading_order(widget: QWidget | None) -> list[QWidget]:
    """The widgets below `widget` in the order their layouts show them (not the order in
    which they were made: entries added later are shown in the middle)."""
    found: list[QWidget] = []

    def walk_layout(layout: object) -> None:
        from PySide6.QtWidgets import QLayout

        assert isinstance(layout, QLayout)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            child = item.widget()
            if child is not None:
                found.append(child)
                if child.layout() is not None:
                    walk_layout(child.layout())
                for inner in child.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                ):
                    if inner.layout() is None and inner not in found and _not_in_layout(inner):
                        found.append(inner)
            elif item.layout() is not None:
                walk_layout(item.layout())

    if widget is not None and widget.layout() is not None:
        walk_layout(widget.layout())
    return found


def _not_in_layout(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return layout is None or layout.indexOf(widget) < 0


def fix_tab_order(start: QWidget, body: QWidget | None) -> None:
    """Tab goes through `body` in reading order, right after `start`."""
    if body is None:
        return
    previous = start
    for widget in reading_order(body):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            QWidget.setTabOrder(previous, widget)
            previous = widget
