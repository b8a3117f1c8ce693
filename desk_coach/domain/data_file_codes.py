"""What the data-file readers say, as codes: what is wrong with a value, what is allowed
instead, and what Desk Coach does about it (``wording/sentences/files.py`` words them).

File names, entry names ("exercise C1"), field paths ("dose.reps") and values as they are
written in the file (``data_files.show``) travel as plain text: they are the file's own words.
"""

from __future__ import annotations

from desk_coach.domain.said import SaidCode


class FileCode(SaidCode):
    # what a value is
    NOT_ALLOWED = "files.not_allowed"  # value, allowed
    KIND_NOT_ALLOWED = "files.kind_not_allowed"  # value, kind, allowed
    OTHER_KIND = "files.other_kind"  # type
    EMPTY_TEXT = "files.empty_text"  # value
    ITEM_AT_FAULT = "files.item_at_fault"  # number, what
    SAME_TWICE = "files.same_twice"  # value
    USED_EARLIER = "files.used_earlier"  # value, noun
    MISSING = "files.missing"
    MISSING_NEEDS = "files.missing_needs"  # allowed
    UNKNOWN_FIELD = "files.unknown_field"
    NOT_PART_OF_DOSE = "files.not_part_of_dose"  # kind
    MISSING_DOSE_NEEDS = "files.missing_dose_needs"  # kind, needs
    MISSING_SETTING_NEEDS = "files.missing_setting_needs"  # kind
    # what is allowed
    WHOLE_POSITIVE = "files.whole_positive"
    WHOLE_ANY = "files.whole_any"
    WHOLE_AT_LEAST = "files.whole_at_least"  # low
    WHOLE_FROM_TO = "files.whole_from_to"  # low, high
    WITH_UNIT = "files.with_unit"  # allowed, unit
    TRUE_OR_FALSE = "files.true_or_false"
    TEXT = "files.text"
    KNOWN_ONE_OF = "files.known_one_of"  # noun, names
    KNOWN_LISTED = "files.known_listed"  # noun, listed
    OR_NULL = "files.or_null"  # allowed
    LIST_OF = "files.list_of"  # noun
    LIST_OF_AT_LEAST = "files.list_of_at_least"  # least, noun
    LIST_OF_RANGE = "files.list_of_range"  # least, most, noun
    LIST_OF_EXACTLY = "files.list_of_exactly"  # least, noun
    RESOURCE_PATH = "files.resource_path"  # suffixes, example
    A_TABLE = "files.a_table"
    # the file as a whole
    NOT_UTF8 = "files.not_utf8"  # line
    NOT_UTF8_UNREADABLE = "files.not_utf8_unreadable"  # why
    A_FOLDER = "files.a_folder"  # noun
    PERMISSION_DENIED = "files.permission_denied"
    UNREADABLE = "files.unreadable"  # error
    NOT_TOML = "files.not_toml"  # where, detail
    TOML_PLACE = "files.toml_place"  # line, column
    TOML_END = "files.toml_end"  # line, column
    IN_FILE = "files.in_file"  # file, what
    NO_SUCH_FILE = "files.no_such_file"
    NOT_REGULAR = "files.not_regular"
    TOO_BIG = "files.too_big"  # size, limit
    NOT_JSON_AT = "files.not_json_at"  # line, column, detail
    NOT_JSON = "files.not_json"  # detail
    NOT_A_JSON_NUMBER = "files.not_a_json_number"  # name
    LONE_ESCAPE = "files.lone_escape"
    LONE_ESCAPE_AT = "files.lone_escape_at"  # where, escape
    TOO_DEEP = "files.too_deep"  # line, column, levels
    LONG_NUMBER = "files.long_number"  # where, digits
    # the self-check's content and a trainer's file
    BAD_PLACEHOLDER = "files.bad_placeholder"  # value, error, allowed
    TOML_DOCUMENT = "files.toml_document"
    ONLY_PROMPT_PAUSES = "files.only_prompt_pauses"
    NO_QUESTION_OF_TIER = "files.no_question_of_tier"  # tier
    SIDE_LABEL_EMPTY = "files.side_label_empty"
    CHOICE_TABLE = "files.choice_table"
    SCORES_ORDER = "files.scores_order"  # scores
    TRAINER_VERSION = "files.trainer_version"  # version
    TRAINER_MOMENT = "files.trainer_moment"  # example
    NO_UTC_OFFSET = "files.no_utc_offset"  # value, example
    IN_THE_FUTURE = "files.in_the_future"  # value
    TRAINER_IDS_LISTED = "files.trainer_ids_listed"
    SCORES_TABLE = "files.scores_table"  # example
    ONE_JSON_OBJECT = "files.one_json_object"  # example
    UNKNOWN_CHECK = "files.unknown_check"  # value, known
    TABLE_SUCH_AS = "files.table_such_as"  # example
    SCORED_EACH_SIDE = "files.scored_each_side"  # item
    SCORED_ONCE = "files.scored_once"  # item
    MISSING_SCORE = "files.missing_score"  # most
    # the exercise library and the coaching rules
    LINK_DROPPED = "files.link_dropped"
    LEFT_OUT = "files.left_out"  # label
    IT_IS_LEFT_OUT = "files.it_is_left_out"
    SECOND_LEFT_OUT = "files.second_left_out"  # id
    SHIPPED_VALUES = "files.shipped_values"
    SHIPPED_DEFAULT = "files.shipped_default"  # value
    SHIPPED_DEFAULTS = "files.shipped_defaults"  # values
    SHIPPED_PLAN = "files.shipped_plan"
    PROTRACTION_SKIPPED = "files.protraction_skipped"
    STILL_PROTRACTION = "files.still_protraction"
    PLANNER_SKIPS = "files.planner_skips"
    LINE_NEVER_APPLIES = "files.line_never_applies"
    EXERCISE_ID = "files.exercise_id"
    STRETCH_IN_HOLDS = "files.stretch_in_holds"  # kind
    NOT_A_TOML_TABLE = "files.not_a_toml_table"
    EXERCISE_TABLE = "files.exercise_table"
    ID_USED_BY_ENTRY = "files.id_used_by_entry"  # id, number
    LINK_LEFT_OUT = "files.link_left_out"  # link
    NO_SUCH_EXERCISE = "files.no_such_exercise"  # link
    LINK_OTHER_TARGET = "files.link_other_target"  # link, other, target
    LINK_LOOP = "files.link_loop"  # link, circle
    RANGE_SUCH_AS = "files.range_such_as"  # example, low, high
    LOW_ABOVE_HIGH = "files.low_above_high"  # value
    FRACTION_SUCH_AS = "files.fraction_such_as"
    FRACTION_RANGE = "files.fraction_range"
    NEXT_STEP_REPS = "files.next_step_reps"
    NEXT_STEP_SETS = "files.next_step_sets"
    HOLD_GROWS = "files.hold_grows"
    REPS_GROW = "files.reps_grow"
    PAIN_ORDER = "files.pain_order"
    ADHERENCE_ORDER = "files.adherence_order"
    DOES_NOT_FIT = "files.does_not_fit"  # value, other, why
    SECTION_TABLE = "files.section_table"
    PLAN_TABLE = "files.plan_table"
    SELF_CHECK_ITEM_ID = "files.self_check_item_id"
    ASKS_FOR_NOTHING = "files.asks_for_nothing"  # first, last
    NOT_IN_LIBRARY = "files.not_in_library"  # id
    NOT_A_PUSH = "files.not_a_push"  # id, pattern
    NOT_A_SELF_CHECK_ITEM = "files.not_a_self_check_item"  # id, known
    # the settings
    TIME_OF_DAY = "files.time_of_day"
    WITHOUT_SECONDS = "files.without_seconds"  # allowed
    TIME_RANGES = "files.time_ranges"
    RANGES_HOLD = "files.ranges_hold"  # value, item
    RANGES_UNUSABLE = "files.ranges_unusable"  # value, why, allowed
    NOT_A_RANGE = "files.not_a_range"  # value
    NO_SUCH_TIME = "files.no_such_time"  # value
    EMPTY_RANGE = "files.empty_range"  # value
    NOT_A_TIME = "files.not_a_time"  # value
    OVERLAP = "files.overlap"  # earlier, later
    SETTINGS_TABLE = "files.settings_table"  # group
    NOT_A_GROUP = "files.not_a_group"
    NOT_A_GROUP_MEAN = "files.not_a_group_mean"  # name
    NOT_A_SETTING = "files.not_a_setting"
    NOT_A_SETTING_MEAN = "files.not_a_setting_mean"  # name
    BELOW_FLOOR = "files.below_floor"  # value, key, floor, unit, reason
    # what Desk Coach does instead
    IGNORED = "files.ignored"
    GROUP_DEFAULTS = "files.group_defaults"  # group
    USING_DEFAULT = "files.using_default"  # value
    USING_FLOOR = "files.using_floor"  # value, key
    SETTINGS_DEFAULTS = "files.settings_defaults"
    LIBRARY_EMPTY = "files.library_empty"
    SHIPPED_RULES = "files.shipped_rules"
