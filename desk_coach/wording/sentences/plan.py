"""Why each exercise is in the plan, and the plan's notes, in words (codes: ``PlanCode`` in
``domain/coaching/plan_reasons.py``).

Every reason is one whole sentence. Its values are names looked up here (``TERMS``: a body area
as a noun, before a noun, or as what a check showed; a region), the self-check's names for its
movement checks (``wording/check_names.py``), figures, and how often something comes
(``plan.daily`` / ``plan.times_a_week``, the one clause that is worded on its own).
"""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.coaching.exercises import Region, Target
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.wording.translate import translate


def _times_a_week(n: int) -> str:
    if n == 1:
        #: How often something comes, inside a plan's reason: "... so it comes once a week."
        return translate("PlanReasons", "once a week")
    if n == 2:
        #: How often something comes, inside a plan's reason: "... so it comes twice a week."
        return translate("PlanReasons", "twice a week")
    if n == 3:
        #: How often something comes, inside a plan's reason: "... so it comes three times a week."
        return translate("PlanReasons", "three times a week")
    #: How often something comes, inside a plan's reason, for other numbers of days a week.
    return translate("PlanReasons", "%n time(s) a week", None, n)


def _protraction(n: int) -> str:
    if n == 2:
        #: Why a push-up-like move is in today's routine; it comes with pulling moves (rows).
        return translate(
            "PlanReasons",
            "A pushing move once a week keeps the shoulder blades moving both ways, with twice as many pulls "
            "to balance it.",
        )
    #: As "with twice as many pulls", for another ratio of pulls to pushes (%n: the ratio).
    return translate(
        "PlanReasons",
        "A pushing move once a week keeps the shoulder blades moving both ways, with %n time(s) as many "
        "pulls to balance it.",
        None,
        n,
    )


def _balance_pull(n: int) -> str:
    if n == 2:
        #: Why an extra pulling move (a row) is in today's routine.
        return translate(
            "PlanReasons", "This extra pulling move keeps this week's pulls at twice as many as the pushes."
        )
    #: As "twice as many", for another ratio of pulls to pushes (%n: the ratio).
    return translate(
        "PlanReasons",
        "This extra pulling move keeps this week's pulls at %n time(s) as many as the pushes.",
        None,
        n,
    )


def _build_up_pull(n: int) -> str:
    if n == 2:
        #: Why a pulling move is in today's routine: this week's pushing move is still to come.
        return translate(
            "PlanReasons",
            "This pulling move builds up the pulls for this week's pushing move (twice as many).",
        )
    #: As "(twice as many)", for another ratio of pulls to pushes (%n: the ratio).
    return translate(
        "PlanReasons",
        "This pulling move builds up the pulls for this week's pushing move (%n time(s) as many).",
        None,
        n,
    )


SENTENCES: dict[str, Callable[[int], str]] = {
    #: How often something comes, inside a plan's reason: "... so this stretch comes daily."
    PlanCode.DAILY: lambda n: translate("PlanReasons", "daily"),
    PlanCode.TIMES_A_WEEK: _times_a_week,
    #: Why a stretch is in the plan before the movement check. {target}: a body area ("hip flexors").
    PlanCode.UNSCREENED_STRETCH: lambda n: translate(
        "PlanReasons",
        "Long hours of sitting tend to stiffen the {target}, so this stretch comes daily until you take the "
        "movement check.",
    ),
    #: Why a stretch is in the plan. {checks}: names of movement checks ("front-of-hip check");
    #: {tightness}: what they showed ("tight hip flexors"); {often}: "daily", "twice a week".
    PlanCode.TIGHT_STRETCH: lambda n: translate(
        "PlanReasons", "Your {checks} showed {tightness}, so this stretch comes {often}."
    ),
    #: Why strength work is in the plan. {checks}: names of movement checks; {target}: a body area
    #: before a noun ("glute"); {often}: "three times a week".
    PlanCode.ROOM_FOR_STRENGTH: lambda n: translate(
        "PlanReasons", "Your {checks} showed room to build strength, so {target} work comes {often}."
    ),
    #: Why a named exercise (chin tucks) is in the plan. {checks}: names of movement checks;
    #: {often}: "daily".
    PlanCode.SUGGESTED_MOVE: lambda n: translate(
        "PlanReasons", "Your {checks} suggested this move, so it comes {often}."
    ),
    #: Why a stretch comes only now and then for a flexible person. {target}: a body area before a
    #: noun ("hip-flexor"); {often}: "twice a week".
    PlanCode.FLEXIBLE_STRETCH: lambda n: translate(
        "PlanReasons",
        "You are flexible already, so a {target} stretch {often} is plenty and strength work comes first.",
    ),
    #: Why a stretch comes now and then. {checks}: names of movement checks; {target}: a body area
    #: before a noun ("chest"); {often}: "twice a week".
    PlanCode.FINE_STRETCH: lambda n: translate(
        "PlanReasons", "Your {checks} looked fine, so a {target} stretch {often} keeps it that way."
    ),
    #: Why a stretch comes now and then. {target}: a body area before a noun; {often}: "twice a week".
    PlanCode.KEEP_UP_STRETCH: lambda n: translate(
        "PlanReasons", "A {target} stretch {often} keeps things moving."
    ),
    #: Why strength work comes for a flexible person. {target}: a body area before a noun ("glute");
    #: {often}: "three times a week".
    PlanCode.FLEXIBLE_STRENGTH: lambda n: translate(
        "PlanReasons", "Flexible joints do best with strength around them, so {target} work comes {often}."
    ),
    #: Why strength work comes now and then. {target}: a body area before a noun, starting the
    #: sentence ("Glute"); {often}: "twice a week".
    PlanCode.KEEP_UP_STRENGTH: lambda n: translate(
        "PlanReasons", "{target} strength work {often} keeps that strength up."
    ),
    #: Why a stretch is in a short break. {target}: a body area before a noun ("neck").
    PlanCode.QUICK_STRETCH: lambda n: translate(
        "PlanReasons", "A quick {target} stretch to break up sitting."
    ),
    #: Why a strength move is in a short break. {target}: a body area before a noun ("upper-back").
    PlanCode.QUICK_MOVE: lambda n: translate("PlanReasons", "A quick {target} move to break up sitting."),
    #: Why a stretch is in a short break too. {target}: a body area before a noun ("hip-flexor");
    #: {minutes}: minutes stretched this week; {goal}: the week's goal in minutes.
    PlanCode.CATCH_UP_STRETCH: lambda n: translate(
        "PlanReasons",
        "Your {target} stretching is at {minutes} of this week's {goal} minutes, so a stretch comes in this "
        "break too.",
    ),
    #: Why a mobility move (a gentle movement drill) is in a short break.
    PlanCode.MICRO_MOBILITY: lambda n: translate("PlanReasons", "A quick mobility move to break up sitting."),
    #: Why a pulling move (a row) comes with a chest stretch.
    PlanCode.PULL_PARTNER: lambda n: translate(
        "PlanReasons",
        "A pulling move goes with every chest stretch, to balance the front and back of your shoulders.",
    ),
    PlanCode.PROTRACTION: _protraction,
    PlanCode.BALANCE_PULL: _balance_pull,
    PlanCode.BUILD_UP_PULL: _build_up_pull,
    #: Why a mobility move ends the daily routine.
    PlanCode.ROUTINE_MOBILITY: lambda n: translate(
        "PlanReasons", "A gentle mobility move to round off the routine."
    ),
    #: Why the last move of a routine is offered as an extra the user may skip.
    PlanCode.EXTRA: lambda n: translate(
        "PlanReasons",
        "An extra move on offer, since you have kept up your breaks: skip it if you'd rather not.",
    ),
    #: Why a break is a walk.
    PlanCode.WALK: lambda n: translate(
        "PlanReasons", "Getting up for a short, easy walk is a simple way to break up sitting."
    ),
    #: Why a break is a walk while exercises are on hold (health answers, or coaching not set up).
    PlanCode.ON_HOLD_WALK: lambda n: translate(
        "PlanReasons", "A walk keeps you moving while exercises are on hold."
    ),
    #: The reason of an exercise already done, in the week's programme (desk-coach plan --week --json).
    PlanCode.DONE: lambda n: translate("PlanReasons", "Done."),
    #: A note under the plan: exercise is on hold after the health questions (PAR-Q+).
    PlanCode.NOT_ALLOWED: lambda n: translate(
        "PlanNotes",
        "Exercises are on hold because of your answers to the health questions: please check with a "
        "doctor or physiotherapist first. Until then, every break is an easy walk.",
    ),
    #: A note under the plan before the self-check. "Set up coaching…" is the tray menu's entry;
    #: "desk-coach screen" is a command, not translated.
    PlanCode.NOT_SET_UP: lambda n: translate(
        "PlanNotes",
        "Coaching is not set up yet: take the self-check (Set up coaching… in the tray menu, or desk-coach "
        "screen) to get stretches and strength moves. Until then, every break is an easy walk.",
    ),
    #: A note under the plan in pregnancy.
    PlanCode.PREGNANCY: lambda n: translate(
        "PlanNotes", "Pregnancy-friendly choices: nothing in this plan is done lying on your back."
    ),
    #: A note under the plan. {regions}: body regions, as a list ("hips, shoulders and back").
    PlanCode.PAUSED: lambda n: translate(
        "PlanNotes",
        "Exercises for your {regions} are paused until a doctor or physiotherapist has had a look.",
    ),
    #: A note under a shortened daily routine. {minutes}: its length now; {full}: its usual
    #: length, in minutes.
    PlanCode.SHORTER: lambda n: translate(
        "PlanNotes",
        "Fewer breaks got done lately, so this routine is shorter ({minutes} min instead of {full}), at the "
        "same level. It comes back to full length once breaks are kept up again.",
    ),
    #: A note under a routine whose last move is an extra on offer.
    PlanCode.EXTRA_NOTE: lambda n: translate(
        "PlanNotes",
        "You have kept up your breaks, so the last move is an extra on offer; skipping it is fine.",
    ),
    #: A note under a short break that became a walk; %n: the break's length in seconds.
    PlanCode.NO_DESK_EXERCISE_FITS: lambda n: translate(
        "PlanNotes", "No desk exercise fits in %n second(s), so this break is a short walk.", None, n
    ),
    #: A note under a daily routine that became a walk.
    PlanCode.NOTHING_TO_PLAN: lambda n: translate(
        "PlanNotes", "No exercise can be planned right now, so this routine is a walk."
    ),
}

TERMS: dict[str, dict[str, Callable[[], str]]] = {
    "target": {
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.HIP_FLEXORS: lambda: translate("Targets", "hip flexors"),
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.CHEST: lambda: translate("Targets", "chest"),
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.GLUTES: lambda: translate("Targets", "glutes"),
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.UPPER_BACK: lambda: translate("Targets", "upper back"),
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.THORACIC: lambda: translate("Targets", "upper spine"),
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.HAMSTRINGS: lambda: translate("Targets", "hamstrings"),
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.NECK: lambda: translate("Targets", "neck"),
        #: A body area as a noun, inside a sentence (see the PlanReasons texts).
        Target.WALK: lambda: translate("Targets", "walking"),
    },
    "target_heading": {
        #: A body area as a noun at the start of a line of the week's figures.
        Target.HIP_FLEXORS: lambda: translate("Targets", "Hip flexors"),
        #: A body area as a noun at the start of a line of the week's figures.
        Target.CHEST: lambda: translate("Targets", "Chest"),
        #: A body area as a noun at the start of a line of the week's figures.
        Target.GLUTES: lambda: translate("Targets", "Glutes"),
        #: A body area as a noun at the start of a line of the week's figures.
        Target.UPPER_BACK: lambda: translate("Targets", "Upper back"),
        #: A body area as a noun at the start of a line of the week's figures.
        Target.THORACIC: lambda: translate("Targets", "Upper spine"),
        #: A body area as a noun at the start of a line of the week's figures.
        Target.HAMSTRINGS: lambda: translate("Targets", "Hamstrings"),
        #: A body area as a noun at the start of a line of the week's figures.
        Target.NECK: lambda: translate("Targets", "Neck"),
        #: A body area as a noun at the start of a line of the week's figures.
        Target.WALK: lambda: translate("Targets", "Walking"),
    },
    "target_modifier": {
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.HIP_FLEXORS: lambda: translate("Targets", "hip-flexor", "before a noun"),
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.CHEST: lambda: translate("Targets", "chest", "before a noun"),
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.GLUTES: lambda: translate("Targets", "glute", "before a noun"),
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.UPPER_BACK: lambda: translate("Targets", "upper-back", "before a noun"),
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.THORACIC: lambda: translate("Targets", "upper-spine", "before a noun"),
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.HAMSTRINGS: lambda: translate("Targets", "hamstring", "before a noun"),
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.NECK: lambda: translate("Targets", "neck", "before a noun"),
        #: A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.
        Target.WALK: lambda: translate("Targets", "walking", "before a noun"),
    },
    "target_modifier_start": {
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.HIP_FLEXORS: lambda: translate("Targets", "Hip-flexor", "before a noun, starting a sentence"),
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.CHEST: lambda: translate("Targets", "Chest", "before a noun, starting a sentence"),
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.GLUTES: lambda: translate("Targets", "Glute", "before a noun, starting a sentence"),
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.UPPER_BACK: lambda: translate("Targets", "Upper-back", "before a noun, starting a sentence"),
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.THORACIC: lambda: translate("Targets", "Upper-spine", "before a noun, starting a sentence"),
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.HAMSTRINGS: lambda: translate("Targets", "Hamstring", "before a noun, starting a sentence"),
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.NECK: lambda: translate("Targets", "Neck", "before a noun, starting a sentence"),
        #: A body area before a noun at the start of a sentence: 'Glute strength work ...'.
        Target.WALK: lambda: translate("Targets", "Walking", "before a noun, starting a sentence"),
    },
    "tightness": {
        #: What the movement check showed, the object of "Your ... check showed ...".
        Target.HIP_FLEXORS: lambda: translate("Targets", "tight hip flexors"),
        #: What the movement check showed, the object of "Your ... check showed ...".
        Target.CHEST: lambda: translate("Targets", "a tight chest"),
        #: What the movement check showed, the object of "Your ... check showed ...".
        Target.GLUTES: lambda: translate("Targets", "tightness in your glutes"),
        #: What the movement check showed, the object of "Your ... check showed ...".
        Target.UPPER_BACK: lambda: translate("Targets", "tightness in your upper back"),
        #: What the movement check showed, the object of "Your ... check showed ...".
        Target.THORACIC: lambda: translate("Targets", "tightness in your upper spine"),
        #: What the movement check showed, the object of "Your ... check showed ...".
        Target.HAMSTRINGS: lambda: translate("Targets", "tight hamstrings"),
        #: What the movement check showed, the object of "Your ... check showed ...".
        Target.NECK: lambda: translate("Targets", "a stiff neck"),
    },
    "region": {
        #: A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".
        Region.HIPS: lambda: translate("Regions", "hips"),
        #: A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".
        Region.SHOULDERS: lambda: translate("Regions", "shoulders"),
        #: A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".
        Region.BACK: lambda: translate("Regions", "back"),
        #: A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".
        Region.NECK: lambda: translate("Regions", "neck"),
        #: A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".
        Region.LEGS: lambda: translate("Regions", "legs"),
    },
}
