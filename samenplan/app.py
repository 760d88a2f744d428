"""The desktop app's composition root: QApplication, Qt's Dutch strings, settings, logging,
the profile store and the main window. With `--demo` nothing is read or written."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from samenplan import __version__, shipped


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("samenplan")
    app.setOrganizationName("samenplan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nl.samenplan.Samenplan")  # packaging/linux/ (Wayland's app id)
    from samenplan.ui import look

    look.apply(app)  # Fusion, the warm palette, the style sheet, the icon (ui/look.py)
    return app


def run_app(lang: str, demo: bool, data_dir: Path | None = None) -> int:
    """Show the main window and run the event loop; returns the exit code."""
    from samenplan.ui import error_hook, qt_words
    from samenplan.ui.main import MainWindow

    app = make_app()
    qt_words.use(lang)
    profiles = config = None
    if not demo:
        from samenplan import log, paths
        from samenplan.config import Config
        from samenplan.workspace.profiles import Profiles

        folder = paths.data_dir(data_dir)
        log.setup(folder)
        profiles = Profiles.at(folder)
        config = Config(folder)
    window = MainWindow(shipped.FormsOnFirstUse(), profiles, config, lang, shipped.demo_dossier)
    error_hook.install(window, lambda: window.lang)  # an unexpected error: a calm box, a log line
    window.start_after_first_paint(demo=demo)
    window.show()
    return int(app.exec())
