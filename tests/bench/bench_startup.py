"""Start-up time (SPEC §9): process start → the demo window shown, against a bare PySide6
script that shows an empty main window, alternating in the same run. Run on request:

    xvfb-run -a .venv/bin/python tests/bench/bench_startup.py [--runs 9]

(Without a display it uses Qt's offscreen platform.) Bar: samenplan ≤ 1.5 × the bare script.
samenplan shows its window ("samenplan wordt geopend…") before it reads the forms and builds
the overview; the time until the demo overview itself is visible is printed too. Python
byte code is written and used, as after `pip install`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SHOWN = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
def shown():
    assert any(w.isVisible() for w in app.topLevelWidgets())
    print("shown", time.perf_counter(), flush=True)
    complete()
def complete():
    main = [w for w in app.topLevelWidgets() if w.objectName() == "main"]
    banner = main[0].findChild(QWidget, "demo_banner") if main else None
    if not main or banner is not None and banner.isVisible():
        print("complete", time.perf_counter(), flush=True)
        app.quit()
        return
    QTimer.singleShot(1, complete)
QTimer.singleShot(0, shown)
"""

BARE = (
    SHOWN
    + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.show()
app.exec()
"""
)

# For reference only (the bar is against BARE): the same window with a menu bar and a line of
# text, i.e. what Qt itself needs to load fonts and lay out text before the first paint.
WITH_TEXT = (
    SHOWN
    + """
from PySide6.QtWidgets import QLabel, QMainWindow
window = QMainWindow()
window.menuBar().addMenu("&Bestand")
window.setCentralWidget(QLabel("samenplan wordt geopend…"))
window.show()
app.exec()
"""
)

SAMENPLAN = (
    SHOWN
    + f"""
sys.path.insert(0, {str(ROOT)!r})
sys.argv = ["samenplan", "--demo"]
from samenplan.cli import run
run()
"""
)


def once(script: str) -> tuple[float, float]:
    """Seconds from process start to the window shown, and to its content complete."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, env=env
    )
    stamps = dict(line.split() for line in result.stdout.splitlines() if line[:1] in "sc")
    if "shown" not in stamps or "complete" not in stamps:
        raise SystemExit(f"the window was not shown: {result.stderr[-500:]}")
    return float(stamps["shown"]) - start, float(stamps["complete"]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    once(BARE)
    once(SAMENPLAN)  # warm the file cache for both
    bare, text, ours, full = [], [], [], []
    for _ in range(args.runs):
        bare.append(once(BARE)[0])
        text.append(once(WITH_TEXT)[0])
        shown, complete = once(SAMENPLAN)
        ours.append(shown)
        full.append(complete)
    b, w, s, f = (statistics.median(x) for x in (bare, text, ours, full))
    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb"
    print(f"platform {platform}, {args.runs} runs each, medians:")
    print(f"bare PySide6 main window:      {b * 1000:.0f} ms")
    print(f"(reference: with menu and text {w * 1000:.0f} ms  ({w / b:.2f} x))")
    print(f"samenplan --demo window shown: {s * 1000:.0f} ms  ({s / b:.2f} x; bar 1.5 x)")
    print(f"samenplan --demo overview:     {f * 1000:.0f} ms  ({f / b:.2f} x)")


if __name__ == "__main__":
    main()
