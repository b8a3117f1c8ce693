"""The progression's sentences: why a level changed, why a region is paused and the referral
that comes with it, rule 6's adjustment and rule 7's offer of a new movement check.

Codes in ``domain/coaching/progression_said.py``. A what-changed line is put together from
clauses: "{exercise} {why}: {where}." with ``why`` ("felt too easy twice") and ``where`` ("now
3 sets of 12") sentences of their own. ``{exercise:lower}`` writes an exercise's name
mid-sentence with a small first letter (English); a language that keeps the capital writes
``{exercise}``.
"""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.coaching.progression_said import ProgressionSaid as P
from desk_coach.wording.translate import translate


def _times(n: int) -> str:
    if n == 1:
        #: How often something happened, inside a sentence: "felt too easy once".
        return translate("Progression", "once")
    if n == 2:
        #: How often something happened, inside a sentence: "felt too easy twice".
        return translate("Progression", "twice")
    #: How often something happened, inside a sentence: "felt too hard 3 times".
    return translate("Progression", "%n time(s)", None, n)


def _ordinal(n: int) -> str:
    if n == 2:
        #: Which time it is, inside "Glute bridge hurt, the second time for your hips".
        return translate("Progression", "second")
    if n == 3:
        #: Which time it is, inside "Glute bridge hurt, the third time for your hips".
        return translate("Progression", "third")
    if n == 4:
        #: Which time it is, inside "Glute bridge hurt, the fourth time for your hips".
        return translate("Progression", "fourth")
    if n == 5:
        #: Which time it is, inside "Glute bridge hurt, the fifth time for your hips".
        return translate("Progression", "fifth")
    #: Which time it is from the sixth on, inside "the 6th time for your hips".
    return translate("Progression", "%nth", None, n)


def _breaks_kept_up(n: int) -> str:
    if n == 1:
        #: Rule 6, shown after the daily check when the breaks were kept up for weeks.
        return translate(
            "Progression",
            "You have kept up your breaks for a while: one extra exercise on offer if you'd like more.",
        )
    #: Rule 6, shown after the daily check when the breaks were kept up for weeks; %n extra exercises.
    return translate(
        "Progression",
        "You have kept up your breaks for a while: %n extra exercise(s) on offer if you'd like more.",
        None,
        n,
    )


SENTENCES: dict[str, Callable[[int], str]] = {
    #: A what-changed line after a routine. {exercise}: the exercise's name; {why}: e.g. "felt too
    #: easy twice"; {where}: e.g. "now 3 sets of 12" or "next up, glute bridge march, 2 sets of 10".
    P.STEP: lambda n: translate("Progression", "{exercise} {why}: {where}."),
    #: Why a level went down, after the exercise's name; {times}: "twice", "3 times".
    P.FELT_TOO_HARD: lambda n: translate("Progression", "felt too hard {times}"),
    #: Why a level went down, after the exercise's name: less than {part}/{whole} of the dose done.
    P.HARD_TO_FINISH: lambda n: translate(
        "Progression", "was hard to finish (less than {part}/{whole} done)"
    ),
    #: Why a stretch got longer, after the exercise's name.
    P.FELT_COMFORTABLE: lambda n: translate("Progression", "felt comfortable for %n week(s)", None, n),
    #: Why the next stretch of a ladder starts, after the exercise's name.
    P.FELT_COMFORTABLE_CHECK_IMPROVED: lambda n: translate(
        "Progression", "felt comfortable for %n week(s) and your movement check improved", None, n
    ),
    #: Why a level went up, after the exercise's name; {times}: "twice", "3 times".
    P.FELT_TOO_EASY: lambda n: translate("Progression", "felt too easy {times}"),
    P.TIMES: _times,
    P.ORDINAL: _ordinal,
    #: Where a level stands after it went up; {dose}: e.g. "3 sets of 12".
    P.NOW_DOSE: lambda n: translate("Progression", "now {dose}"),
    #: Where a level stands after it went down; {dose}: e.g. "2 sets of 10".
    P.BACK_TO_DOSE: lambda n: translate("Progression", "back to {dose}"),
    #: The harder exercise that comes next, and its dose.
    P.NEXT_UP: lambda n: translate("Progression", "next up, {exercise:lower}, {dose}"),
    #: The easier exercise done instead for a while, and its dose.
    P.BACK_TO_EASIER: lambda n: translate("Progression", "back to {exercise:lower}, {dose}, for now"),
    #: The start of a what-changed line: an exercise was stopped because it hurt.
    P.HURT: lambda n: translate("Progression", "{exercise} hurt"),
    #: The start of a what-changed line: an exercise hurt, {pain} on a scale of 0 to 10.
    P.HURT_RATED: lambda n: translate("Progression", "{exercise} hurt ({pain}/10)"),
    #: The start of a what-changed line: pain the morning after a routine with this exercise.
    P.SORE_NEXT_MORNING: lambda n: translate("Progression", "Pain the morning after the {exercise:lower}"),
    #: The start of a what-changed line: pain ({pain} of 10) the morning after a routine with this exercise.
    P.SORE_NEXT_MORNING_RATED: lambda n: translate(
        "Progression", "Pain the morning after the {exercise:lower} ({pain}/10)"
    ),
    #: A what-changed line: {pain} is "Glute bridge hurt (4/10)"; {where} e.g. "back to 2 sets of 10".
    P.PAIN_STEP_DOWN: lambda n: translate(
        "Progression", "{pain}: left out for the rest of today, then {where}."
    ),
    #: A what-changed line; {symptom}: "sharp or shooting pain" or "numbness or tingling"; {region}: "hips".
    P.SYMPTOM_PAUSED: lambda n: translate(
        "Progression", "{exercise} brought on {symptom}: exercises for your {region} are paused for now."
    ),
    #: A what-changed line; {pain} is "Glute bridge hurt (7/10)"; {region}: "hips".
    P.PAIN_PAUSED: lambda n: translate(
        "Progression", "{pain}: exercises for your {region} are paused for now."
    ),
    #: A what-changed line; {pain} is "Glute bridge hurt (4/10)"; {nth}: "second"; {region}: "hips".
    P.REPEAT_PAIN_PAUSED: lambda n: translate(
        "Progression",
        "{pain}, the {nth} time for your {region}: exercises for your {region} are paused for now.",
    ),
    #: Why a region is paused, short, in the history; {symptom}: "numbness or tingling".
    P.SYMPTOM_DURING: lambda n: translate("Progression", "{symptom} during {exercise:lower}"),
    #: Why a region is paused, short, in the history; {pain}: 0-10.
    P.PAIN_DURING: lambda n: translate("Progression", "pain {pain}/10 during {exercise:lower}"),
    #: Why a region is paused, short, in the history; {pain}: 0-10.
    P.PAIN_MORNING_AFTER: lambda n: translate(
        "Progression", "pain {pain}/10 the morning after {exercise:lower}"
    ),
    #: Why a region is paused, short, in the history; {times}: "twice"; %n days.
    P.PAIN_IN_REGION_REPEATED: lambda n: translate(
        "Progression", "pain in the {region} {times} within %n day(s)", None, n
    ),
    #: Shown when the coach pauses a body region (a calm referral, no diagnosis); {noticed}: e.g.
    #: "pain of 7/10 during the glute bridge"; {region}: "hips".
    P.REFERRAL: lambda n: translate(
        "Progression",
        "Because you noticed {noticed}, we've paused exercises for your {region}. Please see a doctor "
        "or physiotherapist before you start them again. Often it turns out to be nothing serious, "
        "but it is worth having it checked.",
    ),
    #: What was noticed, inside the referral "Because you noticed ..."; {symptom}: "numbness or tingling".
    P.NOTICED_SYMPTOM: lambda n: translate("Progression", "{symptom} during the {exercise:lower}"),
    #: What was noticed, inside the referral "Because you noticed ..."; {pain}: 0-10.
    P.NOTICED_PAIN_DURING: lambda n: translate(
        "Progression", "pain of {pain}/10 during the {exercise:lower}"
    ),
    #: What was noticed, inside the referral "Because you noticed ..."; {pain}: 0-10.
    P.NOTICED_PAIN_MORNING_AFTER: lambda n: translate(
        "Progression", "pain of {pain}/10 the morning after the {exercise:lower}"
    ),
    #: What was noticed, inside the referral "Because you noticed ..."; {region}: "hips".
    P.NOTICED_REPEATED_PAIN: lambda n: translate("Progression", "pain in your {region} more than once"),
    #: Rule 6, shown after the daily check when few breaks got done.
    P.FEWER_BREAKS: lambda n: translate(
        "Progression", "Fewer breaks got done this week: routines are shorter, at the same level."
    ),
    #: Rule 6, shown after the daily check when few breaks got done; the reminders come %n minutes later.
    P.FEWER_BREAKS_LATER: lambda n: translate(
        "Progression",
        "Fewer breaks got done this week: breaks now come %n minute(s) later and routines are shorter, "
        "at the same level.",
        None,
        n,
    ),
    P.BREAKS_KEPT_UP: _breaks_kept_up,
    #: Why a movement check (the self-check) is offered: none was taken yet.
    P.RECHECK_FIRST: lambda n: translate(
        "Progression", "A short movement check helps the coach pick the right level for you."
    ),
    #: Why a movement check (the self-check) is offered: an exercise was stepped down for pain.
    P.RECHECK_AFTER_PAIN: lambda n: translate(
        "Progression", "After the step back for pain, a fresh movement check helps set the right level."
    ),
    #: Why a movement check (the self-check) is offered: no routine for %n days.
    P.RECHECK_WELCOME_BACK: lambda n: translate(
        "Progression",
        "Welcome back after %n day(s): a fresh movement check helps set the right level.",
        None,
        n,
    ),
    #: Why a movement check (the self-check) is offered: the last one was %n weeks ago.
    P.RECHECK_WEEKS: lambda n: translate(
        "Progression", "It has been %n week(s) since your last movement check: time for a new one?", None, n
    ),
    #: Why a movement check (the self-check) is offered: the last one was %n days ago.
    P.RECHECK_DAYS: lambda n: translate(
        "Progression", "It has been %n day(s) since your last movement check: time for a new one?", None, n
    ),
    #: A desktop notification; {reason}: why the check is offered. "Self-check…" is the tray menu's item.
    P.RECHECK_OFFER: lambda n: translate("Progression", "{reason} Open Self-check… from the tray menu."),
    #: A what-changed line after %n days without a routine; {dose}: e.g. "2 sets of 10".
    P.RESTART_SAME: lambda n: translate(
        "Progression", "After %n day(s) away, {exercise:lower} restarts a step lower: {dose}.", None, n
    ),
    #: A what-changed line after %n days without a routine: {easier} is the easier exercise done instead.
    P.RESTART_EASIER: lambda n: translate(
        "Progression",
        "After %n day(s) away, {exercise:lower} restarts a step lower: {easier:lower}, {dose}.",
        None,
        n,
    ),
}

TERMS: dict[str, dict[str, Callable[[], str]]] = {
    "region": {
        #: A body region, inside "exercises for your hips are paused".
        "hips": lambda: translate("Regions", "hips"),
        #: A body region, inside "exercises for your shoulders are paused".
        "shoulders": lambda: translate("Regions", "shoulders"),
        #: A body region, inside "exercises for your back are paused".
        "back": lambda: translate("Regions", "back"),
        #: A body region, inside "exercises for your neck are paused".
        "neck": lambda: translate("Regions", "neck"),
        #: A body region, inside "exercises for your legs are paused".
        "legs": lambda: translate("Regions", "legs"),
    },
    "symptom": {
        #: A warning sign asked about under the pain question, and named in referrals.
        "sharp": lambda: translate("Symptoms", "sharp or shooting pain"),
        #: A warning sign asked about under the pain question, and named in referrals.
        "numbness": lambda: translate("Symptoms", "numbness or tingling"),
    },
}
