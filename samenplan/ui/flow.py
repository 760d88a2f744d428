"""A layout that lays its widgets out in a row and wraps to the next line when the row is
full (Qt's "Flow Layout" example), so rows of buttons stay inside the window at every text
size instead of pushing it wider."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        kind = QSizePolicy.ControlType.PushButton
        return style.layoutSpacing(kind, kind, orientation, None, widget)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in rows inside `rect`, each centred on the height of its row (a
        label beside a taller button sits level with the button's text); the height taken."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        row: list[tuple[QLayoutItem, int]] = []  # the row being filled: (item, its x)
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            gap_x = self._gap(item, Qt.Orientation.Horizontal)
            gap_y = self._gap(item, Qt.Orientation.Vertical)
            if x + hint.width() > area.right() + 1 and row_height > 0:
                if move:
                    self._place(row, y, row_height, area.width())
                x, y = area.x(), y + row_height + gap_y
                row = []
                row_height = 0
            row.append((item, x))
            x += hint.width() + gap_x
            row_height = max(row_height, hint.height())
        if move:
            self._place(row, y, row_height, area.width())
        return y + row_height - rect.y() + margins.bottom()

    @staticmethod
    def _place(row: list[tuple[QLayoutItem, int]], y: int, height: int, room: int) -> None:
        """Give a row's items their places, centred on the row's height."""
        for item, x in row:
            hint = item.sizeHint()
            top = y + (height - hint.height()) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(min(hint.width(), room), hint.height())))
