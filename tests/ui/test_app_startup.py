"""Starting the whole coach offscreen: files it creates, what it tells the user, second launches."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.bootstrap import CoachParts
from desk_coach.ui.application import create_qt_app
from desk_coach.wording.say import say


@pytest.fixture
def coach(qapp):
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    yield app
    for window in list(app.shell.windows):
        window.close()
    app.stop()


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_fresh_start_creates_a_private_database_and_offers_the_self_check(coach, qapp):
    coach.start()
    db = coach.paths.database
    assert db.is_file()
    assert mode(db) == 0o600
    assert mode(db.parent) == 0o700
    assert coach.notices == []
    assert [w.windowTitle() for w in coach.shell.windows] == ["Self-check"]
    assert not coach.paths.settings_file.exists(), "defaults must not create a settings file"


def _wizard(coach):
    return next(w for w in coach.shell.windows if w.windowTitle() == "Self-check")


def _cancel_by(gesture: str, wizard, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    if gesture == "button":
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    elif gesture == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        wizard.close()  # the window's close button, Alt+F4
    assert not wizard.isVisible()


@pytest.mark.parametrize("gesture", ["button", "escape", "close"])
def test_cancelling_the_first_self_check_leaves_coaching_not_set_up_and_offers_it_at_the_next_start(
    coach, qtbot, gesture
):
    from desk_coach.domain.history import BreakKind

    told = []
    coach.tray.show_message = lambda title, text: told.append((title, text))
    coach.start()
    assert coach.tray.screen_action.text() == "Set &up coaching…"
    _cancel_by(gesture, _wizard(coach), qtbot)

    # An answer: nothing stored as a screen, "not set up yet" remembered, and the user told.
    with coach.history.unit_of_work() as uow:
        assert uow.coaching.latest_screen() is None
    assert coach.paths.first_run_marker.read_text(encoding="utf-8") == "not set up yet\n"
    assert told == [
        (
            "Coaching is not set up yet",
            "Until you take the self-check, every break is a short walk. "
            "Choose Set up coaching… in the tray menu when you are ready.",
        )
    ]
    assert coach.tray.screen_action.text() == "Set &up coaching…"
    qapp_windows = [w.windowTitle() for w in coach.shell.windows if w.isVisible()]
    assert "Self-check" not in qapp_windows, "offered once per start, not again at once"

    # Breaks are walk breaks only, saying how to set up the coaching.
    for kind in (BreakKind.MICRO, BreakKind.LONG):
        plan = coach.routines.plan_break(kind, 180)
        assert [coach.routines.library[p.exercise_id].target.value for p in plan.items] == ["walk"]
        assert say(plan.notes[0]).startswith("Coaching is not set up yet")

    # The next start offers it again.
    coach.stop()
    second = DeskCoachApp(coach.paths, create_qt_app([]))
    try:
        second.start()
        assert [w.windowTitle() for w in second.shell.windows] == ["Self-check"]
    finally:
        for window in list(second.shell.windows):
            window.close()
        second.stop()


def test_a_finished_self_check_sets_up_the_coaching_and_is_not_offered_again(coach, qtbot):
    from desk_coach.domain.coaching.profile import Lifestyle
    from desk_coach.domain.coaching.records import ScreenSource
    from desk_coach.domain.coaching.screening import ScreenResult

    coach.start()
    wizard = _wizard(coach)
    result = ScreenResult(coach.clock.now(), ScreenSource.WIZARD, frozenset({Lifestyle.DESK_WORKER}), False,
                          frozenset(), ())
    wizard.completed.emit(result, None)
    assert coach.tray.screen_action.text() == "Self-&check…"
    wizard.close()
    coach.stop()
    second = DeskCoachApp(coach.paths, create_qt_app([]))
    try:
        second.start()
        assert [w.windowTitle() for w in second.shell.windows] == []
    finally:
        second.stop()


def test_corrupt_database_is_kept_aside_and_the_user_told(coach):
    db = coach.paths.database
    db.parent.mkdir(parents=True)
    garbage = os.urandom(4096)
    db.write_bytes(garbage)
    coach.start()
    kept = [p for p in db.parent.iterdir() if p.name.startswith("desk-coach.db.corrupt-")]
    assert len(kept) == 1
    assert kept[0].read_bytes() == garbage
    assert len(coach.notices) == 1
    assert str(kept[0]) in coach.notices[0]
    # A fresh database means a first start: the notice heads the self-check, not behind it.
    assert [w.windowTitle() for w in coach.shell.windows] == ["Self-check"]
    page = _wizard(coach).intro_page
    assert page.notices.isVisible()
    assert any(str(kept[0]) in label.text() for label in page.notice_labels)
    with db.open("rb") as fresh:
        assert fresh.read(16) == b"SQLite format 3\x00"


def test_out_of_range_setting_is_named_and_the_file_left_alone(coach):
    settings_file = coach.paths.settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[breaks]\nsit_interval_min = 5\n", encoding="utf-8")
    before = (settings_file.read_bytes(), settings_file.stat().st_mtime_ns)
    coach.start()
    assert coach.settings.breaks.sit_interval_min == 30
    assert len(coach.notices) == 1
    notice = coach.notices[0]
    assert "breaks.sit_interval_min" in notice and "5" in notice and "20" in notice and "60" in notice
    assert (settings_file.read_bytes(), settings_file.stat().st_mtime_ns) == before
    page = _wizard(coach).intro_page  # seen on the first page of the self-check
    assert page.notices.isVisible()
    assert page.notices.geometry().top() < page.disclaimer.parent().geometry().top()
    assert [label.text() for label in page.notice_labels] == [notice]


def test_start_up_notices_show_in_their_own_window_once_coaching_is_set_up(coach):
    from datetime import timedelta

    from desk_coach.adapters.storage.database import open_database
    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.adapters.system_clock import SystemClock
    from desk_coach.domain.coaching.profile import Lifestyle
    from desk_coach.domain.coaching.records import ScreenRecord, ScreenSource

    database = open_database(coach.paths.database, SystemClock())
    with SqlUnitOfWork(database.engine) as uow:
        uow.coaching.add_screen(
            ScreenRecord(SystemClock().now() - timedelta(days=1), ScreenSource.WIZARD,
                         frozenset({Lifestyle.DESK_WORKER}), False, True, False)
        )
    database.dispose()
    coach.paths.settings_file.parent.mkdir(parents=True)
    coach.paths.settings_file.write_text("[breaks]\nsit_interval_min = 5\n", encoding="utf-8")
    coach.start()
    window = next(w for w in coach.shell.windows if w.windowTitle() == "Desk Coach")
    assert window.isVisible()
    assert "breaks.sit_interval_min" in window.informativeText()


def test_broken_settings_file_is_named_with_its_line(coach):
    settings_file = coach.paths.settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[breaks]\nsit_interval_min = 30\nmicro_break_s = = 3\n", encoding="utf-8")
    coach.start()
    assert coach.settings.breaks.micro_break_s == 180
    assert any("line 3" in notice for notice in coach.notices), coach.notices


def test_a_second_launch_hands_over_and_exits(coach, qtbot):
    coach.start()
    second = subprocess.Popen(
        [sys.executable, "-m", "desk_coach"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert "already running" in out


def test_unknown_request_is_refused(coach):
    coach.start()
    reply = coach.requests.handle({"command": "dance"})
    assert reply["ok"] is False and reply["error"] == "unknown command 'dance'"
    assert reply["said"] == {"code": "launch.unknown_command", "values": {"command": "'dance'"}}


def test_unexpected_errors_go_to_the_reporter_once_started(coach):
    coach.start()
    assert sys.excepthook == coach.reporter.handle


def test_progress_window_shows_the_stored_week(coach):
    from datetime import timedelta

    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.domain.history import BoutEnd, SittingBout
    from desk_coach.ui import progress_window

    coach.start()
    now = coach.clock.now()
    start = now.replace(hour=9, minute=0, second=0, microsecond=0)
    with SqlUnitOfWork(coach.history.engine) as uow:
        uow.history.add_bout(SittingBout(start, start + timedelta(minutes=42), BoutEnd.IDLE))
    coach.show_progress()
    window = coach.windows.progress
    assert window.isVisible()
    day = now.weekday()
    assert window.series_values(progress_window.SITTING)[day] == pytest.approx(42)
    assert window.series_values(progress_window.LONGEST_BOUT)[day] == pytest.approx(42)
    assert window.series_values(progress_window.GOAL) == [480, 480]
    window.close()


def test_export_then_delete_all_data_leaves_nothing_behind(coach, tmp_path, qtbot):
    import json

    coach.start()
    coach.container.settings_file.save(coach.settings)
    export = tmp_path / "export.json"
    coach.windows.export_data(export)
    assert json.loads(export.read_text(encoding="utf-8"))["format"] == "desk-coach-export"
    with qtbot.waitSignal(coach.qt_app.aboutToQuit, timeout=2000, raising=False):
        coach._delete_all_data()
    for path in (coach.paths.database, coach.paths.settings_file, coach.paths.first_run_marker):
        assert not path.exists(), path
    assert not coach.paths.data_dir.exists()
    assert not coach.paths.config_dir.exists()


def test_the_weekly_summary_names_the_week_and_opens_progress_when_clicked(coach, monkeypatch):
    coach.start()
    shown = []
    monkeypatch.setattr(coach.tray, "show_message", lambda title, text: shown.append((title, text)))
    coach.windows.weekly_summary()
    [(title, text)] = shown
    assert title == "Your week"
    assert text.startswith("You broke up sitting 0 times")
    assert coach.parts.timers.next_run("weekly-summary").weekday() == 4  # Friday by default
    coach.tray.message_clicked.emit()
    assert coach.windows.progress is not None and coach.windows.progress.isVisible()
    coach.windows.progress.close()


def test_weeks_start_on_the_day_the_settings_say(coach):
    from datetime import date

    settings_file = coach.paths.settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('[calendar]\nfirst_day_of_week = "sunday"\n', encoding="utf-8")
    coach.start()
    stats = coach.windows.data.week_report.week_of(date(2026, 11, 25))  # a Wednesday
    assert stats.days[0].day == date(2026, 11, 22)  # the Sunday before
    assert stats.days[-1].day == date(2026, 11, 28)
    coach.show_progress()
    assert coach.windows.progress.category_labels("sitting")[0].startswith("Sun")
    coach.windows.progress.close()


def test_progress_counts_a_night_shift_on_the_day_it_began(coach):
    from datetime import datetime, time, timedelta

    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.domain.history import BoutEnd, SittingBout
    from desk_coach.domain.settings import WEEKDAYS
    from desk_coach.ui import progress_window

    settings_file = coach.paths.settings_file
    settings_file.parent.mkdir(parents=True)
    days = "".join(f'{day} = ["22:00-06:00"]\n' for day in WEEKDAYS)
    settings_file.write_text(f"[work_hours]\n{days}", encoding="utf-8")
    coach.start()
    now = coach.clock.now()
    shift_day = coach.settings.work_hours.day_of(now)
    after_midnight = datetime.combine(shift_day + timedelta(days=1), time(3, 0), tzinfo=now.tzinfo)
    with SqlUnitOfWork(coach.history.engine) as uow:
        bout = SittingBout(after_midnight, after_midnight + timedelta(minutes=42), BoutEnd.IDLE)
        uow.history.add_bout(bout)
    coach.show_progress()
    window = coach.windows.progress
    assert window.series_values(progress_window.SITTING)[shift_day.weekday()] == pytest.approx(42)
    assert sum(window.series_values(progress_window.SITTING)) == pytest.approx(42)
    window.close()


def test_the_self_check_saves_what_is_at_hand_into_the_settings_and_the_screen(coach):
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
    from desk_coach.domain.coaching.records import ScreenSource
    from desk_coach.domain.coaching.screening import ScreenResult

    coach.start()
    wizard = _wizard(coach)
    assert wizard.equipment_page.boxes[Equipment.DOORWAY].isChecked()  # prefilled from the settings
    at_hand = frozenset({Equipment.CHAIR, Equipment.MINI_BAND})
    result = ScreenResult(coach.clock.now(), ScreenSource.WIZARD, frozenset({Lifestyle.DESK_WORKER}), False,
                          frozenset(), (), equipment=at_hand, age_band=AgeBand.FROM_65)
    wizard.completed.emit(result, None)
    assert coach.settings.coaching.equipment == at_hand
    saved = SettingsFile(coach.paths.settings_file).load()
    assert not saved.problems and saved.settings.coaching.equipment == at_hand
    with coach.history.unit_of_work() as uow:
        screen = uow.coaching.latest_screen()
    assert screen.equipment == at_hand and screen.age_band is AgeBand.FROM_65


def test_the_running_coach_reads_its_settings_again_when_asked(coach):
    from desk_coach.domain.coaching.profile import Equipment

    coach.start()
    coach.paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    coach.paths.settings_file.write_text('[coaching]\nequipment = ["wall"]\n', encoding="utf-8")
    assert coach.requests.handle({"command": "reload-settings"}) == {"ok": True}
    assert coach.settings.coaching.equipment == {Equipment.WALL}


def test_finishing_the_self_check_ends_with_the_first_moves_the_first_break_and_the_tray(coach, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from desk_coach.ui.screen_wizard import wizard as flow

    coach.start()
    wizard = _wizard(coach)
    wizard.intro_page.acknowledge.setChecked(True)
    while wizard.currentId() != flow.SUMMARY:
        page = wizard.currentPage()
        if wizard.currentId() == flow.FLOOR:
            page.no.setChecked(True)
        for row in getattr(page, "rows", {}).values():
            row.set_answer(False)
        if hasattr(page, "skip") and not page.item.optional:
            page.skip.setChecked(True)
        wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    page = wizard.ready_page
    assert wizard.currentPage() is page
    with coach.history.unit_of_work() as uow:
        assert uow.coaching.latest_screen() is not None  # saved before the last page
    moves = page.sections["moves"].text().splitlines()
    assert moves[0].startswith("Your next short break (")
    assert moves[1].startswith("1. ") and moves[1].endswith(".")  # a move with its dose and reason
    assert "after 30 minutes of sitting" in page.sections["first_break"].text()
    assert "system tray" in page.sections["tray"].text()
    assert coach.tray.screen_action.text() == "Self-&check…"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_the_first_reminder_while_not_set_up_says_how_to_set_up_the_coaching(qapp):
    from fakes import RecordingNotifier

    from desk_coach.domain.clock import ManualClock
    from desk_coach.domain.history import BreakKind
    from desk_coach.domain.reminders import Reminder
    from desk_coach.domain.said import recorded_text
    from desk_coach.wording.reminder_words import body_words

    clock = ManualClock(datetime.now().astimezone())
    inner = RecordingNotifier(clock)
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]), clock=clock,
                       parts=CoachParts(notifier=inner))
    try:
        app.start()
        reminder = Reminder(BreakKind.MICRO, recorded_text("Time to stand up"),
                            (recorded_text("You've been sitting for 30 min."),), True)
        app.shell.notifier.show(reminder, lambda _action: None)
        app.shell.notifier.show(reminder, lambda _action: None)
        first, second = (body_words(shown) for _, shown in inner.shown)
        assert "Coaching is not set up yet" in first and "Set up coaching…" in first
        assert second == "You've been sitting for 30 min."
    finally:
        for window in list(app.shell.windows):
            window.close()
        app.stop()
