"""A plan's pages are built in place: with the app's style sheet, moving a built widget into a
new parent restyles everything inside it, and a triad card has thousands of widgets (it took
about 5 s of processor time to open when its parts were built first and moved in after)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from samenplan import shipped
from samenplan.formkit.answers import Answers
from samenplan.ui.formview.binders import FormContext
from samenplan.ui.formview.form import FormView


class ParentChanges(QObject):
    """Counts the widgets restyled by moves between parents: a moved widget and all inside."""

    def __init__(self) -> None:
        super().__init__()
        self.restyled = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and isinstance(watched, QWidget):
            self.restyled += 1 + len(watched.findChildren(QWidget))
        return False


def test_a_triad_card_is_built_with_few_moves_between_parents(qtbot):
    forms = shipped.forms()
    counter = ParentChanges()
    app = QApplication.instance()
    app.installEventFilter(counter)
    try:
        view = FormView(forms["triadekaart"], Answers([]), FormContext(lang="nl"))
    finally:
        app.removeEventFilter(counter)
    qtbot.addWidget(view)
    widgets = len(view.findChildren(QWidget))
    assert widgets > 1000
    print(f"{widgets} widgets, {counter.restyled} restyled by moves")
    # small parts (a label into its row, say) are still moved in; before, every row, group
    # and page was built apart and moved in whole, level after level
    assert counter.restyled < 2 * widgets, (counter.restyled, widgets)
