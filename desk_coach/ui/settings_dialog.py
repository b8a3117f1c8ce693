"""The Settings window: every key of the settings schema, laid out from the schema itself.

Nothing here names a particular setting except start-at-login, which is also applied to the
desktop: a key added to ``settings/schema.toml`` (and the model) appears by itself, under its
group, with the editor for its type (see ``settings_fields``). What the window says about the
values (the message under each field, the groups marked, why Save is off) is worked out by a
:class:`~desk_coach.ui.settings_form.SettingsForm` (no Qt), from the domain's ``validate``, the
same check the settings file gets on loading; this module lays out and binds.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
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
from desk_coach.domain.data_files import Problem
from desk_coach.domain.settings import KeySpec, Settings, SettingsSchema
from desk_coach.services.ports import Autostart
from desk_coach.ui.close_keys import close_on_keys
from desk_coach.ui.fonts import scaled_font
from desk_coach.ui.settings_fields import FieldEditor, editor_for, problem_color
from desk_coach.ui.settings_form import (
    AUTOSTART_KEY,
    FormCheck,
    SettingsForm,
    Values,
    export_path,
    group_title,
)
from desk_coach.wording.translate import translate

log = logging.getLogger(__name__)

LANGUAGE_KEY = "display.language"
"""The setting whose change, once saved, :attr:`SettingsDialog.language_changed` reports."""


def delete_question() -> str:
    """What "Delete all my data…" asks, naming everything that goes."""
    return translate(
        "Settings",
        "This removes your sitting and break history, your routines and exercise results, your "
        "screening answers, your exercise levels and paused areas, your settings and Desk Coach's "
        "log from this computer; Desk Coach then quits. It cannot be undone; export your data first "
        "if you may want it later.\n\nDelete all your data now?",
    )


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
        language_changed(str): ``save`` succeeded with another ``display.language`` than the
            dialog opened with; carries the new setting ("system", "en", "de", "es"). Emitted
            after ``settings_saved``. The owner switches the language (``qt_catalogues.use_language``
            of ``language.choose_language``) and reopens its windows; this dialog is already closing.
        (inherited) accepted(), rejected(), finished(int): as for any QDialog; Cancel rejects.
    """

    settings_saved = Signal(Settings)
    language_changed = Signal(str)

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
        self._form = SettingsForm(schema)
        self._save = save
        self._autostart = autostart
        self._export_data = export_data
        self._delete_data = delete_data
        #: The Settings window's title.
        self.setWindowTitle(translate("Settings", "Settings"))
        self.setObjectName("settings-dialog")

        self._build_groups(schema)
        self._status = QLabel(self)
        self._status.setObjectName("settings-status")
        self._status.setWordWrap(True)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.hide()
        self._build_buttons()
        data_row = self._build_data_row()

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

        at_login = autostart.is_enabled() if autostart is not None else None  # what the desktop will do
        opened_with = self._form.values_of(settings, at_login)
        self._language = str(opened_with.get(LANGUAGE_KEY, ""))
        self._load(opened_with)
        for editor in self._editors.values():
            editor.edited.connect(self._revalidate)
        self._built = True

    # -- public -----------------------------------------------------------------------------------

    def edited_settings(self) -> tuple[Settings, list[Problem]]:
        """The settings as edited now, and what is wrong with them (empty when Save may proceed)."""
        check = self._check()
        return check.settings, list(check.problems)

    def restore_defaults(self) -> None:
        """Show the default of every setting; nothing is saved or applied until Save."""
        self._load(self._form.default_values())
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
            #: Title of the file dialog that asks where to export the user's data.
            translate("Settings", "Export my data"),
            str(Path.home() / "desk-coach-data.json"),
            #: The file type offered by the export's file dialog; keep "(*.json)" as it is.
            translate("Settings", "JSON files (*.json)"),
        )
        path = export_path(chosen)
        if path is None:
            return
        try:
            self._export_data(path)
        except (OSError, ValueError) as error:
            log.warning("exporting data to %s failed: %s", path, error)
            #: {error} is the system's reason, such as "Permission denied".
            text = translate("Settings", "Your data could not be exported: {error}")
            self._set_status(text.format(error=error), "error")
            return
        #: {path} is the file written.
        self._set_status(translate("Settings", "Your data was exported to {path}.").format(path=path), "done")

    def delete_data(self) -> None:
        """Ask first, naming what goes; delete only on a clear yes, and say how it went."""
        if self._delete_data is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            #: Title of the question before deleting everything.
            translate("Settings", "Delete all my data?"),
            delete_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        #: The button that deletes all the user's data; & marks its access key.
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Settings", "&Delete everything"))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("Settings", "&Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            self._delete_data()
        except (OSError, ValueError) as error:
            log.warning("deleting data failed: %s", error)
            #: {error} is the system's reason, such as "Permission denied".
            text = translate("Settings", "Your data could not be deleted: {error}")
            self._set_status(text.format(error=error), "error")
            return
        self._set_status(translate("Settings", "All your data was deleted."), "done")

    # -- building ---------------------------------------------------------------------------------

    def _build_groups(self, schema: SettingsSchema) -> None:
        """The list of groups on the left, and a page of fields for each on the right."""
        self._nav = QListWidget(self)
        #: What a screen reader says for the list of setting groups on the left.
        self._nav.setAccessibleName(translate("Settings", "Setting groups"))
        self._pages = QStackedWidget(self)
        #: What a screen reader says for the part of Settings that shows the chosen group's settings.
        self._pages.setAccessibleName(translate("Settings", "Settings of the chosen group"))
        self._editors: dict[str, FieldEditor] = {}
        self._group_stops: list[QWidget] = []  # each group's page, then its fields, in the Tab order
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

    def _build_buttons(self) -> None:
        """Save, Cancel and Restore Defaults, each with a mnemonic unique in the window."""
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
        #: The Settings window's buttons; & marks each access key, which must differ from the others
        #: in the window (Export, Delete).
        self.save_button.setText(translate("Settings", "&Save"))
        self.cancel_button.setText(translate("Settings", "&Cancel"))
        self.restore_button.setText(translate("Settings", "&Restore Defaults"))
        self.restore_button.setToolTip(
            translate("Settings", "Put every setting back to its default; nothing is saved until Save.")
        )
        self._buttons.accepted.connect(self._on_save)
        self._buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)

    def _build_data_row(self) -> QHBoxLayout:
        """"Export my data…" and "Delete all my data…", each shown when the app can do it."""
        #: A button in Settings; & marks its access key, which must differ from Save, Cancel, Restore, Delete.
        self.export_button = QPushButton(translate("Settings", "&Export my data…"), self)
        self.export_button.setToolTip(
            translate("Settings", "Save everything Desk Coach has recorded about you to a JSON file.")
        )
        self.export_button.setVisible(self._export_data is not None)
        self.export_button.clicked.connect(self.export_data)
        #: A button in Settings; & marks its access key, which must differ from Save, Cancel, Restore, Export.
        self.delete_button = QPushButton(translate("Settings", "&Delete all my data…"), self)
        self.delete_button.setToolTip(
            translate("Settings", "Remove everything Desk Coach has recorded about you; asks first.")
        )
        self.delete_button.setVisible(self._delete_data is not None)
        self.delete_button.clicked.connect(self.delete_data)
        data_row = QHBoxLayout()
        data_row.addWidget(self.export_button)
        data_row.addWidget(self.delete_button)
        data_row.addStretch(1)
        return data_row

    def _add_group(self, name: str, about: str, keys: tuple[KeySpec, ...]) -> None:
        page = QWidget()
        page.setObjectName(f"group:{name}")
        column = QVBoxLayout(page)
        title = QLabel(group_title(name), page)
        title.setFont(scaled_font(title.font(), 1.25, bold=True))
        #: What a screen reader says for a group's heading; {group} is the group's name.
        heading = translate("Settings", "{group} settings").format(group=group_title(name))
        title.setAccessibleName(heading)
        column.addWidget(title)
        intro = QLabel(about, page)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(intro)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        scroll = QScrollArea(self._pages)
        self._group_stops.append(scroll)
        for spec in keys:
            editor = editor_for(spec, page)
            self._editors[spec.dotted] = editor
            self._group_stops.extend(editor.tab_stops)
            column.addWidget(editor.block)
            column.addSpacing(editor.block.fontMetrics().height() // 2)
        column.addStretch(1)

        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(heading)  # a Tab stop: named, not a bare "filler"
        scroll.setAccessibleDescription(about)
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
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self._nav)
        # room for a scroll bar too: with a large font the groups scroll, and no name is cut short
        self._nav.setFixedWidth(text + icon + margin + bar + 2 * self._nav.frameWidth())

    def _set_tab_order(self) -> None:
        """Groups list, then the shown group's page (its scroll area: read from its top, arrows
        scroll it) and each of its fields in schema order, then the buttons (the box orders those
        as they are laid out for the platform): the order they are seen in."""
        chain: list[QWidget] = [self._nav, *self._group_stops, self.export_button, self.delete_button,
                                self._buttons]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _load(self, values: Values) -> None:
        for key, editor in self._editors.items():
            editor.set_value(values[key])
        self._revalidate()

    # -- checking ---------------------------------------------------------------------------------

    def _check(self) -> FormCheck:
        return self._form.check({key: editor.value() for key, editor in self._editors.items()})

    def _revalidate(self) -> None:
        check = self._check()
        for key, editor in self._editors.items():
            editor.set_problem(check.messages.get(key))
        self.save_button.setEnabled(check.can_save)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for name, item in self._nav_items.items():
            wrong = name in check.wrong_groups
            item.setIcon(warning if wrong else self._no_icon)
            #: What a screen reader says for a group holding a setting that is wrong.
            needs_fixing = translate("Settings", "{group}, needs fixing")
            accessible = needs_fixing.format(group=group_title(name)) if wrong else group_title(name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        if check.summary:
            self._set_status(check.summary, "problems")
        elif self._status.property("kind") == "problems":
            self._status.hide()

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
            #: {error} is the system's reason, such as "Permission denied".
            text = translate("Settings", "Your settings could not be saved, so nothing has changed: {error}")
            self._set_status(text.format(error=error), "error")
            return
        applied = self._apply_autostart()
        self.settings_saved.emit(settings)
        self._tell_language(settings)
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
            if wanted:
                #: {app} is Desk Coach's name; {error} the system's reason.
                text = translate(
                    "Settings",
                    "Your settings were saved, but {app} could not turn on starting at login: {error}",
                )
            else:
                #: {app} is Desk Coach's name; {error} the system's reason.
                text = translate(
                    "Settings",
                    "Your settings were saved, but {app} could not turn off starting at login: {error}",
                )
            self._set_status(text.format(app=APP_NAME, error=error), "error")
            return False
        return True

    def _tell_language(self, settings: Settings) -> None:
        """Say the saved language when it differs from the one the dialog opened with."""
        if LANGUAGE_KEY not in self._editors:
            return
        saved = str(self._form.values_of(settings)[LANGUAGE_KEY])
        if saved != self._language:
            self._language = saved
            self.language_changed.emit(saved)

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


def _blank_icon(size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
