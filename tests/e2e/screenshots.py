"""Real-window screenshots of the main screens, for people to look at.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tests/e2e/screenshots.py OUT_DIR

Three passes: at the normal text size into OUT_DIR, at the largest text size (200 %, Ctrl +
to the end) into OUT_DIR/largest-text, and in the high-contrast look (Beeld → Hoog contrast)
into OUT_DIR/high-contrast. Makes: first run, unlock with an error, the demo overview, a form page with help open, a
consultant's list of 50 dossiers, the pocket-card preview, a triad member's own card, the
triad comparison, the overview in English, a real dossier's overview with sending and
receiving cards, the send dialog, the passphrase change, the profile check, "Over samenplan"
and its licences. (The screens for more than one computer — the lease question, the backup
reminder, the conflict choice, restoring — are in `sync_screenshots.py`.) Everything happens
in a temporary data folder with fictional people.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog

from samenplan import shipped
from samenplan.app import make_app
from samenplan.config import Config
from samenplan.domain.dossier import Dossier, Person, default_review_by
from samenplan.domain.export_format import dumps
from samenplan.domain.history import mark_final
from samenplan.ui import about, profile_health, qt_words, read_aloud
from samenplan.ui.exchange import SendDialog
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import DEFAULT_SIZE, TEXT_SCALES, MainWindow
from samenplan.ui.secrets import ChangePassphraseDialog
from samenplan.ui.unlock import UnlockPage
from samenplan.vault.crypto import ARGON2ID, KdfParams
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.profiles import Profiles

FAST = KdfParams(ARGON2ID, 19 * 1024, 1, 1)
FIRST = ["Sanne", "Mo", "Fatma", "Jeroen", "Anouk", "Youssef", "Lotte", "Bram", "Ilse", "Daan"]
LAST = ["de Vries", "Yılmaz", "Jansen", "Bakker", "El Amrani", "Visser"]


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(window: MainWindow, path: Path, whole_screen: bool = False) -> None:
    settle()
    screen = window.screen()
    image = screen.grabWindow(0) if whole_screen else window.grab()
    image.save(str(path))
    print(path)


def main(out: Path) -> None:
    body = make_app().font()  # each pass starts from it: a window scales the app's font
    take(out, body, TEXT_SCALES[TEXT_SCALES.index(1.0)])
    take(out / "largest-text", body, TEXT_SCALES[-1])
    take(out / "high-contrast", body, TEXT_SCALES[TEXT_SCALES.index(1.0)], contrast="high")
    read_aloud.speaker().close()  # its engine's thread, as the app does when it quits


def take(out: Path, body: QFont, text_scale: float, contrast: str = "normal") -> None:
    """Every screenshot, at this text size and contrast, in a fresh data folder."""
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    app.setFont(body)
    qt_words.use("nl")  # Qt's own buttons ("Sluiten") in Dutch, as the app does at start
    forms = shipped.forms()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        store = ProfileStore(data)
        config = Config(data)
        config.set("ui/text_scale", text_scale)
        config.set("ui/contrast", contrast)

        window = MainWindow(forms, Profiles(store), config, "nl", shipped.demo_dossier)
        window.resize(*DEFAULT_SIZE)
        window.move(0, 0)
        window.show()
        window.start()
        shot(window, out / "01-first-run.png")

        store.create("Karin (consulent)", "lang genoeg wachtwoord", FAST)
        window.show_unlock()
        page = window.stack.currentWidget()
        assert isinstance(page, UnlockPage)
        page.passphrase.setText("fout wachtwoord")
        page._unlock()
        for _ in range(50):
            settle(100)
            if page.error.text():
                break
        shot(window, out / "02-unlock-error.png")

        with (
            store.open("Karin (consulent)") as profile,
            profile.unlock("lang genoeg wachtwoord") as s,
        ):
            for n in range(50):
                name = f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]} {n + 1}"
                day = shipped.demo_dossier().created
                dossier = Dossier(
                    f"c{n:03d}",
                    name,
                    day,
                    day,
                    default_review_by(day),
                    [Person("p1", name, "cliënt")],
                )
                s.dossiers.create(dossier.id, dossier.title, dumps(dossier).encode())
            demo = shipped.demo_dossier()
            s.dossiers.create(demo.id, demo.title, dumps(demo).encode())
        page.passphrase.setText("lang genoeg wachtwoord")
        page._unlock()
        for _ in range(50):
            settle(100)
            if window.session_service and window.session_service.session:
                break
        settle(400)
        shot(window, out / "05-consultant-50-dossiers.png")
        window.open_dossier("demo-noor")
        shot(window, out / "10-overview-with-exchange.png")
        send = SendDialog(window, "Ellen Bakker", "nl")
        send.move(200, 200)
        send.show()
        shot(window, out / "11-send-card.png", whole_screen=True)
        send.close()
        change = ChangePassphraseDialog(window, "nl", ["Karin (consulent)"])
        change.current.setText("lang genoeg wachtwoord")
        change.new.setText("Welkom01!")
        change.again.setText("Welkom01!")
        change.accept()  # too easy to guess: it says so and stays open
        change.move(200, 200)
        change.show()
        shot(window, out / "14-change-passphrase.png", whole_screen=True)
        change.close()
        check = profile_health.show(window)  # placed by Qt: over the window, on the screen
        assert check is not None
        shot(window, out / "16-profile-check.png", whole_screen=True)
        check.close()
        info = about.show(window, window.lang)
        shot(window, out / "17-about.png", whole_screen=True)
        licences = info.show_licences()
        shot(window, out / "18-licences.png", whole_screen=True)
        licences.close()
        info.close()
        window.lock()
        window.show_unlock()
        page = window.stack.currentWidget()
        page.remembered = frozenset({page.profiles.currentData()})  # as after 'Onthoud mij'
        page._profile_chosen()
        shot(window, out / "15-unlock-remembered.png")

        window.open_demo()
        shot(window, out / "03-demo-overview.png")

        crisis = window.forms["crisiskaart"]
        approach = next(n for n, s in enumerate(crisis.sections()) if s.id == "bejegening")
        window.open_plan("crisiskaart", section=approach)
        settle()
        form = window.stack.currentWidget().findChild(FormView)
        assert form is not None
        dialog = form.field("wel_doen").open_help("nl")
        dialog.move(520, 160)
        settle()
        shot(window, out / "04-form-with-help.png", whole_screen=True)
        dialog.close()

        window.show_card("crisis")
        shot(window, out / "07-pocket-card-preview.png")

        wrap = window.forms["wrap"]
        triggers = next(n for n, s in enumerate(wrap.sections()) if s.id == "triggers")
        window.open_plan("wrap", section=triggers)
        shot(window, out / "12-wrap-action-plan-picks.png")

        # a kept version of the WRAP, then a few changes, compared with now
        assert window.document is not None
        plan = window.document.dossier.document("wrap")
        assert plan is not None
        mark_final(plan, dt.date(2026, 10, 2))
        tool = next(plan.answers.root().find_all("hulpmiddel"))
        next(n for n in tool.children if n.id == "hulpmiddel_naam").value = "Fietsen in het park"
        next(plan.answers.root().find_all("elke_dag")).value = [{"ref": tool.key}, "Vroeg op"]
        window.show_versions("wrap")
        shot(window, out / "13-version-comparison.png")

        window.open_member_card("p-ellen")
        shot(window, out / "08-triad-member-view.png")
        window.show_comparison()
        shot(window, out / "09-triad-comparison.png")

        window.set_language("en")
        window.show_home()
        shot(window, out / "06-demo-overview-en.png")
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog):
                widget.close()
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
