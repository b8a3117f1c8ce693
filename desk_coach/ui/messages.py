"""Plain-language windows: start-up notices, the About box and unexpected-error reports.

They are non-modal, so a message never blocks the coach's timers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_coach import APP_NAME, __version__
from desk_coach.wording.translate import translate


def wellness_note() -> str:
    """What Desk Coach is not, in the About box (COACHING.md section 7)."""
    #: In the About box. No medical claims: general wellness guidance only.
    return translate(
        "Messages",
        "Desk Coach offers general fitness and wellness guidance. It is not medical advice and "
        "does not diagnose or treat anything. If you have a health condition, are pregnant or are "
        "unsure, ask a doctor or physiotherapist first. Stop any movement that hurts, makes you "
        "dizzy or short of breath.",
    )


def _non_modal_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    Qt = QtCore.Qt  # looked up here, not imported: building Qt's enums waits until a box is shown
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    #: The button that closes a message window, with a mnemonic like every button.
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Messages", "&OK"))
    return box


def startup_notices_box(notices: Sequence[str], parent: QWidget | None = None) -> QMessageBox:
    """One window listing what needs the user's attention after start-up."""
    box = _non_modal_box(
        QMessageBox.Icon.Warning,
        APP_NAME,
        #: Above the list of problems found at start-up (a damaged file, a setting that was reset).
        translate("Messages", "{app} started, but found something you should know about:").format(
            app=APP_NAME),
        parent,
    )
    box.setInformativeText("\n\n".join(notices))
    return box


def about_box(
    database: Path, settings_file: Path, log_file: Path, parent: QWidget | None = None
) -> QMessageBox:
    #: The About box's title; {app} is Desk Coach.
    title = translate("Messages", "About {app}").format(app=APP_NAME)
    box = _non_modal_box(QMessageBox.Icon.Information, title, f"{APP_NAME} {__version__}", parent)
    #: The About box: what Desk Coach does, in one line.
    what = translate("Messages", "Measures how long you really sit and guides short stretch breaks.")
    #: The About box: where the files are; {history}, {settings} and {log} are paths of files.
    where = translate("Messages", "Your history: {history}\nYour settings: {settings}\nLog: {log}").format(
        history=database, settings=settings_file, log=log_file)
    box.setInformativeText(f"{what}\n\n{wellness_note()}\n\n{where}")
    return box


def storage_box(reason: str, advice: str, parent: QWidget | None = None) -> QMessageBox:
    """Something could not be saved because of the storage itself (full, read-only, locked)."""
    box = _non_modal_box(
        QMessageBox.Icon.Warning,
        APP_NAME,
        #: {app} is Desk Coach; {reason} why it could not save ("the disk that holds your history is full").
        translate(
            "Messages", "{app} could not save what you just did: {reason}. It has carried on running."
        ).format(app=APP_NAME, reason=reason),
        parent,
    )
    box.setInformativeText(advice)
    return box


def error_box(log_file: Path, details: str, parent: QWidget | None = None) -> QMessageBox:
    box = _non_modal_box(
        QMessageBox.Icon.Critical,
        APP_NAME,
        # No promise that nothing was lost: what went wrong may have been the saving itself.
        #: An unexpected error; {app} is Desk Coach.
        translate("Messages", "Something went wrong inside {app}. It has carried on running.").format(
            app=APP_NAME),
        parent,
    )
    #: Under an unexpected error; {log} is the path of the log file.
    where = translate("Messages", "The details were written to the log:\n{log}")
    box.setInformativeText(where.format(log=log_file))
    box.setDetailedText(details)
    _give_details_button_a_mnemonic(box)
    return box


def _give_details_button_a_mnemonic(box: QMessageBox) -> None:
    """Qt's "Show Details..." button has no mnemonic and relabels itself on each click (in the
    language of Qt's own catalogue): "&Details" in English, else its first letter."""
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole and "&" not in button.text():

            def relabel(_checked: bool = False, button=button) -> None:  # after Qt's own relabel
                text = button.text()
                if "&" in text:
                    return
                if "Details" in text:
                    button.setText(text.replace("Details", "&Details", 1))
                    return
                first = next((i for i, char in enumerate(text) if char.isalpha()), None)
                if first is not None:
                    button.setText(text[:first] + "&" + text[first:])

            relabel()
            button.clicked.connect(relabel)


def referral_box(referrals: Sequence[str], parent: QWidget | None = None) -> QMessageBox:
    """After a routine that hurt: stop, and when to see a professional (never blocks)."""
    #: The title of the window after a routine that hurt; {app} is Desk Coach.
    title = translate("Messages", "{app} — please take care").format(app=APP_NAME)
    #: Above what to do about the pain the user reported after a routine.
    heading = translate("Messages", "About the pain you reported:")
    box = _non_modal_box(QMessageBox.Icon.Warning, title, heading, parent)
    box.setInformativeText("\n\n".join(referrals))
    return box
