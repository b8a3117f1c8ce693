"""What a window shows as text, whether each text passed through translate(), and whether it fits.

Run on a window built while a pseudo-language is spoken (``en_XA``, ``ar_XB``: see
``desk_coach/wording/pseudo.py``), every letter of a translated text is accented and the text
bracketed ``[…~~]``: a plain Latin letter anywhere, even inside the brackets (an English word
filled into a translated sentence), is English that missed translate(): a *leak*.

A text that does not fit is found the way Qt would lay it out: a single-line label or button
narrower than its text's size hint is *clipped*; a word-wrapped label lower than its
``heightForWidth``, or with a line wider than its width once wrapped as Qt wraps it (a word too
long to break), is too; an item of a list, a combo box
or a tab bar narrower than its text is *elided* (Qt paints those with "…", computed here with
``QFontMetrics.elidedText`` as Qt does; a "…" in ``text()`` itself proves nothing: the sources
write "Settings…" on purpose).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
    QWizard,
)

_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_TAG = re.compile(r"<[^<>]*>")
_LATIN = re.compile(r"[A-Za-z]")
TOLERANCE_PX = 1  # Qt rounds sizes to whole pixels; a 1 px difference is no clipped letter


@dataclass(frozen=True)
class Seen:
    """One text on screen: where it is (``Class/objectName``, or a menu's path) and what it says."""

    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def plain(text: str) -> str:
    """The text as read: rich text's tags and entities, mnemonics and direction marks gone."""
    if _TAG.search(text):
        text = html.unescape(_TAG.sub(" ", text.replace("<br>", "\n")))
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    return _DIRECTION_MARKS.sub("", text)


def is_leak(text: str) -> bool:
    """A Latin letter left: the pseudo-languages accent every letter of a translated text, so a
    plain one is English that missed translate(), alone or filled into a translated sentence
    ("[ýöûŕ right [ĺéĝ] šçöŕéđ ļöŵéŕ]"); a lone letter counts too ("30 s")."""
    return _LATIN.search(plain(text)) is not None


def _where(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}/{name}" if name else type(widget).__name__


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) or (widget.isWindow() and widget.isVisible())


def visible_texts(top: QWidget) -> list[Seen]:
    """Every text a user can read in ``top`` and its visible children, menus included."""
    seen: list[Seen] = []
    if isinstance(top, QMenu):
        return list(_menu_texts(top, top.title() or "menu"))
    seen.append(Seen(f"{_where(top)} title", top.windowTitle()))
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not _shown(widget):
            continue
        seen.extend(_texts_of(widget))
        if widget.toolTip():
            seen.append(Seen(f"{_where(widget)} tooltip", widget.toolTip()))
    return [item for item in seen if item.text.strip()]


def _texts_of(widget: QWidget) -> Iterator[Seen]:
    where = _where(widget)
    for kind, texts in _TEXTS.items():
        if isinstance(widget, kind):
            yield from (Seen(f"{where}{part}", text) for part, text in texts(widget))
            break
    if isinstance(widget, QPushButton) and widget.menu() is not None:
        yield from _menu_texts(widget.menu(), where)
    if isinstance(widget, QMessageBox):
        yield Seen(f"{where} informative", widget.informativeText())
    if isinstance(widget, QChartView):
        yield from _chart_texts(widget, where)


def _items(widget: QListWidget) -> Iterator[tuple[str, str]]:
    for index in range(widget.count()):
        yield " item", widget.item(index).text()
        yield " item tooltip", widget.item(index).toolTip()


def _page(wizard: QWizard) -> Iterator[tuple[str, str]]:
    page = wizard.currentPage()
    if page is not None:
        yield " page title", page.title()
        yield " page subtitle", page.subTitle()


_TEXTS: dict[type, Callable[[Any], Iterable[tuple[str, str]]]] = {
    QLabel: lambda label: [("", label.text())],
    QAbstractButton: lambda button: [("", button.text())],
    QGroupBox: lambda box: [("", box.title())],
    QLineEdit: lambda line: [] if line.text() else [(" placeholder", line.placeholderText())],
    QComboBox: lambda combo: [(" item", combo.itemText(index)) for index in range(combo.count())],
    QAbstractSpinBox: lambda spin: [
        (" special value", spin.specialValueText()),
        *((f" {part}", getattr(spin, part, lambda: "")()) for part in ("prefix", "suffix")),
    ],
    QListWidget: _items,
    QTabBar: lambda bar: [(" tab", bar.tabText(index)) for index in range(bar.count())],
    QWizard: _page,
}
"""The texts each kind of widget shows, as (what, text) pairs."""


def _menu_texts(menu: QMenu, path: str) -> Iterator[Seen]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield Seen(f"{path} > action", action.text())
        if menu.toolTipsVisible() and action.toolTip():
            yield Seen(f"{path} > action tooltip", action.toolTip())
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{path} > {plain(action.text())}")


def _chart_texts(view: QChartView, where: str) -> Iterator[Seen]:
    chart = view.chart()
    yield Seen(f"{where} chart title", chart.title())
    for axis in chart.axes():
        if axis.isVisible() and axis.isTitleVisible():
            yield Seen(f"{where} axis title", axis.titleText())
        for category in getattr(axis, "categories", lambda: [])():
            yield Seen(f"{where} axis category", category)
    if chart.legend().isVisible():
        for marker in chart.legend().markers():
            if marker.isVisible():
                yield Seen(f"{where} legend", marker.label())


def leaks(top: QWidget, allowed: Iterable[str] = ()) -> list[Seen]:
    """The texts in ``top`` with English in them; ``allowed``: words not for translating (a
    product name, a file path), taken out first wherever they stand as whole words."""
    return _leaking(visible_texts(top), allowed)


def leaking_texts(texts: Iterable[str], where: str, allowed: Iterable[str] = ()) -> list[Seen]:
    """:func:`leaks` for texts shown outside a widget: a notification's title and body."""
    return _leaking([Seen(where, text) for text in texts], allowed)


def _leaking(seen: Iterable[Seen], allowed: Iterable[str]) -> list[Seen]:
    words = sorted(allowed, key=len, reverse=True)
    kept = re.compile("|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in words)) if words else None
    return [item for item in seen if is_leak(kept.sub(" ", plain(item.text)) if kept else item.text)]


# --------------------------------------------------------------------------------------- fitting


def clipped(top: QWidget) -> list[Seen]:
    """The texts in ``top`` that do not fit the room their widget has."""
    found: list[Seen] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if (widget is not top and not _shown(widget)) or widget.width() <= 0:
            continue
        found.extend(_misfits(widget))
    return found


def _misfits(widget: QWidget) -> Iterator[Seen]:
    where = _where(widget)
    if isinstance(widget, (QLabel, QAbstractButton)) and widget.text().strip():
        yield from _cut_by_parents(widget, where)
    yield from _too_small(widget, where)


def _too_small(widget: QWidget, where: str) -> Iterator[Seen]:
    if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
        yield from _label_misfit(widget, where)
    elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text().strip():
        if widget.sizeHint().width() > widget.width() + TOLERANCE_PX:
            yield Seen(f"{where} ({widget.width()} < {widget.sizeHint().width()} px)", widget.text())
    elif isinstance(widget, QListWidget):
        yield from _elided_items(widget, where)
    elif isinstance(widget, QComboBox) and widget.currentText():
        if widget.sizeHint().width() > widget.width() + TOLERANCE_PX:
            yield Seen(f"{where} elided ({widget.width()} < {widget.sizeHint().width()} px)",
                       widget.currentText())
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabSizeHint(index).width() > widget.tabRect(index).width() + TOLERANCE_PX:
                yield Seen(f"{where} tab elided", widget.tabText(index))


def _cut_by_parents(widget: QWidget, where: str) -> Iterator[Seen]:
    """A widget that fits its text may itself stick out of its parent (a page wider than the
    window): the part outside is not drawn. Inside a scroll area, only what runs off at the side
    counts: scrolling down to a text is how a scroll area works."""
    corner = widget.mapToGlobal(QPoint(0, 0))
    visible = QRect(corner, widget.size())
    scrolled = False
    parent = widget.parentWidget()
    while parent is not None:
        area = QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size())
        area_above = parent.parentWidget()
        if isinstance(area_above, QAbstractScrollArea) and parent is area_above.viewport():
            scrolled = True
        if scrolled:
            area = QRect(area.left(), visible.top(), area.width(), visible.height())
        visible = visible.intersected(area)
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    hint = widget.sizeHint()
    needed_width, needed_height = min(widget.width(), hint.width()), min(widget.height(), hint.height())
    if visible.width() + TOLERANCE_PX < needed_width or visible.height() + TOLERANCE_PX < needed_height:
        yield Seen(f"{where} outside its window ({visible.width()} x {visible.height()} of "
                   f"{needed_width} x {needed_height} px shown)", widget.text())


def _elided_items(view: QListWidget, where: str) -> Iterator[Seen]:
    """The items Qt paints shortened with "…", or runs past the list's edge: narrower than their
    text, less the icon and the style's margins."""
    metrics = QFontMetrics(view.font())
    margin = view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for index in range(view.count()):
        item = view.item(index)
        icon = 0 if item.icon().isNull() else view.iconSize().width() + 4
        rect = view.visualItemRect(item)
        if not rect.intersects(view.viewport().rect()):
            continue  # scrolled off
        shown = view.viewport().rect()  # partly scrolled off at the top or bottom is no shortening
        rect = rect.intersected(QRect(shown.left(), rect.top(), shown.width(), rect.height()))
        room = rect.width() - icon - 2 * margin
        if metrics.elidedText(item.text(), Qt.TextElideMode.ElideRight, room) != item.text():
            yield Seen(f"{where} item elided or cut off", item.text())


def _label_misfit(label: QLabel, where: str) -> Iterator[Seen]:
    room = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE_PX:
            yield Seen(f"{where} cut off below ({label.height()} < {needed} px)", label.text())
        widest = _wrapped_width(label, room.width() - margin)
        if widest > room.width() - margin + TOLERANCE_PX:
            yield Seen(f"{where} a line wider than the label ({room.width()} < {widest} px)", label.text())
        return
    hint = label.sizeHint()
    if hint.width() > label.width() + TOLERANCE_PX:
        yield Seen(f"{where} cut off at the side ({label.width()} < {hint.width()} px)", label.text())
    if hint.height() > label.height() + TOLERANCE_PX:
        yield Seen(f"{where} cut off below ({label.height()} < {hint.height()} px)", label.text())


def _wrapped_width(label: QLabel, width: int) -> int:
    """The widest line of ``label``'s text wrapped at ``width`` as QLabel wraps it (at word
    boundaries and the other places Unicode allows a break, such as after "/"): wider than
    ``width`` when a word cannot be broken."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    option = QTextOption(document.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _TAG.search(label.text())
    ):
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    document.setTextWidth(max(width, 1))
    return round(document.idealWidth())


# ------------------------------------------------------------------------------------- mirroring


def mirrored(top: QWidget) -> list[str]:
    """For a right-to-left language: the widgets of ``top`` still laid out left to right."""
    return [
        _where(widget)
        for widget in [top, *top.findChildren(QWidget)]
        if (widget is top or _shown(widget)) and widget.layoutDirection() != Qt.LayoutDirection.RightToLeft
    ]
