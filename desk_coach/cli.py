"""The `desk-coach` command: starts the tray coach or runs one subcommand.

Subcommands other than `run` never import Qt widgets, so they work over SSH, in scripts and
without a display. Every usage error is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from desk_coach import APP_ID, __version__

if TYPE_CHECKING:
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
        help="testing only: remind after SECONDS of sitting and ignore work hours",
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
        "(the format: resources/screen/example-trainer-screen.json)",
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
    args = build_parser().parse_args(argv)
    handler = _COMMANDS[args.command or "run"]
    return handler(args)


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


def _ask_coach(request: dict) -> dict | None:
    """Send a request to the running coach; None (and a message) when none runs."""
    from desk_coach.adapters.instance_link import NoRunningCoach, ask_running_coach, link_name
    from desk_coach.adapters.paths import AppPaths

    try:
        return ask_running_coach(link_name(AppPaths.for_current_user().data_dir), request)
    except NoRunningCoach:
        print("Desk Coach is not running (start it with 'desk-coach').", file=sys.stderr)
        return None


def _status(args: argparse.Namespace) -> int:
    reply = _ask_coach({"command": "status"})
    if reply is None:
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


def _record_trainer_screen(file: str) -> int:
    """Check a trainer's file and store its screen; on any problem, say each and store nothing."""
    from datetime import datetime

    from desk_coach.adapters.screen_files import load_screen_content, read_trainer_json
    from desk_coach.domain.coaching.screening import ScreenContentError, from_trainer_json, gate, summarize

    try:
        content = load_screen_content()
    except ScreenContentError as error:
        print(f"Desk Coach's self-check content is damaged; nothing was recorded: {error}", file=sys.stderr)
        return EXIT_FAILURE
    result = None
    data, problems = read_trainer_json(file)
    if not problems:
        result, problems = from_trainer_json(data, content, datetime.now().astimezone())
        problems = tuple(f"{file}: {problem}" for problem in problems)
    if problems or result is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_FAILURE
    outcome = gate(content, result.red_flags, result.pain_items)
    failure = _store_screen(content, result, outcome)
    if failure is not None:
        print(f"The self-check could not be saved: {failure}", file=sys.stderr)
        return EXIT_FAILURE
    summary = summarize(result, content)
    print(f"Recorded the self-check from {file} (taken {result.taken_at:%Y-%m-%d %H:%M}).")
    sections = (("Found", summary.found), ("Please note", summary.referrals), ("Focus", summary.focus))
    for section, lines in sections:
        if lines:
            print(f"{section}:")
            print("\n".join(f"  - {line}" for line in lines))
    return EXIT_OK


def _store_screen(content: ScreenContent, result: ScreenResult, outcome: GateOutcome) -> str | None:
    """Store the screen in the user's database; None when done, else why not in words."""
    from sqlalchemy.exc import SQLAlchemyError

    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.storage.database import DatabaseError, open_database
    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.adapters.system_clock import SystemClock
    from desk_coach.services.screening import record_screen

    try:
        database = open_database(AppPaths.for_current_user().database, SystemClock())
    except (DatabaseError, OSError) as error:
        return str(error)
    try:
        for notice in database.notices:
            print(notice, file=sys.stderr)
        record_screen(lambda: SqlUnitOfWork(database.engine), content, result, outcome)
    except (SQLAlchemyError, OSError) as error:
        return str(error)
    finally:
        database.dispose()
    return None


def _plan(args: argparse.Namespace) -> int:
    """Today's plan from the user's database: the latest screen, the levels and this week."""
    from sqlalchemy.exc import SQLAlchemyError

    from desk_coach.adapters.exercise_files import load_library
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.adapters.storage.database import DatabaseError, open_database
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
        database = open_database(paths.database, clock)
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
        print(json.dumps(todays_plan_document(plans, profile, loaded.library, now), indent=2))
        return EXIT_OK
    if profile.screened_at is None:
        print(
            "No movement check yet, so this is the desk-worker start: hip flexors and chest first. "
            f"Take the check with '{APP_ID} screen'."
        )
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
    """The figures of one ISO week in the user's time zone, from the user's database."""
    from datetime import UTC, datetime, time, timedelta

    from sqlalchemy.exc import SQLAlchemyError

    from desk_coach.adapters.paths import AppPaths
    from desk_coach.adapters.storage.database import DatabaseError, open_database
    from desk_coach.adapters.storage.weekly_stats import week_stats
    from desk_coach.adapters.system_clock import SystemClock
    from desk_coach.domain.weekly import week_days

    clock = SystemClock()
    days = args.week or week_days(clock.now().date())
    start = datetime.combine(days[0], time()).astimezone().astimezone(UTC)
    end = datetime.combine(days[-1] + timedelta(days=1), time()).astimezone().astimezone(UTC)
    try:
        database = open_database(AppPaths.for_current_user().database, clock)
    except (DatabaseError, OSError) as error:
        print(f"Desk Coach cannot open its database, so there are no figures: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        for notice in database.notices:
            print(notice, file=sys.stderr)
        with database.engine.connect() as connection:
            stats = week_stats(connection, start, end, days)
    except (SQLAlchemyError, OSError) as error:
        print(f"Desk Coach could not read its database, so there are no figures: {error}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        database.dispose()
    if args.json:
        print(json.dumps(stats.to_document(), indent=2))
        return EXIT_OK
    kinds = ("taken", "natural", "snoozed", "skipped", "quiet_delayed")
    print(f"Week {stats.week}")
    header = f"{'day':<10} {'sat':>7} {'longest':>7} " + " ".join(f"{k[:7]:>7}" for k in kinds)
    print(header + f" {'routines':>8} {'exercise':>8}")
    rows = [
        (
            f"{d.day:%a %d}",
            d.sitting_minutes,
            d.longest_bout_minutes,
            d.breaks,
            d.routines_completed,
            sum(d.exercise_minutes.values()),
        )
        for d in stats.days
    ]
    rows.append(
        (
            "week",
            stats.sitting_minutes,
            stats.longest_bout_minutes,
            stats.breaks,
            stats.routines_completed,
            sum(stats.exercise_minutes.values()),
        )
    )
    for label, sat, longest, breaks, routines, exercise in rows:
        counts = " ".join(f"{breaks.get(k, 0):>7}" for k in kinds)
        print(f"{label:<10} {sat:>7.0f} {longest:>7.0f} {counts} {routines:>8} {exercise:>8.0f}")
    print("(minutes)")
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
