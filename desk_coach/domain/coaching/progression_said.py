"""What the progression says, as codes and values: why a level changed, why a region is paused,
the referral that comes with a pause, rule 6's adjustment and rule 7's offer of a new check.

The history stores these (``domain/said.to_data``), so a reason recorded in English reads in the
user's language when it is shown; ``wording/sentences/progression.py`` holds the sentences.
A what-changed line is built from clauses: who (an exercise), why (``FELT_TOO_EASY``...) and
where it stands now (``NOW_DOSE``...), each a :class:`Said` of its own.
"""

from __future__ import annotations

from desk_coach.domain.coaching.exercises import Dose, Region
from desk_coach.domain.said import Amount, Said, SaidCode, Term, said


class ProgressionSaid(SaidCode):
    # a what-changed line of rules 1, 2 and 4: "{exercise} {why}: {where}."
    STEP = "progression.step"
    # why (clauses)
    FELT_TOO_HARD = "progression.felt_too_hard"  # times
    HARD_TO_FINISH = "progression.hard_to_finish"  # part, whole ("less than 2/3 done")
    FELT_COMFORTABLE = "progression.felt_comfortable"  # n weeks
    FELT_COMFORTABLE_CHECK_IMPROVED = "progression.felt_comfortable_check_improved"  # n weeks
    FELT_TOO_EASY = "progression.felt_too_easy"  # times
    TIMES = "progression.times"  # n: "once", "twice", "3 times"
    ORDINAL = "progression.ordinal"  # n: "second", "third"
    # where (clauses)
    NOW_DOSE = "progression.now_dose"  # dose
    BACK_TO_DOSE = "progression.back_to_dose"  # dose
    NEXT_UP = "progression.next_up"  # exercise, dose
    BACK_TO_EASIER = "progression.back_to_easier"  # exercise, dose
    # rule 5: pain
    HURT = "progression.hurt"  # exercise
    HURT_RATED = "progression.hurt_rated"  # exercise, pain
    SORE_NEXT_MORNING = "progression.sore_next_morning"  # exercise
    SORE_NEXT_MORNING_RATED = "progression.sore_next_morning_rated"  # exercise, pain
    PAIN_STEP_DOWN = "progression.pain_step_down"  # pain (clause), where
    SYMPTOM_PAUSED = "progression.symptom_paused"  # exercise, symptom, region
    PAIN_PAUSED = "progression.pain_paused"  # pain (clause), region
    REPEAT_PAIN_PAUSED = "progression.repeat_pain_paused"  # pain (clause), nth, region
    # rule 5: the short reason of a pause, for the record
    SYMPTOM_DURING = "progression.symptom_during"  # symptom, exercise
    PAIN_DURING = "progression.pain_during"  # pain, exercise
    PAIN_MORNING_AFTER = "progression.pain_morning_after"  # pain, exercise
    PAIN_IN_REGION_REPEATED = "progression.pain_in_region_repeated"  # region, times, n days
    # rule 5: the referral of a pause, and what was noticed
    REFERRAL = "progression.referral"  # noticed (clause), region
    NOTICED_SYMPTOM = "progression.noticed_symptom"  # symptom, exercise
    NOTICED_PAIN_DURING = "progression.noticed_pain_during"  # pain, exercise
    NOTICED_PAIN_MORNING_AFTER = "progression.noticed_pain_morning_after"  # pain, exercise
    NOTICED_REPEATED_PAIN = "progression.noticed_repeated_pain"  # region
    # rule 6: adherence
    FEWER_BREAKS = "progression.fewer_breaks"
    FEWER_BREAKS_LATER = "progression.fewer_breaks_later"  # n minutes
    BREAKS_KEPT_UP = "progression.breaks_kept_up"  # n extra exercises
    # rule 7: a new movement check, and time away
    RECHECK_FIRST = "progression.recheck_first"
    RECHECK_AFTER_PAIN = "progression.recheck_after_pain"
    RECHECK_WELCOME_BACK = "progression.recheck_welcome_back"  # n days
    RECHECK_WEEKS = "progression.recheck_weeks"  # n weeks
    RECHECK_DAYS = "progression.recheck_days"  # n days
    RECHECK_OFFER = "progression.recheck_offer"  # reason: how to take it, after the reason
    RESTART_SAME = "progression.restart_same"  # n days, exercise, dose
    RESTART_EASIER = "progression.restart_easier"  # n days, exercise, easier, dose


def exercise_term(exercise_id: str) -> Term:
    return Term("exercise", exercise_id)


def region_term(region: Region) -> Term:
    return Term("region", Region(region).value)


def symptom_term(symptom: str) -> Term:
    return Term("symptom", str(symptom))


def amount(dose: Dose, per_side: bool) -> Amount:
    return Amount(dose, per_side)


def times(count: int) -> Said:
    """ "once", "twice", "3 times"."""
    return said(ProgressionSaid.TIMES, n=count)


def ordinal(count: int) -> Said:
    """ "second", "third"."""
    return said(ProgressionSaid.ORDINAL, n=count)
