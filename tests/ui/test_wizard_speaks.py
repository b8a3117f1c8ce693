"""What a screen reader is given as the self-check's pages change (issue 17): the page's title and
question, and the emergency page whole, said through the focused control's description, which
Orca 43 reads when it changes and whenever the control gets the focus."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from test_screen_wizard import click, make, next_button, through_the_questions

from desk_coach.ui.screen_wizard import flow


def said(qtbot, wizard: QWidget) -> str:
    """The line on the control a screen reader is on (the focused one, else the fallback button)."""
    def given() -> bool:
        return bool(wizard.voice.target().accessibleDescription())
    qtbot.waitUntil(given)
    return wizard.voice.target().accessibleDescription()


def test_next_says_the_new_pages_title_and_question(qtbot):
    wizard, _ = make(qtbot, active=True)
    click(qtbot, wizard.intro_page.acknowledge)
    click(qtbot, next_button(wizard))
    page = wizard.currentPage()
    line = said(qtbot, wizard)
    assert line.startswith(page.title()) and page.subtitle.text() in line


def test_the_emergency_page_is_said_whole(qtbot):
    wizard, _ = make(qtbot, active=True)
    through_the_questions(qtbot, wizard, yes={"em_chest_pain"})
    assert wizard.currentId() == flow.EMERGENCY
    line = said(qtbot, wizard)
    assert line.startswith("Please get help now")
    assert "Please stop here. What you describe (chest pain) needs urgent medical care" in line
    assert "remind you to stand up" in line
    focused = QApplication.focusWidget()
    assert focused is not None and focused.accessibleDescription() == line


def test_next_puts_the_title_on_the_control_before_it_takes_the_focus(qtbot):
    """Orca reads a focused control's description with the focus, and again as a change of it: the
    line must be there before the focus, and unchanged after, or the title is heard twice."""
    wizard, _ = make(qtbot, active=True)
    click(qtbot, wizard.intro_page.acknowledge)
    on_focus: list[tuple[QWidget, str]] = []
    QApplication.instance().focusChanged.connect(
        lambda _old, new: on_focus.append((new, new.accessibleDescription())) if new is not None else None)
    click(qtbot, next_button(wizard))
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: bool(on_focus) and page.isAncestorOf(on_focus[-1][0]))
    control, described = on_focus[-1]
    assert described.startswith(f"{page.title()} {page.subtitle.text()}"), described
    for _ in range(3):  # the wizard's own saying, queued for once QWizard has placed the focus, runs
        QApplication.processEvents()
    assert QApplication.focusWidget() is control and control.accessibleDescription() == described


def test_a_page_without_a_control_says_its_title_on_the_button_before_it_takes_the_focus(qtbot):
    from desk_coach.domain.coaching.screening import ScreenResult

    wizard, _ = make(qtbot, active=True)
    wizard.setStartId(flow.SUMMARY)
    wizard.restart()
    on_focus: list[tuple[QWidget, str]] = []
    QApplication.instance().focusChanged.connect(
        lambda _old, new: on_focus.append((new, new.accessibleDescription())) if new is not None else None)
    assert isinstance(wizard.screen_result(), ScreenResult)
    click(qtbot, wizard.button(wizard.WizardButton.CommitButton))
    assert wizard.currentId() == flow.READY
    qtbot.waitUntil(lambda: bool(on_focus))
    control, described = on_focus[-1]
    page = wizard.currentPage()
    assert control is wizard.button(wizard.WizardButton.FinishButton)
    assert described.startswith(f"{page.title()} {page.subtitle.text()}"), described
