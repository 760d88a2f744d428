"""The app's look (ui/look.py): measured contrast of every colour pair used for text, the
window icon, headings that keep their steps at every text size, the welcome page's three
lines, and a window that comes back at the size and place of last time."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from samenplan import shipped
from samenplan.config import Config
from samenplan.domain.review import ReviewStatus
from samenplan.resources import resource
from samenplan.ui import look
from samenplan.ui.dossier_table import REVIEW, DossierTableModel
from samenplan.ui.main import DEFAULT_SIZE, MainWindow
from samenplan.ui.strings import t
from samenplan.ui.welcome import WELCOME_LINES, WelcomePage
from samenplan.workspace.overview import NOT_STARTED, PLAN_FORMS, Plan, Row


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


PAIRS = {"warm": look.TEXT_PAIRS, "contrast": look.CONTRAST_TEXT_PAIRS}


@pytest.mark.parametrize(
    ("name", "fg", "bg", "where"),
    [(name, *pair) for name, pairs in PAIRS.items() for pair in pairs],
)
def test_every_text_colour_pair_reads_at_4_5_and_at_7_in_high_contrast(name, fg, bg, where):
    colours = look.LOOKS[name]
    assert contrast(colours[fg], colours[bg]) >= look.MIN_TEXT_CONTRAST[name], where


def test_high_contrast_asks_7_to_1_and_names_the_same_colours():
    assert look.MIN_TEXT_CONTRAST == {"warm": 4.5, "contrast": 7.0}
    assert set(look.COLOURS) < set(look.HIGH_CONTRAST)  # every role, and the keyboard's fill
    worst = min(contrast(look.HIGH_CONTRAST[f], look.HIGH_CONTRAST[b])
                for f, b, _ in look.CONTRAST_TEXT_PAIRS)  # fmt: skip
    assert worst >= 7.0


@pytest.mark.parametrize("name", look.LOOKS)
@pytest.mark.parametrize(("fg", "bg", "where"), look.UI_PAIRS)
def test_focus_ring_and_borders_stand_out_at_3(name, fg, bg, where):
    colours = look.LOOKS[name]
    assert contrast(colours[fg], colours[bg]) >= 3.0, where


@pytest.mark.parametrize("name", look.LOOKS)
def test_style_sheet_uses_only_colours_whose_text_pairs_are_tested(name):
    """Every colour named in the sheet's `color:` (text) is the foreground of a tested pair,
    and every background behind text is the background of one."""
    colours = look.LOOKS[name]
    sheet = look.style_sheet(10.0, colours)
    by_value: dict[str, set[str]] = {}
    for key, value in colours.items():
        by_value.setdefault(value, set()).add(key)
    foregrounds = {fg for fg, _, _ in PAIRS[name]}
    backgrounds = {bg for _, bg, _ in PAIRS[name]}
    text_colours = re.findall(r"(?<![-\w])color: (#[0-9a-f]{6})", sheet)
    assert text_colours
    for value in text_colours:
        assert by_value[value] & foregrounds, value
    for value in re.findall(r"background(?:-color)?: (#[0-9a-f]{6})", sheet):
        assert by_value[value] & backgrounds, value


@pytest.mark.parametrize("name", look.LOOKS)
def test_palette_text_roles_read_at_4_5_in_every_group(qapp, name):
    palette = look.palette(look.LOOKS[name])
    least = look.MIN_TEXT_CONTRAST[name]
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight), (role.PlaceholderText, role.Base),
        (role.ToolTipText, role.ToolTipBase), (role.Link, role.Base), (role.Text, role.AlternateBase),
    ]  # fmt: skip
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in pairs:
            ratio = contrast(palette.color(group, fg), palette.color(group, bg))
            assert ratio >= least, (group.name, fg.name, bg.name, round(ratio, 2))
    disabled = QPalette.ColorGroup.Disabled
    for fg, bg in pairs[:3]:
        assert contrast(palette.color(disabled, fg), palette.color(disabled, bg)) >= least


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


def window_colour(qapp) -> str:
    return qapp.palette().color(QPalette.ColorRole.Window).name()


def test_beeld_hoog_contrast_switches_the_look_and_is_kept(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(look, "system_wants_contrast", lambda app: False)
    look.apply(qapp)
    w = MainWindow(shipped.forms(), None, Config(tmp_path), "nl", shipped.demo_dossier)
    qtbot.addWidget(w)
    action = w.findChild(QAction, "action_high_contrast")
    assert action.text() == "Hoog contrast" and not action.isChecked()
    assert window_colour(qapp) == look.COLOURS["window"]
    action.trigger()
    assert look.high_contrast(qapp)
    assert window_colour(qapp) == look.HIGH_CONTRAST["window"]
    assert look.HIGH_CONTRAST["focus_fill"] in qapp.styleSheet()
    assert Config(tmp_path).get("ui/contrast") == "high"
    again = MainWindow(shipped.forms(), None, Config(tmp_path), "nl", shipped.demo_dossier)
    qtbot.addWidget(again)  # a restart keeps it
    assert again.findChild(QAction, "action_high_contrast").isChecked()
    again.findChild(QAction, "action_high_contrast").trigger()
    assert window_colour(qapp) == look.COLOURS["window"]
    assert Config(tmp_path).get("ui/contrast") == "normal"


def test_the_system_s_high_contrast_is_followed_unless_the_person_chose(qapp, monkeypatch):
    system = {"high": True}
    monkeypatch.setattr(look, "system_wants_contrast", lambda app: system["high"])
    look.apply(qapp)
    assert look.high_contrast(qapp)  # the setting's default: as the system says
    look.set_contrast(qapp, "normal")
    assert not look.high_contrast(qapp)
    look.set_contrast(qapp, "system")
    assert window_colour(qapp) == look.HIGH_CONTRAST["window"]
    system["high"] = False  # the system changes its mind (contrastPreferenceChanged)
    hints = look._accessibility_hints(qapp)
    assert hints is not None
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert window_colour(qapp) == look.COLOURS["window"]
    look.set_contrast(qapp, "high")
    assert look.high_contrast(qapp)


def test_indicators_and_dialog_buttons_follow_the_text_not_pixels():
    sheet = look.style_sheet(18.0)
    assert re.search(r"QCheckBox::indicator.*\{ width: [\d.]+em; height: [\d.]+em; \}", sheet, re.S)
    assert "dialogbuttonbox-buttons-have-icons: 0" in sheet  # no icon on top of 'Sluiten'


def indicator_edges(box: QCheckBox | QRadioButton) -> list[QColor]:
    """The edge of the box's tick box or round choice as drawn: on the middle line from each
    side inwards, the first two pixels that differ from the page behind it."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = QStyle.SubElement
    sub = (
        element.SE_CheckBoxIndicator
        if isinstance(box, QCheckBox)
        else element.SE_RadioButtonIndicator
    )
    rect = box.style().subElementRect(sub, option, box)
    image, page = box.grab().toImage(), box.palette().window().color().rgb()
    middle = rect.center()
    lines = (
        [(x, middle.y()) for x in range(rect.left(), rect.right() + 1)],
        [(x, middle.y()) for x in range(rect.right(), rect.left() - 1, -1)],
        [(middle.x(), y) for y in range(rect.top(), rect.bottom() + 1)],
        [(middle.x(), y) for y in range(rect.bottom(), rect.top() - 1, -1)],
    )
    edges = []
    for line in lines:
        drawn = [QColor(image.pixel(x, y)) for x, y in line if image.pixel(x, y) != page]
        edges.append(min(drawn[:2], key=lambda c: c.lightness()))  # the darker of the two
    return edges


@pytest.mark.parametrize("name", look.LOOKS)
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
@pytest.mark.parametrize("checked", [False, True])
def test_tick_boxes_and_round_choices_have_an_edge_of_3_to_1(
    qapp, qtbot, monkeypatch, name, kind, checked
):
    """WCAG 1.4.11: Fusion draws the edge from the page colour, light grey (about 1.7:1)."""
    monkeypatch.setattr(look, "system_wants_contrast", lambda app: False)
    look.apply(qapp)
    look.set_contrast(qapp, "high" if name == "contrast" else "normal")
    box = kind("Ja")
    qtbot.addWidget(box)
    box.setChecked(checked)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no yellow fill: the edge against the page
    box.show()
    page = look.LOOKS[name]["window"]
    assert page == "#ffffff" or name == "warm"  # high contrast: against white
    for edge in indicator_edges(box):
        assert contrast(edge, page) >= 3.0, (edge.name(), page)


@pytest.mark.parametrize("name", look.LOOKS)
def test_the_indicator_pictures_use_the_look_s_border_text_and_field_colours(name):
    colours = look.LOOKS[name]
    drawn = resource(f"icons/indicators/{name}").glob("*.svg")
    pictures = {path.name: path.read_text(encoding="utf-8") for path in drawn}
    kinds = {"check-off", "check-on", "check-mixed", "radio-off", "radio-on"}
    assert set(pictures) == {f"{kind}{state}.svg" for kind in kinds for state in ("", "-disabled")}
    for picture, svg in pictures.items():
        used = set(re.findall(r"#[0-9a-f]{6}", svg))
        mark = colours["disabled"] if "disabled" in picture else colours["text"]
        assert used <= {colours["border"], mark, colours["base"]}
        assert f'stroke="{colours["border"]}" stroke-width="2"' in svg
        assert ("stroke-dasharray" in svg) == ("disabled" in picture)  # not by colour alone
    assert all(
        f"indicators/{name}/" in line
        for line in look.style_sheet(10.0, colours).splitlines()
        if "::indicator" in line and "image" in line
    )


def test_in_high_contrast_a_button_that_cannot_be_used_has_a_dashed_edge(qapp, qtbot, monkeypatch):
    """Its text is #4a4a4a instead of black: hardly seen. The edge is dashed, not solid."""
    monkeypatch.setattr(look, "system_wants_contrast", lambda app: False)
    look.apply(qapp)
    look.set_contrast(qapp, "high")

    def gaps_in_top_edge(enabled: bool) -> int:
        button = QPushButton("Het oude antwoord terugzetten")
        qtbot.addWidget(button)
        button.setEnabled(enabled)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.show()
        image = button.grab().toImage()
        middle = range(image.width() // 4, 3 * image.width() // 4)

        def dark(x: int, y: int) -> bool:
            return QColor(image.pixel(x, y)).lightness() < 128

        edge = max(range(4), key=lambda y: sum(dark(x, y) for x in middle))  # the top line
        return sum(not dark(x, edge) for x in middle)

    assert gaps_in_top_edge(enabled=True) == 0
    assert gaps_in_top_edge(enabled=False) > 5


def test_the_dossier_list_s_review_dates_take_their_colours_from_the_look_shown(qapp, monkeypatch):
    """High contrast reaches the overdue and soon colours, and the words say it too."""
    monkeypatch.setattr(look, "system_wants_contrast", lambda app: False)
    day = dt.date(2026, 3, 3)
    plans = {form: Plan(NOT_STARTED, None, None) for form in PLAN_FORMS}
    rows = [
        Row(f"d{n}", name, day, True, None, plans, 0, 0, None, day, status)
        for n, (name, status) in enumerate(
            (("Anna", ReviewStatus.DUE), ("Bram", ReviewStatus.SOON), ("Cas", ReviewStatus.OK))
        )
    ]
    model = DossierTableModel(rows, "nl")
    overdue, soon, fine = (model.index(n, REVIEW) for n in range(3))
    fg, bg = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole

    def colours() -> tuple[str, str, str]:
        return (
            overdue.data(fg).color().name(),
            overdue.data(bg).color().name(),
            soon.data(fg).color().name(),
        )

    assert overdue.data() == "verlopen sinds 3 mrt 2026"  # in words, not colour alone
    assert soon.data() == "binnenkort: 3 mrt 2026"
    assert fine.data(fg) is None and fine.data(bg) is None
    look.apply(qapp)
    warm = look.COLOURS
    assert colours() == (warm["overdue"], warm["overdue_back"], warm["soon"])
    look.set_contrast(qapp, "high")
    high = look.HIGH_CONTRAST
    assert colours() == (high["overdue"], high["overdue_back"], high["soon"])
    assert colours() != (warm["overdue"], warm["overdue_back"], warm["soon"])
