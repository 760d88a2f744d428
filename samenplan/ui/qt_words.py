"""Qt's own words (standard buttons, the file dialog: "Zoeken in:", "Bestandsnaam:") in the
app's language. Installed at start and swapped when the language switches live, so a Dutch
window never shows an English file dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from samenplan import words
from samenplan.ui.pseudo import PseudoTranslator

QT_SOURCE = "en"  # the language Qt's own words are written in
_installed: dict[str, QTranslator] = {}


def use(lang: str) -> None:
    """Make Qt's own dialogs speak `lang` (English is Qt's source language)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for other in [code for code in _installed if code != lang]:
        app.removeTranslator(_installed.pop(other))
    if lang == words.PSEUDO and lang not in _installed:
        _installed[lang] = PseudoTranslator(app)
        app.installTranslator(_installed[lang])
    if lang in (QT_SOURCE, words.PSEUDO) or lang in _installed:
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # any language Qt ships words for (qtbase_<lang>.qm): a new catalogue needs no code here
    if translator.load(QLocale(lang), "qtbase", "_", folder):
        app.installTranslator(translator)
        _installed[lang] = translator
