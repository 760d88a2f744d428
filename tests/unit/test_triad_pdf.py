"""The triad comparison PDF and the half-page agreements summary: what they must contain
(every member's written answers, the support in the agreements), that they stay on their
pages, and that user text is printed as typed. Also: no PDF samenplan makes lists a font it
does not embed."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pdfplumber
import pytest
from pypdf import PdfReader

from samenplan import shipped
from samenplan.domain import triad_text
from samenplan.domain.dossier import TRIAD_FORM, Agreement
from samenplan.domain.triad import FLAGS, compare
from samenplan.export.plan_pdf import plan_pdf
from samenplan.export.pocket import pocket_card
from samenplan.export.triad_pdf import agreements_summary_pdf, triad_pdf
from samenplan.formkit.answers import Node
from samenplan.formkit.conditions import walk_enabled
from samenplan.formkit.model import ItemType

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
        word = norm(triad_text.flag(name, "nl"))
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


def cell_texts(pdf: bytes) -> str:
    """Every table cell's text and the pages' text, for finding what somebody wrote (a
    cell's lines are read together, not interleaved with the next column's)."""
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        cells = [cell or "" for page in opened.pages for table in page.extract_tables()
                 for row in table for cell in row]  # fmt: skip
        pages = [page.extract_text() or "" for page in opened.pages]
    return "\n".join(norm(text) for text in cells + pages)


def written(dossier) -> list[tuple[str, str, str]]:
    """(member, item, text) for every non-empty free-text answer shown on a member's card."""
    found = []
    for member in dossier.members:
        card = dossier.document(TRIAD_FORM, member.person)
        if card is None:
            continue
        for item, _scopes, node in walk_enabled(FORM, card.answers):
            if node is None or item.type not in (ItemType.STRING, ItemType.TEXT, ItemType.LIST):
                continue
            values = node.value if isinstance(node.value, list) else [node.value]
            found += [
                (member.person, item.id, v) for v in values if isinstance(v, str) and v.strip()
            ]
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_comparison_pdf_has_every_members_written_answers(lang):
    dossier = shipped.demo_dossier()
    answers = written(dossier)
    kinds = {item.split(".")[-1] for _person, item, _text in answers}
    assert {"steun", "toelichting", "belangrijkste"} <= kinds  # the demo has each kind
    assert {person for person, _item, _text in answers} == {m.person for m in dossier.members}
    text = cell_texts(triad_pdf(FORM, dossier, TODAY, lang=lang))
    for person, item, value in answers:
        assert norm(value) in text, (person, item, value)


def path_to(items, item_id):
    """The items from a section down to `item_id`."""
    for item in items:
        if item.id == item_id:
            return [item]
        below = path_to(item.items, item_id)
        if below:
            return [item, *below]
    return []


def put(answers, item_id, value):
    """Answer `item_id`, making the (not repeated) group nodes above it where missing."""
    *groups, item = path_to(FORM.items, item_id)
    nodes = answers.items
    for group in groups:
        node = next((n for n in nodes if n.id == group.id), None)
        if node is None:
            node = Node(group.id, None, [])
            nodes.append(node)
        nodes = node.items
    nodes.append(Node(item.id, value))


def test_every_kind_of_free_text_of_every_member_is_printed_also_when_typed_anew():
    """Not only the demo's answers: a text in every free-text item a member has not
    answered (tasks, statements, closing questions), for each member, is in the PDF."""
    dossier = shipped.demo_dossier()
    typed = []
    for member in dossier.members:
        card = dossier.document(TRIAD_FORM, member.person)
        if card is None:
            continue
        empty = [item.id for item, _scopes, node in walk_enabled(FORM, card.answers)
                 if node is None and item.type is ItemType.TEXT]  # fmt: skip
        for item_id in empty:
            typed.append(f"{member.person} schreef bij {item_id} dit & <b>dat</b>")
            put(card.answers, item_id, typed[-1])
    assert len(typed) > 100
    text = cell_texts(triad_pdf(FORM, dossier, TODAY))
    missing = [value for value in typed if norm(value) not in text]
    assert not missing, missing[:5]


def test_the_agreements_summary_gives_the_support_each_person_gets():
    dossier = shipped.demo_dossier()
    with_support = [a for a in dossier.agreements if a.support.strip() and a.status == "active"]
    assert with_support
    text, _ = read(agreements_summary_pdf(FORM, dossier, TODAY))
    for agreement in with_support:
        name = triad_text.member_name(dossier, agreement.who)
        assert norm(f"Steun die {name} krijgt: {agreement.support}") in text
    text, _ = read(agreements_summary_pdf(FORM, dossier, TODAY, lang="en"))
    assert norm(f"Support {name} gets: {with_support[-1].support}") in text


def embedded_problems(pdf: bytes) -> list[str]:
    """Fonts a PDF uses but does not carry (pypdf), on every page and in every form."""
    problems = []
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        resources = page["/Resources"]
        fonts = dict(resources.get("/Font", {}))
        for xobject in dict(resources.get("/XObject", {})).values():
            fonts.update(dict(xobject.get_object().get("/Resources", {}).get("/Font", {})))
        for name, ref in fonts.items():
            font = ref.get_object()
            inner = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = inner.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                problems.append(f"page {number}: {name} {font.get('/BaseFont')}")
    return problems


def every_pdf() -> dict[str, bytes]:
    forms = shipped.forms()
    demo = shipped.demo_dossier()
    return {
        "card": pocket_card(demo, forms)[0],
        "card-strips": pocket_card(demo, forms, strips=True)[0],
        "wrap-card": pocket_card(demo, forms, kind="wrap")[0],
        "plan": plan_pdf(forms["crisiskaart"], demo.document("crisiskaart"), demo),
        "wrap": plan_pdf(forms["wrap"], demo.document("wrap"), demo, "letter", "en"),
        "triad": triad_pdf(FORM, demo, TODAY),
        "agreements": agreements_summary_pdf(FORM, demo, TODAY),
    }


def test_no_pdf_of_ours_lists_a_font_it_does_not_embed(tmp_path):
    for name, pdf in every_pdf().items():
        assert embedded_problems(pdf) == [], name
        if shutil.which("pdffonts"):  # poppler's own reading, where it is installed
            path = tmp_path / f"{name}.pdf"
            path.write_bytes(pdf)
            listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                                     check=True).stdout.splitlines()[2:]  # fmt: skip
            assert listing and all(line.split()[-5] == "yes" for line in listing), (name, listing)


def test_the_font_check_sees_an_unembedded_font():
    """The check above fails on a PDF with reportlab's default Helvetica."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 100, "Helvetica")
    canvas.save()
    assert embedded_problems(out.getvalue()) == ["page 1: /F1 /Helvetica"]


def test_the_comparison_pdf_says_whom_not_to_show_it_to():
    dossier = shipped.demo_dossier()
    assert dossier.consent  # the demo has decided
    text, _ = read(triad_pdf(FORM, dossier, TODAY))
    assert (
        norm("Let op: laat dit niet zien") not in text and norm("Nog niet afgesproken") not in text
    )
    dossier.consent = {"p-ellen": True, "p-jesse": False}  # Ruben not asked yet
    text, _ = read(triad_pdf(FORM, dossier, TODAY))
    assert norm("Let op: laat dit niet zien aan Jesse Hoekstra.") in text
    assert norm("Nog niet afgesproken of Ruben Aydın de kaarten van de anderen mag zien.") in text
    english, _ = read(triad_pdf(FORM, dossier, TODAY, lang="en"))
    assert norm("Please note: do not show this to Jesse Hoekstra.") in english
