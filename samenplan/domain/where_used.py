"""Where something a person enters once is used elsewhere, said before it is changed or
removed.

A person of the registry: in which plans and questions, on whose triad card, as a triad
member, in which agreements (a person who is still used cannot be removed: the plans would
point at nobody).
A medicine of the dossier: which other medication questions list it (a change to it shows
there too), now or in a kept version (then it cannot be removed)."""

from __future__ import annotations

from collections.abc import Mapping

from samenplan.domain import triad_text
from samenplan.domain.dossier import Dossier
from samenplan.domain.triad import named_people
from samenplan.formkit.model import FormDef, ItemType
from samenplan.words import say


def person_uses(
    dossier: Dossier, forms: Mapping[str, FormDef], person_id: str, lang: str
) -> list[str]:
    """Every place that refers to the person, in words, plans first."""
    found: list[str] = []
    for document in dossier.documents:
        form = forms[document.form]
        people_items = [item for item in form.walk() if item.type is ItemType.PERSON]
        trees = [(document.answers, "")]  # kept versions must stay readable too
        trees += [(v.answers, f" ({v.day:%d-%m-%Y})") for v in document.history]
        for answers, when in trees:
            for item in people_items:
                if any(n.value == person_id for n in answers.root().find_all(item.id)):
                    place = f"{form.title.get(lang)}: {item.text.get(lang)}{when}"
                    if place not in found:
                        found.append(place)
    for card in dossier.documents:  # a "who" answer on a member's card names them
        kept = [card.answers, *(v.answers for v in card.history)]
        if card.member is not None and any(person_id in named_people(a) for a in kept):
            name = triad_text.member_name(dossier, card.member)
            found.append(say("where_used.named", lang, name=name))
    for member in dossier.members:
        if member.person == person_id:
            role = triad_text.role(member.role, lang)
            found.append(say("where_used.member", lang, role=role))
    for agreement in dossier.agreements:
        if agreement.who == person_id:
            found.append(say("where_used.agreement", lang, what=agreement.what))
    return found


def medicine_uses(
    dossier: Dossier,
    forms: Mapping[str, FormDef],
    medicine_id: str,
    lang: str,
    besides: tuple[str, str],
) -> list[str]:
    """The medication questions that list the medicine, besides the question `besides`
    (plan, item id) as it is now; kept versions with their date."""
    found: list[str] = []
    for document in dossier.documents:
        form = forms[document.form]
        items = [item for item in form.walk() if item.type is ItemType.MEDICATION]
        trees = [(document.answers, "")]
        trees += [(v.answers, f" ({v.day:%d-%m-%Y})") for v in document.history]
        for answers, when in trees:
            for item in items:
                if (document.form, item.id) == besides and not when:
                    continue
                nodes = answers.root().find_all(item.id)
                if any({"ref": medicine_id} in node.value for node in nodes):
                    place = f"{form.title.get(lang)}: {item.text.get(lang)}{when}"
                    if place not in found:
                        found.append(place)
    return found
