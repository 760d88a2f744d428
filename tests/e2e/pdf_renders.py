"""PNG renders of every PDF samenplan makes, from the fictional demo dossier, for people to
look at:

    .venv/bin/python tests/e2e/pdf_renders.py OUT_DIR

Makes: the crisiskaart pocket card on A4 and Letter, folded over and cut into strips; the
WRAP card; a card that needs the continuation panels; a card with names in Arabic, Cyrillic,
Greek, Turkish and Polish; the first page (the summary) and the second of the crisisplan and
the WRAP; the first page of the triad comparison and the one with what members wrote; the
agreements summary.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pypdfium2 as pdfium

from samenplan import shipped
from samenplan.domain.dossier import Dossier
from samenplan.export.plan_pdf import plan_pdf
from samenplan.export.pocket import pocket_card
from samenplan.export.triad_pdf import agreements_summary_pdf, triad_pdf

TODAY = dt.date(2026, 11, 23)


def many_scripts() -> Dossier:
    dossier = shipped.demo_dossier()
    dossier.person("p-jesse").name = "محمد العلوي"
    dossier.person("p-ellen").name = "Ольга Ελένη Şükrü Łukasiewicz"
    return dossier


def long_texts() -> Dossier:
    dossier = shipped.demo_dossier()
    for node in dossier.document("crisiskaart").answers.root().find_all("wel_doen"):
        node.value = [f"Een langere regel nummer {n} over wat helpt" for n in range(16)]
    return dossier


def pdfs() -> dict[str, bytes]:
    forms = shipped.forms()
    demo = shipped.demo_dossier()

    def card(name: str, dossier: Dossier, **options: object) -> bytes:
        """The card; one that does not fit is drawn all the same, its report printed."""
        pdf, report = pocket_card(dossier, forms, **options)
        for line in report.lines("nl"):
            print(f"{name}: {line}")
        return pdf

    return {
        "card-a4": card("card-a4", demo, paper="a4"),
        "card-letter": card("card-letter", demo, paper="letter"),
        "card-a4-strips": card("card-a4-strips", demo, paper="a4", strips=True),
        "card-letter-strips": card("card-letter-strips", demo, paper="letter", strips=True),
        "wrap-card-a4": card("wrap-card-a4", demo, paper="a4", kind="wrap"),
        "wrap-card-a4-strips": card("wrap-card-a4-strips", demo, kind="wrap", strips=True),
        "card-continued": card("card-continued", long_texts(), paper="a4"),
        "card-scripts": card("card-scripts", many_scripts(), paper="a4"),
        "plan": plan_pdf(forms["crisiskaart"], demo.document("crisiskaart"), demo),
        "wrap": plan_pdf(forms["wrap"], demo.document("wrap"), demo),
        "triad": triad_pdf(forms["triadekaart"], demo, TODAY),
        "agreements": agreements_summary_pdf(forms["triadekaart"], demo, TODAY),
    }


# Of the long PDFs also a later page: the whole plan after the summary page, the WRAP's
# toolbox as a list, what the triad members wrote besides their choices.
LATER_PAGES = {"plan": {"plan-whole": 1}, "wrap": {"wrap-whole": 1}, "triad": {"triad-written": -2}}


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, pdf in pdfs().items():
        document = pdfium.PdfDocument(pdf)
        for shown, number in {name: 0, **LATER_PAGES.get(name, {})}.items():
            path = out / f"{shown}.png"
            page = document[number % len(document)]
            page.render(scale=1.5, grayscale=True).to_pil().save(path, optimize=True)
            print(path)


if __name__ == "__main__":
    main()
