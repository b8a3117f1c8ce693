"""The Settings window: every key of the settings schema, laid out from the schema itself.

Nothing here names a particular setting except start-at-login, which is also applied to the
desktop: a key added to ``settings/schema.toml`` (and the model) appears by itself, under its
group, with the editor for its type (see ``settings_fields``). Whether values are acceptable is
decided by the domain's ``validate``, the same check the settings file gets on loading.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk_coach import APP_NAME
from desk_coach.domain.settings import (
    KeySpec,
    Settings,
    SettingsProblem,
    SettingsSchema,
    defaults,
    to_document,
    validate,
)
from desk_coach.services.ports import Autostart
from desk_coach.ui.close_keys import close_on_keys
from desk_coach.ui.settings_fields import FieldEditor, editor_for, problem_color

log = logging.getLogger(__name__)

# The one key that is also a fact of the desktop: the dialog shows what the desktop says and applies it.
AUTOSTART_KEY = "startup.autostart"
_SOURCE = "Settings window"  # validate() names a source; the dialog's messages leave it out
# What "Delete all my data…" removes, as the confirmation names it.
DELETE_WHAT = (
    "your sitting and break history, your routines and exercise results, your screening answers, "
    "your exercise levels and paused areas, your settings and Desk Coach's log; Desk Coach then quits"
)


def group_title(name: str) -> str:
    """A group's heading: ``"work_hours"`` -> ``"Work hours"``."""
    return name.replace("_", " ").capitalize()


def _short(description: str) -> str:
    """The first phrase of a description, to name a setting inside a sentence."""
    return re.split(r"[:;.]", description, maxsplit=1)[0].strip()


class SettingsDialog(QDialog):
    """Desk Coach Settings: edit every setting, see what is wrong next to it, save or cancel.

    ``save`` is called with the edited Settings when the user presses Save (the app passes
    ``SettingsFile.save``); if it raises OSError or ValueError, the dialog says so and stays
    open. ``autostart``, when given, decides what the start-at-login check box shows on
    opening, and is set to match it on Save. Cancel (or Escape, or closing the window) saves
    and applies nothing.

    ``export_data``, when given, shows "Export my data…": it asks for a .json file name and is
    called with that path. ``delete_data``, when given, shows "Delete all my data…": it asks
    for confirmation, naming what goes, and only then is called. Either may raise OSError or
    ValueError; the dialog then shows the error and stays open. Neither closes the dialog.

    Signals:
        settings_saved(Settings): ``save`` succeeded; carries exactly the Settings it was given.
            Emitted before the dialog closes with ``accepted``.
        (inherited) accepted(), rejected(), finished(int): as for any QDialog; Cancel rejects.
    """

    settings_saved = Signal(Settings)

    def __init__(
        self,
        schema: SettingsSchema,
        settings: Settings,
        save: Callable[[Settings], None],
        autostart: Autostart | None = None,
        parent: QWidget | None = None,
        *,
        export_data: Callable[[Path], None] | None = None,
        delete_data: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._built = False  # palette changes before the end of __init__ have nothing to re-colour
        self._schema = schema
        self._save = save
        self._autostart = autostart
        self._export_data = export_data
        self._delete_data = delete_data
        self.setWindowTitle("Settings")
        self.setObjectName("settings-dialog")

        self._nav = QListWidget(self)
        self._nav.setAccessibleName("Setting groups")
        self._pages = QStackedWidget(self)
        self._editors: dict[str, FieldEditor] = {}
        self._nav_items: dict[str, QListWidgetItem] = {}
        for group in schema.groups:
            self._add_group(group.name, group.about, group.keys)
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._nav.setIconSize(QSize(icon_size, icon_size))
        self._no_icon = _blank_icon(icon_size)  # keeps the names in line when a warning appears
        for item in self._nav_items.values():
            item.setIcon(self._no_icon)
        self._nav.currentRowChanged.connect(self._pages.setCurrentIndex)
        self._nav.setCurrentRow(0)
        self._fit_nav_width()

        self._status = QLabel(self)
        self._status.setObjectName("settings-status")
        self._status.setWordWrap(True)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.hide()

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.save_button: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = self._buttons.button(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        # Every button has a mnemonic (&), unique within the dialog.
        self.save_button.setText("&Save")
        self.cancel_button.setText("&Cancel")
        self.restore_button.setText("&Restore Defaults")
        self.restore_button.setToolTip("Put every setting back to its default; nothing is saved until Save.")
        self._buttons.accepted.connect(self._on_save)
        self._buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)

        self.export_button = QPushButton("&Export my data…", self)
        self.export_button.setToolTip("Save everything Desk Coach has recorded about you to a JSON file.")
        self.export_button.setVisible(export_data is not None)
        self.export_button.clicked.connect(self.export_data)
        self.delete_button = QPushButton("&Delete all my data…", self)
        self.delete_button.setToolTip("Remove everything Desk Coach has recorded about you; asks first.")
        self.delete_button.setVisible(delete_data is not None)
        self.delete_button.clicked.connect(self.delete_data)
        data_row = QHBoxLayout()
        data_row.addWidget(self.export_button)
        data_row.addWidget(self.delete_button)
        data_row.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self._nav)
        body.addWidget(self._pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self._status)
        layout.addLayout(data_row)
        layout.addWidget(self._buttons)
        self._set_tab_order()
        self._close_shortcut = close_on_keys(self, self.reject)  # Escape, Ctrl+W: as Cancel

        document = to_document(settings)
        if autostart is not None and AUTOSTART_KEY in self._editors:
            table, _, name = AUTOSTART_KEY.partition(".")
            document[table][name] = autostart.is_enabled()  # what the desktop will really do
        self._load(document)
        for editor in self._editors.values():
            editor.edited.connect(self._revalidate)
        self._built = True

    # -- public -----------------------------------------------------------------------------------

    @property
    def editors(self) -> Mapping[str, FieldEditor]:
        """Each key's editor by dotted key (``"breaks.sit_interval_min"``), in schema order."""
        return dict(self._editors)

    def edited_settings(self) -> tuple[Settings, list[SettingsProblem]]:
        """The settings as edited now, and what is wrong with them (empty when Save may proceed)."""
        return validate(self._schema, self._document(), _SOURCE)

    def problems(self) -> dict[str, str]:
        """The message of every field that has one, by dotted key."""
        return {key: e.message for key, e in self._editors.items() if e.message is not None}

    def show_group(self, name: str) -> None:
        """Bring the page of group ``name`` forward."""
        self._nav.setCurrentItem(self._nav_items[name])

    def restore_defaults(self) -> None:
        """Show the default of every setting; nothing is saved or applied until Save."""
        self._load(to_document(defaults(self._schema)))
        self._status.hide()

    def sizeHint(self) -> QSize:
        """Room for a page of fields without scrolling, in text units (so it scales with the font
        and the screen), but never more than most of the screen."""
        metrics = self.fontMetrics()
        roomy = QSize(self._nav.width() + metrics.averageCharWidth() * 70, metrics.lineSpacing() * 40)
        size = super().sizeHint().expandedTo(roomy)
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.9)
        return size

    def export_data(self) -> None:
        """Ask for a .json file name and export to it; say how it went. Cancelling does nothing."""
        if self._export_data is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            "Export my data",
            str(Path.home() / "desk-coach-data.json"),
            "JSON files (*.json)",
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            self._export_data(path)
        except (OSError, ValueError) as error:
            log.warning("exporting data to %s failed: %s", path, error)
            self._set_status(f"Your data could not be exported: {error}", "error")
            return
        self._set_status(f"Your data was exported to {path}.", "done")

    def delete_data(self) -> None:
        """Ask first, naming what goes; delete only on a clear yes, and say how it went."""
        if self._delete_data is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete all my data?",
            f"This removes {DELETE_WHAT} from this computer. It cannot be undone; "
            "export your data first if you may want it later.\n\nDelete all your data now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText("&Delete everything")
        box.button(QMessageBox.StandardButton.Cancel).setText("&Cancel")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box  # for a look in the tests; it lives until the next question
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            self._delete_data()
        except (OSError, ValueError) as error:
            log.warning("deleting data failed: %s", error)
            self._set_status(f"Your data could not be deleted: {error}", "error")
            return
        self._set_status("All your data was deleted.", "done")

    # -- building ---------------------------------------------------------------------------------

    def _add_group(self, name: str, about: str, keys: tuple[KeySpec, ...]) -> None:
        page = QWidget()
        page.setObjectName(f"group:{name}")
        column = QVBoxLayout(page)
        title = QLabel(group_title(name), page)
        font = QFont(title.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        else:  # a font sized in pixels
            font.setPixelSize(round(font.pixelSize() * 1.25))
        title.setFont(font)
        title.setAccessibleName(f"{group_title(name)} settings")
        column.addWidget(title)
        intro = QLabel(about, page)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(intro)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        for spec in keys:
            editor = editor_for(spec, page)
            self._editors[spec.dotted] = editor
            column.addWidget(editor.block)
            column.addSpacing(editor.block.fontMetrics().height() // 2)
        column.addStretch(1)

        scroll = QScrollArea(self._pages)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pages.addWidget(scroll)
        item = QListWidgetItem(group_title(name), self._nav)
        item.setToolTip(about)
        self._nav_items[name] = item

    def _fit_nav_width(self) -> None:
        """As wide as the longest group name plus room for a warning icon: no fixed pixels."""
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        metrics = self._nav.fontMetrics()
        text = max(metrics.horizontalAdvance(item.text()) for item in self._nav_items.values())
        margin = metrics.averageCharWidth() * 3
        self._nav.setFixedWidth(text + icon + margin + 2 * self._nav.frameWidth())

    def _set_tab_order(self) -> None:
        """Groups list, then each field in schema order, then the buttons (the box orders those
        as they are laid out for the platform)."""
        inputs = [stop for editor in self._editors.values() for stop in editor.tab_stops]
        chain: list[QWidget] = [self._nav, *inputs, self.export_button, self.delete_button, self._buttons]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _load(self, document: Mapping[str, Mapping[str, Any]]) -> None:
        for key, editor in self._editors.items():
            group, _, name = key.partition(".")
            editor.set_value(document[group][name])
        self._revalidate()

    # -- checking ---------------------------------------------------------------------------------

    def _document(self) -> dict[str, dict[str, Any]]:
        document: dict[str, dict[str, Any]] = {}
        for key, editor in self._editors.items():
            group, _, name = key.partition(".")
            document.setdefault(group, {})[name] = editor.value()
        return document

    def _revalidate(self) -> None:
        _, problems = self.edited_settings()
        messages, elsewhere = self._messages(problems)
        for key, editor in self._editors.items():
            editor.set_problem(messages.get(key))
        self.save_button.setEnabled(not problems)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for group in self._schema.groups:
            item = self._nav_items[group.name]
            wrong = [spec for spec in group.keys if spec.dotted in messages]
            item.setIcon(warning if wrong else self._no_icon)
            accessible = f"{group_title(group.name)}, needs fixing" if wrong else group_title(group.name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        self._show_summary(messages, elsewhere)

    def _messages(self, problems: list[SettingsProblem]) -> tuple[dict[str, str], list[str]]:
        """Each problem in plain words, by the key whose field shows it; the rest as a list."""
        by_key: dict[str, str] = {}
        elsewhere: list[str] = []
        for problem in problems:
            sentence = _plain(problem.message)
            editor = self._editors.get(problem.key)
            if editor is None:
                elsewhere.append(sentence)
                continue
            spec = editor.spec
            if spec.at_least is not None and spec.at_least in self._editors:
                floor_editor = self._editors[spec.at_least]
                floor = floor_editor.value()
                if editor.value() >= floor:
                    continue  # only wrong because that other field is wrong; it has its own message
                unit = f" {spec.unit}" if spec.unit else ""
                by_key[problem.key] = (
                    f"Must be at least {floor}{unit} (as set for “{_short(floor_editor.spec.description)}” "
                    f"under {group_title(floor_editor.spec.group)}), because {spec.at_least_reason}."
                )
            else:
                by_key.setdefault(problem.key, editor.describe_problem(sentence))
        return by_key, elsewhere

    def _show_summary(self, messages: Mapping[str, str], elsewhere: list[str]) -> None:
        if not messages and not elsewhere:
            if self._status.property("kind") == "problems":
                self._status.hide()
            return
        groups = ", ".join(
            group_title(g.name) for g in self._schema.groups if any(s.dotted in messages for s in g.keys)
        )
        count = len(messages)
        lines = []
        if count:
            noun = "setting" if count == 1 else "settings"
            lines.append(f"Save is off until you fix the {count} {noun} marked in red (see {groups}).")
        lines += elsewhere
        self._set_status("\n".join(lines), "problems")

    def _set_status(self, text: str, kind: str) -> None:
        self._status.setText(text)
        self._status.setProperty("kind", kind)
        palette = self._status.palette()
        colour = self.palette().color(self._status.foregroundRole()) if kind == "done" else None
        palette.setColor(self._status.foregroundRole(), colour or problem_color(self.palette()))
        self._status.setPalette(palette)
        self._status.show()

    # -- saving -----------------------------------------------------------------------------------

    def _on_save(self) -> None:
        settings, problems = self.edited_settings()
        if problems:  # the button is off then; a keyboard shortcut could still get here
            self._revalidate()
            return
        try:
            self._save(settings)
        except (OSError, ValueError) as error:
            log.warning("saving settings failed: %s", error)
            self._set_status(f"Your settings could not be saved, so nothing has changed: {error}", "error")
            return
        applied = self._apply_autostart()
        self.settings_saved.emit(settings)
        if applied:
            self.accept()

    def _apply_autostart(self) -> bool:
        """Make start-at-login match the check box; False (and a message) if the desktop refused."""
        if self._autostart is None or AUTOSTART_KEY not in self._editors:
            return True
        wanted = bool(self._editors[AUTOSTART_KEY].value())
        try:
            self._autostart.set_enabled(wanted)
        except OSError as error:
            log.warning("changing autostart to %s failed: %s", wanted, error)
            what = "turn on" if wanted else "turn off"
            self._set_status(
                f"Your settings were saved, but {APP_NAME} could not {what} starting at login: {error}",
                "error",
            )
            return False
        return True

    # -- following the system -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system: re-colour the problem lines when it switches between light and dark,
        and re-fit the group list when the font or style changes."""
        super().changeEvent(event)
        if not self._built:
            return
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_nav_width()
        if event.type() == QEvent.Type.PaletteChange:
            for editor in self._editors.values():  # the children have not been told yet
                editor.refresh_colors(self.palette())
            if self._status.isVisible():
                self._set_status(self._status.text(), str(self._status.property("kind")))


def _plain(message: str) -> str:
    """The domain's sentence without the source in front and the fallback it would use at load time."""
    sentence = message.removeprefix(f"{_SOURCE}: ")
    return sentence.split("; using ", 1)[0].rstrip(".") + "."


def _blank_icon(size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
