"""The checker of the pseudo-language gallery (text_fit.py) finds what it is meant to find, and
only that: English left in a window, a text cut off or elided, a layout not mirrored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMenu, QPushButton, QVBoxLayout, QWidget
from text_fit import clipped, is_leak, leaks, mirrored, visible_texts

from desk_coach.wording.pseudo import pseudo_text

PSEUDO = pseudo_text("Start a break now")


def window(qtbot, *widgets: QWidget, title: str = PSEUDO) -> QWidget:
    top = QWidget()
    top.setWindowTitle(title)
    layout = QVBoxLayout(top)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    return top


def test_a_pseudo_text_is_no_leak_and_english_is_one_even_filled_into_a_translated_one():
    assert not is_leak(PSEUDO)
    assert not is_leak(pseudo_text("Exercise {n} of 3", rtl=True).format(n=2))
    assert not is_leak("12:30 · 4 / 10")  # figures only
    assert is_leak("Start a break now")
    assert is_leak(pseudo_text("Your {side} leg scored lower").format(side="right"))
    assert is_leak(pseudo_text("Hold for {time}").format(time="30 s"))  # a lone unit letter too
    assert not is_leak(f"<b>{PSEUDO}</b>")  # markup is not text
    assert is_leak("&Snooze")


def test_leaks_names_the_english_texts_of_a_window_and_skips_what_is_allowed(qtbot):
    top = window(qtbot, QLabel(PSEUDO), QLabel("Snoozed"), QPushButton("&Save"), QLabel("/tmp/settings.toml"),
                 QLabel(f"Desk Coach {PSEUDO}"))
    hidden = QLabel("Hidden words")
    top.layout().addWidget(hidden)
    hidden.hide()
    found = [seen.text for seen in leaks(top, allowed=["/tmp/settings.toml", "Desk Coach"])]
    assert found == ["Snoozed", "&Save"]


def test_menu_entries_and_submenus_are_read(qtbot):
    menu = QMenu()
    menu.addAction(PSEUDO)
    submenu = menu.addMenu(pseudo_text("&Pause"))
    submenu.addAction("For &30 minutes")
    assert [seen.text for seen in leaks(menu)] == ["For &30 minutes"]
    assert len(visible_texts(menu)) == 3


def test_a_label_narrower_than_its_text_is_clipped_and_one_that_fits_is_not(qtbot):
    narrow = QLabel(PSEUDO)
    narrow.setFixedWidth(narrow.sizeHint().width() // 2)
    fits = QLabel(PSEUDO)
    top = window(qtbot, narrow, fits)
    assert [seen.text for seen in clipped(top)] == [PSEUDO]


def test_a_wrapped_label_with_a_word_too_long_to_break_is_clipped(qtbot):
    long_word = QLabel("short words then " + "~" * 80)
    long_word.setWordWrap(True)
    path = QLabel("The log is in /tmp/" + "/".join(["folder"] * 12) + "/desk-coach.log")
    path.setWordWrap(True)  # Qt breaks a path after a slash: it fits
    for label in (long_word, path):
        label.setFixedWidth(200)
    top = window(qtbot, long_word, path)
    assert [seen.text for seen in clipped(top)] == [long_word.text()]


def test_a_widget_sticking_out_of_its_window_is_clipped(qtbot):
    row = QWidget()
    button = QPushButton(pseudo_text("Skip this question, it does not apply to me"))
    QHBoxLayout(row).addWidget(button)
    top = window(qtbot, row)
    row.setMinimumWidth(0)
    top.layout().setSizeConstraint(top.layout().SizeConstraint.SetNoConstraint)
    top.setMinimumSize(0, 0)
    top.resize(button.sizeHint().width() // 2, top.height())
    assert [seen.text for seen in clipped(top)] == [button.text()]


def test_a_list_item_narrower_than_its_text_is_elided(qtbot):
    groups = QListWidget()
    groups.addItems([pseudo_text("Notifications and sounds"), "7"])
    groups.setFixedWidth(60)
    top = window(qtbot, groups)
    assert [seen.text for seen in clipped(top)] == [groups.item(0).text()]


def test_mirrored_names_the_widgets_still_left_to_right(qtbot):
    label = QLabel(PSEUDO)
    top = window(qtbot, label)
    top.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert mirrored(top) == []
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert mirrored(top) == ["QLabel"]
