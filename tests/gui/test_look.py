"""The app's look (ui/look.py): measured contrast of every colour pair used for text, the
window icon, headings that keep their steps at every text size, the welcome page's three
lines, and a window that comes back at the size and place of last time."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from samenplan import shipped
from samenplan.config import Config
from samenplan.resources import resource
from samenplan.ui import look
from samenplan.ui.main import DEFAULT_SIZE, MainWindow
from samenplan.ui.strings import t
from samenplan.ui.welcome import WELCOME_LINES, WelcomePage


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2.x contrast ratio of two opaque sRGB colours."""

    def luminance(color: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (linear(v) for v in (color.redF(), color.greenF(), color.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # a known near-miss


@pytest.mark.parametrize(("fg", "bg", "where"), look.TEXT_PAIRS)
def test_every_text_colour_pair_reads_at_4_5(fg, bg, where):
    assert contrast(look.COLOURS[fg], look.COLOURS[bg]) >= 4.5, where


@pytest.mark.parametrize(("fg", "bg", "where"), look.UI_PAIRS)
def test_focus_ring_and_borders_stand_out_at_3(fg, bg, where):
    assert contrast(look.COLOURS[fg], look.COLOURS[bg]) >= 3.0, where


def test_style_sheet_uses_only_colours_whose_text_pairs_are_tested():
    """Every colour named in the sheet's `color:` (text) is the foreground of a tested pair,
    and every background behind text is the background of one."""
    sheet = look.style_sheet(10.0)
    by_value: dict[str, set[str]] = {}
    for name, value in look.COLOURS.items():
        by_value.setdefault(value, set()).add(name)
    foregrounds = {fg for fg, _, _ in look.TEXT_PAIRS}
    backgrounds = {bg for _, bg, _ in look.TEXT_PAIRS}
    text_colours = re.findall(r"(?<![-\w])color: (#[0-9a-f]{6})", sheet)
    assert text_colours
    for value in text_colours:
        assert by_value[value] & foregrounds, value
    for value in re.findall(r"background(?:-color)?: (#[0-9a-f]{6})", sheet):
        assert by_value[value] & backgrounds, value


def test_palette_text_roles_read_at_4_5_in_every_group(qapp):
    palette = look.palette()
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight), (role.PlaceholderText, role.Base),
        (role.ToolTipText, role.ToolTipBase), (role.Link, role.Base), (role.Text, role.AlternateBase),
    ]  # fmt: skip
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in pairs:
            ratio = contrast(palette.color(group, fg), palette.color(group, bg))
            assert ratio >= 4.5, (group.name, fg.name, bg.name, round(ratio, 2))
    disabled = QPalette.ColorGroup.Disabled
    for fg, bg in pairs[:3]:
        assert contrast(palette.color(disabled, fg), palette.color(disabled, bg)) >= 4.5


@pytest.fixture(autouse=True)
def plain_app_afterwards(qapp):
    """The look stays with these tests: later tests (sharing the one QApplication) run
    without the app-wide style sheet, which re-polishes every live widget at each change."""
    yield
    follow = qapp.findChild(look._FollowFont)
    if follow is not None:
        qapp.removeEventFilter(follow)
        follow.setParent(None)
    qapp.setStyleSheet("")


@pytest.fixture
def window(qtbot, tmp_path):
    def make() -> MainWindow:
        w = MainWindow(shipped.forms(), None, Config(tmp_path), "nl", shipped.demo_dossier)
        qtbot.addWidget(w)
        return w

    return make


def test_the_app_and_its_window_have_the_samenplan_icon(qapp, window):
    look.apply(qapp)
    w = window()
    assert not qapp.windowIcon().isNull()
    assert not w.windowIcon().isNull()
    assert not look.app_icon().pixmap(256, 256).isNull()
    assert resource("icons/samenplan-256.png").is_file()  # for systems without SVG icons


def test_window_starts_larger_and_comes_back_at_the_size_and_place_of_last_time(window):
    first = window()
    room = first.screen().availableGeometry()
    assert first.width() == min(DEFAULT_SIZE[0], room.width())
    assert first.height() == min(DEFAULT_SIZE[1], room.height())
    size = (room.width() - 120, room.height() - 100)
    first.show()
    first.setGeometry(room.x() + 40, room.y() + 50, *size)
    first.close()
    again = window()  # a restart: a new window reading the same settings file
    assert (again.width(), again.height()) == size
    assert again.geometry().topLeft() == first.geometry().topLeft()


def test_the_first_run_page_says_what_samenplan_is_and_where_the_data_stays(qtbot):
    page = WelcomePage("nl", keyring_usable=False)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    lines = [t(key, "nl") for key in WELCOME_LINES]
    assert len(lines) == 3
    for line in lines:
        assert line in texts
    assert "Je plannen blijven op deze computer, versleuteld met je wachtwoord." in lines
    assert page.findChild(QLabel, "welcome_title").text() == t("welcome_title", "nl")
    create = page.findChild(QPushButton, "create_profile")
    assert create.isDefault()  # drawn as the one primary button


def test_headings_keep_their_steps_when_the_text_grows(qapp, qtbot, window):
    look.apply(qapp)
    w = window()
    w.show_page(lambda: WelcomePage("nl", keyring_usable=False))
    page = w.stack.currentWidget()
    title = page.findChild(QLabel, "welcome_title")
    body = page.findChild(QLabel, "hint")

    def ratio() -> float:
        return title.font().pointSizeF() / QApplication.font().pointSizeF()

    for step in (2, 2, -4):  # Ctrl +, Ctrl +, Ctrl - (back to the start)
        w.change_text_size(step)
        qtbot.waitUntil(lambda: ratio() == pytest.approx(look.TYPE_SCALE["h1"], abs=0.05))
        assert body.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
