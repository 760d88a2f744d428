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
from samenplan.export.plan_pdf import plan_pdf
from samenplan.formkit import picks
from samenplan.formkit.answers import is_empty
from samenplan.formkit.conditions import walk_enabled
from samenplan.formkit.model import ItemType


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
