"""The figures at a glance at the top of the Progress window: a row of small tiles that wraps.

Each tile shows what it counts, the figure with its unit, a line under it and, on hover, the
exact values (``week_glance_page.Tile``). The tiles stand in as many columns as the width
allows, so a narrow window, a 2x scale or a long German title puts them on more rows rather
than cutting a word short; the grid follows the layout direction (right to left in Arabic).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk_coach.ui.week_glance_page import Tile

TILE_CHARS = 18
"""A tile's least width in average characters: room for "Sitting within goal" and "4 / 5 days"."""


class TileView(QFrame):
    """One tile: title, figure, detail, all three wrapping, the tooltip on the whole tile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel()
        self.value = QLabel()
        self.detail = QLabel()
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.5)
        value_font.setBold(True)
        self.value.setFont(value_font)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(2)
        for label in (self.title, self.value, self.detail):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        column.addStretch(1)

    def show_tile(self, tile: Tile) -> None:
        self.title.setText(tile.title)
        self.value.setText(tile.value)
        self.detail.setText(tile.detail)
        for widget in (self, self.title, self.value, self.detail):
            widget.setToolTip(tile.tip)


class GlanceTiles(QWidget):
    """The tiles of a week, laid out in as many columns as fit; texts replaced in place when
    the same tiles show again (paging weeks rebuilds nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._views: dict[str, TileView] = {}
        self._keys: tuple[str, ...] = ()
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_tiles(self, tiles: tuple[Tile, ...]) -> None:
        keys = tuple(tile.key for tile in tiles)
        if keys != self._keys:
            for view in self._views.values():
                self._grid.removeWidget(view)
                view.deleteLater()
            self._views = {key: TileView(self) for key in keys}
            self._keys = keys
            self._columns = 0
            self._arrange(self.width())
        for tile in tiles:
            self._views[tile.key].show_tile(tile)

    def tile(self, key: str) -> TileView:
        """The tile of ``key`` ("sitting", "breaks", "pull_push" or a target's value)."""
        return self._views[key]

    @property
    def keys(self) -> tuple[str, ...]:
        return self._keys

    def least_tile_width(self) -> int:
        return TILE_CHARS * QFontMetrics(self.font()).averageCharWidth()

    def columns_for(self, width: int) -> int:
        spacing = max(0, self._grid.horizontalSpacing())
        fit = max(1, (width + spacing) // (self.least_tile_width() + spacing))
        return max(1, min(len(self._keys), fit))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def minimumSizeHint(self) -> QSize:
        """One tile's width: the tiles go onto more rows rather than widening the window."""
        hint = super().minimumSizeHint()
        hint.setWidth(self.least_tile_width())
        return hint

    def _arrange(self, width: int) -> None:
        columns = self.columns_for(width)
        if columns == self._columns or not self._keys:
            return
        self._columns = columns
        for view in self._views.values():
            self._grid.removeWidget(view)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for index, key in enumerate(self._keys):
            self._grid.addWidget(self._views[key], index // columns, index % columns)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
