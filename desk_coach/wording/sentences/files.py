"""The data-file readers' sentences: what is wrong with a value in a file (the settings file, a
trainer's file, the shipped library and self-check), what is allowed, and what Desk Coach does
instead. ``wording/problems.py`` puts them together with the file, entry and field."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.wording.translate import translate

# Placeholders, everywhere below: {value} is a value as written in the file (5, "30", [1, 2]),
# {allowed} what is allowed instead (one of the "a ..." sentences of this part), {noun} the name
# of a thing in the file (a noun of this part's TERMS).
SENTENCES: dict[str, Callable[[int], str]] = {
    #: What is wrong with a value in a data file: "5 is not a whole number from 20 to 60".
    FileCode.NOT_ALLOWED: lambda n: translate("Files", "{value} is not {allowed}"),
    #: "\"30\" is text, not a whole number from 20 to 60"; {kind} is what sort of value it is.
    FileCode.KIND_NOT_ALLOWED: lambda n: translate("Files", "{value} is {kind}, not {allowed}"),
    #: A sort of value with no name of its own; {type} is a programming name for it.
    FileCode.OTHER_KIND: lambda n: translate("Files", "a {type}"),
    FileCode.EMPTY_TEXT: lambda n: translate("Files", "{value} is empty, not text to show"),
    #: The item of a list at fault: "item 2: ..."; {what} says what is wrong with it.
    FileCode.ITEM_AT_FAULT: lambda n: translate("Files", "item {number}: {what}"),
    FileCode.SAME_TWICE: lambda n: translate("Files", "{value} names the same thing twice"),
    #: {value} is an id; {noun} what it names ("question", "item").
    FileCode.USED_EARLIER: lambda n: translate("Files", "{value} is used by an earlier {noun} too"),
    #: A field that a data file must have but left out.
    FileCode.MISSING: lambda n: translate("Files", "missing"),
    #: A field that a data file must have but left out, and what it needs: "missing (needs text)".
    FileCode.MISSING_NEEDS: lambda n: translate("Files", "missing (needs {allowed})"),
    FileCode.UNKNOWN_FIELD: lambda n: translate("Files", "not a field Desk Coach knows"),
    #: A field of an exercise's dose its kind of dose does not have; {kind} is "hold", "reps" or "timed".
    FileCode.NOT_PART_OF_DOSE: lambda n: translate("Files", "not part of a {kind} dose"),
    #: {kind} is "hold", "reps" or "timed"; {needs} lists the fields it needs ("hold_s and reps").
    FileCode.MISSING_DOSE_NEEDS: lambda n: translate("Files", "missing (a {kind} dose needs {needs})"),
    #: In the settings' schema (a file of the app): {kind} is a type of setting ("int").
    FileCode.MISSING_SETTING_NEEDS: lambda n: translate(
        "Files", "missing (a setting of type {kind} needs it)"
    ),
    #: What a field of a data file allows.
    FileCode.WHOLE_POSITIVE: lambda n: translate("Files", "a positive whole number"),
    FileCode.WHOLE_ANY: lambda n: translate("Files", "a whole number"),
    FileCode.WHOLE_AT_LEAST: lambda n: translate("Files", "a whole number of at least {low}"),
    FileCode.WHOLE_FROM_TO: lambda n: translate("Files", "a whole number from {low} to {high}"),
    #: What a field allows, and its unit: "a whole number from 20 to 60 (minutes)".
    FileCode.WITH_UNIT: lambda n: translate("Files", "{allowed} ({unit})"),
    #: What a field allows; "true" and "false" are the words of the file, keep them.
    FileCode.TRUE_OR_FALSE: lambda n: translate("Files", "true or false"),
    #: What a field allows: any text.
    FileCode.TEXT: lambda n: translate("Files", "text"),
    #: {names} lists the allowed values as the file writes them.
    FileCode.KNOWN_ONE_OF: lambda n: translate("Files", "a known {noun} (one of {names})"),
    #: {listed} says where the allowed values are listed.
    FileCode.KNOWN_LISTED: lambda n: translate("Files", "a known {noun} ({listed})"),
    #: "null" is the file's word for "nothing", keep it.
    FileCode.OR_NULL: lambda n: translate("Files", "{allowed} or null"),
    FileCode.LIST_OF: lambda n: translate("Files", "a list of {noun}"),
    FileCode.LIST_OF_AT_LEAST: lambda n: translate("Files", "a list of {least} or more {noun}"),
    FileCode.LIST_OF_RANGE: lambda n: translate("Files", "a list of {least} to {most} {noun}"),
    FileCode.LIST_OF_EXACTLY: lambda n: translate("Files", "a list of {least} {noun}"),
    #: {suffixes} are file endings (".svg or .png"), {example} a path.
    FileCode.RESOURCE_PATH: lambda n: translate(
        "Files", 'a relative resource path ending in {suffixes}, such as "{example}"'
    ),
    FileCode.A_TABLE: lambda n: translate("Files", "a table"),
    #: Why a file cannot be read; {line} is a line number.
    FileCode.NOT_UTF8: lambda n: translate("Files", "line {line} holds bytes that are not UTF-8 text"),
    #: {why} says where the file is not text ("line 3 holds bytes that are not UTF-8 text").
    FileCode.NOT_UTF8_UNREADABLE: lambda n: translate("Files", "{why}, so the file cannot be read"),
    #: {noun} is the kind of file expected ("settings file").
    FileCode.A_FOLDER: lambda n: translate("Files", "this is a folder, not a {noun}"),
    FileCode.PERMISSION_DENIED: lambda n: translate(
        "Files", "Desk Coach is not allowed to read this file (permission denied)"
    ),
    #: {error} is the system's reason.
    FileCode.UNREADABLE: lambda n: translate("Files", "the file could not be read ({error})"),
    #: {where} is a place in the file ("line 3, column 7"); {detail} the TOML parser's own words (English).
    FileCode.NOT_TOML: lambda n: translate(
        "Files", "this is not valid TOML at {where} (the parser says: {detail})"
    ),
    FileCode.TOML_PLACE: lambda n: translate("Files", "line {line}, column {column}"),
    FileCode.TOML_END: lambda n: translate("Files", "the end of the file, line {line}, column {column}"),
    #: A problem of a file the user gave: {file} is its path, {what} what is wrong.
    FileCode.IN_FILE: lambda n: translate("Files", "{file}: {what}"),
    FileCode.NO_SUCH_FILE: lambda n: translate("Files", "there is no such file"),
    FileCode.NOT_REGULAR: lambda n: translate(
        "Files", "this is not a regular file (a pipe, a device or a socket)"
    ),
    #: A trainer's file that is too big: {size} is its size in MiB ("1.5"), {limit} the limit ("1 MiB").
    FileCode.TOO_BIG: lambda n: translate(
        "Files", "the file is {size} MiB; a trainer's file may be at most {limit}"
    ),
    #: {detail} is the JSON parser's own words (English).
    FileCode.NOT_JSON_AT: lambda n: translate(
        "Files", "not valid JSON at line {line}, column {column}: {detail}"
    ),
    #: {detail} is the JSON parser's own words (English).
    FileCode.NOT_JSON: lambda n: translate("Files", "not valid JSON: {detail}"),
    #: {name} is a word such as NaN or Infinity, as written in the file.
    FileCode.NOT_A_JSON_NUMBER: lambda n: translate("Files", "not valid JSON: {name} is not a JSON number"),
    #: An escape in a JSON file (such as \ud800) that stands for half a character only.
    FileCode.LONE_ESCAPE: lambda n: translate("Files", "the escape stands for no character (half of a pair)"),
    #: {where} is a place in the file ("line 3, column 7"), {escape} the escape as written (\ud800).
    FileCode.LONE_ESCAPE_AT: lambda n: translate(
        "Files", "{where}: the escape {escape} stands for no character (half of a pair)"
    ),
    #: {levels} is a number; "[ and {{" are the characters that open a level (write "{{" for "{").
    FileCode.TOO_DEEP: lambda n: translate(
        "Files",
        "nested too deeply at line {line}, column {column} "
        "(a trainer's file needs at most {levels} levels of [ and {{)",
    ),
    #: {where} is a place in the file ("line 3, column 7"), {digits} a number of digits.
    FileCode.LONG_NUMBER: lambda n: translate(
        "Files", "{where}: a number {digits} digits long; numbers here are short"
    ),
    #: In the self-check's content (an app file): {error} is the placeholder at fault, {allowed} allowed ones
    FileCode.BAD_PLACEHOLDER: lambda n: translate(
        "Files", "{value} has a bad placeholder {error} (allowed here: {allowed})"
    ),
    FileCode.TOML_DOCUMENT: lambda n: translate("Files", "a TOML document of tables"),
    FileCode.ONLY_PROMPT_PAUSES: lambda n: translate(
        "Files", "only prompt questions pause regions; leave it empty"
    ),
    #: {tier} is a tier of red-flag questions as the file writes it ("emergency").
    FileCode.NO_QUESTION_OF_TIER: lambda n: translate("Files", "no question of the {tier} tier"),
    FileCode.SIDE_LABEL_EMPTY: lambda n: translate(
        "Files", '"" is empty: an item done on each side names the side'
    ),
    #: "score" and "text" are names of fields, keep them.
    FileCode.CHOICE_TABLE: lambda n: translate("Files", "a table with score and text"),
    #: {scores} are the scores found, as a list ("[2, 1]").
    FileCode.SCORES_ORDER: lambda n: translate(
        "Files", "scores must be 2, 1, 0 (or 3, 2, 1, 0), highest first; found {scores}"
    ),
    #: What the "version" of a trainer's file allows; {version} is a number.
    FileCode.TRAINER_VERSION: lambda n: translate("Files", "a version this Desk Coach reads ({version})"),
    #: {example} is a date and time as a trainer's file writes it.
    FileCode.TRAINER_MOMENT: lambda n: translate(
        "Files", "a date and time with its UTC offset, such as {example}"
    ),
    #: {example} is a date and time as a trainer's file writes it.
    FileCode.NO_UTC_OFFSET: lambda n: translate(
        "Files", "{value} has no UTC offset; add one, as in {example}"
    ),
    #: A date and time in a trainer's file later than now.
    FileCode.IN_THE_FUTURE: lambda n: translate("Files", "{value} is in the future"),
    #: Where the ids of the red-flag questions are listed (a file shipped with Desk Coach).
    FileCode.TRAINER_IDS_LISTED: lambda n: translate(
        "Files", "the ids are listed in the example trainer file"
    ),
    #: {example} is a table as a trainer's file writes it, keep it.
    FileCode.SCORES_TABLE: lambda n: translate("Files", "a table of scores by item id, such as {example}"),
    #: {example} is "{...}", the shape of a JSON object.
    FileCode.ONE_JSON_OBJECT: lambda n: translate("Files", "one JSON object ({example})"),
    #: {value} is an id of a movement check in a trainer's file, {known} lists the ids there are.
    FileCode.UNKNOWN_CHECK: lambda n: translate(
        "Files", "{value} is not a known movement check (one of {known})"
    ),
    #: {example} is a table as the file writes it, keep it.
    FileCode.TABLE_SUCH_AS: lambda n: translate("Files", "a table such as {example}"),
    #: {item} is the name of a movement check; "left" and "right" are names of fields, keep them.
    FileCode.SCORED_EACH_SIDE: lambda n: translate(
        "Files", '{item} is scored on each side: give "left" and "right"'
    ),
    #: {item} is the name of a movement check; "score" is the name of a field, keep it.
    FileCode.SCORED_ONCE: lambda n: translate("Files", '{item} is scored once: give "score"'),
    #: A score a trainer's file leaves out; {most} is the highest score; "null" is the file's word, keep it.
    FileCode.MISSING_SCORE: lambda n: translate(
        "Files", "missing; give 0 to {most}, or null if it was not done"
    ),
    #: What Desk Coach does about a link between exercises of its library it cannot use.
    FileCode.LINK_DROPPED: lambda n: translate("Files", "the link is dropped"),
    #: {label} is an exercise's id ("C1") or its place ("entry 3").
    FileCode.LEFT_OUT: lambda n: translate("Files", "{label} is left out"),
    FileCode.IT_IS_LEFT_OUT: lambda n: translate("Files", "it is left out"),
    #: {id} is an exercise's id used twice.
    FileCode.SECOND_LEFT_OUT: lambda n: translate("Files", "this second {id} is left out"),
    #: What Desk Coach does about a part of its rules file it cannot use.
    FileCode.SHIPPED_VALUES: lambda n: translate("Files", "the shipped values are used"),
    FileCode.SHIPPED_DEFAULT: lambda n: translate("Files", "the shipped default {value} is used"),
    FileCode.SHIPPED_DEFAULTS: lambda n: translate("Files", "the shipped defaults ({values}) are used"),
    FileCode.SHIPPED_PLAN: lambda n: translate("Files", "the shipped screen-to-plan rules are used"),
    FileCode.PROTRACTION_SKIPPED: lambda n: translate("Files", "the weekly protraction item is skipped"),
    FileCode.STILL_PROTRACTION: lambda n: translate(
        "Files", "it still counts as the weekly protraction item"
    ),
    FileCode.PLANNER_SKIPS: lambda n: translate("Files", "the planner skips it"),
    FileCode.LINE_NEVER_APPLIES: lambda n: translate("Files", "the line never applies"),
    FileCode.EXERCISE_ID: lambda n: translate(
        "Files", "an id such as \"HF1\" (letters, digits, \"-\" or \"_\")"
    ),
    #: {kind} is a kind of dose as the file writes it ("reps").
    FileCode.STRETCH_IN_HOLDS: lambda n: translate("Files", "a stretch is dosed in holds, not as {kind}"),
    FileCode.NOT_A_TOML_TABLE: lambda n: translate("Files", "the file does not hold a TOML table"),
    #: "[[exercise]]" is how the library file writes a table, keep it.
    FileCode.EXERCISE_TABLE: lambda n: translate("Files", "an [[exercise]] table"),
    FileCode.ID_USED_BY_ENTRY: lambda n: translate("Files", "{id} is already used by entry {number}"),
    #: {link} is an exercise's id.
    FileCode.LINK_LEFT_OUT: lambda n: translate("Files", "{link} was left out of the library"),
    #: {link} is an exercise's id.
    FileCode.NO_SUCH_EXERCISE: lambda n: translate("Files", "there is no exercise {link} in the library"),
    #: {link} is an exercise's id; {other} and {target} are body targets as the file writes them ("hips").
    FileCode.LINK_OTHER_TARGET: lambda n: translate(
        "Files", "{link} is for {other}, not {target}, and a ladder stays within one target"
    ),
    #: {circle} is a chain of exercise ids ("A1 → A2 → A1").
    FileCode.LINK_LOOP: lambda n: translate(
        "Files", "{link} would make the ladder go round in a loop ({circle}, each step harder)"
    ),
    #: {example} is a range as the rules file writes it, keep it.
    FileCode.RANGE_SUCH_AS: lambda n: translate(
        "Files", "a range such as {example} with both ends from {low} to {high}"
    ),
    FileCode.LOW_ABOVE_HIGH: lambda n: translate("Files", "{value} has its low end above its high end"),
    FileCode.FRACTION_SUCH_AS: lambda n: translate("Files", "a fraction such as \"2/3\""),
    FileCode.FRACTION_RANGE: lambda n: translate("Files", "a fraction above 0 and at most 1"),
    FileCode.NEXT_STEP_REPS: lambda n: translate("Files", "the next step cannot start above the rep cap"),
    FileCode.NEXT_STEP_SETS: lambda n: translate("Files", "the next step cannot start above the set cap"),
    FileCode.HOLD_GROWS: lambda n: translate(
        "Files", "a stretch hold cannot grow from a longer to a shorter time"
    ),
    FileCode.REPS_GROW: lambda n: translate("Files", "stretch reps cannot grow from more to fewer"),
    FileCode.PAIN_ORDER: lambda n: translate(
        "Files", "the pain that pauses a region cannot be lower than the pain that stops an exercise"
    ),
    FileCode.ADHERENCE_ORDER: lambda n: translate(
        "Files", "the low-adherence share must be below the high-adherence share"
    ),
    #: {other} is another rule and its value; {why} says why they must fit.
    FileCode.DOES_NOT_FIT: lambda n: translate("Files", "{value} does not fit with {other}: {why}"),
    #: "[section]" is how the rules file writes a table, keep it.
    FileCode.SECTION_TABLE: lambda n: translate("Files", "a [section] table"),
    #: "[[screen_plan]]" is how the rules file writes a table, keep it.
    FileCode.PLAN_TABLE: lambda n: translate("Files", "a [[screen_plan]] table"),
    FileCode.SELF_CHECK_ITEM_ID: lambda n: translate("Files", "a self-check item such as \"S1\""),
    #: {first} and {last} are names of fields, keep them.
    FileCode.ASKS_FOR_NOTHING: lambda n: translate("Files", "asks for nothing (no {first} or {last})"),
    #: {id} is an exercise's id.
    FileCode.NOT_IN_LIBRARY: lambda n: translate("Files", "{id} is not in the exercise library"),
    #: {id} is an exercise's id, {pattern} its movement pattern as the file writes it ("pull").
    FileCode.NOT_A_PUSH: lambda n: translate("Files", "{id} is a {pattern} exercise, not a push"),
    #: {id} is a movement check's id ("S1"), {known} lists those there are.
    FileCode.NOT_A_SELF_CHECK_ITEM: lambda n: translate(
        "Files", "{id} is not an item of the self-check (one of {known})"
    ),
    #: What a time setting allows; "HH:MM" is how it is written in the file, keep it.
    FileCode.TIME_OF_DAY: lambda n: translate(
        "Files", 'a time of day "HH:MM" on the 24-hour clock, such as "16:00"'
    ),
    FileCode.WITHOUT_SECONDS: lambda n: translate("Files", "{allowed}, without seconds or a time zone"),
    #: What a work-hours setting allows; the ranges are written as in the file, keep them.
    FileCode.TIME_RANGES: lambda n: translate(
        "Files", 'a list of "HH:MM-HH:MM" ranges, not overlapping, such as ["09:00-12:30", "13:30-17:30"]'
    ),
    #: {item} is a value in the list that is not a range.
    FileCode.RANGES_HOLD: lambda n: translate(
        "Files", '{value} holds {item}, which is not a range like "09:00-17:30"'
    ),
    #: {why} says what is wrong with a range ("\"09:00\" is not a range like ...").
    FileCode.RANGES_UNUSABLE: lambda n: translate(
        "Files", "{value} cannot be used: {why}; allowed is {allowed}"
    ),
    FileCode.NOT_A_RANGE: lambda n: translate(
        "Files", '{value} is not a range like "09:00-17:30" or "22:00-06:00"'
    ),
    FileCode.NO_SUCH_TIME: lambda n: translate(
        "Files", "{value} names a time that does not exist on a 24-hour clock"
    ),
    #: A work-hours range such as "09:00-09:00".
    FileCode.EMPTY_RANGE: lambda n: translate("Files", "{value} is empty: it ends when it starts"),
    FileCode.NOT_A_TIME: lambda n: translate("Files", "{value} is not a time of day"),
    #: Two work-hours ranges of one day overlap; {earlier} and {later} are ranges ("09:00-12:00").
    FileCode.OVERLAP: lambda n: translate("Files", '"{earlier}" and "{later}" overlap'),
    #: {group} is a group of the settings file, as written in it ("breaks").
    FileCode.SETTINGS_TABLE: lambda n: translate("Files", "a table of settings ([{group}])"),
    FileCode.NOT_A_GROUP: lambda n: translate("Files", "not a group of Desk Coach settings"),
    #: {name} is the group of the settings file the user probably meant ("breaks").
    FileCode.NOT_A_GROUP_MEAN: lambda n: translate(
        "Files", "not a group of Desk Coach settings (did you mean [{name}]?)"
    ),
    FileCode.NOT_A_SETTING: lambda n: translate("Files", "not a Desk Coach setting"),
    #: {name} is the setting the user probably meant ("breaks.sit_interval_min").
    FileCode.NOT_A_SETTING_MEAN: lambda n: translate(
        "Files", "not a Desk Coach setting (did you mean {name}?)"
    ),
    #: A setting below another it must reach: {key} is that setting ("breaks.sit_interval_min"),
    #: {floor} its value, {unit} the unit, {reason} why (the settings' own words).
    FileCode.BELOW_FLOOR: lambda n: translate(
        "Files", "{value} must be at least {key} = {floor} ({unit}), because {reason}"
    ),
    #: What Desk Coach does about a field it does not know.
    FileCode.IGNORED: lambda n: translate("Files", "it is ignored"),
    #: What Desk Coach does about a group of settings it cannot read; {group} is its name ("breaks").
    FileCode.GROUP_DEFAULTS: lambda n: translate("Files", "using the defaults for all {group} settings"),
    #: What Desk Coach does about a setting it cannot use; {value} is its default ("30").
    FileCode.USING_DEFAULT: lambda n: translate("Files", "using the default {value}"),
    #: {value} is the value used, {key} the setting it comes from.
    FileCode.USING_FLOOR: lambda n: translate("Files", "using {value}, the value of {key}"),
    #: What Desk Coach does when its exercise library cannot be read.
    FileCode.LIBRARY_EMPTY: lambda n: translate("Files", "the library is empty"),
    #: What Desk Coach does when its rules file cannot be read: it uses the rules built into it.
    FileCode.SHIPPED_RULES: lambda n: translate("Files", "the shipped rules are used"),
    #: What Desk Coach does when the settings file cannot be read.
    FileCode.SETTINGS_DEFAULTS: lambda n: translate(
        "Files", "using the default for every setting until it is fixed"
    ),
}

TERMS: dict[str, dict[str, Callable[[], str]]] = {
    # The units of the settings' numbers (the schema's `unit`), after a range: "20 to 60 (minutes)".
    "unit": {
        "minutes": lambda: translate("Units", "minutes"),
        "seconds": lambda: translate("Units", "seconds"),
        #: A number of snoozes allowed a break, after a range: "0 to 5 (snoozes)".
        "snoozes": lambda: translate("Units", "snoozes"),
        #: After a range of percentages: "50 to 100 (percent)".
        "percent": lambda: translate("Units", "percent"),
        #: After a range of how many times something may happen each day: "1 to 3 (a day)".
        "a day": lambda: translate("Units", "a day"),
    },
    "value_kind": {
        #: A sort of value in a data file ("\"30\" is text, not ..."); keep "true" and "false".
        "true_false": lambda: translate("Files", "true/false"),
        "whole_number": lambda: translate("Files", "a whole number"),
        "decimal_number": lambda: translate("Files", "a decimal number"),
        #: A sort of value in a data file: a text.
        "text": lambda: translate("Files", "text", "a sort of value"),
        "list": lambda: translate("Files", "a list"),
        "table": lambda: translate("Files", "a table"),
        "date_or_time": lambda: translate("Files", "a TOML date or time"),
        #: The file's word for "nothing", keep it.
        "null": lambda: translate("Files", "null"),
    },
    "noun": {
        #: A thing named in a data file's problem: "a known choice (one of ...)".
        "choice": lambda: translate("Files", "choice"),
        "choices": lambda: translate("Files", "choices"),
        "type of setting": lambda: translate("Files", "type of setting"),
        "settings file": lambda: translate("Files", "settings file"),
        "TOML file": lambda: translate("Files", "TOML file"),
        "JSON file": lambda: translate("Files", "JSON file"),
        "items": lambda: translate("Files", "items"),
        "item": lambda: translate("Files", "item"),
        "ids": lambda: translate("Files", "ids"),
        "tables": lambda: translate("Files", "tables"),
        "question": lambda: translate("Files", "question"),
        "question ids": lambda: translate("Files", "question ids"),
        "red-flag question id": lambda: translate("Files", "red-flag question id"),
        "lifestyle": lambda: translate("Files", "lifestyle"),
        "lifestyles": lambda: translate("Files", "lifestyles"),
        "piece of equipment": lambda: translate("Files", "piece of equipment"),
        "pieces of equipment": lambda: translate("Files", "pieces of equipment"),
        "age band": lambda: translate("Files", "age band"),
        "region": lambda: translate("Files", "region"),
        "regions": lambda: translate("Files", "regions"),
        "tier": lambda: translate("Files", "tier"),
        "instructions": lambda: translate("Files", "instructions"),
        #: Three texts in the self-check's content, one for each score.
        "texts, for scores 0, 1 and 2": lambda: translate("Files", "texts, for scores 0, 1 and 2"),
        "kind of dose": lambda: translate("Files", "kind of dose"),
        "steps": lambda: translate("Files", "steps"),
        "target": lambda: translate("Files", "target"),
        "targets": lambda: translate("Files", "targets"),
        "pattern": lambda: translate("Files", "pattern"),
        "cautions": lambda: translate("Files", "cautions"),
        "exercise ids": lambda: translate("Files", "exercise ids"),
        "self-check items": lambda: translate("Files", "self-check items"),
        #: "[[exercise]]" is how the library file writes a table, keep it.
        "[[exercise]] tables": lambda: translate("Files", "[[exercise]] tables"),
        #: "[[screen_plan]]" is how the rules file writes a table, keep it.
        "[[screen_plan]] tables": lambda: translate("Files", "[[screen_plan]] tables"),
    },
}
