"""The consultant's dossier table with 2,000 dossiers (issue 15, "Must show"): the table shown
after unlock (the KDF done) within 300 ms, and filtering as you type under 30 ms a
keystroke. Run on request (not part of the test suite):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_dossier_table.py \
        [--dossiers 2000] [--keep DIR] [--rounds 3]

A real profile with fast KDF settings (tests/vaulthelp.py FAST) holds real encrypted
dossiers (the demo, each with its own id, name, date of birth and review dates); their
index, with every summary, is written once at the end instead of after each of the 2,000
creates, which only makes the setup quicker. "Shown" is from the unlocked session to the
table painted: what the window does when `unlocked` arrives (list, build, paint). A keystroke
is timed from the key to the table painted and every event handled; each figure is given as
wall-clock time and as the GUI thread's CPU time (the wall clock grows when other programs
share the machine; the load average is printed), with Python's garbage collections counted.
`--keep DIR` makes the profile in DIR once and reuses it the next time (setup ~65 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from samenplan import shipped
from samenplan.app import make_app
from samenplan.domain.dossier import add_months
from samenplan.domain.export_format import dumps
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.overview import summarize
from tests.vaulthelp import FAST, PASSPHRASE

FIRST = ["Anna", "Bram", "Cas", "Daan", "Eva", "Fenna", "Gijs", "Hanna", "Ilse", "Jop", "Kim",
         "Lotte", "Mo", "Noor", "Olaf", "Pien", "Ruben", "Sanne", "Tim", "Yara"]  # fmt: skip
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker"]  # fmt: skip


def make_profile(data_dir: Path, count: int) -> None:
    store = ProfileStore(data_dir)
    store.create("Consulent", PASSPHRASE, FAST)
    rng = random.Random(15)
    today = dt.date.today()
    with store.open("Consulent") as profile, profile.unlock(PASSPHRASE) as session:
        dossiers = session.dossiers
        entries: dict[str, dict[str, object]] = {}
        real_write = dossiers._write_index
        # setup only: each create fills `entries` (no rebuild from 2,000 files, no rewrite)
        dossiers._entries = lambda: entries  # type: ignore[method-assign]
        dossiers._write_index = lambda *_a, **_k: None  # type: ignore[method-assign]
        for n in range(count):
            dossier = shipped.demo_dossier()
            dossier.id = f"{n:016x}"
            dossier.title = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"
            reviewed = today - dt.timedelta(days=rng.randrange(0, 600))
            for document in dossier.documents:
                document.reviewed, document.review_by = reviewed, add_months(reviewed, 12)
            data = dumps(dossier).encode()
            dossiers.create(dossier.id, dossier.title, data, summarize(dossier))
        real_write(entries)


def figures(name: str, times: list[float], bar: float) -> str:
    ordered = sorted(times)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    return (f"{name}: median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, "
            f"max {ordered[-1]:.1f} ms (bar {bar:.0f} ms)")  # fmt: skip


class Collections:
    """The garbage collections Python makes meanwhile, and the time they take."""

    def __init__(self) -> None:
        self.count, self.ms, self._start = 0, 0.0, 0.0
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.ms += (time.perf_counter() - self._start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="make the profile here once, then reuse it")
    parser.add_argument("--rounds", type=int, default=3, help="times the typing is repeated")
    args = parser.parse_args()
    app = make_app()  # the app's own look: its style sheet makes painting dearer
    from samenplan.config import Config
    from samenplan.ui.dossiers import DossierListPage
    from samenplan.ui.main import MainWindow
    from samenplan.workspace.profiles import Profiles

    with tempfile.TemporaryDirectory() as tmp:
        data = args.keep or Path(tmp)
        ready = data / "bench-ready"
        if not ready.exists():
            if (data / "profiles").exists():
                sys.exit(f"{data} holds an unfinished profile: remove it first")
            start = time.perf_counter()
            make_profile(data, args.dossiers)
            ready.touch()
            print(f"setup: {args.dossiers} dossiers in {time.perf_counter() - start:.1f} s")
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        window = MainWindow(
            shipped.forms(), Profiles(ProfileStore(data)), Config(data), "nl",
            shipped.demo_dossier,
        )  # fmt: skip
        window.resize(1280, 800)
        window.show()
        window.start()
        app.processEvents()
        service = window.session_service
        assert service is not None
        service.unlocked.disconnect()  # measured below, by hand
        service.unlock("Consulent", PASSPHRASE)
        while service.session is None:
            app.processEvents()
            time.sleep(0.001)
        shown = []
        for _ in range(5):
            start = time.perf_counter()
            window._unlocked()
            page = window.stack.currentWidget()
            page.repaint()
            app.processEvents()
            shown.append((time.perf_counter() - start) * 1000)
        assert isinstance(page, DossierListPage) and page.model.rowCount() == args.dossiers
        print(f"table shown after unlock: first {shown[0]:.0f} ms, "
              f"median of 5 {statistics.median(shown):.0f} ms (bar 300 ms)")  # fmt: skip

        wall: list[float] = []
        cpu: list[float] = []
        collections = Collections()
        page.search.setFocus()
        for _ in range(args.rounds):
            for text in ("an", "ne", "x", "de v", "1"):
                for key in [*text, *[Qt.Key.Key_Backspace] * len(text)]:
                    start, used = time.perf_counter(), time.thread_time()
                    QTest.keyClick(page.search, key)
                    page.table.repaint()
                    app.processEvents()
                    wall.append((time.perf_counter() - start) * 1000)
                    cpu.append((time.thread_time() - used) * 1000)
        print(f"filter as you type, {len(wall)} keystrokes:")
        print("  " + figures("wall", wall, 30))
        print("  " + figures("cpu ", cpu, 30))
        print(f"  {collections.count} garbage collections meanwhile, {collections.ms:.1f} ms")
        start = time.perf_counter()
        page.overdue.click()
        app.processEvents()
        print(f"quick filter 'nakijken verlopen': {(time.perf_counter() - start) * 1000:.1f} ms, "
              f"{page.model.rowCount()} shown")  # fmt: skip
        service.lock()


if __name__ == "__main__":
    main()
