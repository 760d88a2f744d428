"""The pocket card in order of urgency (issue 14): the folded geometry worked out, "Bel
eerst" behind the cover, every continuation's target printed, strips each with their own
cover and "Bel eerst", and every `card:` answer on the card or named in the fit report —
read from the real PDF with pdfplumber."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from samenplan import shipped
from samenplan.export.card_content import card_sections
from samenplan.export.geometry import (
    MM,
    PAPERS,
    fold_kinds,
    folded,
    opening_order,
    outside,
    panel,
    panel_names,
    spreads,
)
from samenplan.export.pocket import KINDS, pocket_card

KINDS_AND_SHAPES = [(k, s) for k in ("crisis", "wrap") for s in (False, True)]


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def panel_texts(pdf: bytes, paper: str = "a4") -> dict[str, str]:
    sheet = PAPERS[paper]
    out = {}
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        for name in panel_names():
            box = panel(sheet, name)
            crop = page.crop((box.left * MM, box.top * MM, box.right * MM, box.bottom * MM))
            out[name] = norm(crop.extract_text() or "")
    return out


def test_the_folded_card_faces_as_paper_does():
    [stack] = folded()
    assert len(stack) == 10 and sorted(layer.panel for layer in stack) == panel_names()
    assert outside(stack) == ("A1", "B5")
    assert spreads(stack) == [("B1", "B2"), ("A2", "A3"), ("B3", "B4"), ("A4", "A5")]
    # the two faces of one paper panel are never both visible: A_r and B_r are one layer
    for index in range(0, 10, 2):
        assert {stack[index].panel[1], stack[index + 1].panel[1]} == {str(index // 2 + 1)}
    kinds = fold_kinds()
    assert [kinds[("A", f)] for f in range(1, 5)] == ["mountain", "valley"] * 2
    assert all(kinds[("A", f)] != kinds[("B", f)] for f in range(1, 5))  # seen from behind


def test_a_strip_has_a_blank_back():
    for stack, column in zip(folded(strips=True), "AB", strict=True):
        assert outside(stack) == (f"{column}1", None)
    assert opening_order(strips=True) == [[f"{c}{r}" for r in range(1, 6)] for c in "AB"]


def build(kind: str, strips: bool, dossier=None, paper: str = "a4"):
    return pocket_card(
        dossier or shipped.demo_dossier(), shipped.forms(), paper, "nl", kind, strips
    )


@pytest.mark.parametrize(("kind", "strips"), KINDS_AND_SHAPES)
def test_bel_eerst_is_behind_each_cover(kind, strips):
    pdf, _ = build(kind, strips)
    text = panel_texts(pdf)
    title = "Beleerst" if kind == "crisis" else "Bel"
    for order in opening_order(strips):
        cover, behind = order[0], order[1]
        assert norm("Noor Bakker") in text[cover] and "op zak".replace(" ", "") in text[cover]
        assert text[behind].startswith(title) or title in text[cover], (behind, text[behind][:40])
        if kind == "crisis":  # with when each person can be reached
            assert norm("Altijd, behalve tijdens nachtdiensten") in text[behind] + text[cover]


def test_the_cover_shows_no_date_of_birth_and_no_official_name():
    pdf, _ = build("crisis", False)
    cover = panel_texts(pdf)["A1"]
    assert norm("17-04-1991") not in cover and norm("Noor Bakker") in cover
    assert "Crisiskaart" not in cover.replace("crisiskaartconsulent", "")
    assert norm("Gemaakt met samenplan") in cover and "crisiskaartconsulent" in cover
    assert norm("17-04-1991") in "".join(panel_texts(pdf).values())  # inside instead


def card_items(kind: str, dossier) -> list:
    form_id = KINDS[kind][0]
    return card_sections(shipped.forms()[form_id], dossier.document(form_id).answers, dossier, "nl")


def assert_all_there_or_reported(kind: str, strips: bool, dossier) -> tuple[dict, object]:
    pdf, report = build(kind, strips, dossier)
    text = panel_texts(pdf)
    everywhere = "".join(text.values())
    reported = {o.item_id for o in report.overflow}
    for section in card_items(kind, dossier):
        if section.item_id in reported:
            continue
        for entry in section.entries:
            for line in [entry.label, *entry.lines, entry.phone, entry.availability]:
                assert not line or norm(line) in everywhere, (section.item_id, line)
    return text, report


@pytest.mark.parametrize(("kind", "strips"), KINDS_AND_SHAPES)
def test_every_card_answer_of_the_demo_is_on_the_card_or_reported(kind, strips):
    text, report = assert_all_there_or_reported(kind, strips, shipped.demo_dossier())
    if report.overflow:  # nothing left out while a panel stays blank
        assert all(text.values()), [name for name, words in text.items() if not words]
    if not strips:
        assert report.fits, report.lines("nl")


def far_too_much(kind: str):
    dossier = shipped.demo_dossier()
    form_id = KINDS[kind][0]

    def every(node):
        yield node
        for child in node.children:
            yield from every(child)

    for node in every(dossier.document(form_id).answers.root()):
        if (
            node.value
            and isinstance(node.value, list)
            and all(isinstance(v, str) for v in node.value)
        ):
            node.value = [f"Een lange zin nummer {n} met nog veel meer woorden" for n in range(30)]
    return dossier


@pytest.mark.parametrize(("kind", "strips"), KINDS_AND_SHAPES)
def test_far_too_much_text_is_reported_and_no_panel_is_blank(kind, strips):
    text, report = assert_all_there_or_reported(kind, strips, far_too_much(kind))
    assert not report.fits and report.size == 7.0
    assert all(text.values()), [name for name, words in text.items() if not words]
    assert any(not o.panel for o in report.overflow)  # sections with no room left: named


@pytest.mark.parametrize(("kind", "strips"), KINDS_AND_SHAPES)
def test_every_continuation_target_is_printed(kind, strips):
    for dossier in (shipped.demo_dossier(), far_too_much(kind)):
        pdf, _ = build(kind, strips, dossier)
        text = panel_texts(pdf)
        targets = [
            (name, target)
            for name, words in text.items()
            for target in re.findall(r"›vervolgop([AB][1-5])", words)
        ]
        for source, target in targets:
            assert target != source
            holders = [name for name, words in text.items() if f"{target}vervolgvan" in words]
            assert holders == [target], (source, target)
    assert targets  # the long dossier continues somewhere


def test_the_sheet_says_which_panel_ends_on_top_and_draws_folds_apart():
    pdf, _ = build("wrap", False)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        legend = norm(page.extract_text())
        folds = [line for line in page.lines if line["width"] > 80 * MM and line["dash"]]
        dashes = {tuple(line["dash"][0]) for line in folds if line["dash"][0]}
    assert norm("je naam ligt bovenop, 'Bel eerst' aan de achterkant") in legend
    assert "bergvouw" in legend and "dalvouw" in legend
    assert len(dashes) == 2  # mountain (dash-dot) and valley (dashes) look different
