"""Start-up time (SPEC §9): process start → the demo window shown, against a bare PySide6
script that shows an empty main window, alternating in the same run. Run on request:

    xvfb-run -a .venv/bin/python tests/bench/bench_startup.py [--runs 9]

(Without a display it uses Qt's offscreen platform.) Bar: samenplan ≤ 1.5 × the bare script.
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
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def shown():
    assert any(w.isVisible() for w in app.topLevelWidgets())
    print("shown", flush=True)
    app.quit()
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

SAMENPLAN = (
    SHOWN
    + f"""
sys.path.insert(0, {str(ROOT)!r})
sys.argv = ["samenplan", "--demo"]
from samenplan.cli import run
run()
"""
)


def once(script: str) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - start
    if "shown" not in result.stdout:
        raise SystemExit(f"the window was not shown: {result.stderr[-500:]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    once(BARE)
    once(SAMENPLAN)  # warm the file cache for both
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(once(BARE))
        ours.append(once(SAMENPLAN))
    b, s = statistics.median(bare), statistics.median(ours)
    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb"
    print(f"platform {platform}, {args.runs} runs each, medians:")
    print(f"bare PySide6 main window: {b * 1000:.0f} ms")
    print(
        f"samenplan --demo:         {s * 1000:.0f} ms  ({s / b:.2f} x the bare script; bar 1.5 x)"
    )


if __name__ == "__main__":
    main()
