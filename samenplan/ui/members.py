"""Triad members and agreements: the dialogs to add a member and to record an agreement."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain import triad_text
from samenplan.domain.dossier import (
    AGREEMENT_STATUSES,
    ROLES,
    Agreement,
    Dossier,
    Person,
    add_months,
    new_id,
)
from samenplan.ui import dialogs
from samenplan.ui.strings import t
from samenplan.ui.widgets import form_row, ok_cancel

ROLE_KEYS = {"client": "role_client", "naaste": "role_naaste", "hulpverlener": "role_hulpverlener"}
NEW_PERSON = "\x00new"  # the "Nieuwe persoon…" entry of the person drop-down

# words in a person's relation that say who they are to the client (a word may end in one:
# "schoonzus", "stiefvader"); they only suggest a role, the person still chooses
NAASTE_WORDS = (
    "zus", "broer", "moeder", "vader", "ouder", "partner", "vriend", "vriendin", "man", "vrouw",
    "echtgenoot", "echtgenote", "zoon", "dochter", "kind", "oom", "tante", "neef", "nicht",
    "opa", "oma", "buur", "buurman", "buurvrouw", "familie", "naaste",
    "sister", "brother", "mother", "father", "parent", "friend", "husband", "wife", "son",
    "daughter", "uncle", "aunt", "cousin", "neighbour", "neighbor", "relative",
)  # fmt: skip
HELPER_WORDS = (
    "huisarts", "arts", "psychiater", "psycholoog", "behandelaar", "verpleegkundige",
    "begeleider", "casemanager", "hulpverlener", "therapeut", "maatschappelijk", "ggz",
    "doctor", "nurse", "therapist", "psychiatrist", "psychologist", "counsellor", "worker",
)  # fmt: skip


def suggested_role(person: Person) -> str | None:
    """The role a person's own details point to: hulpverlener for someone with an
    organisation or a profession as relation, naaste for family and friends; else none."""
    words = re.findall(r"\w+", person.relation.casefold())
    if person.organisation.strip() or any(w in HELPER_WORDS for w in words):
        return "hulpverlener"
    family = ("zus", "broer", "moeder", "vader", "zoon", "dochter")  # "schoonzus", "stiefvader"
    if any(w in NAASTE_WORDS or w.endswith(family) for w in words):
        return "naaste"
    return None


class MemberDialog(QDialog):
    """Choose a person (or add a new one) and their role. No role is chosen beforehand: the
    person's details may suggest one, which is then shown as a suggestion to change; Cliënt
    is offered only while the dossier has no client among its members."""

    def __init__(self, parent: QWidget | None, dossier: Dossier, lang: str) -> None:
        super().__init__(parent)
        self.dossier, self.lang = dossier, lang
        self.setWindowTitle(t("member_add", lang))
        self.setObjectName("member_dialog")
        self.person = QComboBox()
        self.person.setObjectName("member_person")
        self.person.activated.connect(self._person_activated)
        self.role = QComboBox()
        self.role.setObjectName("member_role")
        self.role.addItem(t("empty_choice", lang), None)
        has_client = any(m.role == "client" for m in dossier.members)
        for role in ROLES:
            if role != "client" or not has_client:
                self.role.addItem(t(ROLE_KEYS[role], lang), role)
        self.role.activated.connect(self._role_chosen)
        self.role.currentIndexChanged.connect(self._enable_ok)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("member_suggestion")
        self.suggestion.setWordWrap(True)
        self.role_touched = False  # once the person picks a role, no more suggestions
        form = QFormLayout()
        form_row(form, t("person_title", lang), self.person)
        form_row(form, t("member_role", lang), self.role)
        hint = QLabel(t("member_add_hint", lang))
        hint.setWordWrap(True)
        self.buttons = ok_cancel(self, lang)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.suggestion)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._fill_people(None)

    def _fill_people(self, chosen: str | None) -> None:
        taken = {m.person for m in self.dossier.members}
        self.person.clear()
        self.person.addItem(t("empty_choice", self.lang), None)
        for person in self.dossier.people:
            if person.id not in taken:
                label = f"{person.name} ({person.relation})" if person.relation else person.name
                self.person.addItem(label, person.id)
        self.person.addItem(t("new_person", self.lang), NEW_PERSON)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0) if chosen else 0)
        self._suggest()

    def _person_activated(self, index: int) -> None:
        if self.person.itemData(index) == NEW_PERSON:
            from samenplan.ui.people import add_person

            self._fill_people(add_person(self.dossier, self, self.lang))
        else:
            self._suggest()

    def _role_chosen(self) -> None:
        self.role_touched = True
        self.suggestion.setText("")
        self.suggestion.hide()
        self._enable_ok()

    def _suggest(self) -> None:
        """Show the role the chosen person's details point to, as a suggestion."""
        person = self.dossier.person(str(self.person.currentData()))
        role = suggested_role(person) if person is not None else None
        if not self.role_touched:
            self.role.setCurrentIndex(max(self.role.findData(role), 0) if role else 0)
            name = t(ROLE_KEYS[role], self.lang).lower() if role and person else ""
            text = t("member_role_suggested", self.lang, role=name) if name else ""
            self.suggestion.setText(text)
            self.suggestion.setVisible(bool(text))
        self._enable_ok()

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)

    def chosen(self) -> tuple[str, str] | None:
        person, role = self.person.currentData(), self.role.currentData()
        if person in (None, NEW_PERSON) or role is None:
            return None
        return str(person), str(role)

    @classmethod
    def ask(cls, parent: QWidget | None, dossier: Dossier, lang: str) -> tuple[str, str] | None:
        if dialogs.answer_hook is not None:
            answer = dialogs.answer_hook("member", "")
            return answer if isinstance(answer, tuple) else None
        dialog = cls(parent, dossier, lang)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


class AgreementDialog(QDialog):
    """Record what was agreed about a task: what, who, which support, when to look again."""

    def __init__(
        self, parent: QWidget | None, dossier: Dossier, task_title: str, lang: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("agreement_title", lang, task=task_title))
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.who = QComboBox()
        for member in dossier.members:
            self.who.addItem(triad_text.member_name(dossier, member.person), member.person)
        self.support = QLineEdit()
        self.review = QLineEdit((dt.date.today() + dt.timedelta(days=91)).strftime("%d-%m-%Y"))
        self.status = QComboBox()
        for status in AGREEMENT_STATUSES:
            self.status.addItem(t(f"agreement_{status}", lang), status)
        form = QFormLayout()
        form_row(form, t("agreement_what", lang), self.what)
        form_row(form, t("agreement_who", lang), self.who)
        form_row(form, t("agreement_support", lang), self.support)
        form_row(form, t("agreement_review", lang), self.review)
        form_row(form, t("agreement_status", lang), self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, lang))

    @classmethod
    def ask(
        cls, parent: QWidget | None, dossier: Dossier, topic: str, task_title: str, lang: str
    ) -> Agreement | None:
        today = dt.date.today()
        if dialogs.answer_hook is not None:
            answer = dialogs.answer_hook("agreement", topic)
            if not isinstance(answer, dict):
                return None
            support = str(answer.get("support", ""))
            review = add_months(today, 3)
            return Agreement(new_id(), topic, answer["what"], answer["who"], support, today, review)
        dialog = cls(parent, dossier, task_title, lang)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.what.toPlainText().strip():
            return None
        try:
            review = dt.datetime.strptime(dialog.review.text().strip(), "%d-%m-%Y").date()
        except ValueError:
            review = add_months(today, 3)
        return Agreement(
            new_id(), topic, dialog.what.toPlainText().strip(), str(dialog.who.currentData()),
            dialog.support.text().strip(), today, review, str(dialog.status.currentData()),
        )  # fmt: skip
