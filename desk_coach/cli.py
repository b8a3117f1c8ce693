"""The `desk-coach` command: starts the tray coach or runs one subcommand.

Subcommands other than `run` never import Qt widgets, so they work over SSH, in scripts and
without a display. Every usage error is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from desk_coach import APP_ID, __version__

if TYPE_CHECKING:
    from desk_coach.bootstrap import Container, History

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
        "--week",
        type=_iso_week,
        metavar="YYYY-Www",
        help="the week to show, numbered as ISO weeks (default: this week)",
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


def _iso_week(text: str) -> str:
    from desk_coach.domain.week_calendar import parse_iso_week

    try:
        parse_iso_week(text)
        return text.strip()
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: Sequence[str] | None = None) -> int:
    keep_new_files_private()
    args = build_parser().parse_args(argv)
    handler = _COMMANDS[args.command or "run"]
    try:
        return handler(args)
    except CommandFailed:
        return EXIT_FAILURE


def keep_new_files_private() -> None:
    """Whatever umask Desk Coach was started with (000 included), what it creates is the user's
    alone: folders 0700, files 0600. Parent folders created on the way (``~/.local/state``) too,
    as the XDG base directory spec asks. The umask can only take bits away, never add them."""
    os.umask(os.umask(0o077) | 0o077)


class CommandFailed(Exception):
    """The command said what went wrong on stderr; it exits with status 1."""


def _container() -> Container:
    from desk_coach.bootstrap import Container

    return Container()


@contextmanager
def _history(
    container: Container, cannot_open: str, cannot_read: str, *, create: bool = True
) -> Iterator[History]:
    """The user's history for one command: its notices on stderr, closed afterwards.

    ``create=False`` (read commands): with no database yet, an empty one in memory, and nothing
    created. A database that cannot be opened, or read, is one line on stderr (``cannot_open`` or
    ``cannot_read``, with ``{error}`` in it) and CommandFailed.
    """
    from desk_coach.bootstrap import HistoryUnavailable

    try:
        with container.history(create=create) as history:
            for notice in history.notices:
                print(notice, file=sys.stderr)
            yield history
    except HistoryUnavailable as error:
        print((cannot_open if error.opening else cannot_read).format(error=error), file=sys.stderr)
        raise CommandFailed from error


def _run(args: argparse.Namespace) -> int:
    from desk_coach.ui.qt_loading import load_qt  # Qt widgets are imported only on this path

    load_qt()
    from desk_coach.bootstrap import TestTiming
    from desk_coach.launch import run_tray_app

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
    from desk_coach.adapters.instance_link import NoRunningCoach

    try:
        return _container().ask_running_coach(request)
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

    from desk_coach.adapters.screen_files import one_line, read_trainer_json
    from desk_coach.domain.coaching.screen_readers import from_trainer_json
    from desk_coach.domain.coaching.screening import ScreenContentError, summarize
    from desk_coach.services.screening import record_self_check
    from desk_coach.wording.say import say

    container = _container()
    try:
        content = container.screen_content()
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
    not_saved = "The self-check could not be saved: {error}"
    with _history(container, not_saved, not_saved) as history:
        recorded = record_self_check(history.unit_of_work, content, result)
    summary = summarize(result, content, recorded.paused_before, recorded.walk_only_before)
    print(f"Recorded the self-check from {one_line(file)} (taken {result.taken_at:%Y-%m-%d %H:%M}).")
    if result.equipment is not None:
        print(_save_equipment(container, result.equipment))
    sections = (
        ("Please note", summary.referrals),
        ("Back on", summary.resumed),
        ("Found", [say(line) for line in summary.found]),
        ("Focus", [say(line) for line in summary.focus]),
    )
    for section, lines in sections:
        if lines:
            print(f"{section}:")
            print("\n".join(f"  - {line}" for line in lines))
    return EXIT_OK


def _save_equipment(container: Container, equipment: frozenset) -> str:
    """A trainer's list of what is at hand becomes the equipment setting, which the plans
    follow (a running coach reads it again); returns the line that says what happened."""
    from contextlib import suppress
    from dataclasses import replace

    from desk_coach.adapters.instance_link import NoRunningCoach
    from desk_coach.domain.settings import Coaching, to_document

    loaded = container.load_settings()
    wanted = replace(loaded.settings, coaching=Coaching(equipment))
    listed = ", ".join(to_document(wanted)["coaching"]["equipment"])
    if loaded.problems:
        return (
            f"Equipment at hand ({listed or 'none'}) was kept with the self-check, but the settings file "
            "has a problem, so the equipment setting was left as it was: set it in Settings, Coaching."
        )
    if loaded.settings.coaching.equipment != equipment:
        try:
            container.settings_file.save(wanted)
        except OSError as error:
            return f"The equipment setting could not be saved ({error}); set it in Settings, Coaching."
        with suppress(NoRunningCoach):
            container.ask_running_coach({"command": "reload-settings"})
    return f"Equipment at hand, now also the equipment setting the plans follow: {listed or 'none'}."


NO_HISTORY_PLAN = "No history yet, so this is the plan for a first start (nothing was saved)."
NO_HISTORY_STATS = "No history yet, so this week is empty (nothing was saved)."


def _settings_in_force(container: Container):
    """The settings, each problem of the settings file on stderr."""
    loaded = container.load_settings()
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    return loaded.settings


def _plan(args: argparse.Namespace) -> int:
    """Today's plan from the user's database: the latest screen, the levels and this week."""
    from desk_coach.domain.history import BreakKind
    from desk_coach.services.planning import todays_plan
    from desk_coach.wording.plan_words import explain_plan, todays_plan_document

    container = _container()
    settings = _settings_in_force(container)
    loaded = container.library
    with _history(container, "Desk Coach cannot open its database, so there is no plan: {error}",
                  "Desk Coach could not read its database, so there is no plan: {error}",
                  create=False) as history:
        no_history = history.no_history
        now = container.clock.now()
        if args.week:
            return _plan_week(args, history, loaded, settings, now)
        plans, profile = todays_plan(history.unit_of_work, loaded.library, loaded.rules, settings, now)
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


def _plan_week(args: argparse.Namespace, history: History, loaded, settings, now) -> int:
    """``plan --week``: the week's programme day by day and its weekly figures."""
    from desk_coach.services.week_programme import week_programme
    from desk_coach.wording.week_words import week_document, week_lines

    week = week_programme(history.unit_of_work, loaded.library, loaded.rules, settings, now)
    if args.json:
        print(json.dumps(week_document(week, loaded.library), indent=2))
    else:
        print("\n".join(week_lines(week, loaded.library)))
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    """The figures of one of the user's weeks in the user's time zone, from the user's database.

    Weeks start where the settings say and days begin where the work hours say (midnight, or the
    end of a night shift), as in the Progress window: both read them through the week report.
    """
    from desk_coach.adapters.locale_calendar import locale_first_weekday
    from desk_coach.domain.figures import time_of_day_words, week_span_words
    from desk_coach.wording.week_stats_words import summary_lines, table_lines

    container = _container()
    settings = _settings_in_force(container)
    with _history(container, "Desk Coach cannot open its database, so there are no figures: {error}",
                  "Desk Coach could not read its database, so there are no figures: {error}",
                  create=False) as history:
        no_history = history.no_history
        report = container.week_report(history, lambda: settings, locale_first_weekday)
        stats = report.week_numbered(args.week) if args.week else report.this_week()
    if no_history:
        print(NO_HISTORY_STATS, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(stats.to_document(), indent=2))
        return EXIT_OK
    print(f"Week {stats.week}, {week_span_words(stats.days[0].day, stats.days[-1].day)}")
    day_start = settings.work_hours.day_start_min
    if day_start:
        begins = time_of_day_words(day_start)
        print(f"Each day runs from {begins} to {begins}, so a night shift counts on the day it began.")
    print()
    print("\n".join(table_lines(stats)))
    print()
    print("\n".join(summary_lines(stats)))
    return EXIT_OK


def _paths(args: argparse.Namespace) -> int:
    paths = _container().paths
    print(f"database:  {paths.database}")
    print(f"settings:  {paths.settings_file}")
    print(f"log:       {paths.log_file}")
    return EXIT_OK


def _settings(args: argparse.Namespace) -> int:
    from desk_coach.domain.settings import to_document

    container = _container()
    loaded = container.load_settings()
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    if args.check:
        if not loaded.problems:
            print(f"{container.paths.settings_file}: no problems")
        return EXIT_FAILURE if loaded.problems else EXIT_OK
    import tomli_w

    print(f"# settings in force ({container.paths.settings_file})")
    print(tomli_w.dumps(to_document(loaded.settings)), end="")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desk_coach.services.ports import ExportFailed

    container = _container()
    database = container.paths.database
    output = Path(args.output).expanduser()
    if not database.exists():
        print(f"There is no Desk Coach data to export (no database at {database}).", file=sys.stderr)
        return EXIT_FAILURE
    with _history(container, "Desk Coach cannot open its database, so nothing was exported: {error}",
                  "Export failed: {error}") as history:
        try:
            container.your_data(history).export(args.format, output, force=args.force)
        except ExportFailed as error:
            print(f"Export failed: {error}", file=sys.stderr)
            return EXIT_FAILURE
    print(f"Exported your Desk Coach data to {output}.")
    return EXIT_OK


def _delete_data(args: argparse.Namespace) -> int:
    from desk_coach.services.your_data import CoachStillRunning
    from desk_coach.wording.say import say

    your_data = _container().your_data(None, refuse_while_running=True)
    if not args.yes:
        found = your_data.files()
        what = ", ".join(str(path) for path in found) if found else "nothing (no Desk Coach files found)"
        print(f"This would delete all your Desk Coach data: {what}. Add --yes to do it.", file=sys.stderr)
        return EXIT_USAGE
    try:
        removed = your_data.delete_all()
    except CoachStillRunning as error:
        print(say(error.said), file=sys.stderr)
        return EXIT_FAILURE
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
