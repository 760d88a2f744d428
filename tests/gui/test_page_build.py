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
    """Counts the widgets restyled by moves between parents: a moved widget and all inside
    (`restyled`), and of those the ones that were inside a moved widget (`carried`: a widget
    made with its parent is restyled once then, on its own); only in `within`, when given."""

    def __init__(self, within: QWidget | None = None) -> None:
        super().__init__()
        self.within = within
        self.restyled = self.carried = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ParentChange or not isinstance(watched, QWidget):
            return False
        if self.within is None or self.within.isAncestorOf(watched):
            inside = len(watched.findChildren(QWidget))
            self.restyled += 1 + inside
            self.carried += inside
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


def test_opening_a_triad_card_in_the_window_carries_few_widgets_into_new_parents(qtbot):
    """The whole way: the page is made in the window's stack, the form in its page and each
    input in its row (before, the form was built apart and moved into its page, the page
    into a frame and the frame into the window: all its widgets restyled three times)."""
    from samenplan.ui.main import MainWindow

    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.show()
    window.start()
    counter = ParentChanges(within=window.stack)  # not the combo boxes' own pop-up lists
    app = QApplication.instance()
    app.installEventFilter(counter)
    try:
        window.open_member_card("p-ellen")
    finally:
        app.removeEventFilter(counter)
    page = window.stack.currentWidget()
    assert page.findChild(FormView) is not None
    widgets = len(page.findChildren(QWidget))
    print(f"{widgets} widgets, {counter.carried} carried along by moves")
    assert widgets > 1000
    assert counter.carried < widgets // 10, (counter.carried, widgets)
