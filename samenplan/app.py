"""The desktop app's composition root: QApplication, translations, the first window.

Until the vault exists (issue 3) the app opens the demo dossier, held only in memory.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from samenplan import __version__, shipped
from samenplan.ui.home import HomeWindow


def _install_qt_translations(app: QApplication, lang: str) -> None:
    if lang != "nl":
        return
    translator = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", path):
        app.installTranslator(translator)


def run_app(lang: str, demo: bool) -> int:
    """Show the main window and run the event loop; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("samenplan")
    app.setOrganizationName("samenplan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("samenplan")
    _install_qt_translations(app, lang)
    # No vault yet: with or without --demo the app shows the demo dossier, writing nothing.
    del demo
    window = HomeWindow(shipped.forms(), shipped.demo_dossier(), lang, demo=True)
    window.show()
    return int(app.exec())
