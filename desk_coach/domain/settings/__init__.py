"""The user's settings: a typed, frozen model checked against a schema that is data.

Defaults, ranges and choices live in the shipped schema (``settings/schema.toml``), not
here, because many are coaching conventions that may change without a code change. This
package only interprets data it is handed; reading and writing files is the adapter's job.

Validation is forgiving by design: a bad value costs the user that one key (it falls back to
its default and is reported in a plain sentence), never the rest of their settings.

Where to look:

- ``time_ranges``: times of day and the work-hours ranges of one day (``TimeRange``).
- ``model``: the frozen dataclasses, one per table of the settings file (``Settings``).
- ``key_spec``: what one key may hold, its default, and why (``KeySpec``).
- ``schema``: the shipped schema data, read and checked against the model (``SettingsSchema``).
- ``readers``: the reader of each kind of key, from the one set of value readers (``domain.data_files``).
- ``validation``: a user's settings checked key by key (``validate``, ``defaults``).
- ``document``: settings written back as plain TOML-ready data (``to_document``).

Import the names below from this package; the module layout is not an interface.
"""

from desk_coach.domain.settings.document import to_document
from desk_coach.domain.settings.key_spec import KeySpec
from desk_coach.domain.settings.model import (
    WEEKDAYS,
    Breaks,
    BreakScreen,
    Calendar,
    Coaching,
    Display,
    FirstDayOfWeek,
    Goals,
    Idle,
    Language,
    Notifications,
    NotificationStyle,
    Quiet,
    Settings,
    Snooze,
    SnoozeLength,
    Sounds,
    Startup,
    Summary,
    TypingPause,
    Weekday,
    WorkHours,
)
from desk_coach.domain.settings.schema import GroupSpec, SchemaError, SettingsSchema
from desk_coach.domain.settings.time_ranges import (
    TimeRange,
    parse_time_of_day,
    parse_work_day,
    split_work_day,
    work_day_problem,
)
from desk_coach.domain.settings.validation import defaults, validate

__all__ = [
    "WEEKDAYS",
    "BreakScreen",
    "Breaks",
    "Calendar",
    "Coaching",
    "Display",
    "FirstDayOfWeek",
    "Goals",
    "GroupSpec",
    "Idle",
    "KeySpec",
    "Language",
    "NotificationStyle",
    "Notifications",
    "Quiet",
    "SchemaError",
    "Settings",
    "SettingsSchema",
    "Snooze",
    "SnoozeLength",
    "Sounds",
    "Startup",
    "Summary",
    "TimeRange",
    "TypingPause",
    "Weekday",
    "WorkHours",
    "defaults",
    "parse_time_of_day",
    "parse_work_day",
    "split_work_day",
    "to_document",
    "validate",
    "work_day_problem",
]
