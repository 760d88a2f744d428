"""Triad members and agreements: the dialogs to add a member and to record an agreement."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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
    add_months,
    new_id,
)
from samenplan.ui import dialogs
from samenplan.ui.strings import t
from samenplan.ui.widgets import form_row, ok_cancel

ROLE_KEYS = {"client": "role_client", "naaste": "role_naaste", "hulpverlener": "role_hulpverlener"}


class MemberDialog(QDialog):
    """Choose a person from the registry and their role."""

    def __init__(self, parent: QWidget | None, dossier: Dossier, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("member_add", lang))
        taken = {m.person for m in dossier.members}
        self.person = QComboBox()
        for person in dossier.people:
            if person.id not in taken:
                self.person.addItem(
                    f"{person.name} ({person.relation})" if person.relation else person.name,
                    person.id,
                )
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(t(ROLE_KEYS[role], lang), role)
        form = QFormLayout()
        form_row(form, t("person_title", lang), self.person)
        form_row(form, t("member_role", lang), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(t("member_add_hint", lang)))
        layout.addWidget(ok_cancel(self, lang))

    @classmethod
    def ask(cls, parent: QWidget | None, dossier: Dossier, lang: str) -> tuple[str, str] | None:
        if dialogs.answer_hook is not None:
            answer = dialogs.answer_hook("member", "")
            return answer if isinstance(answer, tuple) else None
        dialog = cls(parent, dossier, lang)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person.currentData() is None:
            return None
        return str(dialog.person.currentData()), str(dialog.role.currentData())


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
