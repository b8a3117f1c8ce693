"""The real app in German and in Spanish on a real headless desktop (issue 14): the reminder that
reaches the notification daemon, the `desk-coach break` answer, the guided routine's window, its
feedback page and `desk-coach status --json` speak the language that ``LANGUAGE`` names; so do the
first-run self-check, Settings and Progress, opened from the tray menu by their mnemonics.

Every expected text is read from the catalogue itself (``resources/i18n/desk_coach_<lang>.ts``):
the English source is looked up and its translation is what the user must see, so no German or
Spanish word is written here. A text the catalogue does not translate fails the test with a
message naming it. Screenshots (reminder, routine, feedback, self-check, settings, progress, one
per language) go to ``$DESK_COACH_SHOTS`` (else the test's tmp folder), to be looked at.

Test timing as in test_coach_reminders: a break is due after 6 s of sitting.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from contact_sheet import shots_folder
from desktop import HeadlessDesktop
from desktop_fixtures import DESKTOP
from notify_probe import NotifyCall, NotifyMonitor
from test_app_tray import visible_windows, wait_for_icon
from test_coach_reminders import dunst_displayed, keep_working, set_up_coaching, start_coach, status

from desk_coach import APP_NAME
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import from_data
from desk_coach.wording.say import say

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGE_NAMES = {"de": "German", "es": "Spanish"}
#: Qt writes a window's title as "<title> — <application display name>".
TITLE_JOIN = " \N{EM DASH} "

#: What the first reminder says (context "Reminder"): its title, its body (one of these, with the
#: figures filled in) and its buttons.
REMINDER_TITLE = "Time to stand up"
REMINDER_BODIES = (
    "You've been sitting for {sat} min. Stand, walk a few steps and stretch for {minutes} min.",
    "You've been sitting for {sat} min. Stand, walk a few steps and stretch for {seconds} s.",
)
REMINDER_BUTTONS = {"start": "Start", "snooze": "Snooze {minutes} min", "skip": "Skip"}  # with its length


# -- the catalogue -----------------------------------------------------------------------------------


@cache
def catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, English source) -> the finished translation's forms (one, or one per plural form),
    read from ``desk_coach_<language>.ts``; drafts (``unfinished``) and vanished texts are left out."""
    found: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(CATALOGUES / f"desk_coach_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                found[(name, message.findtext("source") or "")] = forms
    return found


def translations(language: str, source: str, context: str | None = None) -> list[str]:
    """Every translation of the English ``source`` in the catalogue (of ``context`` if given, else of
    any context); fails the test, saying which text, when there is none or one is the English."""
    where = f" (context {context})" if context else ""
    found = [form for (ctx, text), forms in catalogue(language).items()
             if text == source and context in (None, ctx) for form in forms]
    file = f"resources/i18n/desk_coach_{language}.ts"
    if not found:
        pytest.fail(f"{file} has no {LANGUAGE_NAMES[language]} translation of the English text "
                    f"{source!r}{where}", pytrace=False)
    if source in found:
        pytest.fail(f"{file} translates the English text {source!r}{where} as the English itself",
                    pytrace=False)
    return found


def translation(language: str, source: str, context: str | None = None) -> str:
    """The one translation of ``source``; fails when the catalogue has several that differ."""
    found = set(translations(language, source, context))
    if len(found) > 1:
        pytest.fail(f"the English text {source!r} has several translations {sorted(found)}: name its context",
                    pytrace=False)
    return found.pop()


def template_pattern(template: str) -> re.Pattern[str]:
    """A translated sentence with ``{placeholders}`` as a pattern its filled-in text matches."""
    parts = re.split(r"\{\w+\}", template)
    return re.compile("(.+?)".join(re.escape(part) for part in parts))


def mnemonic_key(label: str) -> str:
    """xdotool's keys for a button label's mnemonic: "&End now" -> "alt+e"."""
    match = re.search(r"&(\w)", label)
    assert match, f"the label {label!r} has no mnemonic (&)"
    return f"alt+{match.group(1).lower()}"


# -- the desktop and the app in a language -----------------------------------------------------------


@pytest.fixture(params=["de", "es"])
def language(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def desktop_in_language(request: pytest.FixtureRequest, tmp_path: Path, language: str,
                        monkeypatch: pytest.MonkeyPatch) -> Iterator[HeadlessDesktop]:
    """A headless desktop whose programs (the app, the command line) are told ``LANGUAGE=<language>``."""
    monkeypatch.setenv("LANGUAGE", language)
    with HeadlessDesktop(log_dir=tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop
        yield desktop


def command(desktop: HeadlessDesktop, *args: str) -> subprocess.CompletedProcess[str]:
    """``desk-coach ARGS`` as the user runs it, inside the desktop (and its language)."""
    return subprocess.run([sys.executable, "-m", "desk_coach", *args], env=desktop.env,
                          capture_output=True, text=True, timeout=30)


def window_titled(desktop: HeadlessDesktop, title: str) -> list[str]:
    """The visible windows whose title is exactly ``title``."""
    found = desktop.run("xdotool", "search", "--onlyvisible", "--name", ".", check=False).stdout.split()
    return [window for window in found
            if desktop.run("xdotool", "getwindowname", window, check=False).stdout.rstrip("\n") == title]


def window_title(language: str, context: str, source: str) -> str:
    """A window's title as the user sees it: its own title translated, then the app's name."""
    return translation(language, source, context) + TITLE_JOIN + APP_NAME


def open_window(desktop: HeadlessDesktop, title: str) -> str:
    """Wait for the window titled ``title`` and return its id once it is drawn."""
    [window] = desktop.wait_until(lambda: window_titled(desktop, title), timeout=15,
                                  what=f"the window titled {title!r} (from the tray menu: is the mnemonic "
                                       "of its entry unique in the menu?)")
    time.sleep(0.7)  # its first paint
    return window


def close_window(desktop: HeadlessDesktop, window: str, title: str) -> None:
    """Escape, as a user leaves a dialog untouched, and wait until it is gone."""
    press(desktop, window, "Escape")
    desktop.wait_until(lambda: not window_titled(desktop, title), timeout=10, what=f"{title!r} to close")


def choose_from_tray_menu(desktop: HeadlessDesktop, label: str) -> None:
    """Right-click the tray icon and choose the entry ``label`` by its mnemonic, as a user would."""
    x, y, width, height = wait_for_icon(desktop).geometry
    before = visible_windows(desktop)
    desktop.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "3")
    desktop.wait_until(lambda: visible_windows(desktop) - before, timeout=10, what="the tray menu to open")
    time.sleep(0.3)
    desktop.xdotool("key", mnemonic_key(label).removeprefix("alt+"))


def press(desktop: HeadlessDesktop, window: str, keys: str) -> None:
    desktop.run("xdotool", "windowfocus", "--sync", window, "key", keys, check=False)
    time.sleep(0.7)


# -- the test ----------------------------------------------------------------------------------------


def test_the_reminder_the_routine_and_status_speak_the_users_language(
    desktop_in_language: HeadlessDesktop, language: str, tmp_path: Path
) -> None:
    desktop = desktop_in_language
    shots = shots_folder(tmp_path)
    monitor = NotifyMonitor(desktop)
    set_up_coaching(desktop, tmp_path)
    coach = start_coach(desktop)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")

    def reminder() -> NotifyCall | None:
        return next((call for call in monitor.calls()
                     if call.app_name == APP_NAME and "start" in call.actions[::2]), None)

    shown = keep_working(desktop, reminder, 30, "the break reminder on the session bus")
    desktop.wait_until(lambda: dunst_displayed(desktop) == 1, what="dunst to show the reminder")
    desktop.screenshot(shots / f"reminder-{language}.png")
    assert shown.summary == translation(language, REMINDER_TITLE, "Reminder")
    bodies = [body for english in REMINDER_BODIES for body in translations(language, english, "Reminder")]
    assert any(template_pattern(body).fullmatch(shown.body) for body in bodies), (shown.body, bodies)
    keys, labels = shown.actions[::2], shown.actions[1::2]
    assert keys == ["default", "start", "snooze", "skip"]
    for key, label in zip(keys[1:], labels[1:], strict=True):
        button = translation(language, REMINDER_BUTTONS[key], "Reminder")
        assert template_pattern(button).fullmatch(label), (label, button)

    # `desk-coach break` answers in the language and opens the guided routine, titled in it.
    started = command(desktop, "break")
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == translation(language, "Break started in the running Desk Coach.")
    title = window_title(language, "RoutineWindow", "Stretch routine")
    window = open_window(desktop, title)
    desktop.screenshot(shots / f"routine-{language}.png")

    # `status --json` keeps the codes English has and carries the words in the language.
    result = command(desktop, "status", "--json")
    assert result.returncode == 0, result.stderr
    now = json.loads(result.stdout)
    assert now["state"] == "on_break"
    assert now["next_break_kind"] in {kind.value for kind in BreakKind}
    assert all(re.fullmatch(r"[a-z_]+", key) for key in now), sorted(now)
    text_fields = {"summary"}
    neutral = json.dumps({key: value for key, value in now.items() if key not in text_fields})
    assert neutral.isascii(), f"a code field carries words: {neutral}"
    assert "summary" in now, f"status --json gives no codes for its summary: {sorted(now)}"
    parts = [from_data(part) for part in now["summary"]]
    english = [say(part) for part in parts]  # this process speaks English
    shown_parts = now["summary_text"].split(" \N{MIDDLE DOT} ")
    assert len(shown_parts) == len(parts), (now["summary"], english)
    for part, words, text in zip(parts, english, shown_parts, strict=True):
        if part.values:
            assert text != words, f"the summary's part {part.code} is in English: {text!r}"
        else:
            assert text == translation(language, words, "Status")

    # "This hurts" on the first move, end the routine there (its mnemonic is the language's), and
    # the feedback page asks how it went; Escape leaves it as it is.
    press(desktop, window, "h")
    press(desktop, window, mnemonic_key(translation(language, "&End the routine", "RoutineWindow")))
    assert window in window_titled(desktop, title), "the routine closed instead of asking for feedback"
    desktop.screenshot(shots / f"feedback-{language}.png")
    press(desktop, window, "Escape")
    desktop.wait_until(lambda: status(desktop)["state"] != "on_break", timeout=10, what="the break to end")

    coach.terminate()
    assert coach.wait(timeout=20) == 0


def test_the_self_check_settings_and_progress_speak_the_users_language(
    desktop_in_language: HeadlessDesktop, language: str, tmp_path: Path
) -> None:
    desktop = desktop_in_language
    shots = shots_folder(tmp_path)
    coach = start_coach(desktop)
    # A first start opens the self-check by itself. Each window is closed before the next opens
    # (without a window manager they would stack in one place).
    title = window_title(language, "ScreenWizard", "Self-check")
    wizard = open_window(desktop, title)
    desktop.screenshot(shots / f"self-check-{language}.png")
    close_window(desktop, wizard, title)

    choose_from_tray_menu(desktop, translation(language, "S&ettings…", "TrayMenu"))
    title = window_title(language, "Settings", "Settings")
    settings = open_window(desktop, title)
    desktop.screenshot(shots / f"settings-{language}.png")
    close_window(desktop, settings, title)

    choose_from_tray_menu(desktop, translation(language, "Pr&ogress…", "TrayMenu"))
    open_window(desktop, window_title(language, "Progress", "Progress"))
    desktop.screenshot(shots / f"progress-{language}.png")

    coach.terminate()
    assert coach.wait(timeout=20) == 0
