"""The pocket card: geometry, and assertions on the real PDF (research pdf.md §9)."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

import pdfplumber
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from samenplan import resources, shipped
from samenplan.domain.export_format import dumps, loads
from samenplan.export.card_content import card_sections
from samenplan.export.geometry import (
    MM,
    PAPERS,
    block,
    centre_fold,
    outside_panels,
    panel,
    panel_names,
    row_folds,
    safe_box,
)
from samenplan.export.pocket import pocket_card

TABLE = {
    # paper: (left, right, top, bottom, centre fold, zigzag folds) in mm, research pdf.md §3.1
    "a4": (21.0, 189.0, 18.5, 278.5, 105.0, [70.5, 122.5, 174.5, 226.5]),
    "letter": (23.95, 191.95, 9.7, 269.7, 107.95, [61.7, 113.7, 165.7, 217.7]),
}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_geometry_equals_the_mm_table(paper):
    sheet = PAPERS[paper]
    left, right, top, bottom, centre, zigzag = TABLE[paper]
    outer = block(sheet)
    assert (outer.left, outer.right, outer.top, outer.bottom) == pytest.approx(
        (left, right, top, bottom), abs=0.01
    )
    assert centre_fold(sheet) == pytest.approx(centre, abs=0.01)
    assert row_folds(sheet) == pytest.approx(zigzag, abs=0.01)
    boxes = [panel(sheet, name) for name in panel_names()]
    assert sum(b.width * b.height for b in boxes) == pytest.approx(outer.width * outer.height)
    for box in boxes:
        assert (box.width, box.height) == (84.0, 52.0)
        inner = safe_box(sheet, "A1")
        assert (inner.width, inner.height) == pytest.approx((77.0, 45.0))


def test_folded_the_front_and_back_covers_show():
    assert outside_panels() == ("A1", "B5")


def demo():
    return shipped.demo_dossier()


def build(dossier, paper="a4", strips=False):
    return pocket_card(dossier, shipped.forms(), paper, "nl", "crisis", strips)


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@pytest.fixture(
    scope="module",
    params=[("a4", False), ("letter", False), ("a4", True), ("letter", True)],
    ids=["a4", "letter", "a4-strips", "letter-strips"],
)
def demo_pdf(request):
    """The demo card on each paper, folded over (layout A) and cut into strips (A′)."""
    paper, strips = request.param
    pdf, report = build(demo(), paper, strips)
    assert report.fits or strips  # the whole demo plan is more than two strips hold
    return paper, pdf, report


def test_page_size_and_metadata(demo_pdf):
    paper, pdf, _ = demo_pdf
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    expected = {"a4": (595.276, 841.89), "letter": (612.0, 792.0)}[paper]
    assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.01)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    prefs = root["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None" and prefs["/Duplex"] == "/Simplex"
    assert "Noor" not in str(reader.metadata)  # no personal data in the metadata


def test_every_glyph_is_inside_a_panel_or_the_legend(demo_pdf):
    paper, pdf, _ = demo_pdf
    sheet = PAPERS[paper]
    boxes = [safe_box(sheet, name) for name in panel_names()]
    outer = block(sheet)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        inside = outside = 0
        for char in page.chars:
            x0, x1, top, bottom = (char[k] / MM for k in ("x0", "x1", "top", "bottom"))
            in_panel = any(
                b.left - 0.2 <= x0
                and x1 <= b.right + 0.2
                and b.top - 0.2 <= top
                and bottom <= b.bottom + 0.2
                for b in boxes
            )
            if in_panel:
                inside += 1
                continue
            # our own legend: only in the margins, never across the block
            outside += 1
            crosses = (
                outer.left < x1 and x0 < outer.right and outer.top < bottom and top < outer.bottom
            )
            assert not crosses, (char["text"], x0, top)
        assert inside > 1000 and outside > 0


PRINTER_MARGIN = 6.35  # mm: what many printers cannot print at the edges of a sheet


def test_nothing_is_printed_where_a_printer_cannot_reach(demo_pdf):
    paper, pdf, _ = demo_pdf
    sheet = PAPERS[paper]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        marks = page.chars + page.lines + page.rects + page.curves
        assert len(marks) > 1000
        for mark in marks:
            x0, x1, top, bottom = (mark[k] / MM for k in ("x0", "x1", "top", "bottom"))
            assert x0 >= PRINTER_MARGIN and x1 <= sheet.width - PRINTER_MARGIN, mark
            assert top >= PRINTER_MARGIN and bottom <= sheet.height - PRINTER_MARGIN, mark


def test_the_scale_bar_is_five_centimetres(demo_pdf):
    _, pdf, _ = demo_pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lengths = [
            max(line["x1"] - line["x0"], line["bottom"] - line["top"]) / MM
            for line in document.pages[0].lines
            if line["linewidth"] == 1
        ]
    assert any(abs(length - 50) < 0.01 for length in lengths)


def test_no_glyph_below_7pt_and_numbers_at_least_9pt_bold(demo_pdf):
    _, pdf, _ = demo_pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[0].chars
    # text turned a quarter (Letter's scale bar label): its height on the page is its size
    sizes = [c["size"] if c["upright"] else c["x1"] - c["x0"] for c in chars]
    assert min(sizes) >= 7.0 - 0.01
    text = "".join(c["text"] for c in chars)
    number = "06-0555 12 34".replace(" ", "")
    assert number in text.replace(" ", "")
    digits = [c for c in chars if c["text"].isdigit() and c["size"] >= 9]
    assert digits and all("Bold" in c["fontname"] for c in digits if c["size"] >= 9.4)


def test_everything_for_the_card_is_on_it_or_reported(demo_pdf):
    paper, pdf, report = demo_pdf
    dossier = demo()
    sections = card_sections(
        shipped.forms()["crisiskaart"], dossier.document("crisiskaart").answers, dossier, "nl"
    )
    everywhere = "".join(panel_texts(pdf, paper).values())
    reported = {o.item_id for o in report.overflow}
    for section in sections:
        if section.item_id in reported:
            continue
        for entry in section.entries:
            for line in [entry.label, *entry.lines, entry.phone, entry.availability]:
                if line:
                    assert norm(line) in everywhere, line


def panel_texts(pdf: bytes, paper: str) -> dict[str, str]:
    """Each panel's text, read from its own box (panels side by side must not mix)."""
    sheet = PAPERS[paper]
    out = {}
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        for name in panel_names():
            box = panel(sheet, name)
            crop = page.crop((box.left * MM, box.top * MM, box.right * MM, box.bottom * MM))
            text = norm(crop.extract_text() or "")
            out[name] = re.sub(r"›vervolgop[AB][1-5]", "", text)
    return out


def test_a_phone_number_never_breaks_across_lines():
    dossier = demo()
    dossier.person("p-ellen").name = "Ольга Ελένη Şükrü Łukasiewicz"
    pdf, report = build(dossier)
    assert report.fits
    phones = [norm(p.phone) for p in dossier.people if p.phone]
    lines: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        for name in panel_names():
            box = panel(PAPERS["a4"], name)
            crop = page.crop((box.left * MM, box.top * MM, box.right * MM, box.bottom * MM))
            lines += [norm(line["text"]) for line in crop.extract_text_lines()]
    text = "".join(lines)
    shown = [phone for phone in phones if phone in text]
    assert len(shown) >= 4  # B5 and the practical panel hold several
    for phone in shown:
        assert any(phone in line for line in lines), phone


def centre_line_dashes(pdf: bytes, paper: str) -> list[object]:
    """The dash pattern of every line along the centre of the block (crop ticks included)."""
    sheet = PAPERS[paper]
    centre = centre_fold(sheet) * MM
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [
            line["dash"]
            for line in document.pages[0].lines
            if abs(line["x0"] - centre) < 0.01 and abs(line["x1"] - centre) < 0.01
        ]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_strips_cut_the_centre_line_and_say_so(paper):
    folded, _ = build(demo(), paper)
    cut, _ = build(demo(), paper, strips=True)
    folded_dashes, cut_dashes = centre_line_dashes(folded, paper), centre_line_dashes(cut, paper)
    assert len(folded_dashes) == 1 and folded_dashes[0][0]  # one dash-dot fold line
    solid = [dash is None or not dash[0] for dash in cut_dashes]
    assert cut_dashes and all(solid)  # a solid cut line (and its crop ticks)
    assert len(cut_dashes) == (3 if paper == "a4" else 1)  # Letter: no room for the ticks
    with pdfplumber.open(io.BytesIO(cut)) as document:
        text = norm(document.pages[0].extract_text())
    assert norm("Knip langs de doorgetrokken middellijn: zo krijg je twee stroken.") in text
    assert norm("Vouw elke strook als een harmonica") in text
    assert norm("rechterhelft") not in text


def margin_drawing(pdf: bytes, paper: str) -> tuple[list[dict], str]:
    """The vector marks and the text right of the block, below its top (the diagram)."""
    outer = block(PAPERS[paper])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        marks = [
            m
            for m in page.lines + page.rects + page.curves
            if m["x0"] / MM > outer.right + 1 and m["top"] / MM > outer.top + 5
        ]
        text = "".join(
            c["text"]
            for c in page.chars
            if c["x0"] / MM > outer.right + 1 and outer.top + 5 < c["top"] / MM < outer.top + 80
        )
    return marks, text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_folding_steps_have_a_diagram_in_the_right_margin(paper):
    folded, _ = build(demo(), paper)
    cut, _ = build(demo(), paper, strips=True)
    folded_marks, folded_numbers = margin_drawing(folded, paper)
    cut_marks, cut_numbers = margin_drawing(cut, paper)
    assert folded_numbers == cut_numbers == "123"  # numbered as the written steps
    assert len(folded_marks) >= 12 and len(cut_marks) >= 12
    sheet = PAPERS[paper]
    for mark in folded_marks + cut_marks:  # clear of the sheet's unprintable edge
        assert mark["x1"] / MM <= sheet.width - PRINTER_MARGIN
        assert mark["bottom"] / MM <= (sheet.height - PRINTER_MARGIN)

    # step 2 differs: a fold-over arrow (one more curve), or two strips side by side
    def count(marks, kind):
        return sum(m["object_type"] == kind for m in marks)

    assert count(folded_marks, "curve") == count(cut_marks, "curve") + 1
    assert count(cut_marks, "rect") == count(folded_marks, "rect") + 1 == 4


def test_fonts_embedded_and_nothing_clipped(demo_pdf):
    _, pdf, _ = demo_pdf
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])
    operations = ContentStream(page.get_contents(), reader).operations
    assert not [op for _, op in operations if op in (b"W", b"W*")]


def test_same_input_same_bytes():
    first, _ = build(demo())
    second, _ = build(demo())
    assert first == second


def long_dossier():
    dossier = demo()
    answers = dossier.document("crisiskaart").answers
    for node in answers.root().find_all("wel_doen"):
        node.value = [
            f"Dit is een heel lange regel nummer {n} die de kaart helemaal vol maakt"
            for n in range(60)
        ]
    return dossier


def test_a_card_that_does_not_fit_is_reported_not_clipped():
    pdf, report = build(long_dossier())
    assert not report.fits
    assert report.size == 7.0  # it tried down to the floor, no further
    # "Doe dit" fills its panels; it and what comes after it are named, none dropped
    overflow = {o.section: o for o in report.overflow}
    assert overflow["Doe dit"].panel and overflow["Doe dit"].characters > 500
    assert overflow["Doe dit"].lines > 5
    assert all(o.section and o.characters > 0 for o in report.overflow)
    assert any(line.startswith("'Doe dit' (paneel ") for line in report.lines("nl"))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[0].chars
    assert min(c["size"] for c in chars) >= 6.99


def test_long_texts_continue_on_a_labelled_panel():
    dossier = demo()
    answers = dossier.document("crisiskaart").answers
    for node in answers.root().find_all("wel_doen"):
        node.value = [f"Regel {n} met wat meer woorden erin" for n in range(14)]
    pdf, report = build(dossier)
    assert report.fits
    text = panel_texts(pdf, "a4")
    everywhere = "".join(text.values())
    assert norm("vervolg van Doe dit") in everywhere
    for n in range(14):
        assert norm(f"Regel {n} met wat meer woorden erin") in everywhere


def test_names_in_several_scripts_and_markup_in_user_text():
    dossier = demo()
    person = dossier.person("p-jesse")
    person.name = "Şükrü Yılmaz-Łukasiewicz"
    answers = dossier.document("crisiskaart").answers
    next(answers.root().find_all("wel_doen")).value = ["Bel <b>niet</b> mijn ex & zeg het"]
    pdf, report = build(dossier)
    assert report.fits
    text = "".join(panel_texts(pdf, "a4").values())
    assert norm("Şükrü Yılmaz-Łukasiewicz") in text
    assert norm("Bel <b>niet</b> mijn ex & zeg het") in text  # shown as typed, not as markup


def test_arabic_greek_and_cyrillic_print_in_a_fallback_font():
    from samenplan.export import fonts

    dossier = demo()
    dossier.person("p-jesse").name = "محمد العلوي"
    dossier.person("p-ellen").name = "Ольга Ελένη"
    pdf, report = build(dossier)
    assert report.fits, report.lines("nl")
    text = unicodedata.normalize("NFKC", "".join(panel_texts(pdf, "a4").values()))
    # Arabic is drawn shaped (joined forms) and right to left; NFKC gives the letters back
    [(font, shaped)] = fonts.runs("محمد العلوي")
    assert font == fonts.ARABIC
    assert unicodedata.normalize("NFKC", fonts.visual(shaped)).replace(" ", "") in text
    assert "ОльгаΕλένη" in text  # the panel texts are read without spaces
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        fonts_used = {c["fontname"].split("+")[-1] for c in document.pages[0].chars}
    assert {"NotoSansArabic-Regular", "NotoSans-Regular"} <= fonts_used, fonts_used


def test_characters_no_font_has_are_reported_not_dropped():
    dossier = demo()
    dossier.person("p-jesse").name = "Jesse ☃"
    _, report = build(dossier)
    assert not report.fits
    assert report.missing_glyphs == {"☃"}
    assert "Deze tekens kunnen niet op de kaart" in report.lines("nl")[-1]


def cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "samenplan", *args], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip


def test_card_command(tmp_path):
    out = tmp_path / "kaart.pdf"
    result = cli(
        "card", str(resources.resource("demo/dossier.json")), "--out", str(out), "--paper", "letter"
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_card_command_cuts_strips_when_asked(tmp_path):
    out = tmp_path / "stroken.pdf"
    demo_file = str(resources.resource("demo/dossier.json"))
    result = cli("card", demo_file, "--out", str(out), "--strips", "--kind", "wrap")
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as document:
        assert "twee stroken" in document.pages[0].extract_text()
    assert "--strips" in cli("card", "--help").stdout


def test_card_command_exit_6_when_it_does_not_fit(tmp_path):
    source = tmp_path / "lang.json"
    data = json.loads(dumps(long_dossier(), "2026-11-01T09:00:00Z"))
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "kaart.pdf"
    result = cli("card", str(source), "--out", str(out))
    assert result.returncode == 6
    assert "de kaart past niet" in result.stderr
    # B1: the first panel inside the card, right after "Bel eerst" on the back (B5)
    assert "'Doe dit' (paneel B1) past niet" in result.stderr
    assert not out.exists()  # nothing written after a failure
    assert "Traceback" not in result.stderr


def test_card_command_refuses_a_broken_file(tmp_path):
    data = json.loads(resources.resource("demo/dossier.json").read_text())
    broken = copy.deepcopy(data)
    broken["format_version"] = 99
    source = tmp_path / "x.json"
    source.write_text(json.dumps(broken))
    result = cli("card", str(source), "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 4
    assert loads(resources.resource("demo/dossier.json").read_bytes(), shipped.forms())


def test_wrap_card_in_the_same_geometry(tmp_path):
    from samenplan.export.pocket import pocket_card

    dossier = demo()
    pdf, report = pocket_card(dossier, shipped.forms(), "a4", "nl", "wrap")
    assert report.fits
    text = panel_texts(pdf, "a4")
    assert norm("Mijn herstelplan") in text["A1"]
    everywhere = "".join(text.values())
    for words in ("Op tijd naar bed", "Ruzie met iemand die ik liefheb", "Ik slaap slechter"):
        assert norm(words) in everywhere, words  # daily, triggers, early warning signs
    assert norm("Jesse Hoekstra (partner) 06-05 55 12 34") in text["B5"]  # whom to call
    result = cli(
        "card",
        str(resources.resource("demo/dossier.json")),
        "--kind",
        "wrap",
        "--out",
        str(tmp_path / "w.pdf"),
    )
    assert result.returncode == 0 and (tmp_path / "w.pdf").exists()


def test_an_english_card_speaks_english_throughout():
    from samenplan.export.pocket import pocket_card

    pdf, report = pocket_card(demo(), shipped.forms(), "a4", "en", "crisis")
    assert report.fits
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        legend = norm(document.pages[0].extract_text())
    text = legend + "".join(panel_texts(pdf, "a4").values())  # panels read one by one
    for words in ("My crisis plan", "Open this card", "Review by", "How you recognise my crisis",
                  "Cut the card out along the corner marks", "This bar must be exactly 5 cm",
                  "continued from", "mountain", "valley"):  # fmt: skip
        assert norm(words) in text, words
    for dutch in ("Mijn crisis", "Herzien", "Knip", "vouw", "vervolg", "Deze balk"):
        assert norm(dutch) not in text, dutch


def test_a_card_that_does_not_fit_says_where_shortening_helps_most():
    # the demo on two strips: its practical tasks and "where my plan is" are left over; the
    # report then also names the sections that take most room (not the cover, not Bel eerst)
    _, report = pocket_card(demo(), shipped.forms(), "a4", "nl", "crisis", True)
    assert {o.section for o in report.overflow} == {"Thuis geregeld", "Mijn hele plan ligt bij"}
    assert [o.section for o in report.largest] == ["Doe dit", "Doe dit niet"]
    assert all(o.lines >= 3 and o.item_id for o in report.largest)
    lines = report.problems("nl")
    assert lines[2] == (
        f"'Doe dit' neemt nu de meeste ruimte in (ongeveer {report.largest[0].lines} regels): "
        "daar inkorten helpt.",
        "wel_doen",
    )
    assert lines[3][0].startswith("'Doe dit niet' neemt nu ook veel ruimte in")
    # a card that fits names nothing
    _, fits = pocket_card(demo(), shipped.forms(), "a4", "nl", "crisis")
    assert fits.fits and fits.largest == ()
