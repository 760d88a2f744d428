"""The card's text blocks: wrapped lines stay within the width, no character is lost or
reordered, long words are broken rather than clipped, splits keep at least two lines a side,
and fallback fonts are used only where Atkinson lacks a character."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samenplan.export import fonts
from samenplan.export.text_block import Block, Gap, Style, _width

fonts.register()
BODY = Style(fonts.REGULAR, 9.0)
BULLET = Style(fonts.REGULAR, 8.0, indent=6.4, first_indent=-6.4)
WIDTH = 218.0  # a panel's safe width at 77 mm, in points

words = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzÀéëïöüŞşİıĞğŁłŻż0123456789-()'.,"),
    min_size=1,
    max_size=40,
)
texts = st.lists(words, min_size=1, max_size=40).map(" ".join)


def right_edge(block: Block, width: float) -> float:
    """How far the widest line reaches (its trailing spaces not counted)."""
    edge = 0.0
    for line in block.lines(width):
        for segment in line.segments:
            shown = segment.text.rstrip()
            if shown:
                edge = max(edge, segment.x + _width(shown, segment.font, segment.size))
    return edge


def without_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=150, deadline=None)
@given(text=texts, width=st.floats(min_value=40.0, max_value=300.0))
def test_lines_fit_and_keep_every_character_in_order(text, width):
    for style in (BODY, BULLET):
        block = Block(text, style)
        assert right_edge(block, width) <= width + 0.01
        assert all(line.segments for line in block.lines(width))
        assert without_spaces(block.text(width)) == without_spaces(text)
        assert block.height(width) == pytest.approx(len(block.lines(width)) * style.size * 1.2)


@settings(max_examples=150, deadline=None)
@given(text=texts, room=st.floats(min_value=0.0, max_value=200.0))
def test_a_split_keeps_two_lines_each_side_and_loses_nothing(text, room):
    block = Block(text, BODY)
    parts = block.split(WIDTH, room)
    lines = block.lines(WIDTH)
    if parts is None:
        return
    first, rest = parts
    assert len(first.lines(WIDTH)) >= 2 and len(rest.lines(WIDTH)) >= 2
    assert first.height(WIDTH) <= room + 0.01
    assert [ln.text for ln in first.lines(WIDTH) + rest.lines(WIDTH)] == [ln.text for ln in lines]


def test_a_split_needs_four_lines():
    three = Block(" ".join(["woord"] * 60), BODY)
    assert len(three.lines(100.0)) >= 4
    assert three.split(100.0, 1000.0) is None  # everything fits: nothing to split
    assert three.split(100.0, 1.0) is None  # not one line fits
    short = Block("een regel", BODY)
    assert short.split(WIDTH, 5.0) is None


def test_a_word_wider_than_the_line_is_broken_not_clipped():
    word = "Nooit-zonder-toestemming-aanraken-alsjeblieft" * 3
    block = Block(word, BODY)
    lines = block.lines(80.0)
    assert len(lines) > 2
    assert "".join(line.text for line in lines) == word
    assert right_edge(block, 80.0) <= 80.0 + 0.01


def test_explicit_line_breaks_are_kept():
    block = Block("eerste regel\ntweede regel", BODY)
    assert [line.text for line in block.lines(WIDTH)] == ["eerste regel", "tweede regel"]


def test_a_hanging_bullet_indents_the_lines_after_the_first():
    block = Block("• " + "lang " * 40, BULLET)
    lines = block.lines(WIDTH)
    assert lines[0].segments[0].x == pytest.approx(0.0)
    assert all(line.segments[0].x == pytest.approx(6.4) for line in lines[1:])


def test_fallback_fonts_only_where_atkinson_lacks_a_character():
    block = Block("Ольга en Noor", BODY)
    fonts_used = [(s.font, s.text.strip()) for ln in block.lines(WIDTH) for s in ln.segments]
    assert fonts_used == [(fonts.OTHER, "Ольга"), (fonts.REGULAR, "en Noor")]
    bold_number = Block([("Bel ", None, None), ("06-12", fonts.BOLD, 9.5)], BODY)
    [line] = bold_number.lines(WIDTH)
    assert [(s.font, s.size) for s in line.segments] == [(fonts.REGULAR, 9.0), (fonts.BOLD, 9.5)]
    assert line.height == pytest.approx(9.5 * 1.2)  # the larger size sets the line


def test_markup_in_user_text_is_only_text():
    block = Block("<b>niet</b> & <font size=40>", BODY)
    assert block.text(WIDTH) == "<b>niet</b> & <font size=40>"


def test_a_gap_takes_room_and_draws_nothing():
    gap = Gap(3.6)
    assert gap.height(WIDTH) == 3.6 and gap.split(WIDTH, 1.0) is None
    assert not any(line.segments for line in gap.lines(WIDTH))


def test_arabic_is_broken_in_reading_order_and_drawn_right_to_left():
    sentence = "بلغ أمي إذا كنت مرتبكا واطلب منها أن تأتي إلي في البيت"
    [(font, shaped)] = fonts.runs(sentence)
    assert font == fonts.ARABIC
    lines = Block(sentence, BODY).lines(90.0)
    assert len(lines) >= 3
    # each line, turned back from drawing order, is the next stretch of the sentence
    read = [line.text[::-1].strip() for line in lines]
    assert " ".join(read) == shaped
    assert all(segment.font == fonts.ARABIC for line in lines for segment in line.segments)
