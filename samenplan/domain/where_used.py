"""Where something a person enters once is used elsewhere, said before it is changed or
removed.

A person of the registry: in which plans and questions, on whose triad card, as a triad
member, in which agreements (a person who is still used cannot be removed: the plans would
point at nobody).
A medicine: in which other plan's medication lists the same name appears (the plans keep
their own lists, so a change there is the person's to make too)."""

from __future__ import annotations

from collections.abc import Mapping

from samenplan.domain import triad_text
from samenplan.domain.dossier import Dossier
from samenplan.domain.triad import named_people
from samenplan.formkit.model import FormDef, ItemType

WORDS = {
    "member": ("Triadekaart: deelnemer ({role})", "Triad card: participant ({role})"),
    "agreement": ("Afspraak: {what}", "Agreement: {what}"),
    "named": ("Triadekaart van {name}: wie doet wat", "Triad card of {name}: who does what"),
}


def person_uses(
    dossier: Dossier, forms: Mapping[str, FormDef], person_id: str, lang: str
) -> list[str]:
    """Every place that refers to the person, in words, plans first."""
    en = lang == "en"
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
            found.append(WORDS["named"][en].format(name=name))
    for member in dossier.members:
        if member.person == person_id:
            role = triad_text.role(member.role, lang)
            found.append(WORDS["member"][en].format(role=role))
    for agreement in dossier.agreements:
        if agreement.who == person_id:
            found.append(WORDS["agreement"][en].format(what=agreement.what))
    return found


def medicine_uses(
    dossier: Dossier, forms: Mapping[str, FormDef], name: str, lang: str, besides: str
) -> list[str]:
    """The medication questions of the plans other than `besides` that list a medicine of
    this name (case and spaces aside)."""
    wanted = " ".join(name.split()).casefold()
    found: list[str] = []
    if not wanted:
        return found
    for document in dossier.documents:
        if document.form == besides or document.member is not None:
            continue
        form = forms[document.form]
        for item in form.walk():
            if item.type is not ItemType.MEDICATION:
                continue
            for node in document.answers.root().find_all(item.id):
                names = [" ".join(str(m.get("name", "")).split()).casefold() for m in node.value]
                if wanted in names:
                    found.append(f"{form.title.get(lang)}: {item.text.get(lang)}")
                    break
    return found
