"""Start-up time of samenplan programs, side by side: the frozen bundle against the venv.

Usage (on an X screen, e.g. `xvfb-run -a`):
    python packaging/start-time.py [--runs 5] PROGRAM...
e.g. dist/samenplan/samenplan .venv/bin/samenplan. For each program, in turns: the time until
`PROGRAM --version` returns, and the time until its first window is visible (found with
xdotool by its title, which starts with "samenplan"). Every run gets a new empty HOME and XDG
folders, so each start is a first start without a profile and without the forms cache.
Prints each run and the median. Uses only the standard library and xdotool.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW_TIMEOUT = 60.0


def _fresh_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"))
    for name, sub in (("CONFIG", ".config"), ("DATA", ".local/share"), ("CACHE", ".cache")):
        env[f"XDG_{name}_HOME"] = str(home / sub)
    env.pop("QT_QPA_PLATFORM", None)
    (home / "run").mkdir(mode=0o700)
    return env


def _version_time(program: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([program, "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def _visible_window() -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^samenplan"],
        capture_output=True,
        check=False,
    )
    return bool(found.stdout.strip())


def _window_time(program: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    app = subprocess.Popen([program], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not _visible_window():
            if app.poll() is not None:
                raise RuntimeError(f"{program} ended before it showed a window")
            if time.perf_counter() - start > WINDOW_TIMEOUT:
                raise RuntimeError(f"{program} showed no window in {WINDOW_TIMEOUT:.0f} s")
            time.sleep(0.02)
        return time.perf_counter() - start
    finally:
        app.terminate()
        app.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("programs", nargs="+")
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        sys.exit("no X screen: run it under xvfb-run -a")
    if _visible_window():
        sys.exit("a samenplan window is open already; close it first")
    times: dict[tuple[str, str], list[float]] = {}
    for run in range(1, args.runs + 1):
        for program in args.programs:
            for what, measure in (("--version", _version_time), ("window", _window_time)):
                with tempfile.TemporaryDirectory() as home:
                    seconds = measure(program, _fresh_env(Path(home)))
                times.setdefault((program, what), []).append(seconds)
                print(f"run {run}: {program} {what}: {seconds:.2f} s", flush=True)
    for (program, what), values in times.items():
        listed = ", ".join(f"{v:.2f}" for v in values)
        print(f"{program} {what}: median {statistics.median(values):.2f} s ({listed})")


if __name__ == "__main__":
    main()
