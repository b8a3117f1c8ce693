"""Starting the whole coach offscreen: files it creates, what it tells the user, second launches."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.ui.application import create_qt_app


@pytest.fixture
def coach(qapp):
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    yield app
    for window in list(app._windows):
        window.close()
    app.stop()


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_fresh_start_creates_a_private_database_and_offers_the_self_check_once(coach, qapp):
    coach.start()
    db = coach.paths.database
    assert db.is_file()
    assert mode(db) == 0o600
    assert mode(db.parent) == 0o700
    assert coach.notices == []
    assert [w.windowTitle() for w in coach._windows] == ["Self-check"]
    assert not coach.paths.settings_file.exists(), "defaults must not create a settings file"
    coach._windows[0].reject()
    second = DeskCoachApp(coach.paths, create_qt_app([]))
    assert second._first_run() is False, "the first-run self-check is offered only once"


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
    window = next(w for w in coach._windows if w.windowTitle() == "Desk Coach")
    assert window.isVisible()
    assert str(kept[0]) in window.informativeText()
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
    assert coach.handle_request({"command": "dance"}) == {"ok": False, "error": "unknown command 'dance'"}


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
    with SqlUnitOfWork(coach.database.engine) as uow:
        uow.history.add_bout(SittingBout(start, start + timedelta(minutes=42), BoutEnd.IDLE))
    coach.show_progress()
    window = coach._progress
    assert window.isVisible()
    day = now.weekday()
    assert window.series_values(progress_window.SITTING)[day] == pytest.approx(42)
    assert window.series_values(progress_window.LONGEST_BOUT)[day] == pytest.approx(42)
    assert window.series_values(progress_window.GOAL) == [480, 480]
    window.close()


def test_export_then_delete_all_data_leaves_nothing_behind(coach, tmp_path, qtbot):
    import json

    coach.start()
    coach.settings_file.save(coach.settings)
    export = tmp_path / "export.json"
    coach._export_data(export)
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
    coach._weekly_summary()
    [(title, text)] = shown
    assert title == "Your week"
    assert text.startswith("You broke up sitting 0 times")
    assert coach.timers.next_run("weekly-summary").weekday() == 4  # Friday by default
    coach.tray.message_clicked.emit()
    assert coach._progress is not None and coach._progress.isVisible()
    coach._progress.close()


def test_weeks_start_on_the_day_the_settings_say(coach):
    from datetime import date

    settings_file = coach.paths.settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('[calendar]\nfirst_day_of_week = "sunday"\n', encoding="utf-8")
    coach.start()
    stats = coach.load_week(date(2026, 11, 25))  # a Wednesday
    assert stats.days[0].day == date(2026, 11, 22)  # the Sunday before
    assert stats.days[-1].day == date(2026, 11, 28)
    coach.show_progress()
    assert coach._progress.category_labels("sitting")[0].startswith("Sun")
    coach._progress.close()


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
    with SqlUnitOfWork(coach.database.engine) as uow:
        bout = SittingBout(after_midnight, after_midnight + timedelta(minutes=42), BoutEnd.IDLE)
        uow.history.add_bout(bout)
    coach.show_progress()
    window = coach._progress
    assert window.series_values(progress_window.SITTING)[shift_day.weekday()] == pytest.approx(42)
    assert sum(window.series_values(progress_window.SITTING)) == pytest.approx(42)
    window.close()
