"""The app's questions and file dialogs as a person meets them: Enter never says yes to a
question, Qt's own dialog words follow the app's language, and a file dialog starts in the
Documents folder with a name that says what, whose and when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from samenplan import shipped
from samenplan.ui import dialogs, qt_words
from samenplan.ui.main import MainWindow


def _when_modal(check):
    """Run `check(dialog)` on the modal dialog as soon as it is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            check(dialog)

    QTimer.singleShot(20, poll)


def test_enter_on_a_question_answers_cancel(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def press_enter(box):
        seen.append(box.defaultButton().text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    _when_modal(press_enter)
    said_yes = dialogs.confirm(parent, "nl", "Verwijderen", "Weet je het zeker?", "Verwijderen")
    assert not said_yes
    assert seen == ["Annuleren"]


def test_escape_on_a_question_answers_cancel(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    _when_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    assert not dialogs.confirm(parent, "nl", "Weghalen", "Weet je het zeker?", "Toch weghalen")


def test_clicking_yes_still_answers_yes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)

    def click_yes(box: QMessageBox):
        [yes] = [b for b in box.buttons() if b.text() == "Toch weghalen"]
        yes.click()

    _when_modal(click_yes)
    assert dialogs.confirm(parent, "nl", "Weghalen", "Weet je het zeker?", "Toch weghalen")


def _look_in() -> str:
    return QCoreApplication.translate("QFileDialog", "Look in:")


def test_qt_dialog_words_follow_a_live_language_switch(qtbot):
    window = MainWindow(shipped.forms(), None, None, "en", shipped.demo_dossier)
    qtbot.addWidget(window)
    qt_words.use("en")
    assert _look_in() == "Look in:"
    window.set_language("nl")
    assert _look_in() == "Zoeken in:"
    window.set_language("en")
    assert _look_in() == "Look in:"
    qt_words.use("nl")
    qt_words.use("nl")  # twice is the same as once
    assert _look_in() == "Zoeken in:"
    qt_words.use("en")


def test_qt_words_come_for_a_language_added_by_translators_alone(qtbot):
    """A third language needs no code for Qt's own words: Qt ships them (qtbase_tr.qm)."""
    qt_words.use("tr")
    try:
        assert _look_in() not in ("Look in:", "Zoeken in:")
        assert _look_in().strip()
    finally:
        qt_words.use("en")
    assert _look_in() == "Look in:"


def test_the_save_dialog_starts_in_documents_with_the_suggested_name(qtbot, tmp_path, monkeypatch):
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(dialogs, "documents", lambda: documents)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def look_and_cancel(dialog: QFileDialog):
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["native"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["name"] = dialog.selectedFiles()[0]
        dialog.reject()

    _when_modal(look_and_cancel)
    name = dialogs.file_name("zakkaart", "Sam de Vries", "pdf", dt.date(2026, 12, 3))
    assert dialogs.save_path(parent, "Kaart bewaren", name, "PDF (*.pdf)") is None
    assert seen["folder"] == documents
    assert seen["native"] is True
    assert Path(seen["name"]).name == "zakkaart-sam-de-vries-2026-12-03.pdf"


@pytest.mark.parametrize(
    ("what", "person", "expected"),
    [
        ("zakkaart", "Sam de Vries", "zakkaart-sam-de-vries-2026-12-03.pdf"),
        ("crisisplan", "Zoë O'Neill", "crisisplan-zoë-o-neill-2026-12-03.pdf"),
        ("triade", "../../etc/passwd", "triade-etc-passwd-2026-12-03.pdf"),
        ("wrap", "", "wrap-2026-12-03.pdf"),
        ("", "   ", "samenplan-2026-12-03.pdf"),
    ],
)
def test_suggested_file_names_say_what_whose_and_when(what, person, expected):
    assert dialogs.file_name(what, person, "pdf", dt.date(2026, 12, 3)) == expected


def test_documents_is_a_folder():
    assert dialogs.documents().is_dir()
