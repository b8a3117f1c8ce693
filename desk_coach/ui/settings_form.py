"""What the Settings window says about the values in its fields, worked out without Qt.

The window (``settings_dialog.SettingsDialog``) lays out one editor per key and hands this form
the values they hold, as plain TOML-ready data by dotted key. The form runs the domain's
``validate`` (the check the settings file gets on loading) and turns its problems into what the
window shows: one message under each field that is wrong, in plain words; the groups to mark in
the list; the line that says why Save is off; whether Save may proceed. Beside its view in
``ui/``: the state of one window, not a use case; no Qt import (an import-linter contract keeps
it so).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_coach.domain.data_files import Problem
from desk_coach.domain.settings import (
    KeySpec,
    Settings,
    SettingsSchema,
    defaults,
    to_document,
    validate,
    work_day_problem,
)
from desk_coach.wording.problems import finding_words, sentence_words
from desk_coach.wording.translate import number, translate

# The one key that is also a fact of the desktop: the window shows what the desktop says and applies it.
AUTOSTART_KEY = "startup.autostart"
SOURCE = "Settings window"  # validate() names a source; the window's messages leave it out

Values = Mapping[str, Any]  # plain TOML-ready values by dotted key ("breaks.sit_interval_min")


_GROUP_TITLES: dict[str, Callable[[], str]] = {
    #: A group of settings, named in the list on the left of the Settings window.
    "breaks": lambda: translate("Settings", "Breaks"),
    #: A group of settings: time away from the keyboard and mouse.
    "idle": lambda: translate("Settings", "Idle"),
    #: A group of settings: daily aims for activity and sitting.
    "goals": lambda: translate("Settings", "Goals"),
    #: A group of settings: putting a reminder off for a while.
    "snooze": lambda: translate("Settings", "Snooze"),
    #: A group of settings: waiting for a pause in typing before a reminder.
    "typing": lambda: translate("Settings", "Typing"),
    "work_hours": lambda: translate("Settings", "Work hours"),
    #: A group of settings: when reminders keep quiet (full screen, camera in use...).
    "quiet": lambda: translate("Settings", "Quiet"),
    #: A group of settings: covering every monitor during a break, and strict mode.
    "break_screen": lambda: translate("Settings", "Break screen"),
    "notifications": lambda: translate("Settings", "Notifications"),
    "sounds": lambda: translate("Settings", "Sounds"),
    #: A group of settings: starting at login.
    "startup": lambda: translate("Settings", "Startup"),
    #: A group of settings: the weekly summary.
    "summary": lambda: translate("Settings", "Summary"),
    #: A group of settings: how weeks are counted.
    "calendar": lambda: translate("Settings", "Calendar"),
    #: A group of settings: what the coach may plan with.
    "coaching": lambda: translate("Settings", "Coaching"),
    #: A group of settings: the language Desk Coach speaks.
    "display": lambda: translate("Settings", "Language"),
}


def group_title(name: str) -> str:
    """A group's heading: ``"work_hours"`` -> ``"Work hours"``, in the user's language; a group
    with no title here, its name capitalised."""
    titled = _GROUP_TITLES.get(name)
    return titled() if titled is not None else name.replace("_", " ").capitalize()


def _short(description: str) -> str:
    """The first phrase of a description, to name a setting inside a sentence."""
    return re.split(r"[:;.]", description, maxsplit=1)[0].strip()


def _plain(problem: Problem) -> str:
    """The domain's sentence without the file in front and the fallback it would use at load time."""
    return f"{finding_words(problem)}."


def export_path(chosen: str) -> Path | None:
    """The file "Export my data…" writes, from the name chosen in the file dialog: None when the
    dialog was cancelled; ".json" added when left out."""
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")


@dataclass(frozen=True)
class FormCheck:
    """The fields' values, judged: the settings they make and what the window says about them."""

    settings: Settings
    problems: tuple[Problem, ...]
    messages: Mapping[str, str]  # the message under each field that is wrong, by dotted key
    elsewhere: tuple[str, ...]  # problems no field shows
    wrong_groups: tuple[str, ...]  # the groups (names) holding a field with a message, in schema order

    @property
    def can_save(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        """Why Save is off, for the line above the buttons; empty when all is well."""
        lines = []
        if self.messages:
            groups = ", ".join(group_title(name) for name in self.wrong_groups)
            #: Above the Settings window's buttons; {groups} lists the groups holding those settings.
            text = translate(
                "Settings", "Save is off until you fix the %n setting(s) marked in red (see {groups}).", None,
                len(self.messages),
            )
            lines.append(text.format(groups=groups))
        lines += self.elsewhere
        return "\n".join(lines)


class SettingsForm:
    """The Settings window's judgement of its values, for ``schema``."""

    def __init__(self, schema: SettingsSchema) -> None:
        self.schema = schema
        self._specs = {spec.dotted: spec for group in schema.groups for spec in group.keys}

    def values_of(self, settings: Settings, autostart: bool | None = None) -> dict[str, Any]:
        """The fields' values for ``settings``; ``autostart``, when known, is what the desktop will
        really do at login, shown instead of the stored value."""
        document = to_document(settings)
        values = {key: document[spec.group][spec.name] for key, spec in self._specs.items()}
        if autostart is not None and AUTOSTART_KEY in values:
            values[AUTOSTART_KEY] = autostart
        return values

    def default_values(self) -> dict[str, Any]:
        return self.values_of(defaults(self.schema))

    def check(self, values: Values) -> FormCheck:
        """Judge ``values`` (every key of the schema) as Save would."""
        document: dict[str, dict[str, Any]] = {}
        for key, value in values.items():
            spec = self._specs[key]
            document.setdefault(spec.group, {})[spec.name] = value
        settings, problems = validate(self.schema, document, SOURCE)
        messages, elsewhere = self._messages(problems, values)
        wrong = tuple(g.name for g in self.schema.groups if any(s.dotted in messages for s in g.keys))
        return FormCheck(settings, tuple(problems), messages, tuple(elsewhere), wrong)

    def _messages(
        self, problems: Iterable[Problem], values: Values
    ) -> tuple[dict[str, str], list[str]]:
        """Each problem in plain words, by the key whose field shows it; the rest as a list."""
        by_key: dict[str, str] = {}
        elsewhere: list[str] = []
        for problem in problems:
            sentence = _plain(problem)
            spec = self._specs.get(problem.field)
            if spec is None:
                elsewhere.append(sentence)
            elif spec.at_least is not None and spec.at_least in self._specs:
                if values[problem.field] >= values[spec.at_least]:
                    continue  # only wrong because that other field is wrong; it has its own message
                by_key[problem.field] = self._below_floor(spec, values[spec.at_least])
            else:
                by_key.setdefault(problem.field, self._describe(spec, values[problem.field], sentence))
        return by_key, elsewhere

    def _below_floor(self, spec: KeySpec, floor: Any) -> str:
        """A value under another field's value that it must be at least (the cross-field rule)."""
        assert spec.at_least is not None
        other = self._specs[spec.at_least]
        #: Under a setting that must be at least another one: {value} is the other's value (with
        #: its unit), {setting} the other's name, {group} its group, {reason} why, in a few words.
        text = translate(
            "Settings", "Must be at least {value} (as set for “{setting}” under {group}), because {reason}."
        )
        value = f"{number(floor)} {spec.unit}" if spec.unit else number(floor)
        return text.format(
            value=value, setting=_short(other.description), group=group_title(other.group),
            reason=spec.at_least_reason,
        )

    @staticmethod
    def _describe(spec: KeySpec, value: Any, sentence: str) -> str:
        """The message under a field, given the domain's sentence about its value: a day's work
        hours say which part of the line is wrong."""
        if spec.kind == "time_ranges":
            problem = work_day_problem(value)
            return sentence if problem is None else sentence_words(problem)
        return sentence
