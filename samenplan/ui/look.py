"""The app's look in one place: colours, type scale and spacing as named constants, turned
into one palette and one style sheet for the whole application, and the app icon.

Written down (with the measured contrasts) in `resources/design.md`. Screens do not style
themselves: they name their widgets (headings, "hint", "error") and this style sheet gives
every screen the same calm, warm look. Two sets of colours: the warm look and a high-contrast
one (black on white, a yellow fill on whatever has the keyboard), chosen in Beeld → Hoog
contrast or following the system's contrast setting. Sizes of controls are in `em`, so they
grow with the text; heading sizes are steps of the user's text size, so Ctrl + and Ctrl -
keep the hierarchy: the sheet is built again whenever the app font or the contrast changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessibilityHints,
    QColor,
    QGuiApplication,
    QIcon,
    QPalette,
    QStyleHints,
)
from PySide6.QtWidgets import QApplication

from samenplan.resources import resource

# Colours (sRGB). Every pair in TEXT_PAIRS is tested at >= 4.5:1 (WCAG 2.x formula).
COLOURS = {
    "window": "#f8f4ee",  # warm off-white page
    "panel": "#fffdf9",  # group boxes: a slightly lighter card on the page
    "base": "#ffffff",  # fields and lists
    "alternate": "#f4eee5",  # every other row in a table
    "button": "#efe7dc",  # secondary buttons
    "button_hover": "#e6dccd",
    "text": "#2b2622",  # warm near-black
    "heading": "#3d2f25",
    "muted": "#5b524a",  # hints and explanations
    "disabled": "#6e655c",
    "primary": "#2e6b5e",  # calm green: the one main action, selection
    "on_primary": "#ffffff",
    "primary_hover": "#255a4f",
    "focus": "#b0501a",  # warm orange focus ring, >= 3:1 on every background
    "link": "#1f5a8a",
    "error": "#a1301c",
    "border": "#8c7f72",  # field and button borders, >= 3:1 on the page
    "panel_border": "#ddd2c4",  # decoration only (the panel's edge), not a control
    "chunk": "#c4e0d6",  # progress bar fill, text stays dark on it
    "tooltip": "#fff6dc",
    "overdue": "#9b1c1c",  # an overdue review in the dossier list (also said in words)
    "overdue_back": "#fde8e8",
    "soon": "#7a4a00",  # a review that is due soon
}

# High contrast: black on white, black edges on every control and panel, black main buttons,
# and what has the keyboard filled yellow with a thick black edge. Every text pair >= 7:1.
HIGH_CONTRAST = {
    "window": "#ffffff",
    "panel": "#ffffff",
    "base": "#ffffff",
    "alternate": "#ebebeb",
    "button": "#ffffff",
    "button_hover": "#e0e0e0",
    "text": "#000000",
    "heading": "#000000",
    "muted": "#262626",
    "disabled": "#4a4a4a",
    "primary": "#000000",
    "on_primary": "#ffffff",
    "primary_hover": "#333333",
    "focus": "#000000",
    "focus_fill": "#ffe600",  # behind the text of the control that has the keyboard
    "link": "#0000a0",
    "error": "#a00000",
    "border": "#000000",
    "panel_border": "#000000",
    "chunk": "#969696",
    "tooltip": "#ffffff",
    "overdue": "#7a0000",
    "overdue_back": "#ffe0e0",
    "soon": "#5c3800",
}
LOOKS = {"warm": COLOURS, "contrast": HIGH_CONTRAST}
MIN_TEXT_CONTRAST = {"warm": 4.5, "contrast": 7.0}  # WCAG AA, and AAA for high contrast
CONTRAST_CHOICES = ("system", "high", "normal")  # the setting ui/contrast

# (foreground, background, where) for every colour pair used for text.
TEXT_PAIRS = (
    ("text", "window", "body text on the page"),
    ("text", "panel", "text in a group box"),
    ("text", "base", "typed text in fields and lists"),
    ("text", "alternate", "text in alternate table rows"),
    ("text", "button", "secondary button"),
    ("text", "button_hover", "secondary button under the mouse"),
    ("text", "chunk", "progress bar text on its fill"),
    ("text", "tooltip", "tooltip"),
    ("heading", "window", "headings"),
    ("heading", "panel", "group box titles"),
    ("muted", "window", "hints"),
    ("muted", "panel", "hints in a group box"),
    ("muted", "base", "placeholder text in fields"),
    ("disabled", "window", "disabled labels and check boxes"),
    ("disabled", "button", "disabled buttons"),
    ("disabled", "base", "disabled fields"),
    ("on_primary", "primary", "primary button, selected row"),
    ("on_primary", "primary_hover", "primary button under the mouse"),
    ("link", "window", "links"),
    ("link", "base", "links in lists"),
    ("error", "window", "error messages"),
    ("error", "panel", "error messages in a group box"),
    ("overdue", "overdue_back", "an overdue review in the dossier list"),
    ("soon", "base", "a review due soon in the dossier list"),
    ("soon", "alternate", "a review due soon in an alternate row"),
)

# and in high contrast also the control that has the keyboard
CONTRAST_TEXT_PAIRS = (*TEXT_PAIRS, ("text", "focus_fill", "the control with the keyboard"))

# (colour, background, where) for non-text parts people must see: >= 3:1 (WCAG 1.4.11).
# The focus ring is measured against what lies around it (page, field), as 2.4.13 asks.
UI_PAIRS = (
    ("focus", "window", "focus ring on the page"),
    ("focus", "base", "focus ring around a field"),
    ("border", "window", "field and button borders"),
    ("border", "base", "field borders inside lists"),
    ("primary", "window", "primary button on the page"),
)

# Type scale: steps of the body text (the user's text size, Ctrl + / Ctrl -).
TYPE_SCALE = {"h1": 1.8, "h2": 1.4, "h3": 1.2}
HEADINGS = {  # object names given to headings (see ui/widgets.py heading()) by step
    "h1": ("dossier_title", "welcome_title", "recovery_title", "unlock_title"),
    "h2": ("h", "section_title", "post_crisis_title"),
    "h3": ("member_title", "welcome_lead"),
}

# Spacing scale in pixels. Pages keep Qt's own layout margins (9 px, nested: 18 px from the
# window's edge), so every page starts its text at the same place.
SPACE = (4, 8, 12, 16, 24)
RADIUS = 6


def palette(colours: dict[str, str] = COLOURS) -> QPalette:
    """The app's palette: every role Fusion paints with, from one of the LOOKS."""
    c = {name: QColor(value) for name, value in colours.items()}
    pal = QPalette()
    roles = QPalette.ColorRole
    normal = {
        roles.Window: c["window"],
        roles.WindowText: c["text"],
        roles.Base: c["base"],
        roles.AlternateBase: c["alternate"],
        roles.Text: c["text"],
        roles.PlaceholderText: c["muted"],
        roles.Button: c["button"],
        roles.ButtonText: c["text"],
        roles.BrightText: c["on_primary"],
        roles.Highlight: c["primary"],
        roles.HighlightedText: c["on_primary"],
        roles.Link: c["link"],
        roles.LinkVisited: c["link"],
        roles.ToolTipBase: c["tooltip"],
        roles.ToolTipText: c["text"],
        roles.Light: c["base"],
        roles.Midlight: c["button"],
        roles.Mid: c["border"],
        roles.Dark: c["border"],
        roles.Shadow: c["text"],
        roles.Accent: c["primary"],
    }
    disabled = {roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText}
    for role, colour in normal.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, role, colour)
        pal.setColor(
            QPalette.ColorGroup.Disabled, role, c["disabled"] if role in disabled else colour
        )
    return pal


def style_sheet(body_pt: float, colours: dict[str, str] = COLOURS) -> str:
    """The application style sheet for body text of `body_pt` points, in one of the LOOKS."""
    c = colours
    headings = "\n".join(
        f"QLabel#{', QLabel#'.join(names)} {{ font-size: {body_pt * TYPE_SCALE[step]:.1f}pt;"
        f" font-weight: bold; color: {c['heading']}; }}"
        for step, names in HEADINGS.items()
    )
    down = resource("icons/arrow-down.svg").as_posix()
    up = resource("icons/arrow-up.svg").as_posix()
    return f"""
{headings}
QLabel#hint, QLabel#intro, QLabel#welcome_text {{ color: {c["muted"]}; }}
QLabel#error {{ color: {c["error"]}; font-weight: bold; }}
QPushButton, QToolButton {{
    background: {c["button"]}; color: {c["text"]};
    border: 1px solid {c["border"]}; border-radius: {RADIUS}px;
    padding: {SPACE[1] - 2}px {SPACE[3] - 2}px; min-height: 1.3em;
}}
QToolButton {{ padding: {SPACE[0] - 2}px {SPACE[1] - 2}px; }}
QPushButton:hover, QToolButton:hover {{ background: {c["button_hover"]}; }}
QPushButton:default, QPushButton[primary="true"] {{
    background: {c["primary"]}; color: {c["on_primary"]};
    border-color: {c["primary"]};
}}
QPushButton:default:hover, QPushButton[primary="true"]:hover {{
    background: {c["primary_hover"]};
}}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c["focus"]}; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {c["disabled"]}; background: {c["button"]}; border-color: {c["panel_border"]};
}}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    background: {c["base"]}; color: {c["text"]};
    border: 1px solid {c["border"]}; border-radius: 4px; padding: 3px 5px;
    selection-background-color: {c["primary"]}; selection-color: {c["on_primary"]};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus {{
    border: 2px solid {c["focus"]}; padding: 2px 4px;
}}
QLineEdit:disabled, QComboBox:disabled {{ color: {c["disabled"]}; }}
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator,
QAbstractItemView::indicator, QMenu::indicator {{ width: 0.9em; height: 0.9em; }}
{_indicators(c)}QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QComboBox::drop-down {{ border: none; width: 1.6em; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({down}); }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateEdit::up-button,
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateEdit::down-button {{
    border: none; width: 1.4em;
}}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QDateEdit::up-arrow {{ image: url({up}); }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({down}); }}
QComboBox QAbstractItemView {{
    background: {c["base"]}; color: {c["text"]};
    selection-background-color: {c["primary"]}; selection-color: {c["on_primary"]};
}}
QGroupBox {{
    font-size: {body_pt * TYPE_SCALE["h3"]:.1f}pt; font-weight: bold;
    background: {c["panel"]}; border: 1px solid {c["panel_border"]};
    border-radius: {RADIUS + 2}px; margin-top: 1.5em; padding: {SPACE[1]}px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 0; padding: 0;
    color: {c["heading"]};
}}
QFrame#welcome_card {{
    background: {c["panel"]}; border: 1px solid {c["panel_border"]};
    border-radius: {RADIUS + 2}px;
}}
QProgressBar {{
    background: {c["base"]}; color: {c["text"]}; border: 1px solid {c["border"]};
    border-radius: 4px; text-align: center; min-height: 1.3em;
}}
QProgressBar::chunk {{ background: {c["chunk"]}; border-radius: 3px; }}
QListView, QTreeView, QTableView, QListWidget, QTableWidget {{
    background: {c["base"]}; alternate-background-color: {c["alternate"]};
    border: 1px solid {c["border"]}; border-radius: 4px;
    selection-background-color: {c["primary"]}; selection-color: {c["on_primary"]};
}}
QHeaderView::section {{
    background: {c["button"]}; color: {c["text"]}; border: none;
    border-right: 1px solid {c["panel_border"]}; border-bottom: 1px solid {c["border"]};
    padding: {SPACE[0]}px {SPACE[1]}px; font-weight: bold;
}}
QToolTip {{
    background: {c["tooltip"]}; color: {c["text"]}; border: 1px solid {c["border"]};
}}
QStatusBar {{ color: {c["text"]}; }}
QMenuBar {{ background: {c["window"]}; color: {c["text"]}; }}
QMenuBar::item:selected, QMenu::item:selected {{
    background: {c["primary"]}; color: {c["on_primary"]};
}}
QMenu {{ background: {c["base"]}; color: {c["text"]}; border: 1px solid {c["border"]}; }}
QMenu::item:disabled {{ color: {c["disabled"]}; }}
""" + (_keyboard_fill(c) if "focus_fill" in c else "")


def _indicators(c: dict[str, str]) -> str:
    """Tick boxes and round choices drawn from `icons/indicators/<look>/`: a white fill, an
    edge in the look's border colour (Fusion's own, from the page colour, is under 3:1) and
    the mark in the text colour; one that cannot be used now has a dashed edge and a grey mark."""
    folder = resource("icons/indicators/" + ("contrast" if "focus_fill" in c else "warm"))

    def url(name: str) -> str:
        return f"image: url({(folder / name).as_posix()});"

    boxes = ("QCheckBox", "QGroupBox", "QAbstractItemView", "QMenu")
    box = ", ".join(f"{w}::indicator{':non-exclusive' if w == 'QMenu' else ''}" for w in boxes)
    checked = box.replace("indicator", "indicator:checked")
    mixed = box.replace("indicator", "indicator:indeterminate")

    def disabled(selectors: str) -> str:
        return selectors.replace(", ", ":disabled, ") + ":disabled"

    return f"""
{box} {{ {url("check-off.svg")} }}
{checked} {{ {url("check-on.svg")} }}
{mixed} {{ {url("check-mixed.svg")} }}
QRadioButton::indicator, QMenu::indicator:exclusive {{ {url("radio-off.svg")} }}
QRadioButton::indicator:checked, QMenu::indicator:exclusive:checked {{ {url("radio-on.svg")} }}
{disabled(box)} {{ {url("check-off-disabled.svg")} }}
{disabled(checked)} {{ {url("check-on-disabled.svg")} }}
{disabled(mixed)} {{ {url("check-mixed-disabled.svg")} }}
QRadioButton::indicator:disabled {{ {url("radio-off-disabled.svg")} }}
QRadioButton::indicator:checked:disabled {{ {url("radio-on-disabled.svg")} }}
"""


def _keyboard_fill(c: dict[str, str]) -> str:
    """High contrast: whatever has the keyboard is filled yellow, with a thick black edge; a
    control that cannot be used now has a dashed edge (its grey text alone hardly shows it)."""
    return f"""
QPushButton:focus, QToolButton:focus, QPushButton:default:focus,
QPushButton[primary="true"]:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus,
QCheckBox:focus, QRadioButton:focus {{
    background: {c["focus_fill"]}; color: {c["text"]};
}}
QPushButton:focus, QToolButton:focus, QPushButton:default:focus,
QPushButton[primary="true"]:focus {{ border: 3px solid {c["focus"]}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus {{
    border: 3px solid {c["focus"]}; padding: 1px 3px;
}}
QGroupBox, QFrame#welcome_card {{ border: 2px solid {c["panel_border"]}; }}
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled {{
    border-style: dashed;
}}
QDialog {{ border: 2px solid {c["border"]}; }}
"""


def app_icon() -> QIcon:
    """The app icon (two overlapping circles on a green tile), drawn for samenplan."""
    icon = QIcon(str(resource("icons/samenplan.svg")))
    icon.addFile(str(resource("icons/samenplan-256.png")))
    return icon


_STYLE_HINTS: list[QStyleHints] = []


def _accessibility_hints(app: QGuiApplication) -> QAccessibilityHints | None:
    """The system's accessibility hints (Qt 6.10+), found as the style hints' child. PySide6
    6.11 deletes Qt's object with the wrapper `accessibility()` returns, and makes a child's
    wrapper invalid when its parent's wrapper goes: the style hints' wrapper is kept."""
    if not _STYLE_HINTS:
        _STYLE_HINTS.append(app.styleHints())
    return _STYLE_HINTS[0].findChild(QAccessibilityHints)


def system_wants_contrast(app: QGuiApplication) -> bool:
    """Whether the system's accessibility settings ask for high contrast."""
    hints = _accessibility_hints(app)
    return hints is not None and hints.contrastPreference() == Qt.ContrastPreference.HighContrast


class _LiveLook(QObject):
    """The look while it is applied: builds the palette and sheet again when the text size
    changes (Ctrl + / Ctrl -, told by the window once every widget has its new font, so the
    sheet's heading sizes win again), when the contrast setting changes, or when the system's
    contrast changes. Called directly, never from a queued timer or an app-wide event filter:
    a re-polish of every widget must not run at a moment nobody chose."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.body_pt = 0.0
        self.contrast = "system"  # one of CONTRAST_CHOICES
        self.look = ""
        hints = _accessibility_hints(app)
        if hints is not None:
            hints.contrastPreferenceChanged.connect(self.refresh)

    def wanted(self) -> str:
        """The name of the look to show now, in LOOKS."""
        high = self.contrast == "high" or (
            self.contrast == "system" and system_wants_contrast(self.app)
        )
        return "contrast" if high else "warm"

    def refresh(self) -> None:
        body, look = QApplication.font().pointSizeF(), self.wanted()
        if body > 0 and (body, look) != (self.body_pt, self.look):
            self.body_pt = body
            if look != self.look:
                self.look = look
                self.app.setPalette(palette(LOOKS[look]))
            # windows closed meanwhile are deleted first: the new sheet re-polishes every
            # widget, and one half-way through its deletion crashed it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.app.setStyleSheet(style_sheet(body, LOOKS[look]))


def apply(app: QApplication) -> None:
    """Give the whole application its look: Fusion, the palette, the style sheet, the icon."""
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    live = app.findChild(_LiveLook) or _LiveLook(app)
    live.refresh()


def text_size_changed(app: QApplication) -> None:
    """The window gave every widget a new font: the sheet's heading sizes follow."""
    live = app.findChild(_LiveLook)
    if live is not None:
        live.refresh()


def set_contrast(app: QApplication, choice: str) -> None:
    """High contrast on ("high"), off ("normal") or as the system says ("system"); shown
    once the look is applied (`apply`)."""
    live = app.findChild(_LiveLook)
    if live is not None:
        live.contrast = choice if choice in CONTRAST_CHOICES else "system"
        live.refresh()


def shown(app: QApplication) -> str:
    """The name in LOOKS of the look shown now ("warm" while none is applied), for the few
    places that colour single cells themselves (the dossier list's review dates)."""
    live = app.findChild(_LiveLook)
    return live.look if live is not None and live.look else "warm"


def high_contrast(app: QApplication) -> bool:
    """Whether the high-contrast look is shown now."""
    return shown(app) == "contrast"


def remove(app: QApplication) -> None:
    """Take the look away again (tests share one QApplication with tests of plain widgets)."""
    live = app.findChild(_LiveLook)
    if live is not None:
        live.setParent(None)
        live.deleteLater()
    app.setStyleSheet("")
    app.setPalette(app.style().standardPalette())
