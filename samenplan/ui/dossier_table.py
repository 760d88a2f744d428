"""The dossier table's model: one row per dossier from the index summaries, its sort keys
and colours worked out at once, its words when the row is first shown (most of 2,000 rows
never are), filtered and sorted in Python lists (cheap for 2,000 dossiers).

The model keeps `order`, every row sorted by the chosen column, and shows `shown`, the rows
of `order` that pass the filter. A click on a column header sorts `order` again; typing a
name or switching a quick filter only picks from `order` (no sort) and tells the view with
one layout change, not a reset, so the chosen row and the column widths stay and a keystroke
stays well under 30 ms with 2,000 dossiers (`tests/bench/bench_dossier_table.py`). An overdue
review is said in words ("verlopen sinds 3 mrt 2026") and coloured in the look shown now (its
named colours `overdue` and `soon`, so high contrast reaches them); colour is never the only
sign.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication

from samenplan.ui import look, strings
from samenplan.workspace.overview import DRAFT, FINAL, Row

COLUMNS = ("col_name", "col_born", "col_changed", "col_review", "col_crisis", "col_card",
           "col_wrap", "col_triad")  # fmt: skip
NAME, BORN, CHANGED, REVIEW, CRISIS, CARD, WRAP, TRIAD = range(len(COLUMNS))
UNKNOWN = "—"
ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


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
    return f"{day.day} {_months(lang)[day.month - 1]} {day.year}"


@cache
def _months(lang: str) -> list[str]:
    return t("months_short", lang).split()


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


ORDER = {"none": 0, DRAFT: 1, FINAL: 2}


def sort_keys(row: Row) -> tuple[object, ...]:
    """Per column what it sorts by: a date's day number, a plan's state, the triad's count."""
    last = dt.date.max.toordinal()
    if not row.known:
        return (row.title.casefold(), _ord(None), _ord(row.updated), last, -1, _ord(row.card),
                -1, (-1, -1))  # fmt: skip
    return (
        row.title.casefold(),
        _ord(row.born),
        _ord(row.updated),
        _ord(row.review_by) if row.review_by else last,
        ORDER.get(row.plans["crisiskaart"].state, 0),
        _ord(row.card),
        ORDER.get(row.plans["wrap"].state, 0),
        (row.members, row.klaar),
    )


def words(row: Row, lang: str) -> tuple[tuple[str, ...], str]:
    """A row's words per column and its tooltip (made when the row is first shown)."""
    card = t("card_made_on", lang, date=day_text(row.card, lang)) if row.card else None
    card = card or t("card_not_made", lang)
    if not row.known:
        cells = (row.title, UNKNOWN, day_text(row.updated, lang), UNKNOWN, UNKNOWN, card,
                 UNKNOWN, UNKNOWN)  # fmt: skip
        return cells, t("summary_unknown", lang)
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
        _state(row.plans["crisiskaart"].state, lang),
        card,
        _state(row.plans["wrap"].state, lang),
        triad,
    )
    return cells, ""


def _ord(day: dt.date | None) -> int:
    return day.toordinal() if day is not None else dt.date.min.toordinal()


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
DOSSIER_ID = int(ID_ROLE)
ANSWERED = frozenset((DISPLAY, ACCESSIBLE, FOREGROUND, BACKGROUND, TOOLTIP, DOSSIER_ID))
ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint  # the columns stay as they are
OVERLOAD = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"


@cache
def review_brushes(look_name: str) -> dict[str, dict[int, QBrush]]:
    """The review cell's text and fill for an overdue review and one due soon, in a look."""
    colours = {name: QBrush(QColor(value)) for name, value in look.LOOKS[look_name].items()}
    return {
        "overdue": {FOREGROUND: colours["overdue"], BACKGROUND: colours["overdue_back"]},
        "soon": {FOREGROUND: colours["soon"]},
    }


def _rows_only(signal: SignalInstance) -> SignalInstance:
    """The overload of a layout signal that carries the hint (the plain one cannot)."""
    hinted: SignalInstance = signal[OVERLOAD]  # type: ignore[index]
    return hinted


class DossierTableModel(QAbstractTableModel):
    def __init__(self, rows: list[Row], lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.headers = [t(key, lang) for key in COLUMNS]
        self.rows = rows
        self.keys = [sort_keys(row) for row in rows]
        self.folded = [row.title.casefold() for row in rows]
        self.words: dict[int, tuple[tuple[str, ...], str]] = {}  # filled as rows are shown
        self.marks = [
            "overdue" if row.overdue else "soon" if row.review == "soon" else "" for row in rows
        ]
        self.needle = ""
        self.overdue_only = False
        self.no_card_only = False
        self.sort_column, self.sort_order = NAME, Qt.SortOrder.AscendingOrder
        self.order = list(range(len(self.rows)))
        self._sort()
        self.shown = list(self.order)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        # a paint asks ~7 roles of every visible cell: the ones not answered leave at once
        if role not in ANSWERED:
            return None
        n = self.shown[index.row()]
        if role in (FOREGROUND, BACKGROUND):
            if index.column() != REVIEW or not self.marks[n]:
                return None
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            return review_brushes(look.shown(app))[self.marks[n]].get(role)
        if role == DOSSIER_ID:
            return self.rows[n].id
        found = self.words.get(n)
        if found is None:
            found = self.words[n] = words(self.rows[n], self.lang)
        if role == TOOLTIP:
            return found[1] or None
        return found[0][index.column()]  # DISPLAY, ACCESSIBLE

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order):
            return  # the view asks again for the order it has (the rows never change)
        self.sort_column, self.sort_order = column, order
        self._sort()
        showing = set(self.shown)
        self._show([n for n in self.order if n in showing])

    # ------------------------------------------------------------ filtering

    def set_filter(self, needle: str, overdue_only: bool, no_card_only: bool) -> None:
        """Show the rows that pass, in the order they are sorted in now."""
        self.needle = needle.casefold().strip()
        self.overdue_only, self.no_card_only = overdue_only, no_card_only
        found, rows, folded = self.needle, self.rows, self.folded
        chosen = [n for n in self.order if found in folded[n]] if found else self.order
        if overdue_only:
            chosen = [n for n in chosen if rows[n].overdue]
        if no_card_only:
            chosen = [n for n in chosen if rows[n].card is None]
        self._show(chosen)

    def _show(self, chosen: list[int]) -> None:
        """One layout change from `shown` to `chosen`: the view keeps its column widths and
        the selection follows its dossier (dropped when that one is no longer shown)."""
        if chosen == self.shown:
            return
        _rows_only(self.layoutAboutToBeChanged).emit([], ROWS_ONLY)
        before, self.shown = self.shown, list(chosen)
        old = self.persistentIndexList()
        if old:
            where = {n: r for r, n in enumerate(chosen)}
            moved = [where.get(before[i.row()], -1) if i.row() < len(before) else -1 for i in old]
            new = [
                self.index(r, i.column()) if r >= 0 else QModelIndex()
                for r, i in zip(moved, old, strict=True)
            ]
            self.changePersistentIndexList(old, new)
        _rows_only(self.layoutChanged).emit([], ROWS_ONLY)

    def _sort(self) -> None:
        column, keys, folded = self.sort_column, self.keys, self.folded
        self.order.sort(
            key=lambda n: (keys[n][column], folded[n]),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )

    def row_of(self, dossier_id: str) -> int:
        """The shown row of a dossier; -1 when it is filtered out."""
        return next((r for r, n in enumerate(self.shown) if self.rows[n].id == dossier_id), -1)

    def dossier_at(self, row: int) -> Row | None:
        return self.rows[self.shown[row]] if 0 <= row < len(self.shown) else None
