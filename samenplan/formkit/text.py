"""Texts in the user's language, and which English texts a form still lacks."""

from __future__ import annotations

from samenplan.formkit.model import FormDef, Text


def tr(text: Text | None, lang: str) -> str:
    """The text in `lang` (Dutch when English is missing); empty for no text."""
    return text.get(lang) if text is not None else ""


def missing_english(form: FormDef) -> list[str]:
    """Places in `form` where a Dutch text has no English next to it, as 'id.key'."""
    missing: list[str] = []

    def check(where: str, text: Text | None) -> None:
        if text is not None and not text.en:
            missing.append(where)

    check("title", form.title)
    check("intro", form.intro)
    for item in form.walk():
        for key in ("text", "hint", "guidance", "message"):
            check(f"{item.id}.{key}", getattr(item, key))
        for n, example in enumerate(item.examples):
            check(f"{item.id}.examples[{n}]", example)
        if item.card is not None:
            check(f"{item.id}.card.label", item.card.label)
        if item.repeats is not None:
            check(f"{item.id}.repeats.add_label", item.repeats.add_label)
        if item.scale is not None:
            check(f"{item.id}.min_label", item.scale.min_label)
            check(f"{item.id}.max_label", item.scale.max_label)
        if item.choices is not None:
            for choice in item.choices.choices:
                check(f"{item.id}.choices.{choice.code}", choice.text)
    for code, persp in form.perspectives.items():
        check(f"perspectives.{code}.title", persp.title)
        check(f"perspectives.{code}.intro", persp.intro)
        for item_id, wording in persp.wording.items():
            for key in ("text", "hint", "guidance"):
                check(f"perspectives.{code}.wording.{item_id}.{key}", getattr(wording, key))
        for list_id, texts in persp.choice_wording.items():
            for choice_code, text in texts.items():
                check(f"perspectives.{code}.choice_wording.{list_id}.{choice_code}", text)
    return missing
