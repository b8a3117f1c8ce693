"""Checks of a window shown in a pseudo-language: English that leaked past translate(), and text
that does not fit its widget.

In the pseudo-languages (``wording/pseudo.py``) every letter of a translated text is accented,
so a plain ASCII letter on screen is English that never went through translate(). The checks
walk a top-level widget: its title, every visible label, button, group box title, spin box
affix, combo box item, tab and menu entry, and optionally the tooltips and accessible names.
They need the window shown and laid out (``show()`` and the events processed) to judge sizes.

Reuse for any window::

    with pseudo_language():
        window = make_window()
        show_laid_out(qtbot, window)
        assert untranslated(window, allowed=(APP_NAME,)) == []
        assert clipped(window) == []
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTabBar,
    QWidget,
)

from desk_coach.wording import qt_catalogues
from desk_coach.wording.language import ENGLISH, PSEUDO, is_right_to_left

_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_TAGS = re.compile(r"<[^<>]*>")
_RICH = re.compile(r"<[A-Za-z/!][^<>]*>")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&quot;": '"'}


@contextmanager
def pseudo_language(language: str = PSEUDO) -> Iterator[None]:
    """Speak a pseudo-language (or any language with a compiled catalogue) inside the block,
    laid out right to left for ``ar_XB``; English again after it, whatever happens."""
    app = QApplication.instance()
    rtl = is_right_to_left(language)
    qt_catalogues.use_language(language)
    if rtl and isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        qt_catalogues.use_language(ENGLISH)
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def show_laid_out(qtbot, window: QWidget) -> None:
    """Show ``window`` at the size it asks for and let its layouts settle."""
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QApplication.processEvents()


@dataclass(frozen=True)
class Shown:
    """One text on screen: what kind of text it is, which widget shows it, and the text."""

    kind: str
    where: str
    text: str
    widget: QObject | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.kind} of {self.where}: {self.text!r}"


def _rich(text: str) -> bool:
    """Whether Qt would likely show ``text`` as rich text (a tag in it), as Qt.mightBeRichText."""
    return bool(_RICH.search(text))


def plain(text: str) -> str:
    """A widget's text as the user reads it: no markup, no mnemonic marks."""
    if _rich(text):
        text = _TAGS.sub("", text.replace("<br>", "\n"))
        for entity, char in _ENTITIES.items():
            text = text.replace(entity, char)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_pseudo(text: str, allowed: Iterable[str] = ()) -> bool:
    """True when ``text`` has no English left: every letter accented, once the ``allowed`` parts
    (the app's name, a version, a path, a figure the test put there) are taken out."""
    rest = plain(text)
    for part in sorted(allowed, key=len, reverse=True):
        if part:
            rest = rest.replace(part, "")
    return not _ASCII_LETTERS.search(rest)


def _name(widget: QObject) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}({name})" if name else type(widget).__name__


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def _menu_texts(menu: QMenu, where: str) -> Iterator[Shown]:
    for action in menu.actions():
        yield from _action_texts(action, where)


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator() or not action.isVisible():
        return
    if action.text():
        yield Shown("menu entry", where, action.text(), action)
    submenu = action.menu()
    if isinstance(submenu, QMenu):
        if submenu.title():
            yield Shown("submenu title", where, submenu.title(), submenu)
        yield from _menu_texts(submenu, where)


def _own_texts(widget: QWidget) -> list[tuple[str, str]]:
    """What one widget shows of its own, as (kind, text)."""
    if isinstance(widget, QLabel):
        return [("label", widget.text())]
    if isinstance(widget, QAbstractButton):
        return [("button", widget.text())]
    if isinstance(widget, QGroupBox):
        return [("group title", widget.title())]
    if isinstance(widget, QSpinBox):
        return [("prefix", widget.prefix().strip()), ("suffix", widget.suffix().strip()),
                ("special value", widget.specialValueText())]
    if isinstance(widget, QComboBox):
        return [("choice", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        return [("placeholder", widget.placeholderText())]
    return []


def _spoken_texts(widget: QWidget) -> list[tuple[str, str]]:
    return [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription())]


def visible_texts(top: QWidget | QMenu, *, spoken: bool = True) -> list[Shown]:
    """Every text ``top`` shows: its title and those of its visible children; with ``spoken``,
    the tooltips and accessible names too (a screen reader says them)."""
    if isinstance(top, QMenu):
        return list(_menu_texts(top, _name(top)))
    found = [Shown("window title", _name(top), top.windowTitle(), top)] if top.windowTitle() else []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _visible(widget, top):
            continue
        where = _name(widget)
        texts = _own_texts(widget) + (_spoken_texts(widget) if spoken else [])
        found += [Shown(kind, where, text, widget) for kind, text in texts if text]
        menu = widget.menu() if isinstance(widget, QPushButton) else None
        if isinstance(menu, QMenu):
            found += list(_menu_texts(menu, where))
    return found


def untranslated(top: QWidget | QMenu, *, allowed: Iterable[str] = (), spoken: bool = True,
                 ignore: Iterable[QObject] = ()) -> list[Shown]:
    """The texts of ``top`` that are not in the pseudo-language: English that missed translate().

    ``allowed``: parts that are not translated on purpose (the app's name, a path, content the
    test made up in English); ``ignore``: widgets whose words are Qt's own (a QMessageBox's
    "Show Details..." button is translated by Qt's catalogue, which has no pseudo-language)."""
    allowed = tuple(allowed)
    ignored = {id(widget) for widget in ignore}
    return [shown for shown in visible_texts(top, spoken=spoken)
            if id(shown.widget) not in ignored and not is_pseudo(shown.text, allowed)]


def _text_width(widget: QWidget, text: str) -> int:
    if _rich(text):
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setHtml(text)
        return round(document.idealWidth())
    metrics = QFontMetrics(widget.font())
    return max(metrics.horizontalAdvance(line) for line in plain(text).split("\n"))


def _label_clipped(label: QLabel) -> str:
    if not label.text() or not label.pixmap().isNull():
        return ""
    if label.wordWrap():
        return "label (too short)" if label.heightForWidth(label.width()) > label.height() else ""
    room = label.contentsRect().width() - label.margin() * 2 - max(0, label.indent())
    return "label (too narrow)" if _text_width(label, label.text()) > room else ""


def _clipped_kind(widget: QWidget) -> tuple[str, str]:
    """How ``widget``'s text does not fit, and the text; ("", "") when it fits."""
    if isinstance(widget, QLabel):
        return _label_clipped(widget), widget.text()
    if isinstance(widget, QAbstractButton) and widget.text():
        width = widget.width()
        narrow = widget.sizeHint().width() > width or _text_width(widget, widget.text()) > width
        return ("button (too narrow)" if narrow else ""), widget.text()
    if isinstance(widget, QGroupBox) and widget.title():
        return ("group title (too narrow)" if _text_width(widget, widget.title()) > widget.width() else ""), \
            widget.title()
    if isinstance(widget, QAbstractSpinBox) and widget.width() < widget.minimumSizeHint().width():
        return "spin box (too narrow)", widget.text()
    return "", ""


def clipped(top: QWidget) -> list[Shown]:
    """The visible labels, buttons, group titles and spin boxes of ``top`` whose text does not
    fit: wider than the widget (a label that does not wrap, a button, a group box's title), or,
    for a label that wraps, taller than the widget at its width."""
    found: list[Shown] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _visible(widget, top) or widget.width() <= 0:
            continue
        kind, text = _clipped_kind(widget)
        if kind:
            found.append(Shown(kind, _name(widget), text, widget))
    return found
