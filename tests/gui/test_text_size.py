"""Text at 200 %: every main screen and dialog, in the app's own look, at twice the 9 pt body
text, is checked for clipped or overlapping words and for tick boxes that stay small.

`problems()` is the check: a label or button smaller than its own size hint (a wrapping label:
than the height it needs at its width), a widget sticking out of its parent, two visible
siblings on top of each other, a tick box or round choice whose indicator is smaller than
most of the text's height, a word of a list item wider than its row (cut with "…"), a page
that scrolls sideways. It is tried on a broken layout first, so it can fail. Every dialog
must also fit on the screen (`off_screen()`), and the rows that wrap keep their items centred
on one line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QWidget,
)

from samenplan import shipped
from samenplan.config import Config
from samenplan.ui import about, look, profile_backup, profile_health, read_aloud
from samenplan.ui.exchange import AddressDialog, SendDialog
from samenplan.ui.flow import FlowLayout
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import TEXT_SCALES, MainWindow
from samenplan.ui.members import AgreementDialog, MemberDialog
from samenplan.ui.people import PersonDialog
from samenplan.ui.secrets import ChangePassphraseDialog
from samenplan.ui.unlock import UnlockPage
from samenplan.ui.welcome import WelcomePage
from samenplan.vault.profiles import ProfileInfo
from samenplan.workspace.health import Kind
from tests.gui.test_app import fast_kdf, make_window, unlock
from tests.gui.test_conflicts import _plant

__all__ = ["fast_kdf"]

BODY_PT = 9.0  # the body text the check starts from; the window doubles it
SIZE = (1200, 860)  # the window's first size (main.DEFAULT_SIZE)
LAPTOP = (1280, 900)  # the screen every dialog must fit at 200 %
ROOT = Path(__file__).resolve().parents[2]
INDICATOR_SHARE = 0.7  # an indicator at least this share of the text's line height
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def _shown(widget: QWidget) -> Iterator[QWidget]:
    """Every visible widget in `widget`'s tree, itself first; hidden branches are skipped."""
    yield widget
    for child in widget.findChildren(QWidget, options=_DIRECT):
        if child.isVisible() and not child.isWindow():
            yield from _shown(child)


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {text[:40]!r}"


def _in_scroller(widget: QWidget) -> bool:
    """Inside a scroll area's viewport, where a part out of sight is scrolled to, not cut."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)


def problems(root: QWidget) -> list[str]:
    found: list[str] = []
    for widget in _shown(root):
        size, hint = widget.size(), widget.sizeHint()
        too_small = hint.width() > size.width() + 1 or hint.height() > size.height() + 1
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > size.height() + 1:
                    found.append(f"{_name(widget)}: {need} px high needed, {size.height()} given")
            elif too_small:
                found.append(f"{_name(widget)}: needs {hint.toTuple()}, has {size.toTuple()}")
        if isinstance(widget, QAbstractButton) and widget.text() and too_small:
            found.append(f"{_name(widget)}: needs {hint.toTuple()}, has {size.toTuple()}")
        if isinstance(widget, QCheckBox | QRadioButton):
            metric = (
                QStyle.PixelMetric.PM_IndicatorHeight
                if isinstance(widget, QCheckBox)
                else QStyle.PixelMetric.PM_ExclusiveIndicatorHeight
            )
            indicator = widget.style().pixelMetric(metric, None, widget)
            line = widget.fontMetrics().height()
            if indicator < INDICATOR_SHARE * line:
                found.append(f"{_name(widget)}: indicator {indicator} px for {line} px text")
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found += _cut_headings(widget)
        if isinstance(widget, QListWidget):
            found += _cut_items(widget)
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            found.append(f"{_name(widget)} scrolls sideways")
        parent = widget.parentWidget()
        inside = parent is None or widget is root or _in_scroller(widget)
        if not inside and not parent.rect().contains(widget.geometry()):
            found.append(f"{_name(widget)} sticks out of {_name(parent)}")
        siblings = [
            c for c in widget.findChildren(QWidget, options=_DIRECT)
            if c.isVisible() and not c.isWindow()
        ]  # fmt: skip
        for n, first in enumerate(siblings):
            for second in siblings[n + 1 :]:
                overlap = first.geometry() & second.geometry()
                if overlap.width() > 1 and overlap.height() > 1:
                    found.append(f"{_name(first)} overlaps {_name(second)}")
    return found


def _cut_headings(header: QHeaderView) -> list[str]:
    """Column headings (bold in the sheet) whose longest line is wider than the column."""
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = header.model()
    found = []
    for column in range(header.count()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        need = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
        need += 2 * look.SPACE[1]  # the sheet's padding of a heading
        if not header.isSectionHidden(column) and need > header.sectionSize(column):
            found.append(f"column {text!r}: {need} px wide needed, {header.sectionSize(column)}")
    return found


def _cut_items(items: QListWidget) -> list[str]:
    """List items with a word wider than the row (a wrapping list cuts it with "…")."""
    metrics = items.fontMetrics()
    margin = 2 * (items.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    found = []
    for row in range(items.count()):
        item = items.item(row)
        widest = max((metrics.horizontalAdvance(w) for w in item.text().split()), default=0)
        room = min(items.visualItemRect(item).width(), items.viewport().width()) - margin
        if widest > room:
            found.append(f"list item {item.text()!r}: a word of {widest} px in {room} px")
    return found


@pytest.fixture
def app_at_200(qapp):
    """The app's look, a 9 pt body text, and after the test the plain application again."""
    before = QApplication.font()
    font = QFont(before)
    font.setPointSizeF(BODY_PT)
    QApplication.setFont(font)
    look.apply(qapp)
    yield qapp
    look.remove(qapp)
    QApplication.setFont(before)


@pytest.fixture
def window(qtbot, tmp_path, app_at_200):
    config = Config(tmp_path)
    config.set("ui/text_scale", TEXT_SCALES[-1])
    w = MainWindow(shipped.forms(), None, config, "nl", shipped.demo_dossier)
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    return w


def settled(qtbot, widget: QWidget) -> QWidget:
    """The widget after the style sheet, the layouts and its own one-off timers (the card
    drawn again at its new width, the comparison's rows fitted; not the idle lock's ten
    minutes) have caught up."""
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() == 2 * BODY_PT)
    qtbot.wait(50)
    waiting = [t for t in widget.findChildren(QTimer) if t.isSingleShot() and t.interval() < 1000]
    qtbot.waitUntil(lambda: not any(timer.isActive() for timer in waiting))
    QApplication.processEvents()
    return widget


def test_the_largest_text_size_is_twice_the_normal_one():
    assert TEXT_SCALES[-1] == 2.0
    assert TEXT_SCALES.index(1.0) < len(TEXT_SCALES) - 1


def test_the_check_finds_clipped_text_overlap_and_small_tick_boxes(qtbot, app_at_200):
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(300, 200)
    label = QLabel("Een zin die veel te lang is voor zijn plek", page)
    label.setGeometry(0, 0, 60, 10)
    tick = QCheckBox("Yoga", page)
    tick.setGeometry(0, 5, 200, 40)
    font = tick.font()
    font.setPointSizeF(40)
    tick.setFont(font)
    tick.setStyleSheet("QCheckBox::indicator { width: 8px; height: 8px; }")
    steps = QListWidget(page)
    steps.setWordWrap(True)
    steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # as a form's
    steps.addItem("Vroege waarschuwingstekens")
    steps.setGeometry(0, 50, 90, 60)
    scroller = QScrollArea(page)
    scroller.setWidget(QLabel("Een rij knoppen die breder is dan het venster " * 3))
    scroller.setGeometry(0, 120, 200, 70)
    page.show()
    qtbot.waitExposed(page)
    found = problems(page)
    assert any("needs" in p and "QLabel" in p for p in found), found
    assert any("overlaps" in p for p in found), found
    assert any("indicator 8 px" in p for p in found), found
    assert any("waarschuwingstekens" in p and "a word of" in p for p in found), found
    assert any("scrolls sideways" in p for p in found), found


@pytest.mark.parametrize(
    "screen",
    ["overview", "crisis_form", "wrap_picks", "member_card", "comparison", "card", "versions"],
)
def test_every_screen_of_the_demo_fits_at_200_percent(qtbot, window, screen):
    window.open_demo()
    crisis, wrap = window.forms["crisiskaart"], window.forms["wrap"]
    go = {
        "overview": window.show_home,
        "crisis_form": lambda: window.open_plan(
            "crisiskaart", section=[s.id for s in crisis.sections()].index("bejegening")
        ),
        "wrap_picks": lambda: window.open_plan(
            "wrap", section=[s.id for s in wrap.sections()].index("triggers")
        ),
        "member_card": lambda: window.open_member_card("p-ellen"),
        "comparison": window.show_comparison,
        "card": lambda: window.show_card("crisis"),
        "versions": lambda: window.show_versions("wrap"),
    }
    go[screen]()
    page = settled(qtbot, window.stack.currentWidget())
    assert page.font().pointSizeF() == pytest.approx(2 * BODY_PT)
    assert problems(window) == []


def test_the_tick_boxes_of_a_form_grow_with_the_text(qtbot, window):
    window.open_demo()
    wrap = window.forms["wrap"]
    window.open_plan("wrap", section=[s.id for s in wrap.sections()].index("triggers"))
    page = settled(qtbot, window.stack.currentWidget())
    ticks = [b for b in page.findChildren(QCheckBox) if b.isVisible()]
    assert ticks
    for tick in ticks:
        height = tick.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, tick)
        assert height >= INDICATOR_SHARE * tick.fontMetrics().height()


def test_first_run_and_unlock_fit_at_200_percent(qtbot, window):
    window.show_page(lambda: WelcomePage("nl", keyring_usable=False))
    assert problems(settled(qtbot, window)) == []
    people = [ProfileInfo("a" * 32, "Karin (consulent)"), ProfileInfo("b" * 32, "Noor")]
    window.show_page(lambda: UnlockPage("nl", people, "a" * 32))
    page = settled(qtbot, window.stack.currentWidget())
    assert isinstance(page, UnlockPage)
    page.error.setText("Dit wachtwoord klopt niet. Probeer het nog eens.")
    QApplication.processEvents()
    assert problems(window) == []


def test_dialogs_and_help_fit_at_200_percent(qtbot, window):
    window.open_demo()
    crisis = window.forms["crisiskaart"]
    window.open_plan("crisiskaart", section=[s.id for s in crisis.sections()].index("bejegening"))
    form = settled(qtbot, window.stack.currentWidget()).findChild(FormView)
    assert form is not None
    dialogs: list[QDialog] = [
        form.field("wel_doen").open_help("nl"),
        SendDialog(window, "Ellen Bakker", "nl"),
        ChangePassphraseDialog(window, "nl", ["Karin (consulent)"]),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        assert dialog.font().pointSizeF() == pytest.approx(2 * BODY_PT)
        assert problems(dialog) == [], dialog.objectName()
        dialog.close()


def off_screen(dialog: QWidget) -> list[str]:
    """A shown dialog's part outside its screen's free room, or a layout that needs more."""
    free = dialog.screen().availableGeometry()
    found = []
    if not free.contains(dialog.frameGeometry()):
        found.append(f"{dialog.objectName()}: {dialog.frameGeometry()} outside {free}")
    need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if need.width() > free.width() or need.height() > free.height():
        found.append(f"{dialog.objectName()}: needs {need.toTuple()} in {free.size().toTuple()}")
    return found


def test_the_screen_check_finds_a_dialog_wider_than_the_screen(qtbot, app_at_200):
    dialog = QDialog()
    dialog.setObjectName("too_wide")
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    dialog.setMinimumWidth(free.width() + 100)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert any("too_wide" in p and "outside" in p for p in off_screen(dialog))
    assert any("needs" in p for p in off_screen(dialog))


def test_every_dialog_fits_on_a_laptop_screen_at_200_percent(qtbot, tmp_path, app_at_200):
    """The dialogs over an unlocked profile with a conflict copy, each shown where Qt puts it:
    inside a 1280 × 900 screen's free room, with nothing clipped. (Run again in a process of
    its own with such a screen, where the tests' screen is another size.)"""
    if QApplication.primaryScreen().availableGeometry().size().toTuple() != LAPTOP:
        screen = tmp_path / "laptop.json"
        width, height = LAPTOP
        screen.write_text(
            json.dumps({"screens": [{"name": "laptop", "width": width, "height": height}]})
        )
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
        test = f"{Path(__file__).relative_to(ROOT)}::{test_every_dialog_fits_on_a_laptop_screen_at_200_percent.__name__}"
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", test],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stdout[-4000:]
        assert "1 passed" in run.stdout
        return
    _plant(tmp_path)
    Config(tmp_path).set("ui/text_scale", TEXT_SCALES[-1])
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    dossier = shipped.demo_dossier()
    check = profile_health.ProfileHealthDialog(window)
    [row] = [n for n, p in enumerate(check.problems) if p.kind is Kind.CONFLICT_COPY]
    check.list.setCurrentRow(row)
    check.open_conflict()
    assert check.conflict_dialog is not None
    info = about.AboutDialog(window, "nl")
    dialogs: list[QDialog] = [
        check,
        check.conflict_dialog,
        info,
        info.show_licences(),
        SendDialog(window, "Ellen Bakker", "nl"),
        AddressDialog(window, "nl", "sp1" + "a" * 60, "AB12 CD34 EF56 GH78"),
        ChangePassphraseDialog(window, "nl", ["Karin (consulent)"]),
        MemberDialog(window, dossier, "nl"),
        AgreementDialog(window, dossier, "Boodschappen doen", "nl"),
        PersonDialog(window, "nl"),
    ]
    try:
        for dialog in dialogs:
            dialog.show()
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            assert dialog.font().pointSizeF() == pytest.approx(2 * BODY_PT)
            assert off_screen(dialog) == [], dialog.windowTitle()
            assert problems(dialog) == [], dialog.windowTitle()
    finally:
        for dialog in reversed(dialogs):
            dialog.close()
        window.lock()


def test_a_wrapping_row_centres_its_items_on_their_line(qtbot, app_at_200):
    row = QWidget()
    qtbot.addWidget(row)
    flow = FlowLayout(row)
    label, button = QLabel("Laat zien:"), QPushButton("Alles")
    button.setMinimumHeight(3 * label.sizeHint().height())
    flow.addWidget(label)
    flow.addWidget(button)
    row.resize(600, 200)
    row.show()
    qtbot.waitExposed(row)
    assert label.y() > 0  # not at the top of its line
    assert abs(label.geometry().center().y() - button.geometry().center().y()) <= 1


def test_the_speaker_icon_grows_with_the_text(qtbot, app_at_200, monkeypatch):
    monkeypatch.setattr(read_aloud.Speaker, "can_read", lambda _self, _lang: True)
    button = read_aloud.ReadAloudButton("vraag", "Wat helpt je?", "nl", lambda: "Wat helpt je?")
    qtbot.addWidget(button)
    small = QFont(button.font())
    small.setPointSizeF(BODY_PT)
    button.setFont(small)
    normal = button.iconSize().height()
    large = QFont(small)
    large.setPointSizeF(2 * BODY_PT)
    button.setFont(large)
    assert button.iconSize().height() >= button.fontMetrics().height() > normal
    button.show()
    qtbot.waitExposed(button)
    assert problems(button) == []


@pytest.mark.parametrize("scale", [1.0, TEXT_SCALES[-1]])
def test_the_backup_reminder_is_as_high_as_its_sentence_and_buttons(
    qtbot, tmp_path, app_at_200, scale
):
    """No empty band above the sentence (there was one at 100 %), nothing cut at 200 %."""
    _plant(tmp_path)
    Config(tmp_path).set("ui/text_scale", scale)
    window = make_window(qtbot, tmp_path)
    window.resize(*SIZE)
    window.start()
    unlock(qtbot, window)
    assert window.session_service is not None and window.session_service.session is not None
    bar = profile_backup.BackupReminder(window, window.session_service.session)
    window.addToolBar(bar)  # as profile_backup.remind() does when a backup is due
    bar.show()
    qtbot.wait(100)
    QApplication.processEvents()
    box = bar.text.parentWidget()
    assert box is not None and box.layout() is not None
    top = box.layout().contentsMargins().top()
    assert bar.text.y() <= top + 1, (bar.text.y(), top)
    assert bar.text.height() <= bar.text.heightForWidth(bar.text.width()) + 1
    assert box.height() <= box.layout().totalHeightForWidth(box.width()) + 1
    assert problems(bar) == []
    window.lock()
