"""Triad comparison speed (SPEC §9): six members with full cards (43 tasks, 4 or 5 answers each),
from the dossier to the comparison page shown. Run on request:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_triad.py

Bar: shown within 150 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from samenplan import shipped
from samenplan.domain.dossier import Document, Dossier, Member, Person, default_review_by
from samenplan.domain.triad import tasks
from samenplan.formkit.answers import Answers, Node
from samenplan.ui.triad_view import ComparisonPage

ROLES = ["client", "naaste", "naaste", "naaste", "hulpverlener", "hulpverlener"]
WHO = [{"person": "p0"}, {"person": "p1"}, {"person": "p4"}, {"code": "niemand"},
       {"code": "weet_niet"}]  # fmt: skip


def dossier() -> Dossier:
    form = shipped.forms()["triadekaart"]
    day = dt.date(2026, 11, 1)
    people = [Person(f"p{n}", f"Persoon {n}") for n in range(6)]
    members = [Member(f"p{n}", role, "klaar") for n, role in enumerate(ROLES)]
    documents = []
    for n, role in enumerate(ROLES):
        by_domain: dict[str, list[Node]] = {}
        for k, task in enumerate(tasks(form)):
            parts = [
                Node(f"{task.id}.bespreken", (n + k) % 3 == 0),
                Node(f"{task.id}.wie_nu", WHO[(n + k) % 5]),
                Node(f"{task.id}.wie_straks", WHO[(n * 2 + k) % 5]),
                Node(f"{task.id}.toelichting", f"Opmerking {n}-{k}"),
            ]
            if role == "naaste":
                parts.append(Node(f"{task.id}.belasting", 1 + (n + k) % 5))
            by_domain.setdefault(task.domain, []).append(Node(task.id, None, parts))
        answers = Answers([Node(d, None, nodes) for d, nodes in by_domain.items()])
        documents.append(
            Document("triadekaart", 2, answers, member=f"p{n}", created=day, reviewed=day)
        )
    bench = Dossier("d", "Bench", day, day, default_review_by(day), people, members, documents)
    bench.consent = {f"p{n}": True for n in range(1, 6)}  # decided: the cards, not that step
    return bench


def main() -> None:
    app = QApplication.instance() or QApplication([])
    forms = shipped.forms()
    data = dossier()
    ComparisonPage(forms, data, "nl")  # warm up imports
    times = []
    for _ in range(15):
        start = time.perf_counter()
        page = ComparisonPage(forms, data, "nl")
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        page.close()
        page.deleteLater()
    count = len(tasks(forms["triadekaart"]))
    print(f"6 members x {count} tasks: median {statistics.median(times):.0f} ms, "
          f"max {max(times):.0f} ms (bar: 150 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
