"""Vault figures for SPEC §9: unlock time, save latency of the demo dossier, and the time to
list 500 dossiers. Run on request (not part of the test suite):

    .venv/bin/python tests/bench/bench_vault.py [--saves 200] [--dossiers 500]

Unlock uses the KDF settings calibrated on this machine, as a real profile would.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from samenplan import resources
from samenplan.vault.crypto import calibrate
from samenplan.vault.profiles import ProfileStore

PASSPHRASE = "een lang genoeg wachtwoord voor de meting"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--dossiers", type=int, default=500)
    args = parser.parse_args()
    demo = resources.resource("demo/dossier.json").read_bytes()

    with tempfile.TemporaryDirectory() as folder:
        store = ProfileStore(Path(folder))
        start = time.perf_counter()
        params = calibrate()
        calibration = time.perf_counter() - start
        store.create("Bench", PASSPHRASE, params)
        unlocks = []
        for _ in range(5):
            with store.open("Bench") as profile:
                start = time.perf_counter()
                session = profile.unlock(PASSPHRASE)
                unlocks.append(time.perf_counter() - start)
                session.pmk = b""
        print(f"KDF: Argon2id m={params.cost // 1024} MiB t={params.iterations} p={params.lanes} "
              f"(calibration took {calibration:.2f} s)")  # fmt: skip
        print(f"unlock: median {statistics.median(unlocks):.3f} s, "
              f"min {min(unlocks):.3f} s, max {max(unlocks):.3f} s (bar 0.5-1.0 s)")  # fmt: skip

        with store.open("Bench") as profile, profile.unlock(PASSPHRASE) as session:
            session.dossiers.create("demo", "Noor Bakker", demo)
            times = []
            for n in range(args.saves):
                data = demo.replace(b'"Noor Bakker"', f'"Noor Bakker {n}"'.encode(), 1)
                start = time.perf_counter()
                session.dossiers.save("demo", "Noor Bakker", data)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p95 = times[int(0.95 * len(times)) - 1]
            print(f"save of the demo dossier ({len(demo)} bytes), {args.saves} saves: "
                  f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
                  f"(bar: median <= 30 ms, p95 <= 60 ms)")  # fmt: skip

            start = time.perf_counter()
            for n in range(args.dossiers - 1):
                session.dossiers.create(f"d{n:04d}", f"Cliënt {n:04d}", demo)
            filled = time.perf_counter() - start
        print(f"created {args.dossiers} dossiers in {filled:.1f} s")

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        with store.open("Bench") as profile:
            session = profile.unlock(PASSPHRASE)
            start = time.perf_counter()
            listed = session.dossiers.all()
            took = time.perf_counter() - start
            session.close()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"list {len(listed)} dossiers (after unlock): {took * 1000:.1f} ms (bar <= 1 s); "
              f"peak memory of this process {rss:.0f} MB (before listing {rss_before:.0f} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
