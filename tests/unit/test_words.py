"""The catalogue (samenplan/words.py): every code has a sentence in every shipped language,
with the same fields; every code the source asks for exists; the pseudo-language keeps the
fields and lengthens every sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from samenplan import words

ROOT = Path(__file__).resolve().parents[2]
SOURCE_FILES = sorted((ROOT / "samenplan").rglob("*.py"))
# say("pdf.made", …), area("pdf", …), lines(…), text(…) with a literal code
LITERAL = re.compile(r"\b(say|said|area|lines|text)\(\s*[\"']([a-z_][a-z0-9_.]*)[\"']")
# a code built with an f-string: its fixed start must name an area of the catalogue
PREFIX = re.compile(r"\b(say|said|text)\(\s*f[\"']([a-z_][a-z0-9_.]*)\.\{")


def shipped() -> list[str]:
    return [lang for lang in words.languages() if lang != words.SOURCE]


def test_there_is_a_second_language_to_check():
    assert "en" in shipped()


@pytest.mark.parametrize("lang", shipped())
def test_every_code_has_a_sentence_with_the_same_fields(lang):
    source, other = words.catalogue(words.SOURCE), words.catalogue(lang)
    assert sorted(set(source) - set(other)) == []  # missing in `lang`
    assert sorted(set(other) - set(source)) == []  # unknown to the source: a typo
    for code, value in source.items():
        theirs = other[code]
        assert type(theirs) is type(value), code
        for ours, translated in zip(
            value if isinstance(value, list) else [value],
            theirs if isinstance(theirs, list) else [theirs],
            strict=False,
        ):
            assert str(translated).strip(), code
            assert words.fields_of(str(translated)) == words.fields_of(str(ours)), code


def test_every_code_the_source_asks_for_exists():
    known = words.catalogue(words.SOURCE)
    asked, prefixes = set(), set()
    for path in SOURCE_FILES:
        source = path.read_text(encoding="utf-8")
        if not re.search(
            r"from samenplan(\.words import|\.messages import| import [^\n]*\bwords\b)", source
        ):
            continue
        for verb, code in LITERAL.findall(source):
            asked.add((verb, code, path.name))
        prefixes.update((code, path.name) for _, code in PREFIX.findall(source))
    assert len(asked) > 20  # the scan found the lookups
    for verb, code, where in asked:
        if verb == "area":
            assert any(k.startswith(code + ".") for k in known), (code, where)
        else:
            assert code in known, (code, where)
    for prefix, where in prefixes:
        assert any(k.startswith(prefix + ".") for k in known), (prefix, where)


def test_no_source_file_picks_between_dutch_and_english_itself():
    """One mechanism: a `lang == "en"` choice (or a Dutch/English pair picked by language) in
    any layer is a sentence that a third language could not translate."""
    choice = re.compile(r"lang\s*[!=]=\s*[\"'](en|nl)[\"']|\bnl, en = [A-Z_]+\[")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in SOURCE_FILES
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if choice.search(line)
    ]
    assert found == []


def test_the_pseudo_language_keeps_fields_and_is_longer():
    for code, value in words.catalogue(words.SOURCE).items():
        for ours, pseudo in zip(
            value if isinstance(value, list) else [value],
            words.catalogue(words.PSEUDO)[code]
            if isinstance(value, list)
            else [words.catalogue(words.PSEUDO)[code]],
            strict=True,
        ):
            assert words.fields_of(pseudo) == words.fields_of(str(ours)), code
            assert pseudo.startswith("[") and pseudo.endswith("]")
            plain = re.sub(r"\{[^{}]*\}", "", str(ours))
            assert len(re.sub(r"\{[^{}]*\}", "", pseudo)) >= 1.4 * len(plain), code


def test_say_fills_in_fields_and_falls_back_to_dutch_for_an_unknown_language():
    assert words.say("pdf.page", "en", n=3) == "Page 3"
    assert words.say("pdf.page", "xx", n=3) == "Pagina 3"
    assert words.say("pdf.page", words.PSEUDO, n=3).startswith("[Págíñá 3")


def _error_classes() -> list[type]:
    """Every VaultError there is: the vault's and the workspace's modules imported first."""
    import importlib

    from samenplan.vault.errors import VaultError

    for path in SOURCE_FILES:
        if path.parent.name in ("vault", "workspace") and path.stem != "__main__":
            importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
    found, todo = [], [VaultError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_has_its_sentence_in_every_language():
    """The vault and the workspace raise codes; each one has a sentence in every shipped
    language, and no error carries Dutch or English words of its own any more."""
    classes = _error_classes()
    assert len(classes) > 25  # the whole family was found
    for cls in classes:
        assert "nl" not in vars(cls) and "en" not in vars(cls), cls.__name__
        for lang in words.languages():
            assert f"error.{cls.code}" in words.catalogue(lang), (cls.__name__, lang)
    codes = [vars(cls)["code"] for cls in classes if "code" in vars(cls)]
    assert len(codes) == len(set(codes))  # one sentence per error


def _helps(parser) -> list[str]:
    """The help of `parser` and of every command below it."""
    found = [parser.format_help()]
    for group in [parser._subparsers] if parser._subparsers else []:
        for action in group._group_actions:
            for command in action.choices.values():
                found += _helps(command)
    return found


@pytest.mark.parametrize("lang", [*words.languages(), words.PSEUDO])
def test_the_command_line_help_comes_whole_from_the_catalogue(lang):
    """Every command's help in every language, built from codes: a missing code fails here."""
    from samenplan.cli import build_parser

    texts = _helps(build_parser(lang))
    assert len(texts) > 20  # the commands and their actions
    if lang == words.PSEUDO:  # the pseudo-language's words, none left Dutch
        assert all(text.startswith("[") and "·]" in text for text in texts)
    else:
        usage = words.say("cli_help.argparse.usage", lang)
        assert all(text.startswith(usage) for text in texts)


@pytest.mark.parametrize("kind", ["crisis", "wrap"])
def test_the_pocket_card_in_the_pseudo_language_fits_with_every_glyph(kind):
    from samenplan import shipped
    from samenplan.export.pocket import pocket_card

    pdf, report = pocket_card(shipped.demo_dossier(), shipped.forms(), "a4", words.PSEUDO, kind)
    assert pdf.startswith(b"%PDF")
    assert report.fits and report.overflow == []
    assert report.missing_glyphs == set()


def test_a_form_text_can_come_in_a_third_language(monkeypatch, tmp_path):
    """A translator adds `tr:` beside `nl:` and `en:` once `resources/words/tr.yaml` exists
    (here: the loader is told so); the text is then said in Turkish, else in Dutch."""
    from samenplan.formkit import loader
    from samenplan.formkit.model import Text

    text = Text("Wie bel ik?", "Whom do I call?", (("tr", "Kimi ararım?"),))
    assert [text.get(lang) for lang in ("tr", "en", "nl", "pl")] == [
        "Kimi ararım?",
        "Whom do I call?",
        "Wie bel ik?",
        "Wie bel ik?",
    ]
    assert text.texts() == {"nl": "Wie bel ik?", "en": "Whom do I call?", "tr": "Kimi ararım?"}
    reader = loader._Reader("form.yaml", {})
    node = {"nl": "Wie bel ik?", "tr": " Kimi ararım? "}
    reader.text(node, "x", "text")
    assert [p.code for p in reader.problems] == ["unknown_key"]  # no Turkish catalogue yet
    reader.problems.clear()
    monkeypatch.setattr(loader, "LANGUAGES", (*words.languages(), "tr"))
    assert reader.text(node, "x", "text") == Text("Wie bel ik?", None, (("tr", "Kimi ararım?"),))
    assert reader.problems == []
