"""What a screen reader gets from every window but Settings and Progress (those are
``test_settings_progress_read_aloud.py``'s), read through AT-SPI and heard through Orca itself, on
the moments issue 17 is about: each self-check page and its title, the guided routine's phases and
switch of sides as they come on their own clock, the pain page, the "End the routine now?" question
after Escape, the emergency page after a yes to chest pain, the plain break window, the status
window, and the message windows (a start-up notice, a storage problem, an unexpected error, a
referral, About). The windows are driven by ``tests/e2e/a11y_report.py`` (the measurement of
issue 17) in ONE desktop with an AT-SPI bus and Orca, shared by this module's tests.

The whole speech log is read, in order, where the moment of an utterance does not matter: on a
loaded machine Orca can lag behind the events by seconds, and an utterance then lands after the
moment the report gives it to.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from screen_reader import SpeechLog

#: The windows (report moments) read here, each with no focusable control left unnamed.
WINDOWS = ("wizard-intro", "wizard-lifestyle", "wizard-work-hours", "wizard-floor", "wizard-equipment",
           "wizard-flags-emergency", "wizard-check-S1-sides", "wizard-summary", "wizard-ready",
           "wizard-emergency", "routine-start", "routine-after-switch", "routine-this-hurts",
           "routine-end-question", "routine-next-exercise", "break-micro", "break-paused", "status-window",
           "startup-notices", "storage-problem", "error", "referral", "about")
MESSAGES = ("startup-notices", "storage-problem", "error", "referral", "about")


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The report's records by moment, and all Orca said, one utterance per entry."""
    from a11y_report import measure

    folder = tmp_path_factory.mktemp("a11y")
    records = {r["shot"]: r for r in measure(folder, "not settings and not progress and not tray")}
    spoken = [line.strip() for line in SpeechLog(folder / "orca-debug.out").spoken()]
    return records, spoken


def after(spoken: list[str], first: str, then: str) -> bool:
    """Orca said ``then`` in the utterance right after one that has ``first``."""
    return any(first in line and then in following for line, following in pairwise(spoken))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_no_window_has_a_focusable_control_without_a_name(heard: tuple[dict, list[str]]) -> None:
    records, _ = heard
    assert set(WINDOWS) <= set(records), sorted(set(WINDOWS) - set(records))
    wizard_pages = [shot for shot in records if shot.startswith("wizard-")]
    assert len(wizard_pages) >= 17, wizard_pages
    measured = [shot for shot, r in records.items() if "controls" in r]
    assert {shot: records[shot]["unnamed"] for shot in measured if records[shot]["unnamed"]} == {}
    empty = [shot for shot in WINDOWS if records[shot]["controls"] == 0]
    assert empty == [], empty


def test_the_focus_is_on_a_named_control_through_the_routine(heard: tuple[dict, list[str]]) -> None:
    records, _ = heard
    for shot in ("routine-start", "routine-after-switch", "routine-this-hurts", "routine-end-question"):
        focused = records[shot]["focused"]
        assert focused and all(not entry.endswith(" ''") for entry in focused), (shot, focused)
    # Escape moves the focus from the hold to the question's default button, never to a bare pane
    assert records["routine-end-question"]["focus"][-1] == "push button 'Keep going'"


def test_the_routine_says_each_phase_and_the_switch_of_sides_on_the_focused_control(
        heard: tuple[dict, list[str]]) -> None:
    records, spoken = heard
    countdown = records["routine-countdown-and-switch"]
    assert countdown["phases"][:3] == ["0:prepare", "0:hold", "0:switch"], countdown["phases"]
    changed = countdown["changed"]  # the lines, as changes of the focused control's description
    for line in ("Hold 1 of 2 · left side. 30 seconds.", "Switch sides. Now the right side. 5 seconds.",
                 "Hold 1 of 2 · right side. 30 seconds."):
        assert any(change.startswith("accessible-description on ") and change.endswith(f": {line}")
                   for change in changed), changed
    # and Orca says them: the exercise and its first step, each phase, the switch, the countdown
    exercise = "Standing split-stance hip-flexor stretch. First: "
    assert any(line.startswith(exercise) for line in spoken), spoken
    assert "Hold 1 of 2 · left side. 30 seconds." in spoken, spoken
    assert any(line.startswith("Switch sides. Now the right side.") for line in spoken), spoken
    assert {"20", "10", "3", "2", "1"} <= set(spoken)


def test_the_next_exercise_says_its_name_and_first_step(heard: tuple[dict, list[str]]) -> None:
    """S during a hold: the next exercise comes up, and with it its name and first step."""
    records, spoken = heard
    following = records["routine-next-exercise"]
    assert "Band row or pull-apart" in following["texts"]
    assert following["unnamed"] == [] and following["focused"] == ['push button "I\'m ready  (Space)"']
    first = "Band row or pull-apart. First: Hold a resistance band"
    assert any(line.startswith(first) for line in spoken), spoken


def test_the_routine_is_no_layered_pane(heard: tuple[dict, list[str]]) -> None:
    """Qt's stack of pages was "layered pane" to Orca at the start and after "This hurts"."""
    _, spoken = heard
    assert "layered pane" not in spoken, [line for line in spoken if "pane" in line]


def test_escape_asks_the_question_aloud(heard: tuple[dict, list[str]]) -> None:
    records, spoken = heard
    assert records["routine-end-question"]["confirming"] is True
    assert after(spoken, "Keep going push button",
                 "End the routine now? What you have done so far still counts."), spoken


def test_the_safety_messages_are_read_whole(heard: tuple[dict, list[str]]) -> None:
    """The emergency page, the pain page and the referral: their text is on the control that has
    the focus or is the alert's own text, and Orca says it."""
    records, spoken = heard
    emergency = records["wizard-emergency"]
    assert any(role == "push button" and name == "Finish" and text.startswith("Please get help now")
               for role, name, text in emergency["described"]), emergency["described"]
    assert after(spoken, "Finish push button", "Please get help now"), [
        line for line in spoken if "Finish" in line or "help now" in line]
    assert any("needs urgent medical care: call your local emergency number" in line for line in spoken)
    pain = records["routine-this-hurts"]
    assert any(role == "push button" and "Please don't push through pain." in text
               for role, _name, text in pain["described"]), pain["described"]
    assert after(spoken, "Go on to the next exercise push button",
                 "Stop here. Please don't push through pain.")
    referral = records["referral"]
    assert referral["role"] == "alert"
    assert any("Please don't push through pain." in text for text in referral["texts"]), referral["texts"]
    assert after(spoken, "alert Desk Coach — please take care",
                 "About the pain you reported: Please don't push")


def test_every_message_window_is_an_alert_orca_reads_aloud(heard: tuple[dict, list[str]]) -> None:
    """A message box is an alert: Orca reads its text as it opens, not only "OK push button"."""
    records, spoken = heard
    assert {shot: records[shot]["role"] for shot in MESSAGES} == dict.fromkeys(MESSAGES, "alert")
    heard_text = [flat(line) for line in spoken]
    assert after(heard_text, "alert Desk Coach.", "could not save what you just did: the folder that holds")
    assert after(heard_text, "alert Desk Coach.", "Something went wrong inside Desk Coach. It has carried on "
                 "running. The details were written to the log:")
    assert after(heard_text, "alert About Desk Coach.", "Measures how long you really sit")


def test_orca_reads_a_start_up_notice(heard: tuple[dict, list[str]]) -> None:
    """A settings file with a value out of range: the notice's window is read with its text."""
    records, spoken = heard
    notice = records["startup-notices"]
    assert any("5 is not a whole number from 20 to 60" in text for text in notice["texts"]), notice["texts"]
    assert after([flat(line) for line in spoken], "alert Desk Coach.",
                 "Desk Coach started, but found something you should know about:"), spoken
    assert any("'breaks.sit_interval_min': 5 is not a whole number from 20 to 60 (minutes); using the "
               "default 30." in line for line in spoken), spoken


def test_each_self_check_page_says_its_title_and_question_once(heard: tuple[dict, list[str]]) -> None:
    records, spoken = heard
    # pages the report reads before it answers them (it answers the first movement checks as they
    # come up, faster than Orca reads a new page: the title was on the control the click left)
    lines = {"wizard-lifestyle": "How you spend your days Tick everything that fits you.",
             "wizard-floor": "Room on the floor Some moves are done lying or kneeling on a mat.",
             "wizard-flags-emergency": "Health questions (1 of 4): How you feel right now Answer for today.",
             "wizard-check-S5": "Movement check: Toe touch How far the backs of your legs",
             "wizard-summary": "Your self-check Press Save and start to begin coaching with this.",
             "wizard-ready": "You are set up Your self-check is saved."}
    for shot, line in lines.items():
        assert any(said.startswith(line) for said in spoken), (shot, line)
    # the page's line once: not again as the change of the focused control's description
    twice = [first for first, then in pairwise(spoken) if first == then and first.split(" ")[0] in
             {"How", "Room", "What", "Health", "Movement", "Your", "You"}]
    assert twice == [], twice
    intro = records["wizard-intro"]
    assert any("Desk Coach started, but found something you should know about" in line
               for line in intro["spoken"] + spoken), intro["spoken"]  # the notices on the first page


def test_the_break_window_is_a_window_with_its_buttons_named(heard: tuple[dict, list[str]]) -> None:
    records, spoken = heard
    for shot in ("break-micro", "break-paused"):
        assert records[shot]["role"] == "frame", records[shot]["role"]
    # What the break is for, said on the focused button ahead of its own description
    said = next((following for line, following in pairwise(spoken) if "I'm back push button." in line), "")
    assert flat(said).startswith("Time to stand up Stand up and walk for a few minutes"), spoken
    assert flat(said).endswith("End the break now (Esc)"), spoken


def test_the_status_window_reads_the_status_line(heard: tuple[dict, list[str]]) -> None:
    records, spoken = heard
    status = records["status-window"]
    assert status["focused"] == ["text 'Status'"], status["focused"]
    assert any(line.startswith("Desk Coach dialog Desk Coach's status") for line in spoken), spoken
    assert any("Sitting 34 min" in text for text in status["texts"]), status["texts"]
