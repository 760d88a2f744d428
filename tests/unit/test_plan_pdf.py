"""Full-page PDFs of the crisisplan and the WRAP, and `samenplan export --to ...`."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pdfplumber
import pytest
from pypdf import PdfReader

from samenplan import resources, shipped
from samenplan.export.card_content import card_sections
from samenplan.export.geometry import MM
from samenplan.export.plan_pdf import SUMMARY_PANELS, heading, plan_pdf, shown_lines
from samenplan.formkit import picks
from samenplan.formkit.answers import is_empty
from samenplan.formkit.conditions import walk_enabled
from samenplan.formkit.model import ItemType
from samenplan.words import area


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("form_id", ["crisiskaart", "wrap"])
def test_every_shown_answer_is_in_the_plan_pdf(form_id):
    dossier = shipped.demo_dossier()
    form = shipped.forms()[form_id]
    document = dossier.document(form_id)
    pdf = plan_pdf(form, document, dossier)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        text = norm("".join(page.extract_text() or "" for page in opened.pages))
        sizes = {round(c["size"], 1) for page in opened.pages for c in page.chars}
        pages = len(opened.pages)
    assert min(sizes) >= 8.5
    checked = 0
    shown = picks.resolved(form, document.answers)  # picked toolbox items by their name
    if form_id == "wrap":
        assert shown.get("elke_dag")[0] == "Op tijd naar bed"
        assert document.answers.get("elke_dag")[0] == {"ref": "9e04b7a2d16c5804"}
    for item, _scopes, node in walk_enabled(form, shown):
        if node is None or not item.type.answerable or is_empty(node.value):
            continue
        values = node.value if isinstance(node.value, list) else [node.value]
        for value in values:
            if item.type in (ItemType.STRING, ItemType.TEXT, ItemType.LIST):
                assert norm(value) in text, (item.id, value)
                checked += 1
    assert checked > 30
    assert "Vertrouwelijk" in text and f"Pagina{pages}" in text
    if form_id == "crisiskaart":
        assert "Handtekeningen" in text and "Afsprakenmethet" in text


def test_plan_pdf_is_deterministic_with_embedded_fonts_and_no_name_in_the_metadata():
    dossier = shipped.demo_dossier()
    form = shipped.forms()["crisiskaart"]
    first = plan_pdf(form, dossier.document("crisiskaart"), dossier, "letter")
    assert first == plan_pdf(form, dossier.document("crisiskaart"), dossier, "letter")
    reader = PdfReader(io.BytesIO(first))
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)
    assert "Noor" not in str(reader.metadata)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            inner = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in inner["/FontDescriptor"].get_object()


def test_user_markup_is_printed_as_typed():
    dossier = shipped.demo_dossier()
    document = dossier.document("crisiskaart")
    next(document.answers.root().find_all("crisis_beschrijving")).value = "Ik <b>schreeuw</b> & ren"
    pdf = plan_pdf(shipped.forms()["crisiskaart"], document, dossier)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        text = norm("".join(page.extract_text() or "" for page in opened.pages))
    assert norm("Ik <b>schreeuw</b> & ren") in text


def test_export_command_writes_each_kind(tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    from samenplan.vault.profiles import ProfileStore
    from tests.vaulthelp import FAST

    store = ProfileStore(tmp_path / "data")
    store.create("Ava", "wachtwoord123", FAST)

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "samenplan", "--data-dir", str(tmp_path / "data"), *args],
            input="wachtwoord123\n", capture_output=True, text=True, timeout=120, check=False, env=env,
        )  # fmt: skip

    assert (
        cli("import", "--profile", "Ava", str(resources.resource("demo/dossier.json"))).returncode
        == 0
    )
    for kind in ("card", "wrap-card", "plan", "wrap", "triad", "agreements"):
        out = tmp_path / f"{kind}.pdf"
        result = cli(
            "export", "--profile", "Ava", "--dossier", "demo-noor", "--to", kind, "--out", str(out)
        )
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"%PDF")
    strips = tmp_path / "strips.pdf"
    args = ("export", "--profile", "Ava", "--dossier", "demo-noor", "--to", "wrap-card")
    result = cli(*args, "--strips", "--out", str(strips))
    assert result.returncode == 0, result.stderr
    assert strips.read_bytes() != (tmp_path / "wrap-card.pdf").read_bytes()


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text; the first page (the summary, in two columns) column by column."""
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        first = opened.pages[0]
        halves = [(0, 0, first.width / 2, first.height), (first.width / 2, 0, *first.bbox[2:])]
        return [
            norm("".join(first.crop(box).extract_text() or "" for box in halves)),
            *(norm(page.extract_text() or "") for page in opened.pages[1:]),
        ]


@pytest.mark.parametrize(
    ("form_id", "lang"), [("crisiskaart", "nl"), ("wrap", "nl"), ("wrap", "en")]
)
def test_the_first_page_is_the_summary_of_what_the_card_puts_first(form_id, lang):
    dossier = shipped.demo_dossier()
    form = shipped.forms()[form_id]
    document = dossier.document(form_id)
    first, second, *_ = page_texts(plan_pdf(form, document, dossier, lang=lang))
    words = area("pdf", lang)
    assert norm(words["summary_title"]) in first and norm(words["summary_title"]) not in second
    below_header = second.split(norm(words["confidential"]), 1)[1]
    assert below_header.startswith(norm(words["whole_plan"]))  # the whole plan from page 2
    sections = [
        s for s in card_sections(form, document.answers, dossier, lang) if s.panel in SUMMARY_PANELS
    ]
    assert {s.panel for s in sections} >= {"call_first", "approach"}
    for section in sections:  # every title, name, number and line of them
        for piece in section.text().split("\n"):
            assert norm(piece) in first, (section.title, piece)
    call_first = [e for s in sections if s.panel == "call_first" for e in s.entries]
    assert call_first and all(norm(e.phone) in first for e in call_first)


def parents(items, parent=None, found=None):
    found = {} if found is None else found
    for item in items:
        found[item.id] = parent
        parents(item.items, item, found)
    return found


@pytest.mark.parametrize(
    ("form_id", "lang"), [("crisiskaart", "nl"), ("crisiskaart", "en"), ("wrap", "nl")]
)
def test_every_answered_item_is_under_its_own_words_heading(form_id, lang):
    """Each answered item's heading is printed; in a repeated group an entry is a line of a
    list (under the group's heading) or is named by its first answer."""
    dossier = shipped.demo_dossier()
    form = shipped.forms()[form_id]
    document = dossier.document(form_id)
    text = norm("".join(page_texts(plan_pdf(form, document, dossier, lang=lang))))
    parent = parents(form.items)
    shown = picks.resolved(form, document.answers)
    checked = 0
    for item, _scopes, node in walk_enabled(form, shown):
        if node is None or not item.type.answerable or is_empty(node.value):
            continue
        group = parent[item.id]
        found = norm(heading(item, lang)) in text
        if not found and group is not None and group.repeats is not None:
            first = next(i for i in group.items if i.type is not ItemType.DISPLAY)
            found = norm(heading(group, lang)) in text or (
                item is first
                and all(norm(v) in text for v in shown_lines(item, node.value, dossier, lang))
            )
        assert found, (item.id, heading(item, lang))
        checked += 1
    assert checked > 30


def body_lines(page) -> list[tuple[float, bool]]:
    """(top, all bold) of each text line between the page's header and footer."""
    lines: dict[float, list[bool]] = {}
    for char in page.chars:
        if 20 * MM < char["top"] < page.height - 16 * MM and char["text"].strip():
            lines.setdefault(round(char["top"]), []).append("Bold" in char["fontname"])
    return [(top, all(bold)) for top, bold in sorted(lines.items())]


@pytest.mark.parametrize("extra", range(0, 24, 3))
@pytest.mark.parametrize("form_id", ["crisiskaart", "wrap"])
def test_no_page_ends_with_a_heading(form_id, extra):
    """Longer and shorter answers move every page break; a heading (bold line) is never the
    last line of a page: it goes to the next page with its text."""
    dossier = shipped.demo_dossier()
    form = shipped.forms()[form_id]
    document = dossier.document(form_id)
    first_text = next(
        node
        for item, _s, node in walk_enabled(form, document.answers)
        if node is not None and item.type is ItemType.TEXT and not is_empty(node.value)
    )
    first_text.value = " ".join(["Een zin die de bladzijden verschuift."] * (extra * 2 + 1))
    with pdfplumber.open(io.BytesIO(plan_pdf(form, document, dossier))) as opened:
        for number, page in enumerate(opened.pages, start=1):
            lines = body_lines(page)
            assert lines and not lines[-1][1], (number, page.extract_text().splitlines()[-3:])
