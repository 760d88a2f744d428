"""The phone picture (issue 14, part 6): a PNG sized for a phone screen with the name to use,
the people to call first with their numbers, then how to approach the person."""

from __future__ import annotations

import io
import struct
import zlib

import pdfplumber
import pytest

from samenplan import shipped
from samenplan.export.card_content import card_sections
from samenplan.export.phone_picture import (
    CALM_TOP,
    HEIGHT,
    SCREEN,
    SMALLEST,
    WIDTH,
    phone_picture,
)
from samenplan.export.pocket import NoPlan


def chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """The PNG's chunks as (type, data), each CRC checked."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    out, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", png[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + data)
        out.append((kind, data))
        at += 12 + length
    return out


def page_text(pdf: bytes) -> str:
    """The page's text with every run of white space (line ends, no-break spaces) one space."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return " ".join((document.pages[0].extract_text() or "").split())


def page_chars(pdf: bytes) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [c for c in document.pages[0].chars if c["text"].strip()]


def call_first_numbers(dossier, kind: str, lang: str = "nl") -> list[str]:
    form_id = {"crisis": "crisiskaart", "wrap": "wrap"}[kind]
    sections = card_sections(
        shipped.forms()[form_id], dossier.document(form_id).answers, dossier, lang
    )
    return [
        entry.phone.replace("\u00a0", " ")
        for section in sections
        if section.panel == "call_first"
        for entry in section.entries
        if entry.phone
    ]


@pytest.mark.parametrize("kind", ["crisis", "wrap"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_phone_sized_png_with_only_the_chunks_a_picture_needs(kind, lang):
    picture = phone_picture(shipped.demo_dossier(), shipped.forms(), lang, kind)
    found = chunks(picture.png)
    assert [kind for kind, _ in found] == [b"IHDR", b"IDAT", b"IEND"]  # no text, time or EXIF
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", found[0][1])
    assert (width, height, depth, colour) == (WIDTH, HEIGHT, 8, 2)  # 1080 × 2340, 9:19.5
    pixels = zlib.decompress(found[1][1])
    assert len(pixels) == HEIGHT * (1 + WIDTH * 3)
    top_left = tuple(pixels[1:4])  # the calm top: the screen colour, nothing drawn
    assert top_left == tuple(round(c * 255) for c in SCREEN)


@pytest.mark.parametrize("kind", ["crisis", "wrap"])
def test_name_and_call_first_numbers_with_availability_are_on_it(kind):
    dossier = shipped.demo_dossier()
    picture = phone_picture(dossier, shipped.forms(), "nl", kind)
    text = page_text(picture.pdf)
    numbers = call_first_numbers(dossier, kind)
    assert numbers, "the demo has people to call first"
    for number in numbers:
        assert number in text
    assert text.count("06-05 55 12 34") == 1  # Jesse speaks for Noor too: his number once
    name = "Noor" if kind == "crisis" else dossier.title  # the name to use, else the title
    assert name in text
    assert "Altijd, behalve tijdens nachtdiensten" in text  # Jesse's availability
    assert "Crisiskaart" not in text.split(name)[0]  # a neutral title above the name
    assert "Geboren" not in text  # no date of birth for whoever sees the lock screen


def test_numbers_are_large_and_bold_and_nothing_is_small():
    dossier = shipped.demo_dossier()
    picture = phone_picture(dossier, shipped.forms(), "nl", "crisis")
    chars = page_chars(picture.pdf)
    assert min(c["size"] for c in chars) >= SMALLEST - 0.01 >= 28  # readable at 1080 wide
    body = min(c["size"] for c in chars if "Bold" not in c["fontname"])
    with pdfplumber.open(io.BytesIO(picture.pdf)) as document:
        words = document.pages[0].extract_words(extra_attrs=["fontname", "size"])
    number = next(w for w in words if w["text"] == "06-05")  # Jesse's number, first of four
    assert "Bold" in number["fontname"] and number["size"] > body * 1.3


def test_the_top_fifth_is_left_for_the_clock():
    picture = phone_picture(shipped.demo_dossier(), shipped.forms(), "nl", "crisis")
    assert min(c["top"] for c in page_chars(picture.pdf)) > HEIGHT * CALM_TOP


def test_what_does_not_fit_is_left_out_with_more_on_my_card():
    dossier = shipped.demo_dossier()
    long = [f"Een hele lange regel {n} om het scherm mee te vullen" for n in range(40)]
    for node in dossier.document("crisiskaart").answers.root().find_all("wel_doen"):
        node.value = long
    picture = phone_picture(dossier, shipped.forms(), "nl", "crisis")
    text = page_text(picture.pdf)
    assert not picture.complete
    assert "Meer op mijn kaart" in text
    assert long[0] in text and long[-1] not in text
    for number in call_first_numbers(dossier, "crisis"):  # the people to call come first
        assert number in text
    assert max(c["bottom"] for c in page_chars(picture.pdf)) < HEIGHT * 0.94  # room left below
    english = phone_picture(dossier, shipped.forms(), "en", "crisis")
    assert "More on my card" in page_text(english.pdf)


def test_a_short_plan_fits_whole_at_a_larger_size():
    picture = phone_picture(shipped.demo_dossier(), shipped.forms(), "nl", "wrap")
    assert picture.complete
    text = page_text(picture.pdf)
    assert "Meer op mijn kaart" not in text
    assert "Dit helpt niet" in text and "Zeggen dat het wel meevalt" in text
    assert min(c["size"] for c in page_chars(picture.pdf)) > SMALLEST


def test_same_input_same_bytes_and_changes_show():
    dossier = shipped.demo_dossier()
    first = phone_picture(dossier, shipped.forms(), "nl", "crisis")
    again = phone_picture(shipped.demo_dossier(), shipped.forms(), "nl", "crisis")
    assert first.png == again.png and first.pdf == again.pdf
    dossier.person("p-jesse").phone = "06-11 11 11 11"
    changed = phone_picture(dossier, shipped.forms(), "nl", "crisis")
    assert changed.png != first.png
    assert "06-11 11 11 11" in page_text(changed.pdf)


def test_user_text_is_drawn_as_text_and_unprintable_characters_are_reported():
    dossier = shipped.demo_dossier()
    dossier.person("p-jesse").name = "Jesse <b>&amp; Ωμέγα"
    dossier.person("p-ellen").name = "Ellen \U0001f600"
    picture = phone_picture(dossier, shipped.forms(), "nl", "crisis")
    assert "Jesse <b>&amp; Ωμέγα" in page_text(picture.pdf)
    assert picture.missing_glyphs == {"\U0001f600"}


def test_no_plan_of_that_kind():
    dossier = shipped.demo_dossier()
    dossier.documents = [d for d in dossier.documents if d.form != "wrap"]
    with pytest.raises(NoPlan):
        phone_picture(dossier, shipped.forms(), "nl", "wrap")


def test_every_way_to_approach_me_shows_before_any_list_is_long():
    """When not all fits, each list shows its first lines before any shows more."""
    dossier = shipped.demo_dossier()
    picture = phone_picture(dossier, shipped.forms(), "nl", "crisis")
    text = page_text(picture.pdf)
    sections = card_sections(
        shipped.forms()["crisiskaart"], dossier.document("crisiskaart").answers, dossier, "nl"
    )
    approach = [s for s in sections if s.panel == "approach"]
    assert len(approach) >= 3 and not picture.complete
    for section in approach:
        assert section.title in text
        assert " ".join(section.entries[0].lines[0].split()) in text
