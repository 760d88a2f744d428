"""The dossier table's model: one row per dossier from the index summaries, its words and
colours worked out once, filtered and sorted in Python lists (cheap for 2,000 dossiers).

The model shows `shown`, a list of indexes into the rows; typing a name or switching a quick
filter rebuilds that list, a click on a column header sorts it. An overdue review is said in
words ("verlopen sinds 3 mrt 2026") and coloured; colour is never the only sign.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from samenplan.ui import strings
from samenplan.workspace.overview import DRAFT, FINAL, Row

COLUMNS = ("col_name", "col_born", "col_changed", "col_review", "col_crisis", "col_card",
           "col_wrap", "col_triad")  # fmt: skip
NAME, BORN, CHANGED, REVIEW, CRISIS, CARD, WRAP, TRIAD = range(len(COLUMNS))
UNKNOWN = "—"
OVERDUE_TEXT = QColor("#9b1c1c")  # 7.4:1 on white
OVERDUE_BACK = QColor("#fde8e8")  # the text on it still 6.4:1
SOON_TEXT = QColor("#7a4a00")  # 7.0:1 on white
ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Shown:
    """A row's words per column and its sort keys, made once when the rows are given."""

    row: Row
    cells: tuple[str, ...]
    keys: tuple[object, ...]
    tip: str


def t(key: str, lang: str, **params: object) -> str:
    """`strings.t`, each word looked up once per language (2,000 rows ask 16,000 times)."""
    return _word(key, lang).format(**params) if params else _word(key, lang)


@cache
def _word(key: str, lang: str) -> str:
    source = strings.STRINGS[key]
    found = strings.translator(lang)
    return (found.translate(strings.CONTEXT, source) if found is not None else "") or source


def day_text(day: dt.date | None, lang: str) -> str:
    """'3 mrt 2026' / '3 Mar 2026'; '—' when not known."""
    if day is None:
        return UNKNOWN
    months = t("months_short", lang).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _state(state: str, lang: str) -> str:
    return t({DRAFT: "state_draft", FINAL: "state_final"}.get(state, "state_none"), lang)


def review_text(row: Row, lang: str) -> str:
    if row.review_by is None:
        return UNKNOWN
    day = day_text(row.review_by, lang)
    if row.overdue:
        return t("table_overdue", lang, date=day)
    if row.review == "soon":
        return t("table_soon", lang, date=day)
    return t("table_due_by", lang, date=day)


def shown(row: Row, lang: str) -> Shown:
    never = dt.date.min.toordinal()
    crisis, wrap = row.plans["crisiskaart"], row.plans["wrap"]
    order = {"none": 0, DRAFT: 1, FINAL: 2}
    card = t("card_made_on", lang, date=day_text(row.card, lang)) if row.card else None
    card = card or t("card_not_made", lang)
    if not row.known:
        cells = (row.title, UNKNOWN, day_text(row.updated, lang), UNKNOWN, UNKNOWN, card,
                 UNKNOWN, UNKNOWN)  # fmt: skip
        last = dt.date.max.toordinal()
        keys: tuple[object, ...] = (row.title.casefold(), never, _ord(row.updated), last, -1,
                                    _ord(row.card), -1, (-1, -1))  # fmt: skip
        return Shown(row, cells, keys, t("summary_unknown", lang))
    triad = (
        t("triad_members", lang, members=row.members, klaar=row.klaar)
        if row.members
        else t("triad_nobody", lang)
    )
    cells = (
        row.title,
        day_text(row.born, lang),
        day_text(row.updated, lang),
        review_text(row, lang),
        _state(crisis.state, lang),
        card,
        _state(wrap.state, lang),
        triad,
    )
    keys = (
        row.title.casefold(),
        _ord(row.born),
        _ord(row.updated),
        _ord(row.review_by) if row.review_by else dt.date.max.toordinal(),
        order.get(crisis.state, 0),
        _ord(row.card),
        order.get(wrap.state, 0),
        (row.members, row.klaar),
    )
    return Shown(row, cells, keys, "")


def _ord(day: dt.date | None) -> int:
    return day.toordinal() if day is not None else dt.date.min.toordinal()


class DossierTableModel(QAbstractTableModel):
    def __init__(self, rows: list[Row], lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.headers = [t(key, lang) for key in COLUMNS]
        self.rows = [shown(row, lang) for row in rows]
        self.folded = [s.row.title.casefold() for s in self.rows]
        self.shown = list(range(len(self.rows)))
        self.needle = ""
        self.overdue_only = False
        self.no_card_only = False
        self.sort_column, self.sort_order = NAME, Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.rows[self.shown[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.cells[column]
        if role == ID_ROLE:
            return item.row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tip or None
        if column == REVIEW and item.row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACK)
        if (
            column == REVIEW
            and item.row.review == "soon"
            and role == Qt.ItemDataRole.ForegroundRole
        ):
            return QBrush(SOON_TEXT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort()
        self.layoutChanged.emit()

    # ------------------------------------------------------------ filtering

    def set_filter(self, needle: str, overdue_only: bool, no_card_only: bool) -> None:
        self.needle = needle.casefold().strip()
        self.overdue_only, self.no_card_only = overdue_only, no_card_only
        self.beginResetModel()
        self.shown = [n for n in range(len(self.rows)) if self._passes(n)]
        self._sort()
        self.endResetModel()

    def _passes(self, n: int) -> bool:
        if self.needle and self.needle not in self.folded[n]:
            return False
        row = self.rows[n].row
        if self.overdue_only and not row.overdue:
            return False
        return not (self.no_card_only and row.card is not None)

    def _sort(self) -> None:
        column = self.sort_column
        self.shown.sort(
            key=lambda n: (self.rows[n].keys[column], self.folded[n]),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )

    def row_of(self, dossier_id: str) -> int:
        """The shown row of a dossier; -1 when it is filtered out."""
        return next((r for r, n in enumerate(self.shown) if self.rows[n].row.id == dossier_id), -1)

    def dossier_at(self, row: int) -> Row | None:
        return self.rows[self.shown[row]].row if 0 <= row < len(self.shown) else None
