"""`samenplan selftest`: checks that this installation works, without touching user data.

Run it after installing, and inside every frozen bundle before release. Each check says
what it proved; the exit code is 1 when any check fails.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from samenplan.messages import say


def _forms() -> str:
    from samenplan.shipped import forms

    loaded = forms()
    ids = sum(len(f.ids()) for f in loaded.values())
    return f"{len(loaded)} forms, {ids} items ({', '.join(sorted(loaded))})"


def _demo_round_trip() -> str:
    from samenplan.domain.export_format import dumps, loads
    from samenplan.shipped import demo_dossier, forms

    text = dumps(demo_dossier(), "2000-01-01T00:00:00Z")
    again, stamp = loads(text.encode("utf-8"), forms())
    if dumps(again, stamp) != text:
        raise ValueError("export -> import -> export changed the file")
    return f"demo dossier: export format round trip, {len(again.documents)} documents"


def _qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    QApplication.instance() or QApplication([])
    widget = QWidget()
    widget.deleteLater()
    translations = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QtCore.QTranslator()
    if not translator.load("qtbase_nl", translations):
        raise FileNotFoundError("Qt's Dutch translations (qtbase_nl.qm) are missing")
    return f"Qt {QtCore.qVersion()} ({QGuiApplication.platformName()}), Dutch Qt strings present"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("forms", _forms),
    ("export", _demo_round_trip),
    ("qt", _qt),
]


def run_selftest(lang: str) -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            print(say("selftest_ok", lang, what=f"{name}: {check()}"))
        except Exception as exc:
            failed += 1
            print(say("selftest_failed", lang, what=f"{name}: {type(exc).__name__}: {exc}"))
    if failed:
        print(say("selftest_summary_failed", lang, failed=failed, count=len(CHECKS)))
        return 1
    print(say("selftest_summary_ok", lang, count=len(CHECKS)))
    return 0
