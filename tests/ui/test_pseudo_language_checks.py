"""The pseudo-language checks themselves (tests/ui/pseudo_language.py): they see English that
missed translate(), and text cut off by a widget too small for it."""

from __future__ import annotations

from pseudo_language import clipped, is_pseudo, pseudo_language, show_laid_out, untranslated
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desk_coach.wording.translate import translate


def window_of(*widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    return window


def test_english_that_missed_translate_is_seen(qtbot):
    with pseudo_language():
        said = QLabel(translate("Test", "Take a short walk"))
        missed = QPushButton("&Snooze")
        missed.setToolTip(translate("Test", "Later"))
        window = window_of(said, missed)
        window.setWindowTitle("Desk Coach")
        qtbot.addWidget(window)
        show_laid_out(qtbot, window)
        found = untranslated(window, allowed=("Desk Coach",))
    assert [(shown.kind, shown.text) for shown in found] == [("button", "&Snooze")]


def test_figures_names_allowed_and_markup_are_not_english():
    assert is_pseudo("2 / 10")
    assert is_pseudo("<b>[Ŝţåŕţ ~~]</b>")
    assert is_pseudo("[Åƀöûţ Desk Coach ~~]", allowed=("Desk Coach",))
    assert not is_pseudo("[Åƀöûţ Desk Coach ~~]")
    assert not is_pseudo("Pause")


def test_text_wider_than_its_widget_is_seen_and_a_wrapped_label_is_checked_for_height(qtbot):
    with pseudo_language():
        cut = QLabel(translate("Test", "A label far too long for the little room it is given here"))
        cut.setFixedWidth(60)
        button = QPushButton(translate("Test", "A button with a long text"))
        button.setFixedWidth(40)
        wrapped = QLabel(translate("Test", "A long label that wraps onto more lines than its height allows"))
        wrapped.setWordWrap(True)
        wrapped.setFixedSize(80, 10)
        fits = QLabel(translate("Test", "Fits"))
        window = window_of(cut, button, wrapped, fits)
        qtbot.addWidget(window)
        show_laid_out(qtbot, window)
        found = {shown.widget for shown in clipped(window)}
    assert found == {cut, button, wrapped}
