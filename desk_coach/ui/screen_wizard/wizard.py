"""The self-check wizard: the order of the pages, and the answers gathered into a result."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget, QWizard

from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.profile import Equipment
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource
from desk_coach.domain.coaching.screening import (
    TIER_ORDER,
    ScreenContent,
    ScreenResult,
    ScreenSummary,
    gate,
    offered_items,
    summarize,
)
from desk_coach.domain.settings import WorkHours
from desk_coach.services.set_up import FirstSteps
from desk_coach.ui.screen_wizard.pages import (
    EmergencyPage,
    EquipmentPage,
    FloorPage,
    IntroPage,
    ItemPage,
    LifestylePage,
    ReadyPage,
    RedFlagPage,
    SummaryPage,
    WorkHoursPage,
)

# Page ids: fixed, so tests and the flow read plainly. Items follow ITEMS_FROM in content order.
INTRO, LIFESTYLE, WORK_HOURS, FLOOR, EQUIPMENT = 0, 1, 2, 3, 4
FLAGS = {tier: 10 + number for number, tier in enumerate(TIER_ORDER)}
EMERGENCY = 20
ITEMS_FROM = 30
SUMMARY = 90
READY = 95


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
        self.setWindowTitle("Self-check")
        self.setObjectName("screen-wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        self.intro_page = IntroPage(content, notices)
        self.lifestyle_page = LifestylePage(content)
        self.work_hours_page = WorkHoursPage(work_hours) if work_hours is not None else None
        self.floor_page = FloorPage()
        self.equipment_page = EquipmentPage(equipment)
        tiers = [tier for tier in TIER_ORDER if content.questions_in(tier)]
        self.flag_pages = {
            tier: RedFlagPage(content, tier, number, len(tiers)) for number, tier in enumerate(tiers, start=1)
        }
        self.emergency_page = EmergencyPage()
        self.item_pages = {item.id: ItemPage(content, item) for item in content.items}
        self.summary_page = SummaryPage(self.summary)
        self.ready_page = ReadyPage(first_steps or (lambda: FirstSteps((), "")))
        self._emitted = False
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Save and start")
        self.setButtonText(QWizard.WizardButton.CancelButton, "&Cancel")

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
            self.setPage(ITEMS_FROM + number, item_page)
        self.setPage(SUMMARY, self.summary_page)
        self.setPage(READY, self.ready_page)
        self.setStartId(INTRO)
        self.currentIdChanged.connect(self._entered)

    # -- the flow ---------------------------------------------------------------------------------

    def nextId(self) -> int:
        current = self.currentId()
        if current == INTRO:
            return LIFESTYLE
        if current == LIFESTYLE:
            return WORK_HOURS if self.work_hours_page is not None else FLOOR
        if current == WORK_HOURS:
            return FLOOR
        if current == FLOOR:
            return EQUIPMENT
        if current == EQUIPMENT:
            return FLAGS[next(iter(self.flag_pages))]
        if current in FLAGS.values():
            return self._after_flags(current)
        if ITEMS_FROM <= current < SUMMARY:
            return self._item_after(current)
        if current == SUMMARY:
            return READY
        return -1  # the emergency page and the last page finish

    def _after_flags(self, current: int) -> int:
        if self._answered_yes() & {q.id for q in self.content.questions_in(RedFlagTier.EMERGENCY)}:
            return EMERGENCY
        tiers = list(self.flag_pages)
        position = next(n for n, tier in enumerate(tiers) if FLAGS[tier] == current)
        if position + 1 < len(tiers):
            return FLAGS[tiers[position + 1]]
        return self._item_after(None)

    def _item_after(self, current: int | None) -> int:
        """The next movement check the answers allow after page ``current`` (None: the first)."""
        offered = {item.id for item in offered_items(self.content, self._answered_yes())}
        ids = list(self.item_pages)
        start = 0 if current is None else current - ITEMS_FROM + 1
        for number in range(start, len(ids)):
            if ids[number] in offered:
                return ITEMS_FROM + number
        return SUMMARY

    def _entered(self, page_id: int) -> None:
        if page_id == READY:  # stored: nothing to go back to or cancel
            self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])
        if page_id == EMERGENCY:
            outcome = gate(self.content, self._answered_yes(), ())
            self.emergency_page.show_wording(outcome.referrals[0] if outcome.referrals else "")

    # -- the answers ------------------------------------------------------------------------------

    def _on_path(self) -> set[int]:
        """Pages on the way to the current one (going Back takes a page off the path)."""
        return set(self.visitedIds()) | {self.currentId()}

    def _answered_yes(self) -> frozenset[str]:
        path = self._on_path()
        yes: set[str] = set()
        for tier, page in self.flag_pages.items():
            if FLAGS[tier] in path:
                yes |= page.yes_ids()
        return frozenset(yes)

    def screen_result(self) -> ScreenResult:
        """The screen as answered so far along the current path of pages."""
        path = self._on_path()
        scores = tuple(
            score
            for number, page in enumerate(self.item_pages.values())
            if ITEMS_FROM + number in path
            for score in page.scores()
        )
        return ScreenResult(
            taken_at=self._now(),
            source=ScreenSource.WIZARD,
            lifestyles=self.lifestyle_page.lifestyles(),
            floor_room=self.floor_page.floor_room(),
            red_flags=self._answered_yes(),
            scores=scores,
            equipment=self.equipment_page.equipment() if EQUIPMENT in path else None,
            age_band=self.lifestyle_page.age_band(),
        )

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
