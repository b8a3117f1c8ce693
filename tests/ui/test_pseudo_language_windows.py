"""The self-check, Settings and Progress in the pseudo-language: every text a user reads went
through translate() (so it shows bracketed), and none is cut off at a third more length.

The checker here is small and local (helper branch "uia" writes a shared one in
``tests/ui/pseudo_language.py``; the two are to be merged). Screenshots go to the folder named
by ``DESK_COACH_SHOTS`` when it is set, to be looked at.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from desk_coach.resources import resource_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
    QWizard,
)

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.coaching.screen_readers import read_screen_content
from desk_coach.domain.coaching.screening import SCREEN_RESOURCE
from desk_coach.domain.settings import SettingsSchema, defaults
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, iso_week_label, week_days
from desk_coach.services.set_up import FirstSteps
from desk_coach.ui.settings_fields import LANGUAGE_NAMES
from desk_coach.wording import qt_catalogues
from desk_coach.wording.content import localise
from desk_coach.wording.content_files import SCREEN, SETTINGS
from desk_coach.wording.language import PSEUDO, PSEUDO_RTL, is_right_to_left

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone(timedelta(hours=1)))
SAID_ELSEWHERE = {"summary"}  # texts another part of Desk Coach words (checked there)
ENDONYMS = set(LANGUAGE_NAMES.values())  # each language's own name is never translated


@pytest.fixture(params=[PSEUDO, PSEUDO_RTL])
def pseudo(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each pseudo-language in turn; the right-to-left one with the layouts mirrored, as the app
    mirrors them for a language written so."""
    language = request.param
    qt_catalogues.use_language(language)
    if is_right_to_left(language):
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield language
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qt_catalogues.use_language("en")


def _content_in_pseudo():
    raw = localise(tomllib.loads(resource_text(SCREEN_RESOURCE)), SCREEN)
    content, problems = read_screen_content(raw, SCREEN_RESOURCE)
    assert content is not None, problems
    return content


def _schema_in_pseudo() -> SettingsSchema:
    return SettingsSchema.from_data(localise(tomllib.loads(resource_text("settings/schema.toml")), SETTINGS))


# -- the checker ------------------------------------------------------------------------------------


def _shown(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.width() > 0:
            yield widget


def untranslated(root: QWidget) -> list[str]:
    """Texts on show in ``root`` that are not in the pseudo-language (no bracket)."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for widget in _shown(root):
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((widget.objectName(), widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((widget.objectName(), widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(widget.objectName(), widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [(widget.objectName(), widget.item(i).text()) for i in range(widget.count())]
        found.append((widget.objectName(), widget.toolTip()))
        found.append((widget.objectName(), widget.accessibleName()))
    return [
        f"{name}: {text!r}"
        for name, text in found
        if text.strip() and "[" not in text and name not in SAID_ELSEWHERE
        and text not in ENDONYMS and not _data(text)
    ]


def _data(text: str) -> bool:
    """Figures and times the user typed or the locale wrote ("09:00-17:30", "4")."""
    return all(not char.isalpha() for char in text)


def _cut_off_at_the_side(widget: QWidget, root: QWidget) -> bool:
    """Part of ``widget`` lies beyond the left or right edge of a widget holding it (a scroll
    area's viewport, the window): text there cannot be read. Below the bottom it scrolls."""
    holder = widget.parentWidget()
    while holder is not None:
        left = widget.mapTo(holder, QPoint(0, 0)).x()
        if left < -1 or left + widget.width() > holder.width() + 1:
            return True
        if holder is root:
            return False
        holder = holder.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons on show in ``root`` smaller than their text needs, or reaching past the
    side of what holds them."""
    cut: list[str] = []
    for widget in _shown(root):
        texted = isinstance(widget, QLabel | QAbstractButton) and bool(widget.text())
        if texted and _cut_off_at_the_side(widget, root):
            cut.append(f"{type(widget).__name__} {widget.text()!r} runs past the side")
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                short = widget.height() + 1 < widget.heightForWidth(widget.width())
            else:
                short = widget.width() + 1 < widget.minimumSizeHint().width()
            if short:
                cut.append(f"label {widget.text()!r} {widget.size().toTuple()}")
        elif texted and widget.width() + 1 < widget.sizeHint().width():
            cut.append(f"button {widget.text()!r} {widget.size().toTuple()}")
    return cut


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("DESK_COACH_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _look(qtbot, window: QWidget, name: str) -> None:
    qtbot.waitExposed(window)
    qtbot.wait(1)  # let the layouts settle
    _shot(window, name)
    assert untranslated(window) == [], name
    assert clipped(window) == [], name


# -- the windows ------------------------------------------------------------------------------------


def test_every_page_of_the_self_check_is_translated_and_uncut(qtbot, pseudo) -> None:
    from desk_coach.ui.screen_wizard import ScreenWizard

    schema = _schema_in_pseudo()
    settings = defaults(schema)
    wizard = ScreenWizard(
        _content_in_pseudo(), settings.work_hours, now=lambda: NOW, notices=["[Ñöţîçé ~]"],
        equipment=settings.coaching.equipment,
        first_steps=lambda: FirstSteps(("[Ḿöṽéš ~]",), "[Ƀŕéåķ ~]", "[Ţŕåý ~]"),  # the services' words
    )
    qtbot.addWidget(wizard)
    wizard.show()
    pages = [
        ("intro", wizard.intro_page), ("lifestyle", wizard.lifestyle_page),
        ("work-hours", wizard.work_hours_page), ("floor", wizard.floor_page),
        ("equipment", wizard.equipment_page),
        *((f"flags-{tier.value}", page) for tier, page in wizard.flag_pages.items()),
        ("emergency", wizard.emergency_page),
        *((f"item-{item_id}", page) for item_id, page in wizard.item_pages.items()),
        ("summary", wizard.summary_page), ("ready", wizard.ready_page),
    ]
    for name, page in pages:
        assert page is not None
        wizard.setStartId(next(i for i in wizard.pageIds() if wizard.page(i) is page))
        wizard.restart()  # straight to the page: only its look is checked here
        _look(qtbot, wizard, f"{pseudo}-wizard-{name}")
        assert "[" in page.title(), name
    assert "[" in wizard.button(QWizard.WizardButton.CommitButton).text()


def test_settings_is_translated_and_uncut_on_every_group(qtbot, pseudo) -> None:
    from desk_coach.ui.settings_dialog import SettingsDialog

    schema = _schema_in_pseudo()
    dialog = SettingsDialog(schema, defaults(schema), lambda _settings: None, export_data=lambda _p: None,
                            delete_data=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    groups = dialog.findChild(QListWidget)
    for row in range(groups.count()):
        groups.setCurrentRow(row)
        _look(qtbot, dialog, f"{pseudo}-settings-{row:02d}")


def _week(anchor: date) -> WeekStats:
    """Some of everything: sitting, each kind of break, exercise for two targets."""
    days = week_days(anchor)
    stats = [
        DayStats(day, sitting_minutes=100.0 + 30 * n, longest_bout_minutes=40.0 + 5 * n,
                 breaks=dict.fromkeys(BREAK_KINDS, 1 + n % 2),
                 exercise_minutes={Target.NECK: 2.5, Target.CHEST: 1.0 + n})
        for n, day in enumerate(days)
    ]
    return WeekStats(iso_week_label(days[0]), tuple(stats), pull_sets=6.0, push_sets=4.5)


def test_progress_is_translated_and_uncut(qtbot, pseudo) -> None:
    from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow

    window = ProgressWindow(
        ProgressPresenter(_week, today=TODAY, goal_minutes=240, load_screens=lambda _a, _b: [],
                          load_break_days=lambda _today: [TODAY], screen_items=[("S1", "[Ŝ1 ~]")])
    )
    qtbot.addWidget(window)
    window.show()
    window.summary_label.setObjectName("summary")  # the week's sentences come from the domain
    _look(qtbot, window, f"{pseudo}-progress")
