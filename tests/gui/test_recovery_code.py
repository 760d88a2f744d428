"""The recovery code screen: copy (and off the clipboard again), a sheet to print with the code
and nothing from a plan (owner-only), and 'Verder' only once the code is typed back right;
the first screen's words about remembering the passphrase."""

from __future__ import annotations

import io
import stat

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from samenplan import shipped
from samenplan.export.recovery_sheet import groups, same_code
from samenplan.ui import welcome
from samenplan.ui.strings import t
from samenplan.ui.welcome import RecoveryCodePage, WelcomePage

pytestmark = pytest.mark.gui

CODE = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


@pytest.fixture
def page(qtbot):
    page = RecoveryCodePage("nl", CODE, "Karin")
    qtbot.addWidget(page)
    page.resize(900, 700)  # as in the window
    page.show()
    return page


def test_copy_puts_the_code_on_the_clipboard_and_takes_it_off_again(qtbot, page, monkeypatch):
    monkeypatch.setattr(welcome, "CLEAR_AFTER_MS", 100)
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(page.copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == CODE
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert "Over een minuut halen we hem daar weer weg" in page.status.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)


def test_something_copied_after_the_code_stays_on_the_clipboard(qtbot, page, monkeypatch):
    monkeypatch.setattr(welcome, "CLEAR_AFTER_MS", 100)
    clipboard = QGuiApplication.clipboard()
    page.copy.click()
    clipboard.setText("boodschappenlijst")
    qtbot.wait(300)
    assert clipboard.text() == "boodschappenlijst"


def test_the_sheet_has_the_code_and_no_plan_content_and_is_owner_only(qtbot, page, said, tmp_path):
    found, answers = said
    out = tmp_path / "herstelcode.pdf"
    answers += [True, str(out)]  # the warning: go on; then where
    page.save.click()
    kinds = [kind for kind, _ in found]
    assert kinds == ["confirm", "save_path"]
    assert "verder niets" in found[0][1]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text()
    for group in groups(CODE):
        assert group in text
    assert "Profiel: Karin" in text and "Waar bewaar je hem?" in text
    demo = shipped.demo_dossier()
    plan_words = [demo.title, *(p.name for p in demo.people)]
    assert not [word for word in plan_words if word in text]
    assert str(out) in page.status.text()


def test_a_refused_warning_writes_no_sheet(qtbot, page, said, tmp_path):
    found, answers = said
    answers.append(False)
    page.save.click()
    assert [kind for kind, _ in found] == ["confirm"] and not list(tmp_path.iterdir())


def test_continue_waits_until_the_code_is_typed_back(qtbot, page):
    assert not page.next.isEnabled()
    page.written.click()
    assert page.checking.isVisible() and not page.code.isVisible()  # typed from paper
    qtbot.keyClicks(page.typed, "abcd efgh ijkl mnop")
    assert not page.next.isEnabled() and page.result.text() == ""  # not whole yet: no telling off
    qtbot.keyClicks(page.typed, " qrst-uvwx yz23 4567")
    assert page.next.isEnabled()
    assert page.result.text() == "De code klopt. Je kunt verder."
    with qtbot.waitSignal(page.done, timeout=1_000):
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)


def test_a_wrong_code_says_so_and_the_code_can_be_seen_again(qtbot, page):
    page.written.click()
    qtbot.keyClicks(page.typed, CODE.replace("MNOP", "MNOQ"))
    assert not page.next.isEnabled()
    assert page.result.text() == t("recovery_mismatch", "nl")
    assert page.result.text().count(".") == 1  # one sentence
    page.show_again.click()
    assert page.code.isVisible() and page.code.text() == "ABCD EFGH IJKL MNOP\nQRST UVWX YZ23 4567"
    page.written.click()
    page.typed.setText(CODE.lower())
    assert page.next.isEnabled()


def test_enter_on_a_short_code_says_it_does_not_match(qtbot, page):
    page.written.click()
    qtbot.keyClicks(page.typed, "ABCD")
    qtbot.keyClick(page.typed, Qt.Key.Key_Return)
    assert page.result.text() == t("recovery_mismatch", "nl")
    assert not page.next.isEnabled()


def test_same_code_ignores_spaces_hyphens_case_and_look_alikes():
    assert same_code(" abcd-efgh ijklmnop QRSTUVWXYZ234567 ", CODE)
    assert same_code(CODE.replace("O", "0").replace("I", "1"), CODE)  # as the vault reads them
    assert not same_code(CODE[:-1], CODE)
    assert not same_code("", "")


def test_every_control_of_the_recovery_screen_has_a_name(qtbot, page):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    page.written.click()
    controls = page.findChildren(QAbstractButton) + page.findChildren(QLineEdit)
    assert len(controls) == 6
    assert all(c.text() or c.accessibleName() for c in controls)
    assert page.typed.accessibleName().startswith("Typ de code over")


@pytest.mark.parametrize("usable", [False, True])
def test_the_first_screen_says_remembering_in_plain_words(qtbot, usable):
    page = WelcomePage("nl", keyring_usable=usable)
    qtbot.addWidget(page)
    words = " ".join(label.text() for label in page.findChildren(welcome.QLabel))
    assert "sleutelbos" not in words and "keyring" not in words
    unavailable = (
        "Deze computer kan je wachtwoord niet veilig onthouden. Je typt het dus elke keer."
    )
    assert (unavailable in words) is not usable
    assert page.remember.isEnabled() is usable
