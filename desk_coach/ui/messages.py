"""Plain-language windows: start-up notices, the About box and unexpected-error reports.

They are non-modal, so a message never blocks the coach's timers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_coach import APP_NAME, __version__

WELLNESS_NOTE = (
    "Desk Coach offers general fitness and wellness guidance. It is not medical advice and "
    "does not diagnose or treat anything. If you have a health condition, are pregnant or are "
    "unsure, ask a doctor or physiotherapist first. Stop any movement that hurts, makes you "
    "dizzy or short of breath."
)


def _non_modal_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    Qt = QtCore.Qt  # looked up here, not imported: building Qt's enums waits until a box is shown
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.button(QMessageBox.StandardButton.Ok).setText("&OK")  # a mnemonic, like every button
    return box


def startup_notices_box(notices: Sequence[str], parent: QWidget | None = None) -> QMessageBox:
    """One window listing what needs the user's attention after start-up."""
    box = _non_modal_box(
        QMessageBox.Icon.Warning,
        APP_NAME,
        f"{APP_NAME} started, but found something you should know about:",
        parent,
    )
    box.setInformativeText("\n\n".join(notices))
    return box


def about_box(
    database: Path, settings_file: Path, log_file: Path, parent: QWidget | None = None
) -> QMessageBox:
    box = _non_modal_box(
        QMessageBox.Icon.Information, f"About {APP_NAME}", f"{APP_NAME} {__version__}", parent
    )
    box.setInformativeText(
        "Measures how long you really sit and guides short stretch breaks.\n\n"
        f"{WELLNESS_NOTE}\n\n"
        f"Your history: {database}\nYour settings: {settings_file}\nLog: {log_file}"
    )
    return box


def storage_box(reason: str, advice: str, parent: QWidget | None = None) -> QMessageBox:
    """Something could not be saved because of the storage itself (full, read-only, locked)."""
    box = _non_modal_box(
        QMessageBox.Icon.Warning,
        APP_NAME,
        f"{APP_NAME} could not save what you just did: {reason}. It has carried on running.",
        parent,
    )
    box.setInformativeText(advice)
    return box


def error_box(log_file: Path, details: str, parent: QWidget | None = None) -> QMessageBox:
    box = _non_modal_box(
        QMessageBox.Icon.Critical,
        APP_NAME,
        # No promise that nothing was lost: what went wrong may have been the saving itself.
        f"Something went wrong inside {APP_NAME}. It has carried on running.",
        parent,
    )
    box.setInformativeText(f"The details were written to the log:\n{log_file}")
    box.setDetailedText(details)
    _give_details_button_a_mnemonic(box)
    return box


def _give_details_button_a_mnemonic(box: QMessageBox) -> None:
    """Qt's "Show Details..." button has no mnemonic and relabels itself on each click."""
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole and "&" not in button.text():

            def relabel(_checked: bool = False, button=button) -> None:  # after Qt's own relabel
                if "&" not in button.text():
                    button.setText(button.text().replace("Details", "&Details", 1))

            relabel()
            button.clicked.connect(relabel)


def referral_box(referrals: Sequence[str], parent: QWidget | None = None) -> QMessageBox:
    """After a routine that hurt: stop, and when to see a professional (never blocks)."""
    box = _non_modal_box(
        QMessageBox.Icon.Warning, f"{APP_NAME} — please take care", "About the pain you reported:", parent
    )
    box.setInformativeText("\n\n".join(referrals))
    return box
