"""The triad comparison PDF and the half-page agreements summary: what they must contain,
that they stay on their pages, and that user text is printed as typed."""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest

from samenplan import shipped
from samenplan.domain import triad_text
from samenplan.domain.dossier import Agreement
from samenplan.domain.triad import FLAGS, compare
from samenplan.export.triad_pdf import agreements_summary_pdf, triad_pdf

TODAY = dt.date(2026, 11, 23)
FORM = shipped.forms()["triadekaart"]


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def read(pdf: bytes) -> tuple[str, list]:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        text = "".join(page.extract_text() or "" for page in opened.pages)
        pages = [(page.width, page.height, list(page.chars)) for page in opened.pages]
    return norm(text), pages


def tables(pdf: bytes) -> list[list[list[str]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        found = [table for page in opened.pages for table in page.extract_tables()]
    return [[[norm(cell or "") for cell in row] for row in table] for table in found]


def test_the_comparison_pdf_shows_members_points_and_agreements():
    dossier = shipped.demo_dossier()
    text, pages = read(triad_pdf(FORM, dossier, TODAY))
    for member in dossier.members:
        assert norm(triad_text.member_name(dossier, member.person)) in text
    comparison = compare(dossier, FORM)
    flagged = [row for row in comparison.rows if row.flags]
    assert flagged
    found = tables(triad_pdf(FORM, dossier, TODAY))
    # the last column of every comparison table, as pdfplumber finds the tables
    points = [row[-1] for table in found if table[0][-1] == "Omtebespreken" for row in table[1:]]
    assert len(points) == len([r for r in comparison.rows if any(r.answers.values())])
    for name in FLAGS:  # every point to discuss is written out in words
        expected = sum(name in row.flags for row in flagged)
        word = norm(triad_text.flag(name, "nl", symbol=False))
        assert sum(word in cell for cell in points) == expected, name
    [agreements] = [table for table in found if table[0][1] == "Wat"]
    assert [row[1] for row in agreements[1:]] == [norm(a.what) for a in dossier.agreements]
    assert norm("Nog niet klaar: Ruben Aydın") in text  # his card is still open in the demo
    for width, height, chars in pages:
        assert width > height  # landscape
        assert all(c["x0"] >= 0 and c["x1"] <= width and 0 <= c["top"] <= height for c in chars)
        assert min(c["size"] for c in chars) >= 8.5


def test_the_comparison_pdf_is_deterministic_and_in_english_too():
    dossier = shipped.demo_dossier()
    assert triad_pdf(FORM, dossier, TODAY) == triad_pdf(FORM, dossier, TODAY)
    text, _ = read(triad_pdf(FORM, dossier, TODAY, "letter", "en"))
    assert norm("Triad cards side by side") in text and norm("wants to discuss") in text


def test_the_summary_stays_on_the_top_half():
    dossier = shipped.demo_dossier()
    text, [(_width, height, chars)] = read(agreements_summary_pdf(FORM, dossier, TODAY))
    for agreement in dossier.agreements:
        assert norm(agreement.what) in text
    assert all(c["bottom"] < height / 2 for c in chars)


@pytest.mark.parametrize("count", [12, 60])
def test_many_agreements_get_smaller_then_counted(count):
    dossier = shipped.demo_dossier()
    who = dossier.members[1].person
    dossier.agreements = [
        Agreement(f"a{n}", "boodschappen", f"Afspraak nummer {n} met wat uitleg erbij", who)
        for n in range(count)
    ]
    text, [(_width, height, chars)] = read(agreements_summary_pdf(FORM, dossier, TODAY))
    assert all(c["bottom"] < height / 2 for c in chars)
    sizes = {round(c["size"], 1) for c in chars}
    assert min(sizes) >= 7.5
    if count == 12:
        assert norm(f"Afspraak nummer {count - 1}") in text and "ennog" not in text
    else:
        assert re.search(r"ennog(\d+)afspraken", text)
        shown = len(re.findall(r"Afspraaknummer\d+", text))
        hidden = int(re.search(r"ennog(\d+)afspraken", text).group(1))
        assert shown + hidden == count and shown > 5


def test_user_markup_is_printed_as_typed():
    dossier = shipped.demo_dossier()
    dossier.agreements[0].what = "Ik <b>bel</b> & kom"
    assert any(norm("Ik <b>bel</b> & kom") in row for t in tables(triad_pdf(FORM, dossier, TODAY))
               for row in t)  # fmt: skip
    text, _ = read(agreements_summary_pdf(FORM, dossier, TODAY))
    assert norm("Ik <b>bel</b> & kom") in text
