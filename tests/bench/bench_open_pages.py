"""How long opening a plan and a triad card takes, with the app's look and without (run on
request: `.venv/bin/python tests/bench/bench_open_pages.py [plain]`; prints seconds)."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SAMENPLAN_SPEECH_ENGINE"] = "none"

from samenplan import shipped
from samenplan.app import make_app
from samenplan.ui import look
from samenplan.ui.main import MainWindow


def main() -> None:
    app = make_app()
    if "plain" in sys.argv:
        look.remove(app)
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    window.show()
    window.start()
    app.processEvents()
    steps = {
        "crisiskaart": lambda: window.open_plan("crisiskaart"),
        "wrap": lambda: window.open_plan("wrap"),
        "triadekaart (naaste)": lambda: window.open_member_card("p-ellen"),
        "triadekaart (hulpverlener)": lambda: window.open_member_card("p-ruben"),
    }
    for name, step in steps.items():
        cpu, wall = time.process_time(), time.perf_counter()
        step()
        app.processEvents()
        print(f"{name}: {time.perf_counter() - wall:.2f} s ({time.process_time() - cpu:.2f} s cpu)")


if __name__ == "__main__":
    main()
