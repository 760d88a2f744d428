"""The guided form: a step list of sections on the left, one section per page, Back / Next /
"Opslaan en later verder".

Built from a `FormDef` only; no form has hand-written widgets. `edited` fires after each
change with the answers already updated (`last_field` names the question); recording it for
undo and saving it are the caller's job (the dossier's document).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from samenplan.formkit import picks
from samenplan.formkit.answers import Answers, Node
from samenplan.formkit.model import FormDef, Item
from samenplan.formkit.progress import section_progress
from samenplan.formkit.text import tr
from samenplan.formkit.validate import Issue, validate
from samenplan.ui import dialogs
from samenplan.ui.formview.binders import FormContext, PersonBinder, PickListBinder
from samenplan.ui.formview.views import (
    FieldRow,
    GroupView,
    RepeatView,
    fix_tab_order,
    keep_emphasis,
    reading_order,
)
from samenplan.ui.strings import t
from samenplan.ui.widgets import heading

HEADING_SCALE = 1.4  # a section's title, times the body text


class SectionPage(QScrollArea):
    def __init__(
        self, section: Item, context: FormContext, changed: object, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # in place first, then filled: with the app's style sheet every move of a built
        # widget into a new parent restyles all that is inside it (see FormView)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        title = heading(tr(section.text, context.lang), HEADING_SCALE, "section_title")
        layout.addWidget(keep_emphasis(title, HEADING_SCALE))
        # A section is one group, or (rarely) a group that repeats as a whole.
        self.group: GroupView | None = None
        self.repeat: RepeatView | None = None
        if section.repeats is None:
            self.group = GroupView(section, context, changed, body)  # type: ignore[arg-type]
            layout.addWidget(self.group)
        else:
            self.repeat = RepeatView(section, context, changed, body)  # type: ignore[arg-type]
            layout.addWidget(self.repeat)
        layout.addStretch(1)

    def to_nodes(self) -> list[Node]:
        if self.repeat is not None:
            return self.repeat.to_nodes()
        assert self.group is not None
        children = self.group.to_nodes()
        return [Node(self.section.id, None, children)] if children else []

    def load(self, nodes: list[Node]) -> None:
        if self.repeat is not None:
            self.repeat.load(nodes)
        elif self.group is not None:
            self.group.load(nodes[0].children if nodes else [])

    def update_visibility(self, root: Node) -> None:
        if self.repeat is not None:
            for instance, node in zip(self.repeat.instances, self.repeat.to_nodes(), strict=True):
                instance.group.update_visibility([root, node])
        elif self.group is not None:
            own = self.to_nodes()
            self.group.update_visibility([root, own[0] if own else Node(self.section.id, None, [])])

    def field_rows(self) -> list[FieldRow]:
        if self.repeat is not None:
            return [row for i in self.repeat.instances for row in i.group.field_rows()]
        assert self.group is not None
        return self.group.field_rows()


class StepList(QListWidget):
    """The list of sections: titles wrap, and the list is never narrower than the longest
    word of a title (the first with the ✓ of a done section before it, done or not, so the
    width stays), so at a large text size no title is cut off with "…" and no ✓ stands on
    a line of its own."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_words()

    def fit_words(self) -> None:
        metrics = self.fontMetrics()
        widest = 0
        for n in range(self.count()):
            first, *rest = self.item(n).text().removeprefix("✓ ").split() or [""]
            for word in (f"✓ {first}", *rest):
                widest = max(widest, metrics.horizontalAdvance(word))
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setMinimumWidth(widest + bar + 2 * self.frameWidth() + metrics.averageCharWidth() * 2)


class FormView(QWidget):
    edited = Signal()
    save_requested = Signal()

    def __init__(
        self,
        form: FormDef,
        answers: Answers,
        context: FormContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)  # made in place: see SectionPage
        self.form = form
        sections = {item.id: s.text for s in form.sections() for item in s.walk()}
        self.context = context = replace(
            context,
            pick_targets={g: tr(sections[g], context.lang) for g in picks.targets(form)},
            may_remove=self._may_remove,
        )
        picks.ensure_keys(form, answers)  # toolbox items written before picking existed
        self.setObjectName(f"form_{form.id}")
        self.last_field = ""  # the question of the latest edit
        # where the answers live (the open dossier), to show them again after undo/redo
        self.answers_source: Callable[[], Answers] | None = None
        self._loading = False
        self.visited: set[int] = set()  # sections the person has moved past
        self._shown_page: int | None = None
        lang = context.lang

        layout = QVBoxLayout(self)
        splitter = QSplitter(self)
        layout.addWidget(splitter)
        self.steps = StepList(splitter)
        self.steps.setObjectName("steps")
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setAccessibleName(t("steps", lang))
        right = QWidget(splitter)
        self.pages = QStackedWidget(right)

        self.back = QPushButton(t("back", lang), right)
        self.back.setObjectName("back")
        self.next = QPushButton(t("next", lang), right)
        self.next.setObjectName("next")
        self.later = QPushButton(t("save_later", lang), right)
        self.later.setObjectName("save_later")
        self.status = QLabel(right)
        self.status.setObjectName("save_status")
        self.back.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        self.later.clicked.connect(self.save_requested)

        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        nav.addStretch(1)
        nav.addWidget(self.status)
        nav.addWidget(self.later)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.pages, 1)
        right_layout.addLayout(nav)
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 650])

        # the frame is in place before the pages go in: with the app's style sheet, every
        # move of a built widget into a new parent restyles all that is inside it, and the
        # pages hold thousands of widgets (a triad card took seconds more when built first)
        self.section_pages: list[SectionPage] = []
        for section in form.sections():
            page = SectionPage(section, context, self._changed, self.pages)
            self.section_pages.append(page)
            self.pages.addWidget(page)
            self.steps.addItem(QListWidgetItem(tr(section.text, lang)))
        self.steps.fit_words()
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.steps.currentRowChanged.connect(self._page_changed)

        self.load(answers)
        self._snapshot = self._as_text()
        self.steps.setCurrentRow(0)

    # ------------------------------------------------------------------ answers

    def answers(self) -> Answers:
        return Answers([node for page in self.section_pages for node in page.to_nodes()])

    def _as_text(self) -> str:
        return json.dumps(self.answers().to_json(), ensure_ascii=False)

    def load(self, answers: Answers) -> None:
        self._loading = True
        try:
            for page in self.section_pages:
                page.load([n for n in answers.items if n.id == page.section.id])
        finally:
            self._loading = False
        self.refresh()

    def show_answers(self, answers: Answers, item_id: str = "") -> None:
        """Show answers changed elsewhere (undo, redo), with the keyboard on `item_id`."""
        self.load(answers)
        self._snapshot = self._as_text()
        if not item_id:
            return
        for index, page in enumerate(self.section_pages):
            row = next((r for r in page.field_rows() if r.item.id == item_id), None)
            if row is not None:
                self.go_to(index)
                row.binder.widget.setFocus()
                return

    def _changed(self) -> None:
        if self._loading:
            return
        after = self._as_text()
        if after == self._snapshot:
            self.refresh()
            return
        sender = self.sender()
        self.last_field = getattr(getattr(sender, "item", None), "id", "")
        self._snapshot = after
        self.refresh()
        self.edited.emit()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_people()  # people may have been added while the form was not shown
        super().showEvent(event)

    def refresh_people(self) -> None:
        """Every person picker offers who is in the dossier's people now."""
        for page in self.section_pages:
            for row in page.field_rows():
                if isinstance(row.binder, PersonBinder):
                    row.binder.refresh()

    def _pick_lists(self) -> list[PickListBinder]:
        return [
            row.binder
            for page in self.section_pages
            for row in page.field_rows()
            if isinstance(row.binder, PickListBinder)
        ]

    def _may_remove(self, parent: QWidget, key: str) -> bool:
        """Before a picked entry (a toolbox item) is removed: say where it is used and ask;
        when it goes, it goes from those lists too."""
        answers = self.answers()
        used = picks.where_used(self.form, answers, key)
        if used:
            lang = self.context.lang
            sections = {i.id: s for s in self.form.sections() for i in s.walk()}
            places = "\n".join(
                f"• {tr(sections[i.id].text, lang)}: {tr(i.text, lang)}" for i in used
            )
            name = picks.labels(self.form, answers).get(key, "")
            text = t("pick_remove_text", lang, name=name, places=places)
            title = t("pick_remove_title", lang)
            if not dialogs.confirm(parent, lang, title, text, t("pick_remove_yes", lang)):
                return False
        for binder in self._pick_lists():
            binder.drop(key)
        return True

    # ------------------------------------------------------------------ display

    def refresh(self) -> None:
        """Conditions, validation messages, what lists can pick and the done marks."""
        answers = self.answers()
        root = answers.root()
        self.refresh_people()  # a person added from one picker is offered in all
        for binder in self._pick_lists():
            binder.set_options(picks.options(self.form, answers, binder.item))
        lang = self.context.lang
        issues: dict[str, Issue] = {}
        for found in validate(self.form, answers):
            issues.setdefault(found.item_id, found)
        for index, page in enumerate(self.section_pages):
            page.update_visibility(root)
            for row in page.field_rows():
                issue: Issue | None = issues.get(row.item.id)
                # "Vul dit nog in" only once the person has moved past the section.
                if issue is not None and issue.code == "required" and index not in self.visited:
                    issue = None
                row.show_error(row.binder.problem() or (issue.message.get(lang) if issue else None))
        current = self.section_pages[self.pages.currentIndex()] if self.section_pages else None
        if current is not None:
            fix_tab_order(current, current.widget())
        for index, progress in enumerate(section_progress(self.form, answers)):
            item = self.steps.item(index)
            title = tr(self.form.sections()[index].text, lang)
            if progress.started:
                item.setText(f"✓ {title}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {t('done', lang)}")
            else:
                item.setText(title)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole, f"{title}, {t('not_started', lang)}"
                )

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.section_pages):
            self.steps.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        if self._shown_page is not None and self._shown_page != index:
            self.visited.add(self._shown_page)
            self.refresh()
        self._shown_page = index
        fix_tab_order(self.section_pages[index], self.section_pages[index].widget())
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.section_pages) - 1)
        self.focus_first()

    def focus_first(self) -> None:
        """Put the keyboard on the first shown question of the current section."""
        page = self.section_pages[self.pages.currentIndex()]
        for widget in reading_order(page.widget()):  # a question, or a repeat's "add" button
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and not widget.objectName().startswith(("help_button_", "read_button_"))
            ):
                widget.setFocus()
                return

    def field(self, item_id: str) -> FieldRow:
        """The row of a question (the first instance, in a repeated group)."""
        for page in self.section_pages:
            for row in page.field_rows():
                if row.item.id == item_id:
                    return row
        raise KeyError(item_id)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
