"""The `desk-coach` command: starts the tray coach or runs one subcommand.

Subcommands other than `run` never import Qt widgets, so they work over SSH, in scripts and
without a display. Every usage error is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from desk_coach import APP_ID, __version__

if TYPE_CHECKING:
    from pathlib import Path

    from desk_coach.adapters.storage.database import Database
    from desk_coach.domain.clock import Clock
    from desk_coach.domain.coaching.screening import GateOutcome, ScreenContent, ScreenResult

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class OneLineParser(argparse.ArgumentParser):
    """An argparse parser whose errors are a single line, not usage plus message."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{APP_ID} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=APP_ID,
        description=(
            "Desk Coach lives in your system tray, measures how long you really sit and "
            "guides short stretch breaks. With no command it starts the tray coach."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    run = commands.add_parser(
        "run", help="start the tray coach (the default); a second start hands over to the running one"
    )
    run.add_argument(
        "--test-interval",
        type=_positive_seconds,
        metavar="SECONDS",
        help="testing only: remind after SECONDS of sitting, snooze as long, and ignore work hours",
    )
    run.add_argument(
        "--test-idle",
        type=_positive_seconds,
        metavar="SECONDS",
        default=None,
        help="testing only: SECONDS without input count as a natural break (with --test-interval)",
    )
    status = commands.add_parser(
        "status", help="show sitting time, the next break and why the coach is quiet"
    )
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    commands.add_parser("break", help="start a break now in the running coach")
    screen = commands.add_parser(
        "screen", help="take the self-check in the running coach, or record one from a trainer's file"
    )
    screen.add_argument(
        "--from-json",
        metavar="FILE",
        help="record the self-check a trainer wrote down in FILE, without the wizard "
        "(the format: resources/screen/example-trainer-screen.json; FILE must be a regular "
        "UTF-8 JSON file of at most 1 MiB)",
    )
    plan = commands.add_parser(
        "plan", help="show today's plan: the daily routine and the next micro-breaks, with reasons"
    )
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument(
        "--week",
        action="store_true",
        help="show the week day by day: moves, doses, weekly minutes per target, pull and push sets",
    )
    stats = commands.add_parser(
        "stats", help="show the figures of one week: sitting, breaks, routines and exercise"
    )
    stats.add_argument(
        "--week", type=_iso_week, metavar="YYYY-Www", help="the ISO week to show (default: this week)"
    )
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    commands.add_parser("paths", help="show where Desk Coach keeps its data, settings and log")
    settings = commands.add_parser(
        "settings", help="show the settings in force and any problem in the settings file"
    )
    settings.add_argument(
        "--check", action="store_true", help="only check the file: exit 1 if it has problems"
    )
    export = commands.add_parser("export", help="export all your Desk Coach data as CSV or JSON")
    export.add_argument(
        "--format", required=True, choices=("csv", "json"), help="csv: a folder; json: one file"
    )
    export.add_argument(
        "--output", required=True, metavar="PATH", help="the file (json) or folder (csv) to write"
    )
    export.add_argument("--force", action="store_true", help="replace an existing output")
    delete_data = commands.add_parser(
        "delete-data", help="delete all your Desk Coach data: history, settings and logs"
    )
    delete_data.add_argument("--yes", action="store_true", help="confirm: really delete everything")
    return parser


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0 seconds")
    return value


def _iso_week(text: str) -> tuple:
    from desk_coach.domain.weekly import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: Sequence[str] | None = None) -> int:
    keep_new_files_private()
    args = build_parser().parse_args(argv)
    handler = _COMMANDS[args.command or "run"]
    return handler(args)


def keep_new_files_private() -> None:
    """Whatever umask Desk Coach was started with (000 included), what it creates is the user's
    alone: folders 0700, files 0600. Parent folders created on the way (``~/.local/state``) too,
    as the XDG base directory spec asks. The umask can only take bits away, never add them."""
    os.umask(os.umask(0o077) | 0o077)


def _run(args: argparse.Namespace) -> int:
    from desk_coach.ui.qt_loading import load_qt  # Qt widgets are imported only on this path

    load_qt()
    from desk_coach.app import TestTiming, run_tray_app

    interval = getattr(args, "test_interval", None)
    idle = getattr(args, "test_idle", None)
    if idle is not None and interval is None:
        build_parser().error("--test-idle needs --test-interval")
    timing = None if interval is None else TestTiming(sit_interval_s=interval, natural_break_s=idle or 180.0)
    return run_tray_app(verbose=args.verbose, test_timing=timing)


NOT_RUNNING = "Desk Coach is not running (start it with 'desk-coach')."


def _ask_coach(request: dict, *, as_json: bool = False) -> dict | None:
    """Send a request to the running coach; None (and a message) when none runs.

    With ``as_json`` the message is a JSON object on stdout, so a script reading the output
    always gets JSON: ``{"running": false, "error": "..."}``.
    """
    from desk_coach.adapters.instance_link import NoRunningCoach, ask_running_coach, link_name
    from desk_coach.adapters.paths import AppPaths

    try:
        return ask_running_coach(link_name(AppPaths.for_current_user().data_dir), request)
    except NoRunningCoach:
        if as_json:
            print(json.dumps({"running": False, "error": NOT_RUNNING}, indent=2))
        else:
            print(NOT_RUNNING, file=sys.stderr)
        return None


def _status(args: argparse.Namespace) -> int:
    reply = _ask_coach({"command": "status"}, as_json=args.json)
    if reply is None:
        return EXIT_FAILURE
    if "status" not in reply:  # running, but no coach to ask (it could not start)
        error = str(reply.get("error", "the running Desk Coach gave no status"))
        if args.json:
            print(json.dumps({"running": True, "error": error}, indent=2))
        else:
            print(error, file=sys.stderr)
        return EXIT_FAILURE
    status = reply["status"]
    if args.json:
        print(json.dumps(status, indent=2))
    else:
        print(status["summary"])
    return EXIT_OK


def _break(args: argparse.Namespace) -> int:
    reply = _ask_coach({"command": "break"})
    if reply is None:
        return EXIT_FAILURE
    print("Break started in the running Desk Coach.")
    return EXIT_OK


def _screen(args: argparse.Namespace) -> int:
    if args.from_json is None:
        reply = _ask_coach({"command": "screen"})
        if reply is None:
            return EXIT_FAILURE
        if not reply.get("ok"):
            print("The running Desk Coach cannot open the self-check; restart it.", file=sys.stderr)
            return EXIT_FAILURE
        print("The self-check is open in the running Desk Coach.")
        return EXIT_OK
    return _record_trainer_screen(args.from_json)


MAX_PROBLEM_LINES = 10
"""At most this many problems of a trainer's file are listed, then how many more there are."""


def _record_trainer_screen(file: str) -> int:
    """Check a trainer's file and store its screen; on any problem, say each and store nothing."""
    from datetime import datetime

    from desk_coach.adapters.screen_files import load_screen_content, one_line, read_trainer_json
    from desk_coach.domain.coaching.screen_readers import from_trainer_json
    from desk_coach.domain.coaching.screening import ScreenContentError, gate, summarize

    try:
        content = load_screen_content()
    except ScreenContentError as error:
        print(f"Desk Coach's self-check content is damaged; nothing was recorded: {error}", file=sys.stderr)
        return EXIT_FAILURE
    result = None
    data, problems = read_trainer_json(file)
    if not problems:
        result, found = from_trainer_json(data, content, datetime.now().astimezone(), file)
        problems = tuple(map(str, found))
    if problems or result is None:
        shown = problems[:MAX_PROBLEM_LINES] if len(problems) > MAX_PROBLEM_LINES + 1 else problems
        for problem in shown:
            print(one_line(problem), file=sys.stderr)
        if len(shown) < len(problems):
            print(one_line(f"{file}: and {len(problems) - len(shown)} more problems"), file=sys.stderr)
        return EXIT_FAILURE
    outcome = gate(content, result.red_flags, result.pain_items)
    failure, before = _store_screen(content, result, outcome)
    if failure is not None:
        print(f"The self-check could not be saved: {failure}", file=sys.stderr)
        return EXIT_FAILURE
    summary = summarize(result, content, *before)
    print(f"Recorded the self-check from {one_line(file)} (taken {result.taken_at:%Y-%m-%d %H:%M}).")
    if result.equipment is not None:
        print(_save_equipment(result.equipment))
    sections = (
        ("Please note", summary.referrals),
        ("Back on", summary.resumed),
        ("Found", summary.found),
        ("Focus", summary.focus),
    )
    for section, lines in sections:
        if lines:
            print(f"{section}:")
            print("\n".join(f"  - {line}" for line in lines))
    return EXIT_OK


def _save_equipment(equipment: frozenset) -> str:
    """A trainer's list of what is at hand becomes the equipment setting, which the plans
    follow (a running coach reads it again); returns the line that says what happened."""
    from contextlib import suppress
    from dataclasses import replace

    from desk_coach.adapters.instance_link import NoRunningCoach, ask_running_coach, link_name
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.domain.settings import Coaching, to_document

    paths = AppPaths.for_current_user()
    settings_file = SettingsFile(paths.settings_file)
    loaded = settings_file.load()
    wanted = replace(loaded.settings, coaching=Coaching(equipment))
    listed = ", ".join(to_document(wanted)["coaching"]["equipment"])
    if loaded.problems:
        return (
            f"Equipment at hand ({listed or 'none'}) was kept with the self-check, but the settings file "
            "has a problem, so the equipment setting was left as it was: set it in Settings, Coaching."
        )
    if loaded.settings.coaching.equipment != equipment:
        try:
            settings_file.save(wanted)
        except OSError as error:
            return f"The equipment setting could not be saved ({error}); set it in Settings, Coaching."
        with suppress(NoRunningCoach):
            ask_running_coach(link_name(paths.data_dir), {"command": "reload-settings"})
    return f"Equipment at hand, now also the equipment setting the plans follow: {listed or 'none'}."


def _store_screen(
    content: ScreenContent, result: ScreenResult, outcome: GateOutcome
) -> tuple[str | None, tuple[frozenset, bool]]:
    """Store the screen in the user's database. Returns None when done, else why not in words,
    and the coaching before it (the regions paused, walk breaks only), for what it lifts."""
    from sqlalchemy.exc import SQLAlchemyError

    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.storage.database import DatabaseError, open_database
    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.adapters.system_clock import SystemClock
    from desk_coach.services.screening import coaching_before, record_screen

    nothing: tuple[frozenset, bool] = (frozenset(), False)
    try:
        database = open_database(AppPaths.for_current_user().database, SystemClock())
    except (DatabaseError, OSError) as error:
        return str(error), nothing
    try:
        for notice in database.notices:
            print(notice, file=sys.stderr)
        before = coaching_before(lambda: SqlUnitOfWork(database.engine), result.taken_at)
        record_screen(lambda: SqlUnitOfWork(database.engine), content, result, outcome)
    except (SQLAlchemyError, OSError) as error:
        return str(error), nothing
    finally:
        database.dispose()
    return None, before


NO_HISTORY_PLAN = "No history yet, so this is the plan for a first start (nothing was saved)."
NO_HISTORY_STATS = "No history yet, so this week is empty (nothing was saved)."


def _history_to_read(path: Path, clock: Clock) -> tuple[Database, bool]:
    """The database a read command reads, and whether there is no history yet.

    Read commands create nothing: with no database file they read an empty history held in
    memory instead of creating one.
    """
    from desk_coach.adapters.storage.database import empty_history, open_database

    if not path.exists():
        return empty_history(), True
    return open_database(path, clock), False


def _plan(args: argparse.Namespace) -> int:
    """Today's plan from the user's database: the latest screen, the levels and this week."""
    from sqlalchemy.exc import SQLAlchemyError

    from desk_coach.adapters.exercise_files import load_library
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.adapters.storage.database import DatabaseError
    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.adapters.system_clock import SystemClock
    from desk_coach.domain.coaching.planner import explain_plan
    from desk_coach.domain.history import BreakKind
    from desk_coach.services.planning import todays_plan, todays_plan_document

    paths = AppPaths.for_current_user()
    loaded_settings = SettingsFile(paths.settings_file).load()
    for problem in loaded_settings.problems:
        print(problem, file=sys.stderr)
    loaded = load_library()
    clock = SystemClock()
    try:
        database, no_history = _history_to_read(paths.database, clock)
    except (DatabaseError, OSError) as error:
        print(f"Desk Coach cannot open its database, so there is no plan: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        for notice in database.notices:
            print(notice, file=sys.stderr)
        now = clock.now()
        if args.week:
            return _plan_week(args, database, loaded, loaded_settings.settings, now)
        plans, profile = todays_plan(
            lambda: SqlUnitOfWork(database.engine),
            loaded.library,
            loaded.rules,
            loaded_settings.settings,
            now,
        )
    except (SQLAlchemyError, OSError) as error:
        print(f"Desk Coach could not read its database, so there is no plan: {error}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        database.dispose()
    if args.json:
        if no_history:
            print(NO_HISTORY_PLAN, file=sys.stderr)
        print(json.dumps(todays_plan_document(plans, profile, loaded.library, now), indent=2))
        return EXIT_OK
    if profile.screened_at is None:
        print(
            f"Coaching is not set up yet: walk breaks only until you take the self-check ('{APP_ID} screen')."
        )
        if no_history:
            print(NO_HISTORY_PLAN)
    else:
        print(f"Planned from your movement check of {profile.screened_at:%Y-%m-%d}.")
    micro = 0
    for plan in plans:
        title = None
        if plan.kind == BreakKind.MICRO:
            micro += 1
            title = f"Next micro-break {micro}" if micro > 1 else "Next micro-break"
        print()
        print("\n".join(explain_plan(plan, loaded.library, title=title)))
    return EXIT_OK


def _plan_week(args: argparse.Namespace, database, loaded, settings, now) -> int:
    """``plan --week``: the week's programme day by day and its weekly figures."""
    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.services.week_programme import week_document, week_lines, week_programme

    week = week_programme(lambda: SqlUnitOfWork(database.engine), loaded.library, loaded.rules, settings, now)
    if args.json:
        print(json.dumps(week_document(week, loaded.library), indent=2))
    else:
        print("\n".join(week_lines(week, loaded.library)))
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    """The figures of one ISO week in the user's time zone, from the user's database.

    Days begin where the work hours say (midnight, or the end of a night shift).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.adapters.storage.database import DatabaseError
    from desk_coach.adapters.storage.weekly_stats import day_span_utc, week_stats
    from desk_coach.adapters.system_clock import SystemClock
    from desk_coach.domain.weekly import week_days

    paths = AppPaths.for_current_user()
    loaded_settings = SettingsFile(paths.settings_file).load()
    for problem in loaded_settings.problems:
        print(problem, file=sys.stderr)
    work_hours = loaded_settings.settings.work_hours
    clock = SystemClock()
    days = args.week or week_days(work_hours.day_of(clock.now()))
    start, end = day_span_utc(days, None, work_hours.day_start_min)
    try:
        database, no_history = _history_to_read(paths.database, clock)
    except (DatabaseError, OSError) as error:
        print(f"Desk Coach cannot open its database, so there are no figures: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        for notice in database.notices:
            print(notice, file=sys.stderr)
        with database.engine.connect() as connection:
            stats = week_stats(connection, start, end, days, work_hours.day_start_min)
    except (SQLAlchemyError, OSError) as error:
        print(f"Desk Coach could not read its database, so there are no figures: {error}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        database.dispose()
    if no_history:
        print(NO_HISTORY_STATS, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(stats.to_document(), indent=2))
        return EXIT_OK
    print(f"Week {stats.week}, {days[0]:%a %d %b} to {days[-1]:%a %d %b} {days[-1].year:04d}")
    if work_hours.day_start_min:
        begins = f"{work_hours.day_start_min // 60:02d}:{work_hours.day_start_min % 60:02d}"
        print(f"Each day runs from {begins} to {begins}, so a night shift counts on the day it began.")
    print()
    print("\n".join(stats.table_lines()))
    print()
    print("\n".join(stats.summary_lines()))
    return EXIT_OK


def _paths(args: argparse.Namespace) -> int:
    from desk_coach.adapters.paths import AppPaths

    paths = AppPaths.for_current_user()
    print(f"database:  {paths.database}")
    print(f"settings:  {paths.settings_file}")
    print(f"log:       {paths.log_file}")
    return EXIT_OK


def _settings(args: argparse.Namespace) -> int:
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.domain.settings import to_document

    paths = AppPaths.for_current_user()
    loaded = SettingsFile(paths.settings_file).load()
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    if args.check:
        if not loaded.problems:
            print(f"{paths.settings_file}: no problems")
        return EXIT_FAILURE if loaded.problems else EXIT_OK
    import tomli_w

    print(f"# settings in force ({paths.settings_file})")
    print(tomli_w.dumps(to_document(loaded.settings)), end="")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sqlalchemy.exc import SQLAlchemyError

    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.storage.database import DatabaseError, open_database
    from desk_coach.adapters.storage.export import ExportError, export_data
    from desk_coach.adapters.system_clock import SystemClock

    paths = AppPaths.for_current_user()
    output = Path(args.output).expanduser()
    if not paths.database.exists():
        print(f"There is no Desk Coach data to export (no database at {paths.database}).", file=sys.stderr)
        return EXIT_FAILURE
    clock = SystemClock()
    try:
        database = open_database(paths.database, clock)
    except (DatabaseError, OSError) as error:
        print(f"Desk Coach cannot open its database, so nothing was exported: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        for notice in database.notices:
            print(notice, file=sys.stderr)
        export_data(database.engine, args.format, output, clock.now(), force=args.force)
    except (ExportError, SQLAlchemyError) as error:
        print(f"Export failed: {error}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        database.dispose()
    print(f"Exported your Desk Coach data to {output}.")
    return EXIT_OK


def _delete_data(args: argparse.Namespace) -> int:
    from desk_coach.adapters.data_removal import delete_all_data, files_to_delete
    from desk_coach.adapters.paths import AppPaths

    paths = AppPaths.for_current_user()
    if not args.yes:
        found = files_to_delete(paths)
        what = ", ".join(str(path) for path in found) if found else "nothing (no Desk Coach files found)"
        print(f"This would delete all your Desk Coach data: {what}. Add --yes to do it.", file=sys.stderr)
        return EXIT_USAGE
    from desk_coach.adapters.instance_link import NoRunningCoach, ask_running_coach, link_name

    try:
        ask_running_coach(link_name(paths.data_dir), {"command": "status"})
    except NoRunningCoach:
        pass
    else:
        print("Desk Coach is running; quit it first, then delete your data.", file=sys.stderr)
        return EXIT_FAILURE
    try:
        removed = delete_all_data(paths)
    except OSError as error:
        print(f"Could not delete all your Desk Coach data: {error}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Deleted all your Desk Coach data ({len(removed)} files and folders).")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": _run,
    "paths": _paths,
    "settings": _settings,
    "export": _export,
    "delete-data": _delete_data,
    "status": _status,
    "break": _break,
    "screen": _screen,
    "plan": _plan,
    "stats": _stats,
}
