"""The composition root: the one place that builds Desk Coach's parts from adapters and services.

The tray app (``app.py``), the command line (``cli.py``) and the benchmarks take their parts
from a ``Container``; nothing else opens the history database or reads the settings file.
It is Qt-free, so the commands run without a display: the tray app brings its Qt parts (the
timers on the event loop, the notifier that falls back to the tray) through ``CoachParts``.
Adapters load on first use, so the tray icon shows before SQLAlchemy is imported.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.wording.translate import translate

if TYPE_CHECKING:
    from datetime import datetime

    from desk_coach.adapters.exercise_files import LoadedLibrary
    from desk_coach.adapters.notify.tray_balloon import ShowBalloon
    from desk_coach.adapters.screen_files import ScreenContentFile
    from desk_coach.adapters.settings_file import LoadedSettings, SettingsFile
    from desk_coach.adapters.sound_output import PlaySound
    from desk_coach.adapters.storage.database import Database
    from desk_coach.domain.clock import Clock
    from desk_coach.domain.coaching.screening import ScreenContent
    from desk_coach.domain.settings import Settings
    from desk_coach.services.coach import Coach
    from desk_coach.services.daily_check import DailyCoachingCheck
    from desk_coach.services.ports import (
        Autostart,
        CoachView,
        IdleSensor,
        Notifier,
        OwnedTimers,
        QuietSensor,
        UnitOfWork,
    )
    from desk_coach.services.routines import RoutineService
    from desk_coach.services.set_up import SetUpHintNotifier
    from desk_coach.services.week_report import WeekReport
    from desk_coach.services.your_data import YourData
    from desk_coach.ui.coaching_windows import WindowData
    from desk_coach.ui.spoken_aloud import RoutineSpeech

log = logging.getLogger(__name__)

def no_library() -> str:
    """The start-up notice when the exercise library cannot be read."""
    return translate("Storage", "The exercise library could not be read; breaks show a plain countdown.")


def cannot_save() -> str:
    """The start-up notice when the history cannot be opened; ``{error}`` says why."""
    #: {error} is why the history database cannot be used (a sentence).
    return translate(
        "Storage",
        "{error} Desk Coach keeps coaching, but nothing new can be saved until that is fixed "
        "and Desk Coach is started again.",
    )


class TrayWithBalloons(Protocol):
    """What ``Container.balloon`` needs of the tray (ui/tray.CoachTray)."""

    @property
    def own_item(self) -> bool: ...
    def show_message(self, title: str, text: str) -> bool: ...
    @property
    def message_clicked(self) -> Any: ...  # a Qt signal: ``emit()`` tells a balloon's click


@dataclass(frozen=True)
class Balloon:
    """The last resort for a message, and how to release it when the app stops."""

    show: ShowBalloon
    close: Callable[[], None] = lambda: None


@dataclass(frozen=True)
class TestTiming:
    """Seconds instead of minutes, for end-to-end tests only (`run --test-interval ...`).

    Not a user setting: it bypasses the settings' ranges so a test sees a reminder in seconds.
    """

    sit_interval_s: float
    natural_break_s: float

    def apply(self, settings: Settings) -> Settings:
        """Seconds for the interval, and a snooze (or a closed reminder) that lasts as long."""
        # Fractions where the settings hold whole numbers: the domain computes with either.
        minutes: Any = self.sit_interval_s / 60
        breaks = replace(settings.breaks, sit_interval_min=minutes, long_breaks_per_day=0)
        snooze = replace(settings.snooze, length_min=minutes)
        natural: Any = self.natural_break_s
        idle = replace(
            settings.idle,
            natural_break_idle_s=natural,
            long_break_idle_s=max(natural, settings.idle.long_break_idle_s),
        )
        work = replace(settings.work_hours, honour=False)
        return replace(settings, breaks=breaks, idle=idle, work_hours=work, snooze=snooze)


@dataclass
class CoachParts:
    """The coach loop's links to the desktop; None builds the real one for this machine (idle and
    quiet sensors). The tray app gives its Qt timers and notifier; simulations give fakes."""

    timers: OwnedTimers | None = None
    idle: IdleSensor | None = None
    quiet: QuietSensor | None = None
    notifier: Notifier | None = None


class HistoryUnavailable(Exception):
    """The history database cannot be opened (``opening``) or read; the message says why."""

    def __init__(self, message: str, *, opening: bool) -> None:
        super().__init__(message)
        self.opening = opening


class History:
    """An open history database: one transaction per ``unit_of_work()``; ``close()`` when done.

    As a ``with`` block (the commands), a failure to read or write inside it leaves it as
    HistoryUnavailable, and the database is closed either way.
    """

    def __init__(self, database: Database, *, no_history: bool = False) -> None:
        self.database = database
        self.no_history = no_history  # a read command found no database: an empty one in memory

    @property
    def notices(self) -> list[str]:
        return self.database.notices

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @property
    def engine(self):
        """The SQLAlchemy engine, for the adapters that aggregate in SQL (week figures, export)."""
        return self.database.engine

    def unit_of_work(self) -> UnitOfWork:
        from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork

        return SqlUnitOfWork(self.database.engine)

    def close(self) -> None:
        self.database.dispose()

    def __enter__(self) -> History:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from desk_coach.services.ports import StorageUnavailable

        self.close()
        if isinstance(exc, StorageUnavailable):
            from desk_coach.wording.say import say

            raise HistoryUnavailable(say(exc.reason), opening=False) from exc
        if isinstance(exc, SQLAlchemyError | OSError):
            raise HistoryUnavailable(str(exc), opening=False) from exc


class Container:
    """Everything one run of Desk Coach is made of, built on first use."""

    def __init__(self, paths: AppPaths | None = None, clock: Clock | None = None) -> None:
        self.paths = paths if paths is not None else AppPaths.for_current_user()
        self.clock = clock if clock is not None else SystemClock()

    # -- files -------------------------------------------------------------------------------
    @cached_property
    def settings_file(self) -> SettingsFile:
        from desk_coach.adapters.settings_file import SettingsFile

        return SettingsFile(self.paths.settings_file)

    def load_settings(self) -> LoadedSettings:
        return self.settings_file.load()

    @cached_property
    def library(self) -> LoadedLibrary:
        """The exercise library and the coaching rules, read once, in the language in force."""
        from desk_coach.adapters.exercise_files import load_library

        return load_library()

    def read_content_again(self) -> LoadedLibrary:
        """The library read again, in the language now in force (after a change of language)."""
        self.__dict__.pop("library", None)
        self.__dict__.pop("_screen_file", None)  # the self-check's texts too
        return self.library

    @cached_property
    def _screen_file(self) -> ScreenContentFile:
        from desk_coach.adapters.screen_files import ScreenContentFile

        return ScreenContentFile()

    def screen_content(self) -> ScreenContent:
        """The self-check's items and texts, read once and again only when the file changes;
        raises ScreenContentError (each time) while they are damaged."""
        return self._screen_file()

    # -- the history ---------------------------------------------------------------------------
    def history(self, *, create: bool = True) -> History:
        """The user's history database, opened (created or upgraded as needed).

        ``create=False`` (the read commands): with no database yet, an empty history in memory,
        so reading creates no file or folder. Raises HistoryUnavailable.
        """
        from desk_coach.adapters.storage.database import DatabaseError, empty_history, open_database

        if not create and not self.paths.database.exists():
            return History(empty_history(), no_history=True)
        try:
            return History(open_database(self.paths.database, self.clock))
        except (DatabaseError, OSError) as error:
            raise HistoryUnavailable(str(error), opening=True) from error

    def history_to_coach_on(self) -> History:
        """The tray app's history: one that cannot be opened at all leaves an empty one in memory
        that saves nothing, and a notice that says why; the coach runs either way."""
        from desk_coach.adapters.storage.database import empty_history

        try:
            return self.history()
        except HistoryUnavailable as error:
            log.error("history database unusable: %s", error)
            database = empty_history(read_only=True)
            database.notices.append(cannot_save().format(error=error))
            return History(database)

    @contextmanager
    def reading(self) -> Iterator[History]:
        """A read command's history (see ``history(create=False)``), closed afterwards."""
        with self.history(create=False) as history:
            yield history

    # -- services ------------------------------------------------------------------------------
    def routines(self, history: History, settings: Callable[[], Settings]) -> RoutineService | None:
        """The exercise part of breaks; None (plain break windows) when the library cannot load."""
        from desk_coach.services.routines import RoutineService

        loaded = self.library
        if len(loaded.library) == 0:
            return None
        return RoutineService(unit_of_work=history.unit_of_work, library=loaded.library, rules=loaded.rules,
                              clock=self.clock, settings=settings)

    def daily_check(
        self, routines: RoutineService | None, settings: Callable[[], Settings],
        settings_changed: Callable[[Settings], None],
    ) -> DailyCoachingCheck | None:
        """The daily coaching check (none without the exercise library)."""
        from desk_coach.services.daily_check import DailyCoachingCheck

        if routines is None:
            return None
        return DailyCoachingCheck(routines, settings, self.settings_file, settings_changed)

    def coach(
        self, history: History, settings: Settings, view: CoachView, parts: CoachParts,
        on_storage: Callable | None = None,
    ) -> Coach:
        """The coach loop over ``history``; ``parts.timers`` and ``parts.notifier`` must be given."""
        from desk_coach.services.coach import Coach

        assert parts.timers is not None and parts.notifier is not None
        if parts.idle is None:
            from desk_coach.adapters.idle.factory import create_idle_sensor

            parts.idle = create_idle_sensor()
        if parts.quiet is None:
            from desk_coach.adapters.quiet.factory import create_quiet_sensor

            parts.quiet = create_quiet_sensor()
        log.info("activity sensing: %s", parts.idle.description)
        coach = Coach(clock=self.clock, idle=parts.idle, quiet=parts.quiet, timers=parts.timers,
                      notifier=parts.notifier, unit_of_work=history.unit_of_work, settings=settings,
                      view=view, on_storage=on_storage)
        if history.read_only:  # already said in the start-up notices
            from desk_coach.adapters.storage.unit_of_work import READ_ONLY, storage_unavailable

            coach.storage_known_unavailable(storage_unavailable(READ_ONLY))
        return coach

    def your_data(self, history: History | None, *, refuse_while_running: bool = False) -> YourData:
        """Export and delete; ``refuse_while_running``: delete only when no Desk Coach runs."""
        from desk_coach.adapters.data_removal import DataFiles
        from desk_coach.adapters.storage.export import SqlExport
        from desk_coach.services.your_data import YourData

        export = SqlExport(history.engine) if history is not None else None
        running = self.coach_is_running if refuse_while_running else (lambda: False)
        return YourData(export, DataFiles(self.paths), self.clock, running)

    # -- the week report: Progress, the weekly summary and `stats` ------------------------------
    def week_report(
        self, history: History, settings: Callable[[], Settings], locale_first_weekday: Callable[[], int]
    ) -> WeekReport:
        """Weeks counted one way for every reader; ``locale_first_weekday`` (0 = Monday) is the
        regional setting's first day: Qt's reading for the tray app, the Qt-free one for the CLI."""
        from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
        from desk_coach.services.week_report import WeekReport

        return WeekReport(SqlWeekFigures(history.engine), self.clock, settings, locale_first_weekday,
                          unit_of_work=history.unit_of_work)

    # -- the tray app's parts ----------------------------------------------------------------
    def window_data(
        self, history: History, routines: RoutineService | None, settings: Callable[[], Settings],
        settings_saved: Callable[[Settings], None], delete_all: Callable[[], None], *,
        next_break_at: Callable[[], datetime | None], sitting_now: Callable[[], float] = lambda: 0.0,
    ) -> WindowData:
        """What the tray app's windows read and call; their Qt modules load here, on first use."""
        from desk_coach.ui.coaching_windows import WindowData, locale_first_weekday

        return WindowData(
            settings=settings, now=self.clock.now, unit_of_work=history.unit_of_work, routines=routines,
            rules=self.library.rules, screen_content=self.screen_content, settings_file=self.settings_file,
            settings_saved=settings_saved, autostart=self.autostart, your_data=self.your_data(history),
            delete_all=delete_all, week_report=self.week_report(history, settings, locale_first_weekday),
            next_break_at=next_break_at, remember_not_set_up=self.remember_not_set_up,
            sitting_now=sitting_now,
        )

    def qt_timers(self) -> OwnedTimers:
        """APScheduler on the Qt event loop, in the user's time zone."""
        from tzlocal import get_localzone

        from desk_coach.adapters.scheduling.qt_timers import QtTimers

        return QtTimers(get_localzone())

    def balloon(self, tray: TrayWithBalloons) -> Balloon:
        """The tray balloon, the notifiers' last resort: the tray's own where it draws them (Qt's
        icon), a plain desktop notification where it draws none (the app's StatusNotifierItem,
        once shown: which one the tray is, is asked at each message)."""
        from desk_coach.adapters.notify.tray_balloon import NotificationBalloon

        stand_in = NotificationBalloon(tray.message_clicked.emit)

        def show(title: str, text: str) -> bool | None:
            return stand_in(title, text) if tray.own_item else tray.show_message(title, text)

        return Balloon(show, stand_in.close)

    def notifier(
        self, show_balloon: ShowBalloon, settings: Settings, given: Notifier | None,
        not_set_up: Callable[[], bool],
    ) -> SetUpHintNotifier:
        """The desktop's notifications, then plyer, then the tray balloon, as the settings say (or
        the ``given`` one); the first reminder while ``not_set_up()`` says how to set coaching up."""
        from desk_coach.services.set_up import SetUpHintNotifier

        if given is None:
            from desk_coach.adapters.notify.factory import create_notifier

            given = create_notifier(show_balloon, settings.notifications.style)
        return SetUpHintNotifier(given, not_set_up)

    def autostart(self) -> Autostart:
        from desk_coach.adapters.autostart.factory import autostart_for_platform

        return autostart_for_platform()

    def ensure_desktop_entry(self) -> None:
        """Where no package installed our desktop entry (pip, the bundle), write one: GNOME and
        Plasma name the windows "Desk Coach" with its icon only through it (Linux and the BSDs)."""
        if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            return
        from desk_coach.adapters.autostart.launcher import launch_command
        from desk_coach.adapters.desktop_entry import ensure_desktop_entry

        try:
            written = ensure_desktop_entry(launch_command())
        except OSError as error:
            log.warning("could not write the desktop entry: %s", error)
            return
        log.info("desktop entry: %s", written or "installed by a package")

    # -- the link between launches ------------------------------------------------------------
    @property
    def link_name(self) -> str:
        from desk_coach.adapters.instance_link import link_name

        return link_name(self.paths.data_dir)

    def ask_running_coach(self, request: dict) -> dict:
        """The running coach's reply; raises NoRunningCoach when none runs."""
        from desk_coach.adapters.instance_link import ask_running_coach

        return ask_running_coach(self.link_name, request)

    def coach_is_running(self) -> bool:
        from desk_coach.adapters.instance_link import NoRunningCoach

        try:
            self.ask_running_coach({"command": "status"})
        except NoRunningCoach:
            return False
        return True

    def remember_not_set_up(self) -> None:
        """The first-run marker: the self-check was cancelled, so it is offered at each start."""
        marker = self.paths.first_run_marker
        try:
            marker.touch(mode=0o600)
            marker.write_text("not set up yet\n", encoding="utf-8")
        except OSError as error:  # a full disk or a read-only folder: the marker only remembers
            log.warning("could not write %s (%s); the self-check is offered again", marker, error.strerror)


class SpokenCues:
    """Where a guided routine starting now says its lines, as the settings say (``ui/spoken_aloud``):
    whether a screen reader runs is asked here, once per routine; ``engine`` names a Qt speech
    engine ("" for the system's own)."""

    def __init__(self, settings: Callable[[], Settings], engine: str = "") -> None:
        self._settings = settings
        self._engine = engine

    def __call__(self) -> RoutineSpeech:
        from desk_coach.adapters.screen_reader import screen_reader_running
        from desk_coach.ui.spoken_aloud import SystemSpeech, routine_speech
        from desk_coach.wording.qt_catalogues import current_language

        return routine_speech(self._settings().sounds.spoken_cues, screen_reader_running,
                              lambda: SystemSpeech(current_language(), self._engine))


class CuePlayer:
    """The guided routine's sound cues, as the settings say: None while sounds are off; a lean
    player where there is one, QtMultimedia (~19 MB for the day) only where not. Built once."""

    def __init__(self, settings: Callable[[], Settings]) -> None:
        self._settings = settings
        self._player: PlaySound | None = None

    def __call__(self) -> PlaySound | None:
        sounds = self._settings().sounds
        if not sounds.enabled:
            return None
        if self._player is None:
            from desk_coach.adapters.sound_output import create_sound_player
            from desk_coach.ui.routine.sounds import SOUNDS, QtSoundPlayer

            volume = sounds.volume / 100
            self._player = create_sound_player(SOUNDS, volume, fallback=lambda: QtSoundPlayer(volume))
        return self._player
