"""The self-check wizard: its pages laid out and bound; the order of the pages and the result the
answers make come from :class:`~desk_coach.ui.screen_wizard.flow.ScreenFlow` (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.profile import Equipment
from desk_coach.domain.coaching.screening import ScreenContent, ScreenResult, ScreenSummary, summarize
from desk_coach.domain.said import recorded_text
from desk_coach.domain.settings import WorkHours
from desk_coach.services.set_up import FirstSteps
from desk_coach.ui.screen_wizard.flow import (
    EMERGENCY,
    EQUIPMENT,
    FLAGS,
    FLOOR,
    INTRO,
    ITEMS_FROM,
    LIFESTYLE,
    READY,
    SUMMARY,
    WORK_HOURS,
    Answers,
    ScreenFlow,
)
from desk_coach.ui.screen_wizard.pages import (
    EmergencyPage,
    EquipmentPage,
    FloorPage,
    IntroPage,
    ItemPage,
    LifestylePage,
    ReadyPage,
    RedFlagPage,
    ScrollingPage,
    SummaryPage,
    WorkHoursPage,
)
from desk_coach.ui.spoken import FocusVoice
from desk_coach.wording.translate import translate

__all__ = [  # the page ids, for the tests that follow the flow
    "EMERGENCY", "EQUIPMENT", "FLAGS", "FLOOR", "INTRO", "ITEMS_FROM", "LIFESTYLE", "READY", "SUMMARY",
    "WORK_HOURS", "ScreenWizard",
]


def _first_focus(page: QWidget) -> QWidget | None:
    """The control QWizard gives the focus to on showing ``page``: the first one inside it in the
    focus chain that takes the focus by Tab. The walk stays inside the page: past it the chain
    reaches widgets of other windows that may be on their way out."""
    candidate = page.nextInFocusChain()
    for _ in range(100):  # QWizard looks as far
        if candidate is None or candidate is page or not page.isAncestorOf(candidate):
            return None
        if candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


def _now() -> datetime:
    return datetime.now().astimezone()


class ScreenWizard(QWizard):
    """The first-run self-check: what Desk Coach is and is not, a few questions, five short
    movement checks, and a summary. It stores nothing: the caller stores what it emits.

    Pages: the disclaimer (ticked to go on), lifestyles and the age band (optional), work
    hours (only when ``work_hours`` is given; prefilled with them, changing them is optional),
    room on the floor, what is at hand (prefilled with ``equipment``, the setting), the
    red-flag questions one tier per page, then one page per movement check the answers
    allow, the summary ("Save and start", a commit page), and the last page: the first moves
    and why, the first break and where the tray icon is, from ``first_steps`` (asked once the
    screen is stored). An emergency yes goes at once to a page with the emergency wording,
    which finishes the wizard with walk breaks only; a PAR-Q+ yes skips the movement checks.
    ``now`` stamps the result when it is saved. ``notices`` (what start-up found, such as a
    problem in the settings file) head the first page. ``paused`` (the regions paused now)
    and ``walk_only`` (the last check allowed walk breaks only) let the summary of a re-check
    say what it puts back on.

    Signals:
        completed(ScreenResult, object): "Save and start" on the summary, or Finish on the
            emergency page, was pressed. The first value is the screen as taken (source
            "wizard"); the second is the work hours as settings data, ``{"monday":
            ["09:00-17:30"], ..., "sunday": []}`` for all seven days, when the user changed
            any day, else None. Emitted once. Cancel (or Escape, or closing the window)
            before that emits nothing here and ``rejected`` from QDialog: the caller treats
            it as an answer.
    """

    completed = Signal(ScreenResult, object)

    def __init__(
        self,
        content: ScreenContent,
        work_hours: WorkHours | None = None,
        now: Callable[[], datetime] = _now,
        parent: QWidget | None = None,
        *,
        notices: Sequence[str] = (),
        paused: Collection[Region] = (),
        walk_only: bool = False,
        equipment: frozenset[Equipment] | None = None,
        first_steps: Callable[[], FirstSteps] | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self._now = now
        self._paused_before = frozenset(paused)
        self._walk_only_before = walk_only
        self._sized = False
        #: The self-check wizard's window title.
        self.setWindowTitle(translate("ScreenWizard", "Self-check"))
        self.setObjectName("screen-wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        self.flow = ScreenFlow(content, asks_work_hours=work_hours is not None)
        self._build_pages(notices, work_hours, equipment, first_steps)
        self._emitted = False
        #: The button that saves the self-check and starts coaching; & marks its access key.
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ScreenWizard", "&Save and start"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("ScreenWizard", "&Cancel"))
        #: The wizard's buttons; & marks the access key, which the pages' own keys must not use.
        self.setButtonText(QWizard.WizardButton.BackButton, translate("ScreenWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("ScreenWizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ScreenWizard", "&Finish"))
        self.setStartId(INTRO)
        self.voice = FocusVoice(self)  # page titles and questions for a screen reader
        self._said_ahead: tuple[int, QWidget] | None = None  # a page's line put on its first control
        self.currentIdChanged.connect(self._entered)

    def _build_pages(self, notices: Sequence[str], work_hours: WorkHours | None,
                     equipment: frozenset[Equipment] | None,
                     first_steps: Callable[[], FirstSteps] | None) -> None:
        """Every page the flow may visit, under its page id."""
        content = self.content
        self.intro_page = IntroPage(content, notices)
        self.lifestyle_page = LifestylePage(content)
        self.work_hours_page = WorkHoursPage(work_hours) if work_hours is not None else None
        self.floor_page = FloorPage()
        self.equipment_page = EquipmentPage(equipment)
        tiers = self.flow.tiers
        self.flag_pages = {
            tier: RedFlagPage(content, tier, number, len(tiers)) for number, tier in enumerate(tiers, start=1)
        }
        self.emergency_page = EmergencyPage()
        self.item_pages = {item.id: ItemPage(content, item) for item in content.items}
        self.summary_page = SummaryPage(self.summary)
        self.ready_page = ReadyPage(first_steps or (lambda: FirstSteps((), recorded_text(""))))

        self.setPage(INTRO, self.intro_page)
        self.setPage(LIFESTYLE, self.lifestyle_page)
        if self.work_hours_page is not None:
            self.setPage(WORK_HOURS, self.work_hours_page)
        self.setPage(FLOOR, self.floor_page)
        self.setPage(EQUIPMENT, self.equipment_page)
        for tier, page in self.flag_pages.items():
            self.setPage(FLAGS[tier], page)
        self.setPage(EMERGENCY, self.emergency_page)
        for number, item_page in enumerate(self.item_pages.values()):
            self.setPage(self.flow.item_page(number), item_page)
        self.setPage(SUMMARY, self.summary_page)
        self.setPage(READY, self.ready_page)

    # -- the flow ---------------------------------------------------------------------------------

    def nextId(self) -> int:
        return self.flow.next_page(self.currentId(), self._answered_yes())

    def _entered(self, page_id: int) -> None:
        if page_id == READY:  # stored: nothing to go back to or cancel
            self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])
        if page_id == EMERGENCY:
            self.emergency_page.show_wording(self.flow.emergency_wording(self._answered_yes()))
        QTimer.singleShot(0, lambda: self._say_page(page_id))  # once QWizard has placed the focus

    def initializePage(self, page_id: int) -> None:
        """On to a page (Next): its title and question go on the control QWizard is about to
        focus, before it has the focus, so a screen reader reads them once, with that control (said
        once it has the focus, they came twice: with the focus, and as the change of its text)."""
        super().initializePage(page_id)
        if self.visitedIds():  # not the first page as the window opens: it is read with the window
            self._say_ahead(page_id)

    def cleanupPage(self, page_id: int) -> None:
        """Back: the page before comes up; its title and question go ahead of the focus too."""
        super().cleanupPage(page_id)
        visited = self.visitedIds()
        if len(visited) >= 2 and visited[-1] == page_id:
            self._say_ahead(visited[-2])

    def _say_ahead(self, page_id: int) -> None:
        page = self.page(page_id)
        if page_id == EMERGENCY or not isinstance(page, ScrollingPage):
            return
        target = _first_focus(page)
        if target is None and page_id == self.currentId():  # none on the page: QWizard's own button
            button = QWizard.WizardButton
            target = self.button(button.FinishButton if self.nextId() == -1 else
                                 button.CommitButton if page.isCommitPage() else button.NextButton)
        if target is None:
            return
        self.voice.say(page.spoken_text(), on=target)
        self._said_ahead = (page_id, target)

    def _say_page(self, page_id: int) -> None:
        """Give a screen reader the new page's title and question (the emergency page whole) on
        the control that has the focus, unless they went on it before it took the focus."""
        page = self.page(page_id)
        if page_id != self.currentId() or not isinstance(page, ScrollingPage):
            return
        ahead, self._said_ahead = self._said_ahead, None
        if ahead == (page_id, QApplication.focusWidget()):
            return
        if page_id == EMERGENCY:  # its one control: the text goes on it before it takes the focus
            finish = self.button(QWizard.WizardButton.FinishButton)
            self.voice.say(page.spoken_text(), on=finish)
            finish.setFocus()
            return
        self.voice.say(page.spoken_text(), on=self.voice.target(self.button(QWizard.WizardButton.NextButton)))

    # -- the answers ------------------------------------------------------------------------------

    def _on_path(self) -> set[int]:
        """Pages on the way to the current one (going Back takes a page off the path)."""
        return set(self.visitedIds()) | {self.currentId()}

    def _answered_yes(self) -> frozenset[str]:
        yes = {tier: page.yes_ids() for tier, page in self.flag_pages.items()}
        return self.flow.answered_yes(self._on_path(), yes)

    def screen_result(self) -> ScreenResult:
        """The screen as answered so far along the current path of pages."""
        answers = Answers(
            lifestyles=self.lifestyle_page.lifestyles(),
            age_band=self.lifestyle_page.age_band(),
            floor_room=self.floor_page.floor_room(),
            equipment=self.equipment_page.equipment(),
            yes={tier: page.yes_ids() for tier, page in self.flag_pages.items()},
            scores={item_id: page.scores() for item_id, page in self.item_pages.items()},
        )
        return self.flow.result(self._on_path(), answers, self._now())

    def summary(self) -> ScreenSummary:
        return summarize(self.screen_result(), self.content, self._paused_before, self._walk_only_before)

    def changed_work_hours(self) -> dict[str, list[str]] | None:
        return None if self.work_hours_page is None else self.work_hours_page.changed_hours()

    def validateCurrentPage(self) -> bool:
        """Leaving the summary ("Save and start") emits the screen, before the last page opens."""
        if not super().validateCurrentPage():
            return False
        if self.currentId() == SUMMARY:
            self._emit()
        return True

    def _emit(self) -> None:
        if not self._emitted:
            self._emitted = True
            self.completed.emit(self.screen_result(), self.changed_work_hours())

    def accept(self) -> None:
        self._emit()  # the emergency page finishes without the summary
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # QWizard sizes itself to its smallest page; start roomier
            self._sized = True
            self.resize(self.sizeHint())
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        """Room for a movement check without scrolling, in text units (so it grows with the
        font), but never more than most of the screen."""
        metrics = self.fontMetrics()
        size = (
            super().sizeHint().expandedTo(QSize(metrics.averageCharWidth() * 96, metrics.lineSpacing() * 40))
        )
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.9)
        return size
