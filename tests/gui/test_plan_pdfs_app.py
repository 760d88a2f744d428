"""The whole crisisplan, the WRAP and the triad comparison made as PDFs from the app: the
buttons on the dossier's home and the comparison page, the warning, a suggested name with
plan, person and date, an owner-only file with the plan's text in it."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import stat

import pdfplumber
import pytest
from PySide6.QtWidgets import QPushButton

from samenplan import shipped
from samenplan.ui import dialogs
from samenplan.ui.main import MainWindow
from samenplan.ui.triad_view import ComparisonPage

pytestmark = pytest.mark.gui


def text_of(path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as opened:
        return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in opened.pages))


@pytest.fixture
def asked():
    """Every question the app asks, answered from `asked.answers` by kind."""

    class Asked(list):
        answers: dict[str, list[object]]

    found = Asked()
    found.answers = {"confirm": [], "save_path": []}

    def hook(kind, text):
        found.append((kind, text))
        return found.answers[kind].pop(0) if kind in found.answers else None

    dialogs.answer_hook = hook
    yield found
    dialogs.answer_hook = None


def home_window(qtbot) -> MainWindow:
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.open_demo()
    return window


@pytest.mark.parametrize(
    ("form_id", "words", "stem"),
    [
        ("crisiskaart", ["Inhetkort:wattedoen", "Handtekeningen", "Mijnheleplan"], "crisisplan"),
        ("wrap", ["Inhetkort:wattedoen", "Mijngereedschapskist", "Mijnheleplan"], "herstelplan-wrap"),
    ],
)  # fmt: skip
def test_the_whole_plan_is_saved_as_pdf_from_the_home_page(
    qtbot, tmp_path, asked, form_id, words, stem
):
    window = home_window(qtbot)
    button = window.stack.currentWidget().findChild(QPushButton, f"plan_pdf_{form_id}")
    assert button is not None and button.text() == "Maak PDF van het hele plan…"
    assert button.accessibleName().endswith(shipped.forms()[form_id].title.get("nl"))
    target = tmp_path / f"{form_id}.pdf"

    asked.answers["confirm"] = [False]  # the warning declined: nothing is asked or written
    button.click()
    assert [kind for kind, _ in asked] == ["confirm"]
    assert "kan" in asked[0][1] and not list(tmp_path.iterdir())

    asked.answers["confirm"] = [True]
    asked.answers["save_path"] = [str(target)]
    old = os.umask(0o022)
    try:
        button.click()
    finally:
        os.umask(old)
    assert [kind for kind, _ in asked[1:]] == ["confirm", "save_path", "inform"]
    assert asked[-1] == ("inform", f"Opgeslagen in {target}")
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = text_of(target)
    for word in words:
        assert word in text, word
    assert "NoorBakker" in text and "JesseHoekstra" in text
    assert list(tmp_path.iterdir()) == [target]


def test_the_suggested_name_has_the_plan_the_person_and_the_date(qtbot, tmp_path, monkeypatch):
    window = home_window(qtbot)
    seen = []

    def save_path(parent, title, name, pattern):
        seen.append(name)  # and None: cancelled, nothing written

    monkeypatch.setattr(dialogs, "save_path", save_path)
    dialogs.answer_hook = lambda kind, text: True if kind == "confirm" else None
    try:
        for form_id in ("crisiskaart", "wrap"):
            window.stack.currentWidget().findChild(QPushButton, f"plan_pdf_{form_id}").click()
    finally:
        dialogs.answer_hook = None
    today = dt.date.today().isoformat()
    assert seen == [
        f"crisisplan-noor-bakker-{today}.pdf",
        f"herstelplan-wrap-noor-bakker-{today}.pdf",
    ]


def test_the_triad_comparison_is_saved_as_pdf_with_what_members_wrote(qtbot, tmp_path, asked):
    window = home_window(qtbot)
    window.show_comparison()
    page = window.stack.currentWidget().findChild(ComparisonPage)
    assert page is not None
    target = tmp_path / "triade.pdf"
    asked.answers["confirm"] = [True]
    asked.answers["save_path"] = [str(target)]
    page.findChild(QPushButton, "pdf_triad").click()
    assert target.read_bytes().startswith(b"%PDF")
    text = text_of(target)
    assert "Triadekaartnaastelkaar" in text
    assert "Watiederverderschreef" in text  # what members wrote outside the tasks
    assert "Steun:" in text and "Toelichting:" in text


def test_plan_pdf_place_chosen_after_the_lock_writes_no_pdf(qtbot, tmp_path):
    from tests.gui.test_lock_during_dialogs import Scene

    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    scene.window.show_home()
    button = scene.home().findChild(QPushButton, "plan_pdf_wrap")
    scene.answer("save_path", {"confirm": True, "save_path": str(scene.out / "wrap.pdf")})
    button.click()
    assert scene.asked == ["confirm", "save_path"]
    scene.check_locked()  # also: no PDF with plan content in the chosen place
    scene.check_stored()
