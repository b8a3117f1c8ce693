"""The `desk-coach` command: starts the tray coach or runs one subcommand.

Subcommands other than `run` never import Qt widgets, so they work over SSH, in scripts and
without a display. Every usage error is one line on stderr and exit status 2.

Each command speaks the user's language (the setting ``language``, else the system's): its
messages, help texts and reports. ``--json`` output stays the same in every language: codes and
numbers, with the words in the user's language in an extra ``..._text`` field.
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
from desk_coach.domain.said import Said, recorded_text, to_data
from desk_coach.wording.say import say
from desk_coach.wording.sentences.command_line import CommandLineCode
from desk_coach.wording.translate import translate

if TYPE_CHECKING:
    from desk_coach.bootstrap import Container, History
    from desk_coach.domain.data_files import Problem
    from desk_coach.domain.settings import Settings
    from desk_coach.services.week_report import WeekReport

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class OneLineParser(argparse.ArgumentParser):
    """An argparse parser whose errors are a single line, not usage plus message."""

    def error(self, message: str) -> NoReturn:
        #: A usage error, on one line: {program} is "desk-coach" or "desk-coach stats"..., {message} what
        #: argparse found wrong (in English: argparse's own words), {command} is "desk-coach".
        line = translate("CommandLine", "{program}: error: {message} (see '{command} --help')")
        self.exit(EXIT_USAGE, line.format(program=self.prog, message=message, command=APP_ID) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=APP_ID,
        description=translate(
            "CommandLine",
            "Desk Coach lives in your system tray, measures how long you really sit and "
            "guides short stretch breaks. With no command it starts the tray coach.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    #: Help of the option --verbose.
    verbose = translate("CommandLine", "log debugging detail")
    parser.add_argument("-v", "--verbose", action="store_true", help=verbose)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    _add_run(commands)
    #: Help of the command "status".
    status_help = translate("CommandLine", "show sitting time, the next break and why the coach is quiet")
    status = commands.add_parser("status", help=status_help)
    #: Help of the option --json of "status".
    status_json = translate("CommandLine", "print the status as JSON")
    status.add_argument("--json", action="store_true", help=status_json)
    #: Help of the command "break".
    commands.add_parser("break", help=translate("CommandLine", "start a break now in the running coach"))
    _add_snooze(commands)
    #: Help of the command "skip".
    skip_help = translate("CommandLine", "skip the break that is due (not in strict mode)")
    commands.add_parser("skip", help=skip_help)
    _add_screen(commands)
    _add_plan(commands)
    _add_stats(commands)
    #: Help of the command "paths".
    paths_help = translate("CommandLine", "show where Desk Coach keeps its data, settings and log")
    commands.add_parser("paths", help=paths_help)
    #: Help of the command "settings".
    settings_help = translate(
        "CommandLine", "show the settings in force and any problem in the settings file"
    )
    settings = commands.add_parser("settings", help=settings_help)
    #: Help of the option --check of "settings".
    check = translate("CommandLine", "only check the file: exit 1 if it has problems")
    settings.add_argument("--check", action="store_true", help=check)
    #: Help of the option --open of "settings".
    open_help = translate("CommandLine", "open the Settings window in the running coach")
    settings.add_argument("--open", action="store_true", help=open_help)
    #: Help of the command "progress".
    progress_help = translate("CommandLine", "open the Progress window in the running coach")
    commands.add_parser("progress", help=progress_help)
    #: Help of the command "about".
    commands.add_parser("about", help=translate("CommandLine", "open the About box in the running coach"))
    _add_export(commands)
    _add_report(commands)
    #: Help of the command "delete-data".
    delete_help = translate("CommandLine", "delete all your Desk Coach data: history, settings and logs")
    delete_data = commands.add_parser("delete-data", help=delete_help)
    #: Help of the option --yes of "delete-data".
    really = translate("CommandLine", "confirm: really delete everything")
    delete_data.add_argument("--yes", action="store_true", help=really)
    return parser


def _add_run(commands: argparse._SubParsersAction) -> None:
    #: Help of the command "run".
    run_help = translate(
        "CommandLine", "start the tray coach (the default); a second start hands over to the running one"
    )
    run = commands.add_parser("run", help=run_help)
    #: A number of seconds in the help ("--test-interval SECONDS"); capitals, no spaces.
    seconds = translate("CommandLine", "SECONDS")
    run.add_argument(
        "--test-interval",
        type=_positive_seconds,
        metavar=seconds,
        #: Help of the option --test-interval; SECONDS as translated in "--test-interval SECONDS".
        help=translate(
            "CommandLine",
            "testing only: remind after SECONDS of sitting, snooze as long, and ignore work hours",
        ),
    )
    run.add_argument(
        "--test-idle",
        type=_positive_seconds,
        metavar=seconds,
        default=None,
        #: Help of the option --test-idle; SECONDS as translated in "--test-idle SECONDS".
        help=translate(
            "CommandLine",
            "testing only: SECONDS without input count as a natural break (with --test-interval)",
        ),
    )


def _add_snooze(commands: argparse._SubParsersAction) -> None:
    #: Help of the command "snooze".
    snooze_help = translate("CommandLine", "put off the break that is due in the running coach")
    snooze = commands.add_parser("snooze", help=snooze_help)
    #: Help of the option --minutes of "snooze"; N is the option's value, a number of minutes.
    minutes_help = translate(
        "CommandLine", "snooze for N minutes, a length the Snooze menu offers (default: the usual one)"
    )
    snooze.add_argument("--minutes", type=int, metavar="N", help=minutes_help)


def _add_screen(commands: argparse._SubParsersAction) -> None:
    #: Help of the command "screen".
    screen_help = translate(
        "CommandLine", "take the self-check in the running coach, or record one from a trainer's file"
    )
    screen = commands.add_parser("screen", help=screen_help)
    screen.add_argument(
        "--from-json",
        #: A file in the help ("--from-json FILE"); capitals, no spaces.
        metavar=translate("CommandLine", "FILE"),
        #: Help of the option --from-json; FILE as translated in "--from-json FILE".
        help=translate(
            "CommandLine",
            "record the self-check a trainer wrote down in FILE, without the wizard "
            "(the format: resources/screen/example-trainer-screen.json; FILE must be a regular "
            "UTF-8 JSON file of at most 1 MiB)",
        ),
    )


def _add_plan(commands: argparse._SubParsersAction) -> None:
    #: Help of the command "plan".
    plan_help = translate(
        "CommandLine", "show today's plan: the daily routine and the next micro-breaks, with reasons"
    )
    plan = commands.add_parser("plan", help=plan_help)
    #: Help of the option --json of "plan".
    plan.add_argument("--json", action="store_true", help=translate("CommandLine", "print the plan as JSON"))
    plan.add_argument(
        "--week",
        action="store_true",
        #: Help of the option --week of "plan".
        help=translate(
            "CommandLine",
            "show the week day by day: moves, doses, weekly minutes per target, pull and push sets",
        ),
    )


def _add_stats(commands: argparse._SubParsersAction) -> None:
    #: Help of the command "stats".
    stats_help = translate(
        "CommandLine", "show the figures of one week: sitting, breaks, routines and exercise"
    )
    stats = commands.add_parser("stats", help=stats_help)
    stats.add_argument(
        "--week",
        type=_iso_week,
        metavar="YYYY-Www",
        #: Help of the option --week of "stats".
        help=translate("CommandLine", "the week to show, numbered as ISO weeks (default: this week)"),
    )
    #: Help of the option --json of "stats".
    json_help = translate("CommandLine", "print the figures as JSON")
    stats.add_argument("--json", action="store_true", help=json_help)


def _add_export(commands: argparse._SubParsersAction) -> None:
    #: Help of the command "export".
    export_help = translate("CommandLine", "export all your Desk Coach data as CSV or JSON")
    export = commands.add_parser("export", help=export_help)
    export.add_argument(
        "--format",
        required=True,
        choices=("csv", "json"),
        #: Help of the option --format of "export"; "csv" and "json" are the option's values.
        help=translate("CommandLine", "csv: a folder; json: one file"),
    )
    export.add_argument(
        "--output",
        required=True,
        #: A path in the help ("--output PATH"); capitals, no spaces.
        metavar=translate("CommandLine", "PATH"),
        #: Help of the option --output of "export"; "json" and "csv" are the values of --format.
        help=translate("CommandLine", "the file (json) or folder (csv) to write"),
    )
    #: Help of the option --force of "export".
    force = translate("CommandLine", "replace an existing output")
    export.add_argument("--force", action="store_true", help=force)


def _add_report(commands: argparse._SubParsersAction) -> None:
    from desk_coach.services.progress_report import DEFAULT_WEEKS

    #: Help of the command "report".
    report_help = translate(
        "CommandLine", "write a PDF of your progress to show a physiotherapist or trainer"
    )
    report = commands.add_parser("report", help=report_help)
    report.add_argument(
        "--weeks",
        type=_report_weeks,
        default=DEFAULT_WEEKS,
        metavar="N",
        #: Help of the option --weeks of "report"; {default} is a number of weeks (12).
        help=translate(
            "CommandLine", "the last N weeks, this one included: 1 to 260 (default: {default})"
        ).format(default=DEFAULT_WEEKS),
    )
    report.add_argument(
        "--output",
        required=True,
        #: A file in the help ("--output FILE"); capitals, no spaces.
        metavar=translate("CommandLine", "FILE"),
        #: Help of the option --output of "report".
        help=translate("CommandLine", "the PDF file to write"),
    )
    report.add_argument(
        "--paper",
        choices=("a4", "letter"),
        #: Help of the option --paper of "report"; "a4" and "letter" are the option's values.
        help=translate("CommandLine", "a4 or letter (default: the one your region uses)"),
    )
    report.add_argument(
        "--name",
        type=_report_name,
        default="",
        #: A name in the help ("--name NAME"); capitals, no spaces.
        metavar=translate("CommandLine", "NAME"),
        #: Help of the option --name of "report".
        help=translate(
            "CommandLine", "the name to print on the report (optional; nothing else identifies you)"
        ),
    )
    #: Help of the option --force of "report".
    force = translate("CommandLine", "replace an existing file")
    report.add_argument("--force", action="store_true", help=force)


def _report_weeks(text: str) -> int:
    from desk_coach.services.progress_report import MAX_WEEKS, MIN_WEEKS

    try:
        weeks = int(text)
    except ValueError:
        weeks = 0
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        #: {text} is what the user typed, quoted; {least} and {most} are 1 and 260.
        message = translate("CommandLine", "{text} is not a number of weeks from {least} to {most}")
        raise argparse.ArgumentTypeError(message.format(text=repr(text), least=MIN_WEEKS, most=MAX_WEEKS))
    return weeks


MAX_NAME_LENGTH = 80


def _report_name(text: str) -> str:
    name = " ".join(text.split())
    if len(name) > MAX_NAME_LENGTH or any(not character.isprintable() for character in name):
        #: {most} is the most characters a name may have (80).
        message = translate("CommandLine", "the name must be one line of at most {most} characters")
        raise argparse.ArgumentTypeError(message.format(most=MAX_NAME_LENGTH))
    return name


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        #: {text} is what the user typed, quoted.
        message = translate("CommandLine", "{text} is not a number of seconds")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    if value <= 0:
        message = translate("CommandLine", "{text} must be more than 0 seconds")
        raise argparse.ArgumentTypeError(message.format(text=repr(text)))
    return value


def _iso_week(text: str) -> str:
    from desk_coach.domain.week_calendar import UnreadableWeek, parse_iso_week

    try:
        parse_iso_week(text)
        return text.strip()
    except UnreadableWeek as error:
        raise argparse.ArgumentTypeError(say(error.said)) from None


def main(argv: Sequence[str] | None = None) -> int:
    keep_new_files_private()
    speak_the_users_language(_container())
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


def speak_the_users_language(container: Container) -> str:
    """Load the language of the setting ``language`` (else the system's) and return its name.

    English needs no catalogue, so a command in English imports no Qt at all; any other
    language loads its catalogues with PySide6.QtCore alone (about 0.1 s), never QtGui.
    """
    from desk_coach.wording import translate as translation
    from desk_coach.wording.language import ENGLISH, PSEUDO_LANGUAGES, choose_language, system_languages

    setting = _language_setting(container)
    asked = system_languages() if setting == "system" else [setting]
    if not asked or (asked[0].partition("_")[0] == ENGLISH and asked[0] not in PSEUDO_LANGUAGES):
        translation.set_backend(None)
        translation.set_number_format(None)
        return ENGLISH
    from desk_coach.wording import qt_catalogues

    language = choose_language(setting, qt_catalogues.available_languages())
    qt_catalogues.use_language(language)
    return language


def _language_setting(container: Container) -> str:
    """The setting ``language`` ("system" when the settings have none, or when it is a group of
    its own with a ``language`` in it)."""
    settings = container.load_settings().settings
    value = getattr(settings, "language", None)
    value = getattr(value, "language", value)
    return str(value) if isinstance(value, str) and value else "system"


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


@contextmanager
def _weeks_read(
    container: Container, settings: Settings, cannot_open: str, cannot_read: str
) -> Iterator[tuple[History, WeekReport]]:
    """The history opened for a read command (``stats``, ``report``) and the user's weeks over it,
    counted with ``settings`` (the locale's first day of the week when they say so)."""
    from desk_coach.adapters.locale_calendar import locale_first_weekday

    with _history(container, cannot_open, cannot_read, create=False) as history:
        yield history, container.week_report(history, lambda: settings, locale_first_weekday)


def _run(args: argparse.Namespace) -> int:
    from desk_coach.ui.qt_loading import load_qt  # Qt widgets are imported only on this path

    load_qt()
    from desk_coach.bootstrap import TestTiming
    from desk_coach.launch import run_tray_app

    interval = getattr(args, "test_interval", None)
    idle = getattr(args, "test_idle", None)
    if idle is not None and interval is None:
        build_parser().error(translate("CommandLine", "--test-idle needs --test-interval"))
    timing = None if interval is None else TestTiming(sit_interval_s=interval, natural_break_s=idle or 180.0)
    return run_tray_app(verbose=args.verbose, test_timing=timing)


NOT_RUNNING = Said(CommandLineCode.NOT_RUNNING)


def _ask_coach(request: dict, *, as_json: bool = False) -> dict | None:
    """Send a request to the running coach; None (and a message) when none runs.

    With ``as_json`` the message is a JSON object on stdout, so a script reading the output
    always gets JSON: ``{"running": false, "error": {"code": ...}, "error_text": "..."}``.
    """
    from desk_coach.adapters.instance_link import NoRunningCoach

    try:
        return _container().ask_running_coach(request)
    except NoRunningCoach:
        if as_json:
            print(json.dumps({"running": False, **_said_fields("error", NOT_RUNNING)}, indent=2))
        else:
            print(say(NOT_RUNNING), file=sys.stderr)
        return None


def _said_fields(name: str, value: Said) -> dict[str, object]:
    """A sentence in JSON: its code and values under ``name``, its words under ``name_text``."""
    return {name: to_data(value), f"{name}_text": say(value)}


def _print_json(document: object) -> None:
    print(json.dumps(with_words(document), indent=2))


def with_words(document: object) -> object:
    """``document`` with the words of each sentence it holds beside it: a field ``reason`` that
    holds a stored sentence (``{"code": ..., "values": {...}}``, ``said.to_data``) gets a field
    ``reason_text`` in the user's language; a list of sentences gets a list of words. The codes
    stay, so a script reads the same JSON in every language."""
    if isinstance(document, list):
        return [with_words(item) for item in document]
    if not isinstance(document, dict):
        return document
    worded: dict[str, object] = {}
    for key, item in document.items():
        worded[key] = with_words(item)
        words = _words_of(item)
        if words is not None and f"{key}_text" not in document:
            worded[f"{key}_text"] = words
    return worded


def _words_of(item: object) -> str | list[str] | None:
    """The words of a stored sentence, or of a list of them; None for anything else."""
    from desk_coach.domain.said import from_data

    def one(data: object) -> str | None:
        if not (isinstance(data, dict) and set(data) == {"code", "values"} and isinstance(data["code"], str)):
            return None
        try:
            return say(from_data(data))
        except ValueError:
            return None

    if isinstance(item, list) and item:
        words = [one(data) for data in item]
        return None if None in words else [word for word in words if word is not None]
    return one(item)


def _status(args: argparse.Namespace) -> int:
    reply = _ask_coach({"command": "status"}, as_json=args.json)
    if reply is None:
        return EXIT_FAILURE
    if "status" not in reply:  # running, but no coach to ask (it could not start)
        error = (
            recorded_text(str(reply["error"])) if "error" in reply else Said(CommandLineCode.NO_STATUS)
        )
        if args.json:
            print(json.dumps({"running": True, **_said_fields("error", error)}, indent=2))
        else:
            print(say(error), file=sys.stderr)
        return EXIT_FAILURE
    status = reply["status"]
    text = _summary_text(status.get("summary", ""))
    if args.json:
        _print_json({**status, "summary_text": text})
    else:
        print(text)
    return EXIT_OK


def _summary_text(summary: object) -> str:
    """The running coach's summary (its codes and values) as one line in this user's language;
    text as it came from a coach of an older version."""
    from desk_coach.domain.said import from_data
    from desk_coach.wording.status_words import status_line

    if isinstance(summary, list):
        return status_line(tuple(from_data(part) for part in summary))
    return str(summary)


def _break(args: argparse.Namespace) -> int:
    reply = _ask_coach({"command": "break"})
    if reply is None:
        return EXIT_FAILURE
    print(translate("CommandLine", "Break started in the running Desk Coach."))
    return EXIT_OK


def _snooze(args: argparse.Namespace) -> int:
    """Snooze the due break for the usual length or ``--minutes``, checked against the settings' list
    here (a usage error) and again by the running coach (its settings may be newer)."""
    from datetime import datetime, timedelta

    from desk_coach.domain.said import said
    from desk_coach.domain.snooze_lengths import SnoozeSaid, is_snooze_length, snooze_lengths

    if args.minutes is not None:
        snooze = _settings_in_force(_container()).snooze
        if not is_snooze_length(snooze, args.minutes):
            wrong = said(SnoozeSaid.NOT_A_LENGTH, minutes=args.minutes, lengths=snooze_lengths(snooze))
            OneLineParser(prog=f"{APP_ID} snooze").error(say(wrong))
    request: dict[str, object] = {"command": "snooze"}
    if args.minutes is not None:
        request["minutes"] = args.minutes
    reply = _ask_coach(request)
    if reply is None:
        return EXIT_FAILURE
    if not reply.get("ok"):
        print(_refusal_words(reply), file=sys.stderr)
        return EXIT_FAILURE
    back = reply.get("until")  # None only if the coach stopped counting meanwhile
    until = datetime.fromisoformat(back) if back else datetime.now() + timedelta(minutes=reply["minutes"])
    print(say(said(SnoozeSaid.SNOOZED_UNTIL, minutes=reply["minutes"], at=f"{until.astimezone():%H:%M}")))
    return EXIT_OK


def _skip(args: argparse.Namespace) -> int:
    """`skip`: as the tray menu's; the coach's refusal (strict mode, nothing due) on stderr."""
    reply = _ask_coach({"command": "skip"})
    if reply is None:
        return EXIT_FAILURE
    if not reply.get("ok"):
        print(_refusal_words(reply), file=sys.stderr)
        return EXIT_FAILURE
    #: Printed by `desk-coach skip` once the running coach skipped the due break.
    print(translate("CommandLine", "Break skipped in the running Desk Coach."))
    return EXIT_OK


def _refusal_words(reply: dict) -> str:
    """The running coach's refusal in this user's language (its words, from an older coach)."""
    words = _words_of(reply.get("said"))
    return words if isinstance(words, str) else str(reply.get("error", ""))


def _screen(args: argparse.Namespace) -> int:
    if args.from_json is None:
        return _open_window(
            "screen", translate("CommandLine", "The self-check is open in the running Desk Coach."),
            translate("CommandLine", "The running Desk Coach cannot open the self-check; restart it."))
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
    from desk_coach.wording.problems import problem_words
    from desk_coach.wording.say import say

    container = _container()
    try:
        content = container.screen_content()
    except ScreenContentError as error:
        #: {error} says what is wrong in the self-check's content file (a file of the app, not the user's).
        damaged = translate(
            "CommandLine", "Desk Coach's self-check content is damaged; nothing was recorded: {error}"
        )
        first = problem_words(error.problems[0]) if error.problems else str(error)
        print(damaged.format(error=first), file=sys.stderr)
        return EXIT_FAILURE
    result = None
    data, refusals = read_trainer_json(file)
    problems = tuple(map(say, refusals))
    if not problems:
        result, found = from_trainer_json(data, content, datetime.now().astimezone(), file)
        problems = tuple(map(problem_words, found))
    if problems or result is None:
        shown = problems[:MAX_PROBLEM_LINES] if len(problems) > MAX_PROBLEM_LINES + 1 else problems
        for problem in shown:
            print(one_line(problem), file=sys.stderr)
        if len(shown) < len(problems):
            left = len(problems) - len(shown)
            #: After the first problems of a trainer's file: how many more it has. {file} is its name.
            more = translate("CommandLine", "{file}: and %n more problem(s)", None, left)
            print(one_line(more.format(file=file)), file=sys.stderr)
        return EXIT_FAILURE
    #: {error} says why (the database's own words).
    not_saved = translate("CommandLine", "The self-check could not be saved: {error}")
    with _history(container, not_saved, not_saved) as history:
        recorded = record_self_check(history.unit_of_work, content, result)
    summary = summarize(result, content, recorded.paused_before, recorded.walk_only_before)
    #: {file} is the trainer's file; {taken} the date and time the check was taken (2026-12-05 14:30).
    recorded_line = translate("CommandLine", "Recorded the self-check from {file} (taken {taken}).")
    print(recorded_line.format(file=one_line(file), taken=f"{result.taken_at:%Y-%m-%d %H:%M}"))
    if result.equipment is not None:
        print(_save_equipment(container, result.equipment))
    sections = (
        #: Headings of the self-check's summary on the command line (followed by a list).
        (translate("CommandLine", "Please note:"), summary.referrals),
        (translate("CommandLine", "Back on:"), summary.resumed),
        (translate("CommandLine", "Found:"), [say(line) for line in summary.found]),
        (translate("CommandLine", "Focus:"), [say(line) for line in summary.focus]),
    )
    for section, lines in sections:
        if lines:
            print(section)
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
    #: What a trainer's file lists as equipment at hand, when it lists nothing.
    listed = ", ".join(to_document(wanted)["coaching"]["equipment"]) or translate("CommandLine", "none")
    if loaded.problems:
        return translate(
            "CommandLine",
            "Equipment at hand ({listed}) was kept with the self-check, but the settings file "
            "has a problem, so the equipment setting was left as it was: set it in Settings, Coaching.",
        ).format(listed=listed)
    if loaded.settings.coaching.equipment != equipment:
        try:
            container.settings_file.save(wanted)
        except OSError as error:
            #: {error} is the system's reason.
            failed = translate(
                "CommandLine",
                "The equipment setting could not be saved ({error}); set it in Settings, Coaching.",
            )
            return failed.format(error=error)
        with suppress(NoRunningCoach):
            container.ask_running_coach({"command": "reload-settings"})
    #: {listed} is the equipment, as the settings file names it ("band, chair").
    now_set = translate(
        "CommandLine", "Equipment at hand, now also the equipment setting the plans follow: {listed}."
    )
    return now_set.format(listed=listed)


def _no_history_plan() -> str:
    return translate(
        "CommandLine", "No history yet, so this is the plan for a first start (nothing was saved)."
    )


def _no_history_stats() -> str:
    return translate("CommandLine", "No history yet, so this week is empty (nothing was saved).")


def _settings_in_force(container: Container):
    """The settings, each problem of the settings file on stderr."""
    loaded = container.load_settings()
    _print_problems(loaded.problems)
    return loaded.settings


def _print_problems(problems: Sequence[Problem]) -> None:
    from desk_coach.wording.problems import problem_words

    for problem in problems:
        print(problem_words(problem), file=sys.stderr)


def _plan(args: argparse.Namespace) -> int:
    """Today's plan from the user's database: the latest screen, the levels and this week."""
    from desk_coach.domain.history import BreakKind
    from desk_coach.services.planning import todays_plan
    from desk_coach.wording.plan_words import explain_plan, todays_plan_document

    container = _container()
    settings = _settings_in_force(container)
    loaded = container.library
    #: {error} says why (the database's own words).
    cannot_open = translate(
        "CommandLine", "Desk Coach cannot open its database, so there is no plan: {error}"
    )
    #: {error} says why (the database's own words).
    cannot_read = translate(
        "CommandLine", "Desk Coach could not read its database, so there is no plan: {error}"
    )
    with _history(container, cannot_open, cannot_read, create=False) as history:
        no_history = history.no_history
        now = container.clock.now()
        if args.week:
            return _plan_week(args, history, loaded, settings, now)
        plans, profile = todays_plan(history.unit_of_work, loaded.library, loaded.rules, settings, now)
    if args.json:
        if no_history:
            print(_no_history_plan(), file=sys.stderr)
        _print_json(todays_plan_document(plans, profile, loaded.library, now))
        return EXIT_OK
    if profile.screened_at is None:
        #: {command} is the command that starts the self-check: desk-coach screen.
        not_set_up = translate(
            "CommandLine",
            "Coaching is not set up yet: walk breaks only until you take the self-check ('{command}').",
        )
        print(not_set_up.format(command=f"{APP_ID} screen"))
        if no_history:
            print(_no_history_plan())
    else:
        #: {day} is the day of the last self-check (2026-12-05).
        planned = translate("CommandLine", "Planned from your movement check of {day}.")
        print(planned.format(day=f"{profile.screened_at:%Y-%m-%d}"))
    micro = 0
    for plan in plans:
        title = None
        if plan.kind == BreakKind.MICRO:
            micro += 1
            #: The title of the second, third... micro-break planned today; {number} is 2, 3...
            later = translate("CommandLine", "Next micro-break {number}").format(number=micro)
            title = later if micro > 1 else translate("CommandLine", "Next micro-break")
        print()
        print("\n".join(explain_plan(plan, loaded.library, title=title)))
    return EXIT_OK


def _plan_week(args: argparse.Namespace, history: History, loaded, settings, now) -> int:
    """``plan --week``: the week's programme day by day and its weekly figures."""
    from desk_coach.services.week_programme import week_programme
    from desk_coach.wording.week_words import week_document, week_lines

    week = week_programme(history.unit_of_work, loaded.library, loaded.rules, settings, now)
    if args.json:
        _print_json(week_document(week, loaded.library))
    else:
        print("\n".join(week_lines(week, loaded.library)))
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    """The figures of one of the user's weeks in the user's time zone, from the user's database.

    Weeks start where the settings say and days begin where the work hours say (midnight, or the
    end of a night shift), as in the Progress window: both read them through the week report.
    """
    from datetime import timedelta

    from desk_coach.services.week_report import with_bout_in_progress
    from desk_coach.wording.figures import time_of_day_words, week_span_words
    from desk_coach.wording.week_stats_words import summary_lines, table_lines

    container = _container()
    settings = _settings_in_force(container)
    #: {error} says why (the database's own words).
    cannot_open = translate(
        "CommandLine", "Desk Coach cannot open its database, so there are no figures: {error}"
    )
    #: {error} says why (the database's own words).
    cannot_read = translate(
        "CommandLine", "Desk Coach could not read its database, so there are no figures: {error}"
    )
    with _weeks_read(container, settings, cannot_open, cannot_read) as (history, report):
        no_history = history.no_history
        stats = report.week_numbered(args.week) if args.week else report.this_week()
        in_progress = 0
        if stats.days[-1].day >= report.today() - timedelta(days=1):  # a bout may still go on
            bout = report.bout_in_progress(_running_coach_sitting_s(container))
            if bout is not None and bout.day in (day.day for day in stats.days):
                in_progress = bout.minutes
                stats = with_bout_in_progress(stats, bout.day, bout.minutes)
    if no_history:
        print(_no_history_stats(), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        _print_json({**stats.to_document(), "bout_in_progress_minutes": in_progress})
        return EXIT_OK
    #: The heading of "desk-coach stats": {week} is the ISO week (2026-W49), {span} its days.
    heading = translate("CommandLine", "Week {week}, {span}")
    print(heading.format(week=stats.week, span=week_span_words(stats.days[0].day, stats.days[-1].day)))
    if in_progress:
        #: Under the heading of "desk-coach stats" while Desk Coach runs and the user sits:
        #: %n is the minutes sat since the last break, counted in the figures below.
        bout_line = translate(
            "CommandLine", "The figures include the %n min sat since your last break (not saved yet).",
            None, in_progress,
        )
        print(bout_line)
    day_start = settings.work_hours.day_start_min
    if day_start:
        #: {begins} is a time of day (06:00): where the work hours put the start of a day.
        runs = translate(
            "CommandLine",
            "Each day runs from {begins} to {begins}, so a night shift counts on the day it began.",
        )
        print(runs.format(begins=time_of_day_words(day_start)))
    print()
    print("\n".join(table_lines(stats)))
    print()
    print("\n".join(summary_lines(stats)))
    return EXIT_OK


def _running_coach_sitting_s(container: Container) -> float:
    """Seconds of the bout in progress, as the running coach's status says; 0 when no coach runs
    (the history then holds every bout) or it cannot say. `stats` adds them to today, as the
    Progress window and the weekly summary do."""
    from desk_coach.adapters.instance_link import NoRunningCoach

    try:
        reply = container.ask_running_coach({"command": "status"})
    except (NoRunningCoach, OSError, ValueError):
        return 0.0
    status = reply.get("status") if isinstance(reply, dict) else None
    if not isinstance(status, dict):
        return 0.0
    seconds = status.get("sitting_seconds")
    if not isinstance(seconds, int | float):  # a coach of an older version: minutes to the tenth
        minutes = status.get("sitting_minutes")
        seconds = minutes * 60 if isinstance(minutes, int | float) else 0.0
    return max(0.0, float(seconds))


def _paths(args: argparse.Namespace) -> int:
    paths = _container().paths
    labels = (
        #: A label of "desk-coach paths", followed by the database's path on the same line.
        translate("CommandLine", "database:"),
        #: A label of "desk-coach paths", followed by the settings file's path on the same line.
        translate("CommandLine", "settings:"),
        #: A label of "desk-coach paths", followed by the log file's path on the same line.
        translate("CommandLine", "log:"),
    )
    width = max(len(label) for label in labels) + 2
    for label, path in zip(labels, (paths.database, paths.settings_file, paths.log_file), strict=True):
        print(f"{label.ljust(width)}{path}")
    return EXIT_OK


def _open_window(command: str, opened: str, cannot: str | None = None) -> int:
    """Ask the running coach to open a window (``screen``, ``progress``, ``settings --open``,
    ``about``); ``opened`` is what the user reads when it did, ``cannot`` when the running coach
    does not know the command. None runs: ``_ask_coach`` says so."""
    reply = _ask_coach({"command": command})
    if reply is None:
        return EXIT_FAILURE
    if not reply.get("ok"):
        if cannot is None:
            #: The running coach is older than this command and does not know it.
            cannot = translate("CommandLine", "The running Desk Coach cannot open this window; restart it.")
        print(cannot, file=sys.stderr)
        return EXIT_FAILURE
    print(opened)
    return EXIT_OK


def _progress(args: argparse.Namespace) -> int:
    #: Printed by "desk-coach progress".
    return _open_window("progress", translate("CommandLine", "Progress is open in the running Desk Coach."))


def _about(args: argparse.Namespace) -> int:
    #: Printed by "desk-coach about".
    return _open_window("about", translate("CommandLine", "The About box is open in the running Desk Coach."))


def _settings(args: argparse.Namespace) -> int:
    from desk_coach.domain.settings import to_document

    if args.open:
        if args.check:
            #: A usage error of "desk-coach settings": the two options exclude each other.
            build_parser().error(translate("CommandLine", "--open and --check cannot be used together"))
        #: Printed by "desk-coach settings --open".
        opened = translate("CommandLine", "Settings are open in the running Desk Coach.")
        return _open_window("settings", opened)
    container = _container()
    loaded = container.load_settings()
    _print_problems(loaded.problems)
    if args.check:
        if not loaded.problems:
            #: "desk-coach settings --check" on a good file; {file} is its path.
            fine = translate("CommandLine", "{file}: no problems")
            print(fine.format(file=container.paths.settings_file))
        return EXIT_FAILURE if loaded.problems else EXIT_OK
    import tomli_w

    #: The first line of "desk-coach settings", a TOML comment (keep the "# "); {file} is the settings file.
    heading = translate("CommandLine", "# settings in force ({file})")
    print(heading.format(file=container.paths.settings_file))
    print(tomli_w.dumps(to_document(loaded.settings)), end="")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desk_coach.services.ports import ExportFailed

    container = _container()
    database = container.paths.database
    output = Path(args.output).expanduser()
    if not database.exists():
        #: {database} is the path where the database would be.
        nothing = translate(
            "CommandLine", "There is no Desk Coach data to export (no database at {database})."
        )
        print(nothing.format(database=database), file=sys.stderr)
        return EXIT_FAILURE
    #: {error} says why (the system's or the database's own words).
    failed = translate("CommandLine", "Export failed: {error}")
    #: {error} says why (the database's own words).
    cannot_open = translate(
        "CommandLine", "Desk Coach cannot open its database, so nothing was exported: {error}"
    )
    with _history(container, cannot_open, failed) as history:
        try:
            container.your_data(history).export(args.format, output, force=args.force)
        except ExportFailed as error:
            print(failed.format(error=error), file=sys.stderr)
            return EXIT_FAILURE
    #: {output} is the file or folder written.
    print(translate("CommandLine", "Exported your Desk Coach data to {output}.").format(output=output))
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    """``report``: the last weeks as a PDF for a physiotherapist or trainer (Qt prints it)."""
    from pathlib import Path


    output = Path(args.output).expanduser()
    problem = report_output_problem(output, force=args.force)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_FAILURE
    container = _container()
    settings = _settings_in_force(container)
    #: {error} says why (the database's own words).
    cannot_open = translate(
        "CommandLine", "Desk Coach cannot open its database, so there is no report: {error}"
    )
    #: {error} says why (the database's own words).
    cannot_read = translate(
        "CommandLine", "Desk Coach could not read its database, so there is no report: {error}"
    )
    from desk_coach.services.progress_report import gather_report
    from desk_coach.services.week_glance import stretch_goals

    loaded = container.library
    with _weeks_read(container, settings, cannot_open, cannot_read) as (history, week_report):
        goals = stretch_goals(loaded.library, loaded.rules, history.unit_of_work, container.clock.now(),
                              settings.coaching.equipment)
        report = gather_report(week_report, history.unit_of_work, container.clock.now, args.weeks,
                               settings.goals.daily_sitting_max_min, goals)
    from desk_coach.ui.report_saving import report_texts, save_report_pdf

    texts = report_texts(container.screen_content, loaded.library)
    if isinstance(texts, str):
        print(texts, file=sys.stderr)
        return EXIT_FAILURE
    done = save_report_pdf(report, output, texts, paper=args.paper, name=args.name)
    print(done.message, file=sys.stdout if done.ok else sys.stderr)
    return EXIT_OK if done.ok else EXIT_FAILURE


def report_output_problem(output, *, force: bool) -> str | None:
    """Why the report cannot be written to ``output`` (before anything is read), or None."""
    folder = output.parent
    if output.is_dir():
        #: {output} is the path given to --output.
        folder_given = translate("CommandLine", "{output} is a folder; give the PDF file's name.")
        return folder_given.format(output=output)
    if not folder.is_dir():
        #: {folder} is the folder of the file given to --output.
        missing = translate("CommandLine", "The folder {folder} does not exist; nothing was written.")
        return missing.format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        #: {folder} is the folder of the file given to --output.
        read_only = translate("CommandLine", "The folder {folder} cannot be written to; nothing was written.")
        return read_only.format(folder=folder)
    if output.exists() and not force:
        #: {output} is the file given to --output; "--force" is the option's name, keep it.
        exists = translate("CommandLine", "{output} already exists; add --force to replace it.")
        return exists.format(output=output)
    return None


def _delete_data(args: argparse.Namespace) -> int:
    from desk_coach.services.your_data import CoachStillRunning
    from desk_coach.wording.say import say

    your_data = _container().your_data(None, refuse_while_running=True)
    if not args.yes:
        found = your_data.files()
        what = (
            ", ".join(str(path) for path in found)
            if found
            #: What "desk-coach delete-data" would delete when there is nothing.
            else translate("CommandLine", "nothing (no Desk Coach files found)")
        )
        #: {what} lists the files and folders; "--yes" is the option's name, keep it.
        would = translate(
            "CommandLine", "This would delete all your Desk Coach data: {what}. Add --yes to do it."
        )
        print(would.format(what=what), file=sys.stderr)
        return EXIT_USAGE
    try:
        removed = your_data.delete_all()
    except CoachStillRunning as error:
        print(say(error.said), file=sys.stderr)
        return EXIT_FAILURE
    except OSError as error:
        #: {error} is the system's reason.
        could_not = translate("CommandLine", "Could not delete all your Desk Coach data: {error}")
        print(could_not.format(error=error), file=sys.stderr)
        return EXIT_FAILURE
    #: %n counts files and folders together.
    deleted = translate(
        "CommandLine", "Deleted all your Desk Coach data (%n file(s) and folder(s)).", None, len(removed)
    )
    print(deleted)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": _run,
    "paths": _paths,
    "settings": _settings,
    "export": _export,
    "delete-data": _delete_data,
    "status": _status,
    "break": _break,
    "snooze": _snooze,
    "skip": _skip,
    "screen": _screen,
    "progress": _progress,
    "about": _about,
    "plan": _plan,
    "stats": _stats,
    "report": _report,
}
