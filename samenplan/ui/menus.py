"""The window's menus in the current language: Bestand, Bewerken, Beeld, Taal, Hulp. Beeld
holds the text size and the high-contrast look (its setting is applied when the menus are made).

Their shortcuts are set when the first page is shown (`Menus.set_shortcuts`): the first
`setShortcut` costs 15 ms, which would delay the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from samenplan import words
from samenplan.ui import look, read_aloud
from samenplan.ui.strings import t

if TYPE_CHECKING:
    from samenplan.ui.main import MainWindow


class Menus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.shortcuts: list[tuple[QAction, list[QKeySequence]]] = []
        self.keys_ready = False
        self.delete_profile = self.remember = self.forget = QAction(window)
        self.profile_actions: list[QAction] = []
        config = window.config
        look.set_contrast(_app(), config.get("ui/contrast") if config else "system")
        self.build()

    def _action(self, menu: object, key: str, name: str, slot: object) -> QAction:
        action = QAction(t(key, self.window.lang), self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def build(self) -> None:
        window, lang = self.window, self.window.lang
        bar = window.menuBar()
        bar.clear()
        for old, _keys in self.shortcuts:
            window.removeAction(old)
            old.deleteLater()
        file_menu = bar.addMenu(t("menu_file", lang))
        lock = self._action(file_menu, "lock_now", "action_lock", window.lock)
        lock.setEnabled(window.session_service is not None)
        file_menu.addSeparator()
        self.profile_actions = [
            self._action(file_menu, key, name, slot)
            for key, name, slot in (
                ("passphrase_change", "action_passphrase", window.change_passphrase),
                ("recovery_new", "action_recovery_code", window.new_recovery_code),
                ("profile_check", "action_profile_check", lambda: _check_profile(window)),
            )
        ]
        self.remember = self._action(
            file_menu, "computer_remember", "action_remember", window.remember_computer
        )
        self.forget = self._action(
            file_menu, "computer_forget", "action_forget", window.forget_computer
        )
        self.delete_profile = self._action(
            file_menu, "profile_delete", "action_delete_profile", window.delete_profile
        )
        file_menu.addSeparator()
        self.profile_actions.append(
            self._action(file_menu, "backup_make", "action_backup_make", lambda: _backup(window))
        )
        self._action(file_menu, "backup_restore", "action_backup_restore", lambda: _restore(window))
        file_menu.addSeparator()
        quit_action = self._action(file_menu, "quit", "action_quit", window.close)
        edit = bar.addMenu(t("menu_edit", lang))
        undo = self._action(edit, "undo", "action_undo", window.undo)
        redo = self._action(edit, "redo", "action_redo", window.redo)
        view = bar.addMenu(t("menu_view", lang))
        bigger = self._action(view, "bigger", "action_bigger", lambda: window.change_text_size(1))
        smaller = self._action(
            view, "smaller", "action_smaller", lambda: window.change_text_size(-1)
        )
        contrast = self._action(view, "high_contrast", "action_high_contrast", self._contrast)
        contrast.setCheckable(True)
        contrast.setChecked(look.high_contrast(_app()))
        view.aboutToShow.connect(lambda: contrast.setChecked(look.high_contrast(_app())))
        view.addSeparator()
        hide = self._action(view, "hide_names", "action_hide_names", window.set_hide_names)
        hide.setCheckable(True)
        hide.setChecked(bool(window.config and window.config.get("ui/hide_names")))
        view.addSeparator()
        read = read_aloud.ReadAloudAction(window, lang)
        view.addAction(read)
        language = bar.addMenu(t("menu_language", lang))
        group = QActionGroup(window)
        for code in words.languages():  # each by its own name
            action = QAction(words.say("language_name", code), window)
            action.setObjectName(f"action_lang_{code}")
            action.setCheckable(True)
            action.setChecked(code == lang)
            action.triggered.connect(lambda _=False, c=code: window.set_language(c))
            group.addAction(action)
            language.addAction(action)
        help_menu = bar.addMenu(t("menu_help", lang))
        self._action(help_menu, "about", "action_about", lambda: _about(window))
        standard = QKeySequence.keyBindings
        self.shortcuts = [
            (lock, [QKeySequence("Ctrl+L")]),
            (quit_action, standard(QKeySequence.StandardKey.Quit)),
            (undo, standard(QKeySequence.StandardKey.Undo)),
            (redo, standard(QKeySequence.StandardKey.Redo)),
            (bigger, [*standard(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]),
            (smaller, standard(QKeySequence.StandardKey.ZoomOut)),
            (read, read_aloud.KEYS),
        ]
        window.addActions([lock, undo, redo, bigger, smaller, read])
        if self.keys_ready:
            self.set_shortcuts()

    def _contrast(self, high: bool) -> None:
        """Beeld → Hoog contrast: on or off from now on, also after a restart."""
        choice = "high" if high else "normal"
        if self.window.config:
            self.window.config.set("ui/contrast", choice)
        look.set_contrast(_app(), choice)

    def follow(self, unlocked: bool, remembered: bool) -> None:
        """The profile's actions only while it is unlocked; remember or forget, as it is."""
        for action in [*self.profile_actions, self.delete_profile]:
            action.setEnabled(unlocked)
        self.remember.setEnabled(unlocked and not remembered)
        self.forget.setEnabled(unlocked and remembered)

    def set_shortcuts(self) -> None:
        self.keys_ready = True
        for action, keys in self.shortcuts:
            action.setShortcuts(keys)


def _check_profile(window: MainWindow) -> None:
    from samenplan.ui import profile_health

    profile_health.show(window)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _backup(window: MainWindow) -> None:
    from samenplan.ui import profile_backup

    profile_backup.make_backup(window)


def _about(window: MainWindow) -> None:
    from samenplan.ui import about

    about.show(window, window.lang)


def _restore(window: MainWindow) -> None:
    from samenplan.ui import profile_backup

    profile_backup.restore_backup(window)


class DossierUndoKeys(QObject):
    """Ctrl+Z and Ctrl+Shift+Z in the main window undo and redo changes to the dossier, also
    while a text field has the keyboard: a field's own undo would take back typing in that
    field only, and out of order with the dossier's history. (Dialogs keep their own.)"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        if not undo and not event.matches(QKeySequence.StandardKey.Redo):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # not the field's: the window's shortcut runs
            return True
        (self.window.undo if undo else self.window.redo)()  # a key sent to the field itself
        return True
