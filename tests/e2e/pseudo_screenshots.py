"""Screenshots in the pseudo-language (`--lang qps`), for people to look at (issue 18 §1).

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tests/e2e/pseudo_screenshots.py OUT

Makes OUT/pseudo-home.png (the demo overview), OUT/pseudo-form.png (a form page with its help
open), OUT/pseudo-comparison.png (the triad comparison) and OUT/pseudo-card.png (the first
page of the demo's pocket card, rendered from the PDF). Every sentence of the app should be
in brackets and accented; only the demo's fictional people and their answers are plain.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pypdfium2

from samenplan import shipped, words
from samenplan.app import make_app
from samenplan.config import Config
from samenplan.export.pocket import pocket_card
from samenplan.ui import qt_words, read_aloud
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import DEFAULT_SIZE, MainWindow
from tests.e2e.screenshots import settle, shot

QPS = words.PSEUDO


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    make_app()
    qt_words.use(QPS)  # as `samenplan --lang qps` does at start
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(shipped.forms(), None, Config(Path(folder)), QPS, shipped.demo_dossier)
        window.resize(*DEFAULT_SIZE)
        window.move(0, 0)
        window.show()
        window.open_demo()
        shot(window, out / "pseudo-home.png")

        sections = [s.id for s in window.forms["crisiskaart"].sections()]
        window.open_plan("crisiskaart", section=sections.index("bejegening"))
        settle()
        form = window.stack.currentWidget().findChild(FormView)
        assert form is not None
        help_dialog = form.field("wel_doen").open_help(QPS)
        help_dialog.show()
        shot(window, out / "pseudo-form.png", whole_screen=True)
        help_dialog.close()

        window.show_comparison()
        shot(window, out / "pseudo-comparison.png")
        window.close()
    pdf, report = pocket_card(shipped.demo_dossier(), shipped.forms(), "a4", QPS, "crisis")
    assert report.fits and not report.missing_glyphs, (report.overflow, report.missing_glyphs)
    page = pypdfium2.PdfDocument(pdf)[0]
    page.render(scale=110 / 72).to_pil().save(out / "pseudo-card.png")
    print(out / "pseudo-card.png")
    read_aloud.speaker().close()  # its engine's thread, as the app does when it quits


if __name__ == "__main__":
    main(Path(sys.argv[1]))
