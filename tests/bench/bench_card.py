"""Pocket-card speed (SPEC §9): wall time of `samenplan card` on the demo dossier, in the same
run as (a) LibreOffice converting a .docx with the same text to PDF and (b) a minimal Python
script that imports reportlab and writes a one-page PDF. Run on request:

    .venv/bin/python tests/bench/bench_card.py [--runs 7]

Needs `soffice` (Debian: libreoffice-writer-nogui). Bars: ≥ 6× faster than LibreOffice,
≤ 1.5× the reportlab floor. For the record it also times the same card made through `run()`
alone, i.e. without what `main()` adds for a command (no cyclic GC, ending with `os._exit`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FLOOR = """
from reportlab.pdfgen.canvas import Canvas
c = Canvas({out!r})
c.drawString(72, 720, "samenplan")
c.showPage()
c.save()
"""


def card_text() -> list[str]:
    from samenplan import shipped
    from samenplan.export.card_content import card_sections

    dossier = shipped.demo_dossier()
    sections = card_sections(
        shipped.forms()["crisiskaart"], dossier.document("crisiskaart").answers, dossier, "nl"
    )
    return [line for s in sections for line in s.text().splitlines()]


def write_docx(path: Path, lines: list[str]) -> None:
    """A minimal .docx (one paragraph per line), without extra libraries."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("[Content_Types].xml", types)
        docx.writestr("_rels/.rels", rels)
        docx.writestr("word/document.xml", document)


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    # with Python byte code written and used, as after `pip install`
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    demo = ROOT / "resources" / "demo" / "dossier.json"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        write_docx(work / "kaart.docx", card_text())
        profile = f"-env:UserInstallation=file://{work / 'lo-profile'}"
        ours = [
            sys.executable,
            "-m",
            "samenplan",
            "card",
            str(demo),
            "--out",
            str(work / "card.pdf"),
        ]
        plain = [
            sys.executable,
            "-c",
            "import sys; from samenplan.cli import run; raise SystemExit(run(sys.argv[1:]))",
            *ours[3:],
        ]
        floor = [sys.executable, "-c", FLOOR.format(out=str(work / "floor.pdf"))]
        office = [
            soffice,
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(work / "kaart.docx"),
        ]
        commands = {
            "samenplan card": ours,
            "reportlab floor": floor,
            "LibreOffice": office,
            "card via run()": plain,
        }
        for command in commands.values():
            timed(command, ROOT)  # warm up (LibreOffice makes its profile here)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, ROOT))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:16s} median {value * 1000:7.0f} ms over {args.runs} runs")
    ours_t, floor_t, office_t = (
        medians["samenplan card"],
        medians["reportlab floor"],
        medians["LibreOffice"],
    )
    print(f"LibreOffice / samenplan card = {office_t / ours_t:.1f}x (bar: at least 6x)")
    print(f"samenplan card / reportlab floor = {ours_t / floor_t:.2f}x (bar: at most 1.5x)")
    plain_t = medians["card via run()"]
    print(f"(card via run() / reportlab floor = {plain_t / floor_t:.2f}x)")


if __name__ == "__main__":
    main()
